// The matcher's first pass: read the text once, find its words, and keep one
// number per word that could be part of a phrase, with one GAP for each run of
// words that cannot. The text is read as UTF-8 bytes (TextEncoder.encodeInto,
// native and fast) rather than with charCodeAt, which costs about twice as much
// per character as a typed-array read. ASCII words, nearly all of most mail, are
// run through the lexicon automaton (token-automaton.ts) as their letters are
// read; words holding other letters, rare, are folded code point by code point
// (code-folds.ts) from the string itself and walked the same way.
import {
  FOLD_ASCII_WORD, FOLD_KIND_MASK, FOLD_OTHER_WORD, FOLD_REMOVED, FOLD_SEPARATOR, foldOfCodePoint, foldPayload,
} from './code-folds';
import type { CompiledLexicon } from './lexicon-trie';
import { ASCII_SYMBOLS, MAX_TOKEN_LENGTH, nonAsciiWordWidth } from './normalize';
import { ASCII_CLASS, FELL_ROW, KEPT_COLUMN, NODE_COLUMN, SEPARATOR_CLASS } from './token-automaton';

/** In the kept tokens: one or more words that can be no phrase's word stood here. */
export const GAP = -1;

/** Class of a UTF-8 byte: an ASCII letter or digit's automaton column, SEPARATOR_CLASS, or NON_ASCII. */
const NON_ASCII = SEPARATOR_CLASS + 1;
const BYTE_CLASS = Uint8Array.from({ length: 256 }, (_, byte) => (byte < 128 ? ASCII_CLASS[byte]! : NON_ASCII));

// Module-local copies for the loops: compiled to CommonJS (the tests, the shipped
// build), every use of an imported binding is a getter call.
const byteClass = BYTE_CLASS;
const letterLimit = ASCII_SYMBOLS;
const separator = SEPARATOR_CLASS;
const fellRow = FELL_ROW;
const keptColumn = KEPT_COLUMN;
const nodeColumn = NODE_COLUMN;
const maxTokenLength = MAX_TOKEN_LENGTH;
const gapMark = GAP;

const encoder = new TextEncoder();
// Reused between calls so a message costs no allocation of its size; it carries
// nothing from one call to the next (only the bytes written by this call are read).
let scratch = new Uint8Array(0);

/** Texts up to this long are copied by hand when ASCII: cheaper than a call into the encoder. */
const SHORT_TEXT = 128;

/** `text` as UTF-8 in `scratch`; returns how many bytes it takes. */
function encodeToScratch(text: string): number {
  const length = text.length;
  const needed = length * 3; // the most UTF-8 bytes a UTF-16 code unit takes
  if (scratch.length < needed) scratch = new Uint8Array(Math.max(needed, 1024));
  if (length <= SHORT_TEXT) {
    // Subjects and display names: most are ASCII, where a byte is the code unit.
    let at = 0;
    for (; at < length; at++) {
      const code = text.charCodeAt(at);
      if (code >= 128) break;
      scratch[at] = code;
    }
    if (at === length) return length;
  }
  return encoder.encodeInto(text, scratch).written;
}

/** UTF-16 code units of the code point whose UTF-8 form starts with `lead`. */
function unitsOfLead(lead: number): number {
  return lead >= 0xf0 ? 2 : 1;
}

/** UTF-8 bytes of the code point whose UTF-8 form starts with `lead`. */
function bytesOfLead(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

/** What a non-ASCII code point is to the tokenizer (in `folded` or raw text). */
const LETTER = 0;
const MARK = 1;
const SPLIT = 2;
const COMPLEX = 3;

function nonAsciiRole(text: string, at: number, units: number, folded: boolean): number {
  if (folded) return nonAsciiWordWidth(text, at) > 0 ? LETTER : SPLIT;
  const kind = foldOfCodePoint(units === 2 ? text.codePointAt(at)! : text.charCodeAt(at)) & FOLD_KIND_MASK;
  if (kind === FOLD_ASCII_WORD || kind === FOLD_OTHER_WORD) return LETTER;
  if (kind === FOLD_REMOVED) return MARK;
  return kind === FOLD_SEPARATOR ? SPLIT : COMPLEX;
}

/**
 * The kept tokens of `text`: (node << 1) | 1 for a word that is exactly the
 * lexicon word ending at trie node `node`, node << 1 for one that left the trie
 * after `node` (a stem lies on the way), GAP between words that were not adjacent.
 * Words are the runs of letters and digits of the folded text of at most
 * MAX_TOKEN_LENGTH code units, exactly those of `tokenize`. With `folded` false
 * the text is raw and folded here; undefined means it holds a code point that
 * only whole-text folding handles exactly: the caller must fold it and call again.
 */
export function keptTokens(text: string, folded: boolean, lexicon: CompiledLexicon): number[] | undefined {
  const length = encodeToScratch(text);
  const bytes = scratch;
  const { rows } = lexicon;
  const kept: number[] = [];
  let gap = false; // the last kept number is GAP
  let extra = 0; // UTF-8 bytes minus UTF-16 code units before the byte at `i`
  let i = 0;
  while (i < length) {
    let byte = bytes[i]!;
    let symbol = byteClass[byte]!;
    if (symbol === separator) { i++; continue; }
    if (symbol === NON_ASCII) {
      // A mark or separator outside a word belongs to none: step over it.
      const units = unitsOfLead(byte);
      const role = nonAsciiRole(text, i - extra, units, folded);
      if (role === COMPLEX) return undefined;
      if (role !== LETTER) {
        const width = bytesOfLead(byte);
        i += width;
        extra += width - units;
        continue;
      }
    }
    // A word starts at byte i.
    const startUnit = i - extra;
    let state = 0;
    let foldedExtra = 0; // folded minus raw length of the word so far
    let unusual = false; // the word holds non-ASCII code units
    while (i < length) {
      byte = bytes[i]!;
      symbol = byteClass[byte]!;
      if (symbol < letterLimit) {
        state = rows[state + symbol]!;
        i++;
        if (state === fellRow) while (i < length && byteClass[bytes[i]!]! < letterLimit) i++;
        continue;
      }
      if (symbol === separator) break;
      const units = unitsOfLead(byte);
      const role = nonAsciiRole(text, i - extra, units, folded);
      if (role === COMPLEX) return undefined;
      if (role === SPLIT) break;
      // Inside a word a mark folds away; a letter folds to one code unit (raw) or stays as is (folded).
      foldedExtra += (role === LETTER ? (folded ? units : 1) : 0) - units;
      unusual = true;
      const width = bytesOfLead(byte);
      i += width;
      extra += width - units;
    }
    const endUnit = i - extra;
    if (endUnit - startUnit + foldedExtra <= maxTokenLength) {
      const walk = unusual ? exactWalk(text, startUnit, endUnit, folded, lexicon) : rows[state + keptColumn]!;
      if (walk !== 0) { kept.push(walk); gap = false; } else if (!gap) { kept.push(gapMark); gap = true; }
    }
  }
  return kept;
}
/** Any word at raw offsets [from, to), folding its non-ASCII code points: what to keep of it (0: nothing). */
function exactWalk(text: string, from: number, to: number, folded: boolean, lexicon: CompiledLexicon): number {
  const { rows } = lexicon;
  let state = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code < 128) {
      state = rows[state + byteClass[code]!]!;
    } else if (folded) {
      // Only letters and digits lie inside a word: walk each of their code units.
      const width = nonAsciiWordWidth(text, at);
      for (let k = 0; k < width; k++) state = otherStep(lexicon, state, text.charCodeAt(at + k));
      at += width - 1;
    } else {
      const codePoint = text.codePointAt(at)!;
      if (codePoint > 0xffff) at++; // the pair was checked when the word was found
      const codeFold = foldOfCodePoint(codePoint);
      const kind = codeFold & FOLD_KIND_MASK;
      if (kind === FOLD_ASCII_WORD) state = rows[state + foldPayload(codeFold)]!;
      else if (kind === FOLD_OTHER_WORD) state = otherStep(lexicon, state, foldPayload(codeFold));
      // FOLD_REMOVED: a mark folds away.
    }
  }
  return rows[state + keptColumn]!;
}

/** The automaton's step on a non-ASCII letter or digit code unit, through the trie's other children. */
function otherStep(lexicon: CompiledLexicon, state: number, unit: number): number {
  const node = state === 0 ? 0 : lexicon.rows[state + nodeColumn]! - 1;
  if (node < 0) return state; // already out of the trie: stays out
  const child = lexicon.otherChild.get(node * 65536 + unit);
  return child === undefined ? lexicon.fellRowOfNode[node]! : lexicon.rowOfNode[child]!;
}
