import fc from 'fast-check';
import {
  FOLD_ASCII_WORD, FOLD_COMPLEX, FOLD_KIND_MASK, FOLD_OTHER_WORD, FOLD_REMOVED, FOLD_SEPARATOR, foldOfCodePoint, foldPayload,
} from './code-folds';
import { ASCII_SYMBOL, fold } from './normalize';

const kind = (char: string) => foldOfCodePoint(char.codePointAt(0)!) & FOLD_KIND_MASK;
const payload = (char: string) => foldPayload(foldOfCodePoint(char.codePointAt(0)!));

/** What the table says `char` folds to, as a string (undefined for COMPLEX). */
function tableFold(char: string): string | undefined {
  switch (kind(char)) {
    case FOLD_REMOVED: return '';
    case FOLD_ASCII_WORD: return 'abcdefghijklmnopqrstuvwxyz0123456789'[payload(char)];
    case FOLD_OTHER_WORD: return String.fromCharCode(payload(char));
    case FOLD_SEPARATOR: return fold(char);
    default: return undefined;
  }
}

describe('folding code point by code point', () => {
  it('sorts typical mail characters', () => {
    expect([kind('é'), payload('é')]).toEqual([FOLD_ASCII_WORD, ASCII_SYMBOL['e'.charCodeAt(0)]]);
    expect([kind('Ü'), payload('Ü')]).toEqual([FOLD_ASCII_WORD, ASCII_SYMBOL['u'.charCodeAt(0)]]);
    expect(kind('\u0301')).toBe(FOLD_REMOVED);
    expect([kind('\u00a0'), payload('\u00a0')]).toEqual([FOLD_SEPARATOR, 1]);
    expect([kind('…'), payload('…')]).toEqual([FOLD_SEPARATOR, 3]);
    expect([kind('’'), kind('😀')]).toEqual([FOLD_SEPARATOR, FOLD_SEPARATOR]);
    expect([kind('ß'), payload('ß')]).toEqual([FOLD_OTHER_WORD, 'ß'.charCodeAt(0)]);
    expect([kind('Ж'), payload('Ж')]).toEqual([FOLD_OTHER_WORD, 'ж'.charCodeAt(0)]);
  });

  it('leaves to whole-text folding what it cannot prove: expansions to words, the capital sigma, lone surrogates', () => {
    for (const char of ['ﬁ', '™', '½', 'Ĳ', 'Σ', '\u03f9', '\ud800', '\udc00']) expect(kind(char)).toBe(FOLD_COMPLEX);
  });

  it('agrees with fold() for every code point of the BMP it accepts', () => {
    const wrong: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const folded = tableFold(char);
      if (folded !== undefined && folded !== fold(char)) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('folds any text of accepted code points like fold() does, joined', () => {
    const accepted = fc.integer({ min: 0x80, max: 0x2fff }).map((code) => String.fromCharCode(code))
      .filter((char) => kind(char) !== FOLD_COMPLEX);
    const piece = fc.oneof(accepted, fc.constantFrom('a', 'Z', ' ', '-', 'e', '1'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (chars) => {
      expect(chars.map(tableFold).join('')).toBe(fold(chars.join('')));
    }), { numRuns: 3000 });
  });
});
