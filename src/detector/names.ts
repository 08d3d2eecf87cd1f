// Name normalisation shared by display-name matching and lookalike checks:
// case-, accent- and punctuation-insensitive word tokens.

const MAX_TEXT = 2000;

/** Lower-case, decompose (NFKD) and drop combining marks: "Libération" → "liberation". */
export function foldAccents(text: string): string {
  return text.slice(0, MAX_TEXT).normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Words of the text: letters and digits only, accents folded, lower-cased. */
export function wordTokens(text: string): string[] {
  return foldAccents(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
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

// Names that are also everyday words; they only count in a name-like context.
const COMMON_WORDS = new Set([
  'time', 'times', 'focus', 'stern', 'bild', 'welt', 'zeit', 'spiegel', 'trouw', 'parool', 'independent', 'guardian',
  'economist', 'observer', 'apache', 'knack', 'meta', 'visa', 'orange', 'apple', 'zoom', 'slack', 'teams',
  'outlook', 'express', 'point', 'presse', 'echo', 'morgen', 'tijd', 'standaard', 'soir', 'monde', 'vif', 'temps',
  'croix', 'post', 'mail', 'sky', 'libe', 'arte', 'fortis', 'azure', 'spectator',
  'atlantic', 'diplomat', 'independent', 'wort', 'presse', 
]);
// Domain labels that are everyday words too ("office", "live", "teams").
for (const w of ['office', 'live', 'windows', 'bing', 'news', 'info', 'online', 'ups']) COMMON_WORDS.add(w);

/** True for a name or label that is also an everyday word, so it proves little on its own. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase());
}
