// Punycode (RFC 3492) decoding for IDN labels. The global URL parser keeps
// hosts in their "xn--" form, and the Node 'punycode' module is off-limits in
// the detector, so the decoder is written here; it is small and bounded.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_LABEL = 63;

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // '0'..'9' → 26..35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return BASE;
}

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** Decodes the part after "xn--"; undefined for malformed input. */
export function decodePunycode(encoded: string): string | undefined {
  if (encoded.length > MAX_LABEL) return undefined;
  const dash = encoded.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(dash, 0); j++) {
    const c = encoded.charCodeAt(j);
    if (c >= 0x80) return undefined;
    output.push(c);
  }
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  let pos = dash > 0 ? dash + 1 : 0;
  while (pos < encoded.length) {
    const oldI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= encoded.length) return undefined;
      const digit = digitOf(encoded.charCodeAt(pos++));
      if (digit >= BASE) return undefined;
      i += digit * weight;
      if (i > 0x10ffff * (MAX_LABEL + 1)) return undefined;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      weight *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldI, count, oldI === 0);
    n += Math.floor(i / count);
    i %= count;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** A host with every "xn--" label decoded to Unicode (undecodable labels stay as they are). */
export function toUnicodeHost(host: string): string {
  // Nearly every host has no ACE label at all: nothing to split or decode.
  if (!host.toLowerCase().includes('xn--')) return host;
  return host.split('.').map((label) => {
    if (!label.toLowerCase().startsWith('xn--')) return label;
    return decodePunycode(label.slice(4).toLowerCase()) ?? label;
  }).join('.');
}
