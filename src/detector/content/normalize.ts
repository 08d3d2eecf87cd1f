// Text folding and tokenising for the content lexicons. Mail arrives in four
// languages with and without accents ("Ouïghour", "Ouighour"), in any case, and
// with typographic apostrophes; matching is done on folded word tokens so one
// lexicon entry covers all of those spellings.

/** Longest token kept; anything longer is not a word in any of our lexicons. */
export const MAX_TOKEN_LENGTH = 48;

/** Letters and digits of folded ASCII text: a-z and 0-9. */
export const ASCII_SYMBOLS = 36;

/**
 * Index of an ASCII letter or digit among the ASCII_SYMBOLS, -1 for anything
 * that is not one. Upper case shares the lower-case index, so raw ASCII text is
 * read as its folded self without making a lower-cased copy.
 */
export const ASCII_SYMBOL: Int8Array = (() => {
  const symbols = new Int8Array(128).fill(-1);
  for (let code = 97; code <= 122; code++) symbols[code] = symbols[code - 32] = code - 97;
  for (let code = 48; code <= 57; code++) symbols[code] = 26 + code - 48;
  return symbols;
})();

/** NFKD, drop combining marks, lower-case: "Dès Qu'il" → "des qu'il". */
export function fold(text: string): string {
  // ASCII has no decompositions and no combining marks: most mail skips the Unicode work.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

const MARKS = /\p{M}/gu;

const NON_ASCII = /[^\x00-\x7f]/;

/** Letters and digits of any script: one character class under `+`, so linear. */
const WORD = /[\p{L}\p{N}]+/gu;
/** One letter or digit exactly at lastIndex (sticky): WORD's class, one code point at a time. */
const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Code units taken by the non-ASCII code point at `at` of folded text, negated
 * when it is not a letter or digit: the same class as WORD, one code point at a time.
 */
export function nonAsciiWordWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  const width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
  WORD_CHAR_AT.lastIndex = at;
  return WORD_CHAR_AT.test(text) ? width : -width;
}

/**
 * Folded word tokens of `text`, in order, in one linear pass. Apostrophes and
 * hyphens split words, so "l'homme" gives "l", "homme" and "inter-parliamentary"
 * gives "inter", "parliamentary", which is how lexicon phrases are written too.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of fold(text).matchAll(WORD)) {
    if (match[0].length <= MAX_TOKEN_LENGTH) tokens.push(match[0]);
  }
  return tokens;
}

