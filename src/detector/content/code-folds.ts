// Folding one code point at a time. fold() works on a whole text (NFKD, drop
// marks, lower-case), which for a French or German mail means three passes and
// three copies to turn a few "é" into "e". For almost every code point mail
// contains, folding the text is the same as folding each code point on its own
// and joining the results; this table says what each such code point becomes,
// so the matcher can read raw text and fold as it goes. Code points for which
// that is not provably so are COMPLEX: the caller then folds the whole text.
//
// Why joining is exact for the others: NFKD decomposes each code point on its
// own and then only reorders runs of non-starters (combining classes ≠ 0). We
// accept a code point only if what is left after dropping marks is made of
// starters, so reordering can move nothing that survives. Lower-casing is per
// code point except for the Greek capital sigma (final form depends on the
// neighbours), which we never accept.
import { ASCII_SYMBOL } from './normalize';

/** Not yet classified. */
const UNKNOWN = 0;
/** Fold the whole text instead. */
export const FOLD_COMPLEX = 1;
/** Folds to nothing (a combining mark): the word around it continues. */
export const FOLD_REMOVED = 2;
/** Folds to `payload` code units, none a letter or digit: ends a word. */
export const FOLD_SEPARATOR = 3;
/** Folds to the ASCII letter or digit whose ASCII_SYMBOL is `payload`. */
export const FOLD_ASCII_WORD = 4;
/** Folds to the single non-ASCII letter or digit code unit `payload`. */
export const FOLD_OTHER_WORD = 5;

const KIND_BITS = 3;
export const FOLD_KIND_MASK = (1 << KIND_BITS) - 1;
/** The payload is the fold shifted right by this (foldPayload, for loops that inline it). */
export const FOLD_PAYLOAD_SHIFT = KIND_BITS;

export function foldPayload(fold: number): number {
  return fold >>> KIND_BITS;
}

const MARKS = /\p{M}/gu;
const WORD_CODE_POINT = /^[\p{L}\p{N}]$/u;
const HAS_WORD_CODE_POINT = /[\p{L}\p{N}]/u;
const GREEK_CAPITAL_SIGMA = 0x3a3;

/** Combining class 0: nothing in NFKD's reordering can move it past a neighbour. */
function isStarter(char: string): boolean {
  // A non-starter with class above 1 sorts after U+0334 (class 1); one below 240
  // sorts before U+0345 (class 240): every non-starter trips one of the two.
  return `${char}\u0334`.normalize('NFD') === `${char}\u0334` && `\u0345${char}`.normalize('NFD') === `\u0345${char}`;
}

function classify(codePoint: number): number {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return FOLD_COMPLEX; // lone surrogate
  const bare = String.fromCodePoint(codePoint).normalize('NFKD').replace(MARKS, '');
  if (bare === '') return FOLD_REMOVED;
  for (const char of bare) {
    if (char.codePointAt(0) === GREEK_CAPITAL_SIGMA || !isStarter(char)) return FOLD_COMPLEX;
  }
  const folded = bare.toLowerCase();
  if (!HAS_WORD_CODE_POINT.test(folded)) return (folded.length << KIND_BITS) | FOLD_SEPARATOR;
  if (folded.length !== 1 || !WORD_CODE_POINT.test(folded)) return FOLD_COMPLEX; // "ﬁ" → "fi", "½" → "1⁄2": rare
  const unit = folded.charCodeAt(0);
  if (unit < 128) return (ASCII_SYMBOL[unit]! << KIND_BITS) | FOLD_ASCII_WORD;
  return (unit << KIND_BITS) | FOLD_OTHER_WORD;
}

// A pure function of the code point, filled in as code points are first met:
// pages of 256 so that a mail in one script touches a few kilobytes, and a cap
// on the code points outside the BMP (emoji and rarer scripts).
const bmpPages: (Int32Array | undefined)[] = [];
const astral = new Map<number, number>();
const MAX_ASTRAL_REMEMBERED = 4096;

/** How `codePoint` folds: FOLD_* kind in the low bits, payload above (see foldPayload). */
export function foldOfCodePoint(codePoint: number): number {
  if (codePoint <= 0xffff) {
    const page = bmpPages[codePoint >> 8] ?? (bmpPages[codePoint >> 8] = new Int32Array(256));
    let fold = page[codePoint & 255]!;
    if (fold === UNKNOWN) fold = page[codePoint & 255] = classify(codePoint);
    return fold;
  }
  let fold = astral.get(codePoint);
  if (fold === undefined) {
    fold = classify(codePoint);
    if (astral.size < MAX_ASTRAL_REMEMBERED) astral.set(codePoint, fold);
  }
  return fold;
}
