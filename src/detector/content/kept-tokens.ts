// The matcher's first pass: read the text once, find its words, and keep one
// number per word that could be part of a phrase, with one GAP for each run of
// words that cannot. The letter loop only tells letters from the rest, with
// arithmetic: nothing in it waits on memory, which matters because it runs
// between the parser and the other rules, with their data in the CPU cache
// instead of ours. Each word is then run through the lexicon automaton
// (token-automaton.ts) only until it leaves the trie, which for most words is
// after a letter or two. Words with non-ASCII letters, rare in most mail, are
// folded code point by code point (code-folds.ts) and walked the same way.
import {
  FOLD_ASCII_WORD, FOLD_KIND_MASK, FOLD_OTHER_WORD, FOLD_REMOVED, FOLD_SEPARATOR, foldOfCodePoint, foldPayload,
} from './code-folds';
import type { CompiledLexicon } from './lexicon-trie';
import { MAX_TOKEN_LENGTH, nonAsciiWordWidth } from './normalize';
import { ASCII_CLASS, FELL_ROW, KEPT_COLUMN, NODE_COLUMN } from './token-automaton';

/** In the kept tokens: one or more words that can be no phrase's word stood here. */
export const GAP = -1;

// Module-local copies for the loops: compiled to CommonJS (the tests, the shipped
// build), every use of an imported binding is a getter call.
const classOf = ASCII_CLASS;
const fellRow = FELL_ROW;
const keptColumn = KEPT_COLUMN;
const nodeColumn = NODE_COLUMN;
const maxTokenLength = MAX_TOKEN_LENGTH;

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
  const kept: number[] = [];
  const length = text.length;
  let gap = false; // the last kept number is GAP
  let start = -1; // raw offset of the current word's first letter, -1 between words
  let foldedExtra = 0; // folded minus raw length of the current word so far
  let unusual = false; // the current word holds non-ASCII code units
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    let width = 1;
    if (code < 128) {
      const lower = code | 32; // digits already have that bit
      if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) {
        if (start < 0) start = at;
        continue;
      }
    } else {
      // Non-ASCII: a letter of the word, a mark that folds away, or a separator.
      let foldedWidth = 1;
      let letter = false;
      if (folded) {
        width = nonAsciiWordWidth(text, at);
        letter = width > 0;
        if (!letter) width = -width;
        foldedWidth = width;
      } else {
        if (code >= 0xd800 && code <= 0xdbff) {
          const low = text.charCodeAt(at + 1);
          if (low >= 0xdc00 && low <= 0xdfff) width = 2;
        }
        const kind = foldOfCodePoint(width === 2 ? text.codePointAt(at)! : code) & FOLD_KIND_MASK;
        if (kind === FOLD_REMOVED) foldedWidth = 0;
        else if (kind === FOLD_ASCII_WORD || kind === FOLD_OTHER_WORD) letter = true;
        else if (kind !== FOLD_SEPARATOR) return undefined;
      }
      if (letter || foldedWidth === 0) {
        // A mark before any letter belongs to no word; inside one it folds away.
        if (letter && start < 0) start = at;
        if (start >= 0) {
          foldedExtra += (letter ? (folded ? width : 1) : 0) - width;
          unusual = true;
        }
        at += width - 1;
        continue;
      }
    }
    // A separator of `width` code units at `at`: the word before it (if any) ends.
    if (start >= 0) {
      if (at - start + foldedExtra <= maxTokenLength) {
        const walk = unusual ? exactWalk(text, start, at, folded, lexicon) : asciiWalk(text, start, at, lexicon);
        if (walk !== 0) { kept.push(walk); gap = false; } else if (!gap) { kept.push(GAP); gap = true; }
      }
      start = -1;
      foldedExtra = 0;
      unusual = false;
    }
    at += width - 1;
  }
  if (start >= 0 && length - start + foldedExtra <= maxTokenLength) {
    const walk = unusual ? exactWalk(text, start, length, folded, lexicon) : asciiWalk(text, start, length, lexicon);
    if (walk !== 0) kept.push(walk);
  }
  return kept;
}

/** An ASCII word at [from, to) through the automaton, stopping once it has left the trie with no stem on the way. */
function asciiWalk(text: string, from: number, to: number, lexicon: CompiledLexicon): number {
  const { rows } = lexicon;
  let state = 0;
  for (let at = from; at < to && state !== fellRow; at++) state = rows[state + classOf[text.charCodeAt(at)]!]!;
  return rows[state + keptColumn]!;
}

/** Any word at raw offsets [from, to), folding its non-ASCII code points: what to keep of it (0: nothing). */
function exactWalk(text: string, from: number, to: number, folded: boolean, lexicon: CompiledLexicon): number {
  const { rows } = lexicon;
  let state = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code < 128) {
      state = rows[state + classOf[code]!]!;
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
