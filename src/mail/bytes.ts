// Byte helpers shared by the .eml and mbox readers. Plain Uint8Array work, no
// Node Buffer, so the browser demo can use the same code.

const encoder = new TextEncoder();

export function toBytes(raw: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof raw === 'string') return encoder.encode(raw);
  if (raw instanceof Uint8Array) return raw;
  return new Uint8Array(raw);
}

/** Index of the next "\n" at or after `from`, or the length when there is none. */
export function lineEnd(bytes: Uint8Array, from: number): number {
  const at = bytes.indexOf(0x0a, from);
  return at === -1 ? bytes.length : at;
}

const FROM_SPACE = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

/** True when the bytes at `at` spell "From " (an mbox separator line start). */
export function startsWithFromSpace(bytes: Uint8Array, at: number): boolean {
  if (at + FROM_SPACE.length > bytes.length) return false;
  for (let i = 0; i < FROM_SPACE.length; i++) if (bytes[at + i] !== FROM_SPACE[i]) return false;
  return true;
}
