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
  const first = fragmentStart(offset);
  return base64(padded).slice(first, first + fragmentLength(address.length, offset));
}

/** First Base64 character free of the `offset` bytes before the address. */
function fragmentStart(offset: number): number {
  return Math.ceil((offset * 8) / 6);
}

/**
 * Length of alignedBase64 for an address of `byteLength` bytes, without encoding it:
 * variantBounds needs only the lengths.
 */
function fragmentLength(byteLength: number, offset: number): number {
  return Math.floor(((offset + byteLength) * 8) / 6) - fragmentStart(offset);
}

// One encoder for the module: encode() keeps no state between calls.
const UTF8 = new TextEncoder();

function normaliseAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** Shorter strings, or ones without "@", are no address worth looking for: they would match by chance. */
function isSearchableAddress(normalised: string): boolean {
  return normalised.includes('@') && normalised.length >= 6;
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
/** The same lists without the digests, for URLs that have no hex run long enough to hold one. */
const undigestedByAddress = new Map<string, readonly IdentityVariant[]>();

function cachedVariants(cache: Map<string, readonly IdentityVariant[]>, address: string, withDigests: boolean): readonly IdentityVariant[] {
  const cached = cache.get(address);
  if (cached) return cached;
  const variants = Object.freeze(computeVariants(address, withDigests).map((v) => Object.freeze(v)));
  if (cache.size >= MAX_CACHED_ADDRESSES) cache.clear();
  cache.set(address, variants);
  return variants;
}

/** All the disguises we look for, for one address. */
export function identityVariants(address: string): readonly IdentityVariant[] {
  return cachedVariants(variantsByAddress, address, true);
}

function computeVariants(address: string, withDigests: boolean): IdentityVariant[] {
  const normalised = normaliseAddress(address);
  if (!isSearchableAddress(normalised)) return [];
  const bytes = UTF8.encode(normalised);
  const variants: IdentityVariant[] = [
    { encoding: 'plain', value: normalised, caseSensitive: false },
    ...urlEncoded(normalised),
    { encoding: 'hex', value: bytesToHex(bytes), caseSensitive: false },
  ];
  if (withDigests) {
    variants.push(
      { encoding: 'md5', value: bytesToHex(md5(bytes)), caseSensitive: false },
      { encoding: 'sha1', value: bytesToHex(sha1(bytes)), caseSensitive: false },
      { encoding: 'sha256', value: bytesToHex(sha256(bytes)), caseSensitive: false },
    );
  }
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
    return decodeURIComponent(value.includes('+') ? value.replace(/\+/g, ' ') : value);
  } catch {
    return value;
  }
}

/** Longest URL prefix searched: identity tokens sit early; megabyte URLs are attacks. */
const MAX_URL_SCAN = 64 * 1024;

/** The first variant found in the URL (raw, or once and twice percent-decoded), or undefined. */
export function findIdentity(url: string, variants: readonly IdentityVariant[]): IdentityVariant | undefined {
  if (variants.length === 0) return undefined;
  return searchForms(url.length > MAX_URL_SCAN ? url.slice(0, MAX_URL_SCAN) : url, variants);
}

/** The search itself: least-decoded form first, so the reported encoding is the one in the message. */
function searchForms(raw: string, variants: readonly IdentityVariant[]): IdentityVariant | undefined {
  let anyCaseless = false;
  for (const variant of variants) if (!variant.caseSensitive) anyCaseless = true;
  // Without "%" or "+" decoding changes nothing: spare the copy and the try/catch.
  const once = raw.includes('%') || raw.includes('+') ? safeDecode(raw) : raw;
  const twice = once.includes('%') ? safeDecode(once) : once;
  for (let round = 0; round < 3; round++) {
    const form = round === 0 ? raw : round === 1 ? once : twice;
    if ((round === 1 && form === raw) || (round === 2 && (form === once || form === raw))) continue;
    // Lower-casing copies the URL: only for the variants compared without case.
    const lowered = anyCaseless ? form.toLowerCase() : form;
    for (const variant of variants) {
      if ((variant.caseSensitive ? form : lowered).includes(variant.value)) return variant;
    }
  }
  return undefined;
}

/** Character classes for the run scan (bits, combined with |), one table lookup per character. */
export const RUN_CLASS = { hex: 1, alnum: 2, base64Symbol: 4, base64UrlSymbol: 8 } as const;
const HEX_RUN = RUN_CLASS.hex;
const ALNUM_RUN = RUN_CLASS.alnum;
const STANDARD_SYMBOL = RUN_CLASS.base64Symbol;
const URL_SAFE_SYMBOL = RUN_CLASS.base64UrlSymbol;
const ANY_RUN = ALNUM_RUN | STANDARD_SYMBOL | URL_SAFE_SYMBOL;
const RUN_CLASSES = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const digit = code >= 48 && code <= 57;
  const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  const hexLetter = (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
  // "%" belongs to every run: decoding "%XY" yields one character from three.
  if (digit || hexLetter || code === 37) RUN_CLASSES[code]! |= HEX_RUN;
  if (digit || letter || code === 37) RUN_CLASSES[code]! |= ALNUM_RUN;
  if (code === 43 || code === 47) RUN_CLASSES[code]! |= STANDARD_SYMBOL;
  if (code === 45 || code === 95) RUN_CLASSES[code]! |= URL_SAFE_SYMBOL;
}

/**
 * What one linear scan of a URL says about which variants it could hold in
 * any of its forms. Decoding only turns "%XY" (all of whose characters are hex
 * digits or "%") into one character, so a run of hex digits, or of Base64
 * characters, in a decoded form comes from a run at least as long of those
 * characters or "%" in the URL as written; and an "@" or "%40" can only appear
 * in a form if the URL holds "@", "%40" or a double-encoded "%25".
 */
class UrlRuns {
  /** Longest runs of [0-9A-Fa-f%], [A-Za-z0-9%], those plus "+/" (Base64), those plus "-_" (Base64url). */
  readonly hex: number;
  readonly alnum: number;
  readonly standard: number;
  readonly urlSafe: number;

  /** `mayHoldAddress`: the URL holds "@", "%40" or "%25", which the caller has already looked for. */
  constructor(raw: string, readonly mayHoldAddress: boolean) {
    let hex = 0;
    let alnum = 0;
    let standard = 0;
    let urlSafe = 0;
    let longestHex = 0;
    let longestAlnum = 0;
    let longestStandard = 0;
    let longestUrlSafe = 0;
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      const classes = code < 128 ? RUN_CLASSES[code]! : 0;
      if (classes === 0) {
        hex = alnum = standard = urlSafe = 0;
        continue;
      }
      hex = classes & HEX_RUN ? hex + 1 : 0;
      if (classes & ALNUM_RUN) {
        alnum++;
        standard++;
        urlSafe++;
      } else {
        alnum = 0;
        standard = classes & STANDARD_SYMBOL ? standard + 1 : 0;
        urlSafe = classes & URL_SAFE_SYMBOL ? urlSafe + 1 : 0;
      }
      if (hex > longestHex) longestHex = hex;
      if (alnum > longestAlnum) longestAlnum = alnum;
      if (standard > longestStandard) longestStandard = standard;
      if (urlSafe > longestUrlSafe) longestUrlSafe = urlSafe;
    }
    this.hex = longestHex;
    this.alnum = longestAlnum;
    this.standard = longestStandard;
    this.urlSafe = longestUrlSafe;
  }

  /** False only when the variant cannot occur in any form of the URL. */
  allows(variant: IdentityVariant): boolean {
    const length = variant.value.length;
    switch (variant.encoding) {
      case 'plain':
      case 'url-encoded':
        return this.mayHoldAddress;
      case 'base64url':
        return this.urlSafe >= length;
      case 'base64':
        return (hasBase64Symbol(variant.value) ? this.standard : this.alnum) >= length;
      default:
        return this.hex >= length;
    }
  }
}

/** Shortest hex or Base64 variant of any address: 12 hex digits (6 bytes) or a 12-character Base64 fragment. */
const SHORTEST_POSSIBLE_VARIANT = Math.min(12, MIN_BASE64_FRAGMENT);

/**
 * True when `text` has `length` consecutive characters in `classes`. Tests the
 * last character of each window first and jumps a whole window past any
 * character outside the classes, so a URL of short words is dismissed after
 * looking at a fraction of it; no character is examined twice.
 */
export function hasRun(text: string, length: number, classes: number): boolean {
  if (length <= 0) return true;
  let verifiedTo = -1; // text[windowStart .. verifiedTo] is known to be inside the classes
  for (let end = length - 1; end < text.length;) {
    const lowest = Math.max(end - length + 1, verifiedTo + 1);
    let at = end;
    // The class test is written out rather than called: this loop sees every link and
    // loaded URL of every message, mostly before the JIT has optimised it.
    for (; at >= lowest; at--) {
      const code = text.charCodeAt(at);
      if (code >= 128 || (RUN_CLASSES[code]! & classes) === 0) break;
    }
    if (at < lowest) return true;
    verifiedTo = end;
    end = at + length;
  }
  return false;
}

function hasBase64Symbol(value: string): boolean {
  return value.includes('+') || value.includes('/');
}

/** Beyond this many distinct searched URLs a hostile message gets no memo, only correct answers. */
const MAX_SEARCHED_URLS = 4096;

/** Shortest digest (MD5, 32 hex digits): a URL without a hex run this long holds none. */
const SHORTEST_DIGEST = 32;

/**
 * findIdentity for one message's addresses, paying only for what a URL could
 * hold: most URLs have no "@", no long hex run and no long Base64 run, and
 * are dismissed after one scan without decoding, lower-casing, or computing
 * any variant; the digests are computed only for URLs with a hex run long
 * enough to hold one. Answers exactly as findIdentity(url, addresses.flatMap(identityVariants)).
 */
export class IdentityFinder {
  private bounds: VariantBounds | undefined;
  private undigested: readonly IdentityVariant[] | undefined;
  private all: readonly IdentityVariant[] | undefined;
  private listed: readonly string[] | undefined;
  /**
   * Answers for URLs that got past the run tests: newsletters repeat the same
   * tracked link (logo, headline, "read more"), and only the search is worth
   * remembering. Lives as long as the finder, which is one analysis.
   */
  private searched: Map<string, IdentityVariant | null> | undefined;

  /** `addresses` may be a function: it is then called once, for the first URL that could hold an address. */
  constructor(private readonly addresses: readonly string[] | (() => readonly string[])) {}

  find(url: string): IdentityVariant | undefined {
    const raw = url.length > MAX_URL_SCAN ? url.slice(0, MAX_URL_SCAN) : url;
    const mayHoldAddress = raw.includes('@') || (raw.includes('%') && (raw.includes('%40') || raw.includes('%25')));
    // Most URLs are dismissed here, by native searches and a run test that skips ahead.
    // Hex digits are letters and digits too, so one run test covers every encoded variant.
    // Once the addresses' own bounds are known the run test below implies this one.
    if (!mayHoldAddress && this.bounds === undefined && !hasRun(raw, SHORTEST_POSSIBLE_VARIANT, ANY_RUN)) return undefined;
    const addresses = (this.listed ??= typeof this.addresses === 'function' ? this.addresses() : this.addresses);
    if (addresses.length === 0) return undefined;
    const bounds = (this.bounds ??= variantBounds(addresses));
    if (!mayHoldAddress && !hasRun(raw, bounds.shortestEncoded, bounds.encodedClasses)) return undefined;
    const searched = (this.searched ??= new Map());
    const known = searched.get(raw);
    if (known !== undefined) return known ?? undefined;
    const found = this.search(raw, mayHoldAddress, addresses, bounds);
    if (searched.size < MAX_SEARCHED_URLS) searched.set(raw, found ?? null);
    return found;
  }

  private search(raw: string, mayHoldAddress: boolean, addresses: readonly string[], bounds: VariantBounds): IdentityVariant | undefined {
    const runs = new UrlRuns(raw, mayHoldAddress);
    const base64Run = bounds.base64Symbols ? Math.max(runs.standard, runs.urlSafe) : runs.alnum;
    if (!runs.mayHoldAddress && runs.hex < bounds.hex && base64Run < bounds.base64) return undefined;
    // A list without digests answers the same when no digest fits: a variant it keeps that the
    // full list drops as a duplicate of a digest is itself a digest-length hex string, so cannot fit either.
    const variants = runs.hex >= SHORTEST_DIGEST
      ? (this.all ??= addresses.flatMap(identityVariants))
      : (this.undigested ??= addresses.flatMap((a) => cachedVariants(undigestedByAddress, a, false)));
    // A variant the URL's runs rule out is in none of its forms; the rest keep their order, which decides the answer.
    let possible: IdentityVariant[] | undefined;
    for (const variant of variants) if (runs.allows(variant)) (possible ??= []).push(variant);
    return possible ? searchForms(raw, possible) : undefined;
  }
}

interface VariantBounds {
  /** Shortest hex-digit variant (hex or digest) of any of the addresses. */
  hex: number;
  /** Shortest Base64 fragment of any of the addresses. */
  base64: number;
  /** True when some address's Base64 may hold "+" or "/" (and so a Base64url form with "-" or "_"). */
  base64Symbols: boolean;
  /** Shortest hex or Base64 variant (at least SHORTEST_POSSIBLE_VARIANT), and the run classes its characters come from. */
  shortestEncoded: number;
  encodedClasses: number;
}

/**
 * Bounds on the addresses' variants from their bytes alone, without computing the variants.
 * Base64 yields "+" or "/" only from non-ASCII bytes or, at a triple's last
 * sextet, from ">", "?", "~" or DEL: an ordinary address encodes to letters and digits.
 */
function variantBounds(addresses: readonly string[]): VariantBounds {
  let hex = Infinity;
  let base64 = Infinity;
  let base64Symbols = false;
  for (const address of addresses) {
    const normalised = normaliseAddress(address);
    if (!isSearchableAddress(normalised)) continue;
    for (let i = 0; i < normalised.length; i++) {
      const code = normalised.charCodeAt(i);
      if (code === 62 || code === 63 || code === 126 || code >= 127) base64Symbols = true;
    }
    // The byte count computeVariants will encode, lone surrogates (3-byte U+FFFD) included.
    const bytes = UTF8.encode(normalised).length;
    hex = Math.min(hex, 2 * bytes, SHORTEST_DIGEST);
    for (let offset = 0; offset < 3; offset++) {
      const fragment = fragmentLength(bytes, offset);
      if (fragment >= MIN_BASE64_FRAGMENT) base64 = Math.min(base64, fragment);
    }
  }
  return { hex, base64, base64Symbols, shortestEncoded: Math.min(hex, base64), encodedClasses: base64Symbols ? ANY_RUN : ALNUM_RUN };
}
