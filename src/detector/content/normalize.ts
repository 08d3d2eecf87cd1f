// Text folding and tokenising for the content lexicons. Mail arrives in four
// languages with and without accents ("Ouïghour", "Ouighour"), in any case, and
// with typographic apostrophes; matching is done on folded word tokens so one
// lexicon entry covers all of those spellings.

/** Longest token kept; anything longer is not a word in any of our lexicons. */
const MAX_TOKEN_LENGTH = 48;

/** NFKD, drop combining marks, lower-case: "Dès Qu'il" → "des qu'il". */
export function fold(text: string): string {
  // ASCII has no decompositions and no combining marks: most mail skips the Unicode work.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Letters and digits of any script: one character class under `+`, so linear. */
const WORD = /[\p{L}\p{N}]+/gu;

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
