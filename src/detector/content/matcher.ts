// Phrase matching in time linear in the text, in two passes. The first reads
// the text once, folding it as it goes and running each word through an
// automaton built from the lexicon trie (kept-tokens.ts); it keeps one number per
// word that could be part of a phrase — the trie node reached and whether the
// word ended there — and one gap marker for each run of words that cannot. The
// second pass (here) tries phrases only where a kept word starts some, against
// the next few kept numbers (at most MAX_PHRASE_WORDS). No string is cut out of
// the text and no alternation regex is ever built from the lexicon, so adding
// words cannot make it slower than "a bigger table".
import { GAP, keptTokens } from './kept-tokens';
import { fold } from './normalize';
import { LEXICON, type LexiconLanguage, type Topic } from './lexicons';
import {
  ONE_WORD_STEM_ON_PATH, STARTS_PHRASE, compileLexicon, isPrefixNode, type CompiledLexicon, type CompiledPhrase,
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

/** What matchContent answers for a text holding no phrase (most texts): one shared, frozen object. */
export const NO_CONTENT_HITS: ContentHits = Object.freeze({});

/** The built-in lexicon, compiled once at load (immutable afterwards). */
export const BUILT_IN_LEXICON: CompiledLexicon = compileLexicon(LEXICON);

// Module-local copies: compiled to CommonJS, every use of an imported binding is a getter call.
const gap = GAP;
const startsPhrase = STARTS_PHRASE;
const oneWordStemOnPath = ONE_WORD_STEM_ON_PATH;

function phraseMatchesAt(lexicon: CompiledLexicon, kept: readonly number[], at: number, phrase: CompiledPhrase): boolean {
  const { wordNodes } = phrase;
  const last = wordNodes.length - 1;
  if (at + last >= kept.length) return false;
  // The first word matched already: that is why this phrase is being tried.
  for (let k = 1; k <= last; k++) {
    const walk = kept[at + k]!;
    if (walk === gap) return false;
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

/** One-word stems the token starts with, shortest first (the order in which they are reported); the hits, made when first needed. */
function recordStems(hits: ContentHits | undefined, lexicon: CompiledLexicon, reach: number): ContentHits | undefined {
  const parent = lexicon.parent[reach]!;
  if (parent >= 0 && (lexicon.flags[parent]! & oneWordStemOnPath)) hits = recordStems(hits, lexicon, parent);
  const phrases = lexicon.stemsAt[reach];
  if (phrases) for (const phrase of phrases) record(hits ??= {}, phrase);
  return hits;
}

/**
 * Every lexicon phrase found in `text` (first MAX_SCANNED_CHARS characters), grouped by
 * topic; NO_CONTENT_HITS when there is none, so callers can tell by identity.
 */
export function matchContent(text: string, lexicon: CompiledLexicon = BUILT_IN_LEXICON): ContentHits {
  const scanned = text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
  const kept = keptTokens(scanned, false, lexicon) ?? keptTokens(fold(scanned), true, lexicon)!;
  const { flags, startingAt } = lexicon;
  let hits: ContentHits | undefined;
  for (let i = 0; i < kept.length; i++) {
    const walk = kept[i]!;
    if (walk === gap) continue;
    const node = walk >> 1;
    const flag = flags[node]!;
    if ((walk & 1) !== 0 && (flag & startsPhrase) !== 0) {
      for (const phrase of startingAt[node]!) if (phraseMatchesAt(lexicon, kept, i, phrase)) record(hits ??= {}, phrase);
    }
    if ((flag & oneWordStemOnPath) !== 0) hits = recordStems(hits, lexicon, node);
  }
  return hits ?? NO_CONTENT_HITS;
}

/** True when `text` contains any phrase of the given topics. */
export function mentions(text: string, topics: readonly Topic[], lexicon?: CompiledLexicon): boolean {
  const hits = matchContent(text, lexicon);
  return topics.some((topic) => (hits[topic]?.count ?? 0) > 0);
}
