// The forms a recipient's address takes when a sender hides it in a URL:
// readable, URL-encoded, Base64 (any alignment, standard or URL-safe), hex,
// and the MD5 / SHA-1 / SHA-256 digests that ad-tech calls "hashed e-mails".
// Computed once per message; matching is plain substring search.
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export type IdentityEncoding = 'plain' | 'url-encoded' | 'base64' | 'base64url' | 'hex' | 'md5' | 'sha1' | 'sha256';

export interface IdentityVariant {
  encoding: IdentityEncoding;
  value: string;
  /** Hex digests and readable forms are compared case-insensitively; Base64 is case-sensitive. */
  caseSensitive: boolean;
}

/** Below this length a Base64 fragment could occur by chance in any long token. */
const MIN_BASE64_FRAGMENT = 12;

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out += BASE64_ALPHABET[(triple >> 18) & 63];
    out += BASE64_ALPHABET[(triple >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64_ALPHABET[(triple >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64_ALPHABET[triple & 63] : '=';
  }
  return out;
}

/**
 * The part of the Base64 text that depends only on the address bytes, when
 * the address starts `offset` bytes into a longer encoded payload (e.g. a JSON
 * blob). Characters straddling neighbouring bytes are dropped.
 */
function alignedBase64(address: Uint8Array, offset: number): string {
  const padded = new Uint8Array(offset + address.length);
  padded.set(address, offset);
  const encoded = base64(padded);
  const first = Math.ceil((offset * 8) / 6);
  const last = Math.floor(((offset + address.length) * 8) / 6);
  return encoded.slice(first, last);
}

export function normaliseAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** encodeURIComponent throws on lone surrogates, which broken headers can contain. */
function urlEncoded(address: string): IdentityVariant[] {
  try {
    return [{ encoding: 'url-encoded', value: encodeURIComponent(address).toLowerCase(), caseSensitive: false }];
  } catch {
    return [];
  }
}

// A mailbox analyses message after message for the same reader: the three digests
// and the Base64 alignments of that address are worth computing once. Bounded so a
// scanner fed many recipients keeps only the recent ones.
const MAX_CACHED_ADDRESSES = 64;
const variantsByAddress = new Map<string, readonly IdentityVariant[]>();

/** All the disguises we look for, for one address. */
export function identityVariants(address: string): readonly IdentityVariant[] {
  const cached = variantsByAddress.get(address);
  if (cached) return cached;
  const variants = Object.freeze(computeVariants(address).map((v) => Object.freeze(v)));
  if (variantsByAddress.size >= MAX_CACHED_ADDRESSES) variantsByAddress.clear();
  variantsByAddress.set(address, variants);
  return variants;
}

function computeVariants(address: string): IdentityVariant[] {
  const normalised = normaliseAddress(address);
  if (!normalised.includes('@') || normalised.length < 6) return [];
  const bytes = new TextEncoder().encode(normalised);
  const variants: IdentityVariant[] = [
    { encoding: 'plain', value: normalised, caseSensitive: false },
    ...urlEncoded(normalised),
    { encoding: 'hex', value: bytesToHex(bytes), caseSensitive: false },
    { encoding: 'md5', value: bytesToHex(md5(bytes)), caseSensitive: false },
    { encoding: 'sha1', value: bytesToHex(sha1(bytes)), caseSensitive: false },
    { encoding: 'sha256', value: bytesToHex(sha256(bytes)), caseSensitive: false },
  ];
  const seen = new Set<string>();
  for (const offset of [0, 1, 2]) {
    const standard = alignedBase64(bytes, offset);
    if (standard.length < MIN_BASE64_FRAGMENT || seen.has(standard)) continue;
    seen.add(standard);
    variants.push({ encoding: 'base64', value: standard, caseSensitive: true });
    const urlSafe = standard.replace(/\+/g, '-').replace(/\//g, '_');
    if (urlSafe !== standard) variants.push({ encoding: 'base64url', value: urlSafe, caseSensitive: true });
  }
  return variants.filter((v, i, all) => all.findIndex((o) => o.value === v.value) === i);
}

/** Percent-decodes what can be decoded; malformed escapes are left as they are. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** Longest URL prefix searched: identity tokens sit early; megabyte URLs are attacks. */
const MAX_URL_SCAN = 64 * 1024;

/** The first variant found in the URL (raw, or once and twice percent-decoded), or undefined. */
export function findIdentity(url: string, variants: readonly IdentityVariant[]): IdentityVariant | undefined {
  if (variants.length === 0) return undefined;
  const raw = url.length > MAX_URL_SCAN ? url.slice(0, MAX_URL_SCAN) : url;
  // Without "%" or "+" decoding changes nothing: spare the copy and the try/catch.
  const once = raw.includes('%') || raw.includes('+') ? safeDecode(raw) : raw;
  const twice = once.includes('%') ? safeDecode(once) : once;
  // Least-decoded form first, so the reported encoding is the one in the message.
  for (const form of new Set([raw, once, twice])) {
    const lowered = form.toLowerCase();
    for (const variant of variants) {
      if ((variant.caseSensitive ? form : lowered).includes(variant.value)) return variant;
    }
  }
  return undefined;
}
