// Phrase matching in time linear in the text, in two passes. The first reads
// the text once, code unit by code unit, folding as it goes (code-folds.ts) and
// walking each token down the lexicon trie (lexicon-trie.ts); it keeps one
// number per token that could be part of a phrase — the trie node reached and
// whether the token ended there — and one gap marker for each run of tokens
// that cannot. The second pass tries phrases only where a kept token starts
// some, against the next few kept numbers (at most MAX_PHRASE_WORDS). No string
// is cut out of the text and no alternation regex is ever built from the
// lexicon, so adding words cannot make it slower than "a bigger trie".
import {
  FOLD_ASCII_WORD, FOLD_KIND_MASK, FOLD_OTHER_WORD, FOLD_REMOVED, FOLD_SEPARATOR, foldOfCodePoint, foldPayload,
} from './code-folds';
import { ASCII_SYMBOL, ASCII_SYMBOLS, fold, foldEquivalentFlat, MAX_TOKEN_LENGTH, nonAsciiWordWidth } from './normalize';
import { LEXICON, type LexiconLanguage, type Topic } from './lexicons';
import {
  ONE_WORD_STEM_ON_PATH, STARTS_PHRASE, STEM_ON_PATH, WORD_END, compileLexicon, isPrefixNode,
  type CompiledLexicon, type CompiledPhrase,
} from './lexicon-trie';

export { compileLexicon, type CompiledLexicon } from './lexicon-trie';

/** Upper bound on text scanned per call, so a 50 MB body costs the same as 200 KB. */
export const MAX_SCANNED_CHARS = 200_000;

export interface TopicHit {
  /** Distinct lexicon phrases found, in order of first appearance. */
  phrases: string[];
  languages: Set<LexiconLanguage>;
  count: number;
}

export type ContentHits = Partial<Record<Topic, TopicHit>>;

/** The built-in lexicon, compiled once at load (immutable afterwards). */
export const BUILT_IN_LEXICON: CompiledLexicon = compileLexicon(LEXICON);

/** In the kept tokens: one or more tokens that can be no phrase's word stood here. */
const GAP = -1;
/** A kept token that ended exactly on a phrase word, or reached a stem: worth keeping. */
const KEEP_IF_ENDED = WORD_END | STEM_ON_PATH;

/**
 * The kept tokens of `text` (see the file comment): (node << 1) | 1 for a token
 * that is exactly the word ending at node, node << 1 for one that left the trie
 * after node, GAP between tokens that were not adjacent. Tokens are the runs of
 * letters and digits of the folded text of at most MAX_TOKEN_LENGTH code units,
 * exactly those of `tokenize`. With `folded` false the text is raw and folded
 * here; undefined means it holds a code point that only whole-text folding
 * handles exactly, and the caller must fold it and call again.
 */
function keptTokens(text: string, folded: boolean, lexicon: CompiledLexicon): number[] | undefined {
  const { asciiNext, denseChildren, otherChild, flags } = lexicon;
  // Locals, not module bindings: compiled to CommonJS, each of those is a getter call per letter.
  const symbolOf = ASCII_SYMBOL;
  const rowWidth = ASCII_SYMBOLS;
  const maxTokenLength = MAX_TOKEN_LENGTH;
  const kept: number[] = [];
  const length = text.length;
  let gap = false; // the last kept number is GAP
  let start = -1; // folded offset of the current token, -1 between tokens
  let shift = 0; // folded offset minus raw offset: changes only at non-ASCII code points
  let node = 0; // trie node of the token so far, -1 once it left the trie
  let reach = 0; // the last node before it left
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    let symbol: number;
    let other = -1;
    if (code < 128) {
      symbol = symbolOf[code]!;
    } else {
      // Non-ASCII: find what it folds to, then treat it as that letter or separator.
      let width = 1;
      let foldedWidth = 1;
      symbol = -1;
      if (folded) {
        width = nonAsciiWordWidth(text, at);
        if (width > 0) other = code; else foldedWidth = width = -width;
      } else {
        let codePoint = code;
        if (code >= 0xd800 && code <= 0xdbff) {
          const low = text.charCodeAt(at + 1);
          if (low >= 0xdc00 && low <= 0xdfff) { codePoint = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000; width = 2; }
        }
        const codeFold = foldOfCodePoint(codePoint);
        const kind = codeFold & FOLD_KIND_MASK;
        if (kind === FOLD_ASCII_WORD) symbol = foldPayload(codeFold);
        else if (kind === FOLD_OTHER_WORD) other = foldPayload(codeFold);
        else if (kind === FOLD_SEPARATOR) foldedWidth = foldPayload(codeFold);
        else if (kind === FOLD_REMOVED) foldedWidth = 0;
        else return undefined;
      }
      if (symbol < 0 && other >= 0) {
        if (start < 0) { start = at + shift; node = 0; }
        // Walked one code unit at a time, as the lexicon words were.
        for (let unit = 0; unit < width && node >= 0; unit++) {
          const next = otherChild.get(node * 65536 + (folded ? text.charCodeAt(at + unit) : other));
          if (next === undefined) { reach = node; node = -1; } else node = next;
        }
        shift += (folded ? width : 1) - width;
        at += width - 1;
        continue;
      }
      if (symbol < 0) {
        if (start >= 0 && foldedWidth > 0) {
          if (at + shift - start <= maxTokenLength) gap = keep(kept, flags, node, reach, gap);
          start = -1;
        }
        shift += foldedWidth - width;
        at += width - 1;
        continue;
      }
      // An ASCII letter in disguise ("é" → "e"): read on as one, from its folded offset.
      shift += 1 - width;
      at += width - 1;
      if (start < 0) { start = at + shift; node = 0; }
      if (node >= 0) {
        const step = asciiNext[node]!;
        const next = step > 0 ? ((step >> 16) === symbol + 1 ? step & 0xffff : 0) : step < 0 ? denseChildren[(-step - 1) * rowWidth + symbol]! : 0;
        if (next === 0) { reach = node; node = -1; } else node = next;
      }
      continue;
    }
    if (symbol >= 0) {
      if (start < 0) { start = at + shift; node = 0; }
      if (node >= 0) {
        const step = asciiNext[node]!;
        const next = step > 0 ? ((step >> 16) === symbol + 1 ? step & 0xffff : 0) : step < 0 ? denseChildren[(-step - 1) * rowWidth + symbol]! : 0;
        if (next === 0) { reach = node; node = -1; } else node = next;
      }
    } else if (start >= 0) {
      if (at + shift - start <= maxTokenLength) gap = keep(kept, flags, node, reach, gap);
      start = -1;
    }
  }
  if (start >= 0 && length + shift - start <= maxTokenLength) keep(kept, flags, node, reach, gap);
  return kept;
}

/** Keeps the token that just ended if it can be part of a phrase, else marks a gap (once per run); returns whether the last kept is a gap. */
function keep(kept: number[], flags: Uint8Array, node: number, reach: number, gap: boolean): boolean {
  if (node >= 0 ? (flags[node]! & KEEP_IF_ENDED) !== 0 : (flags[reach]! & STEM_ON_PATH) !== 0) {
    kept.push(node >= 0 ? (node << 1) | 1 : reach << 1);
    return false;
  }
  if (!gap) kept.push(GAP);
  return true;
}

function phraseMatchesAt(lexicon: CompiledLexicon, kept: readonly number[], at: number, phrase: CompiledPhrase): boolean {
  const { wordNodes } = phrase;
  const last = wordNodes.length - 1;
  if (at + last >= kept.length) return false;
  // The first word matched already: that is why this phrase is being tried.
  for (let k = 1; k <= last; k++) {
    const walk = kept[at + k]!;
    if (walk === GAP) return false;
    const word = wordNodes[k]!;
    const matches = k === last && phrase.stem ? isPrefixNode(lexicon, word, walk >> 1) : walk === ((word << 1) | 1);
    if (!matches) return false;
  }
  return true;
}

function record(hits: ContentHits, phrase: CompiledPhrase): void {
  const hit = hits[phrase.topic] ?? (hits[phrase.topic] = { phrases: [], languages: new Set(), count: 0 });
  hit.count++;
  for (const language of phrase.languages) hit.languages.add(language);
  if (hit.phrases.length < 8 && !hit.phrases.includes(phrase.source)) hit.phrases.push(phrase.source);
}

/** One-word stems the token starts with, shortest first (the order in which they are reported). */
function recordStems(hits: ContentHits, lexicon: CompiledLexicon, reach: number): void {
  const parent = lexicon.parent[reach]!;
  if (parent >= 0 && (lexicon.flags[parent]! & ONE_WORD_STEM_ON_PATH)) recordStems(hits, lexicon, parent);
  const phrases = lexicon.stemsAt[reach];
  if (phrases) for (const phrase of phrases) record(hits, phrase);
}

/** Every lexicon phrase found in `text` (first MAX_SCANNED_CHARS characters), grouped by topic. */
export function matchContent(text: string, lexicon: CompiledLexicon = BUILT_IN_LEXICON): ContentHits {
  const scanned = text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
  const kept = keptTokens(foldEquivalentFlat(scanned), false, lexicon) ?? keptTokens(fold(scanned), true, lexicon)!;
  const { flags, startingAt } = lexicon;
  const hits: ContentHits = {};
  for (let i = 0; i < kept.length; i++) {
    const walk = kept[i]!;
    if (walk === GAP) continue;
    const node = walk >> 1;
    const flag = flags[node]!;
    if ((walk & 1) !== 0 && (flag & STARTS_PHRASE) !== 0) {
      for (const phrase of startingAt[node]!) if (phraseMatchesAt(lexicon, kept, i, phrase)) record(hits, phrase);
    }
    if ((flag & ONE_WORD_STEM_ON_PATH) !== 0) recordStems(hits, lexicon, node);
  }
  return hits;
}

/** True when `text` contains any phrase of the given topics. */
export function mentions(text: string, topics: readonly Topic[], lexicon?: CompiledLexicon): boolean {
  const hits = matchContent(text, lexicon);
  return topics.some((topic) => (hits[topic]?.count ?? 0) > 0);
}
