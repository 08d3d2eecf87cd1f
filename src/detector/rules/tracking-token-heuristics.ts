// Spotting a per-reader token in a URL without knowing the sender: a long
// value that looks random (many distinct characters, letters and digits mixed,
// frequent switches between them) and is not an obvious non-token such as a
// file name, a date, a size, a number or a hyphenated slug of words.

/** Shortest value we call a token: below this a random-looking value can be an ordinary id. */
export const MIN_TOKEN_LENGTH = 16;
/** Only this many characters are measured; longer values are judged on their start. */
const MEASURED_PREFIX = 256;
/** Minimum Shannon entropy, bits per character. English words sit near 3, random base64/hex near 4. */
export const MIN_TOKEN_ENTROPY = 3.3;
/** Minimum share of positions where the character class changes (letter/digit/case/punctuation). */
const MIN_CLASS_SWITCH_RATIO = 0.18;
const MAX_PARTS = 64;

const FILE_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'bmp', 'ico', 'avif', 'css', 'js', 'woff', 'woff2', 'ttf', 'otf', 'eot',
  'html', 'htm', 'php', 'aspx', 'asp', 'jsp', 'pdf', 'mp4', 'mp3', 'webm', 'json', 'xml',
]);

type CharClass = 'lower' | 'upper' | 'digit' | 'other';

function classOf(code: number): CharClass {
  if (code >= 97 && code <= 122) return 'lower';
  if (code >= 65 && code <= 90) return 'upper';
  if (code >= 48 && code <= 57) return 'digit';
  return 'other';
}

export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

function hasFileExtension(value: string): boolean {
  const dot = value.lastIndexOf('.');
  if (dot < 0) return false;
  return FILE_EXTENSIONS.has(value.slice(dot + 1).toLowerCase());
}

/** Dates, timestamps, sizes, plain numbers: at most two letters, the rest digits and separators. */
function isNumericLike(value: string): boolean {
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const cls = classOf(value.charCodeAt(i));
    if (cls === 'lower' || cls === 'upper') letters++;
    if (letters > 2) return false;
  }
  return true;
}

/** "spring-newsletter-header-2024": mostly alphabetic words joined by - or _. */
function isSlug(value: string): boolean {
  const parts = value.split(/[-_.~+ ]/);
  if (parts.length < 3) return false;
  const words = parts.filter((part) => part.length >= 2 && /^[a-zA-Z]{2,30}$/.test(part)).length;
  return words / parts.length >= 0.6;
}

function looksRandom(value: string): boolean {
  const sample = value.slice(0, MEASURED_PREFIX);
  let letters = 0;
  let digits = 0;
  let switches = 0;
  let previous: CharClass | undefined;
  for (let i = 0; i < sample.length; i++) {
    const cls = classOf(sample.charCodeAt(i));
    if (cls === 'digit') digits++;
    else if (cls !== 'other') letters++;
    if (previous !== undefined && cls !== previous) switches++;
    previous = cls;
  }
  if (letters === 0 || digits === 0) return false;
  if (switches / sample.length < MIN_CLASS_SWITCH_RATIO) return false;
  return shannonEntropy(sample) >= MIN_TOKEN_ENTROPY;
}

export function isTokenLike(candidate: string): boolean {
  if (candidate.length < MIN_TOKEN_LENGTH) return false;
  if (hasFileExtension(candidate)) return false;
  if (isNumericLike(candidate)) return false;
  if (isSlug(candidate)) return false;
  return looksRandom(candidate);
}

function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The first token-like path segment or query value of an http(s) URL, or undefined. */
export function findTrackingToken(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return findTokenInParsedUrl(parsed);
}

/** findTrackingToken for a URL the caller has already parsed. */
export function findTokenInParsedUrl(parsed: Readonly<URL>): string | undefined {
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return findTokenInPathAndQuery(parsed.pathname, parsed.search);
}

/** findTrackingToken for an http(s) URL known by its pathname and its search ("?…", or "" when empty). */
export function findTokenInPathAndQuery(path: string, search: string): string | undefined {
  // Percent-decoding never lengthens a value, so anything shorter than a token
  // as written is skipped before it is split or decoded (most paths and values are).
  if (path.length >= MIN_TOKEN_LENGTH) {
    const segments = path.split('/', MAX_PARTS);
    // A path ending in a file name ("/4f1c…/images/header.png") is stored
    // content: hashes in its folders name the sender's account or the file,
    // the same for every recipient. Only extension-less paths are read as tokens.
    if (!hasFileExtension(segments[segments.length - 1] ?? '')) {
      for (const segment of segments) {
        if (segment.length < MIN_TOKEN_LENGTH) continue;
        const decoded = decodeOnce(segment);
        if (isTokenLike(decoded)) return decoded;
      }
    }
  }
  if (search.length <= MIN_TOKEN_LENGTH) return undefined;
  for (const pair of search.slice(1).split('&', MAX_PARTS)) {
    const eq = pair.indexOf('=');
    if (pair.length - (eq + 1) < MIN_TOKEN_LENGTH) continue;
    const value = decodeOnce(eq >= 0 ? pair.slice(eq + 1) : pair);
    if (isTokenLike(value)) return value;
  }
  return undefined;
}
