// Identifiers of a report. The idempotency key depends only on the message and
// the reporter, so every path (pane, native Report button, a retry after a
// restart) computes the same key and the collector stores one report.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function idempotencyKeyFor(internetMessageId: string, reporter: string): string {
  return bytesToHex(sha256(utf8ToBytes(`${internetMessageId}\n${reporter.trim().toLowerCase()}`)));
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** 16 random bytes in, RFC 9562 version-4 UUID out. */
export function uuidV4FromBytes(bytes: Uint8Array): string {
  if (bytes.length < 16) throw new RangeError('uuidV4FromBytes needs 16 bytes');
  const b = Array.from(bytes.slice(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type RandomBytes = (length: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));
