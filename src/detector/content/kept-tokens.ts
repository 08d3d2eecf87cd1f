// The matcher's first pass: read the text once, find its words, and keep one
// number per word that could be part of a phrase, with one GAP for each run of
// words that cannot. The text is read as UTF-8 bytes (utf8-buffer.ts) rather
// than with charCodeAt, which costs about twice as much per character as a
// typed-array read. ASCII words, nearly all of most mail, are
// run through the lexicon automaton (token-automaton.ts) as their letters are
// read; words holding other letters, rare, are folded code point by code point
// (code-folds.ts) from the string itself and walked the same way.
import {
  FOLD_ASCII_WORD, FOLD_KIND_MASK, FOLD_OTHER_WORD, FOLD_PAYLOAD_SHIFT, FOLD_REMOVED, FOLD_SEPARATOR, foldOfCodePoint,
} from './code-folds';
import type { CompiledLexicon } from './lexicon-trie';
import { Utf8Buffer } from './utf8-buffer';
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
const foldOf = foldOfCodePoint;
const kindMask = FOLD_KIND_MASK;
const payloadShift = FOLD_PAYLOAD_SHIFT;
const asciiWord = FOLD_ASCII_WORD;
const otherWord = FOLD_OTHER_WORD;
const removedKind = FOLD_REMOVED;
const separatorKind = FOLD_SEPARATOR;

// Reused between calls so a message costs no allocation of its size; it carries
// nothing from one call to the next (only the bytes loaded by this call are read).
const utf8 = new Utf8Buffer();

/** UTF-16 code units of the code point whose UTF-8 form starts with `lead`. */
function unitsOfLead(lead: number): number {
  return lead >= 0xf0 ? 2 : 1;
}

/** UTF-8 bytes of the code point whose UTF-8 form starts with `lead`. */
function bytesOfLead(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
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
  const length = utf8.load(text);
  const bytes = utf8.bytes;
  const { rows, liveTrigrams } = lexicon;
  const kept: number[] = [];
  let gap = false; // the last kept number is GAP
  let extra = 0; // UTF-8 bytes minus UTF-16 code units before the byte at `i`
  let i = 0;
  while (i < length) {
    let byte = bytes[i]!;
    let symbol = byteClass[byte]!;
    if (symbol === separator) { i++; continue; }
    if (symbol === NON_ASCII && !startsWord(text, i - extra, byte, folded)) {
      // A mark or separator outside a word belongs to none: step over it.
      const width = bytesOfLead(byte);
      extra += width - unitsOfLead(byte);
      i += width;
      continue;
    }
    // A word starts at byte i.
    const startUnit = i - extra;
    let state = 0;
    if (symbol < letterLimit) {
      // Most words are out of the trie after three letters: ask the small table, then only skip letters.
      // (The byte after the text is 0, a separator, so looking two bytes ahead stays inside it.)
      const second = byteClass[bytes[i + 1]!]!;
      if (second < letterLimit) {
        const third = byteClass[bytes[i + 2]!]!;
        const trigram = (symbol * letterLimit + second) * letterLimit + third;
        if (third < letterLimit && (liveTrigrams[trigram >>> 5]! & (1 << (trigram & 31))) === 0) {
          state = fellRow;
          i += 3;
        }
      }
    }
    let foldedExtra = 0; // folded minus raw length of the word so far
    let unusual = false; // the word holds letters the automaton has no column for: walk it again from the text
    // The 0 byte after the text is a separator: it ends the last word.
    for (;;) {
      byte = bytes[i]!;
      symbol = byteClass[byte]!;
      if (symbol < letterLimit) {
        if (state === fellRow) {
          // Out of the trie with no stem on the way (most words, after a few letters): nothing more to walk.
          do i++; while (byteClass[bytes[i]!]! < letterLimit);
          continue;
        }
        state = rows[state + symbol]!;
        i++;
        continue;
      }
      if (symbol === separator) break;
      const units = unitsOfLead(byte);
      const at = i - extra;
      if (folded) {
        // Folded text: a letter or digit stays as it is.
        if (nonAsciiWordWidth(text, at) < 0) break;
        unusual = true;
      } else {
        const codeFold = foldOf(units === 2 ? text.codePointAt(at)! : text.charCodeAt(at));
        const kind = codeFold & kindMask;
        if (kind === asciiWord) state = rows[state + (codeFold >>> payloadShift)]!; // "é" walks as "e"
        else if (kind === otherWord) unusual = true;
        else if (kind === separatorKind) break;
        else if (kind !== removedKind) return undefined;
        // A letter folds to one code unit, a mark inside a word to none.
        foldedExtra += (kind === removedKind ? 0 : 1) - units;
      }
      const width = bytesOfLead(byte);
      extra += width - units;
      i += width;
    }
    const endUnit = i - extra;
    if (endUnit - startUnit + foldedExtra <= maxTokenLength) {
      const walk = unusual ? exactWalk(text, startUnit, endUnit, folded, lexicon) : rows[state + keptColumn]!;
      if (walk !== 0) { kept.push(walk); gap = false; } else if (!gap) { kept.push(gapMark); gap = true; }
    }
  }
  return kept;
}

/** A word starts at the non-ASCII code point at `at`; false for a mark or a separator (or a code point the caller will meet again). */
function startsWord(text: string, at: number, lead: number, folded: boolean): boolean {
  if (folded) return nonAsciiWordWidth(text, at) > 0;
  const kind = foldOf(lead >= 0xf0 ? text.codePointAt(at)! : text.charCodeAt(at)) & kindMask;
  // COMPLEX starts a word too: the word loop gives up on it.
  return kind !== removedKind && kind !== separatorKind;
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
      const codeFold = foldOf(codePoint);
      const kind = codeFold & kindMask;
      if (kind === asciiWord) state = rows[state + (codeFold >>> payloadShift)]!;
      else if (kind === otherWord) state = otherStep(lexicon, state, codeFold >>> payloadShift);
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
