// Name normalisation shared by display-name matching and lookalike checks:
// case-, accent- and punctuation-insensitive word tokens.
import { isAscii } from './lookalike/confusables';

const MAX_TEXT = 2000;

/** Lower-case, decompose (NFKD) and drop combining marks: "Libération" → "liberation". */
export function foldAccents(text: string): string {
  const bounded = text.slice(0, MAX_TEXT);
  // Display names are nearly always ASCII, which NFKD leaves as is and which has no marks.
  if (isAscii(bounded)) return bounded;
  return bounded.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Words of the text: letters and digits only, accents folded, lower-cased. */
export function wordTokens(text: string): string[] {
  const lower = foldAccents(text).toLowerCase();
  if (!isAscii(lower)) return lower.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
  // The only ASCII letters and digits are a-z and 0-9 once lower-cased: runs of them are the words.
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push(lower.slice(start, i));
      start = -1;
    }
  }
  return tokens;
}

/** Index of the first occurrence of `needle` as a contiguous run inside `haystack`, or -1. */
export function indexOfRun(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > haystack.length) return -1;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

// Domain labels of protected entities that are everyday words too: "time.com",
// "orange.fr", "office.com". Misspellings or other suffixes of them are mostly
// other people's ordinary sites, so only homoglyph disguises count for them.
const COMMON_WORDS = new Set([
  'time', 'focus', 'stern', 'bild', 'welt', 'zeit', 'spiegel', 'trouw', 'parool', 'knack', 'apache', 'independent',
  'economist', 'observer', 'spectator', 'meta', 'visa', 'orange', 'apple', 'zoom', 'slack', 'outlook', 'office', 'live',
  'windows', 'bing', 'sky', 'arte', 'azure', 'ups', 'fortis', 'wort', 'go', 'france',
]);

/** True for a domain label that is also an everyday word, so a near miss of it proves little. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase());
}
