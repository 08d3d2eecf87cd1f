// Phrase matching in time linear in the text: the text is tokenised once, and
// at each token we only try the few phrases that can start with it (a map from
// first word to phrases), each at most MAX_PHRASE_WORDS long. No alternation
// regex is ever built from the lexicon, so adding words cannot make it slower
// than "more lookups per token".
import { TokenPositions, tokenize } from './normalize';
import { LEXICON, type LexiconEntry, type LexiconLanguage, type Topic } from './lexicons';

/** Upper bound on text scanned per call, so a 50 MB body costs the same as 200 KB. */
export const MAX_SCANNED_CHARS = 200_000;
const MAX_PHRASE_WORDS = 8;
const MIN_STEM_LENGTH = 4;

interface CompiledPhrase {
  words: readonly string[];
  /** The last word is a stem: any word starting with it matches. */
  stem: boolean;
  topic: Topic;
  /** Languages listing it ("urgent" is English and French). */
  languages: LexiconLanguage[];
  /** The phrase as written in the lexicon, for params. */
  source: string;
}

export interface CompiledLexicon {
  byFirstWord: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** Single-word stems, keyed by the stem itself, looked up by token prefix. */
  stems: ReadonlyMap<string, readonly CompiledPhrase[]>;
  stemLengths: readonly number[];
  /** First MIN_STEM_LENGTH letters of every stem: a token without one of them matches no stem. */
  stemStarts: ReadonlySet<string>;
  /**
   * Hashes of the first three characters of every first word and stem: a token whose
   * hash is unmarked starts no phrase, which most tokens of a text do not.
   */
  startHashes: Uint8Array;
}

const START_HASH_SIZE = 1 << 16;

/** Hash of a word's first three code units (0 for those past its end). */
function startHash(word: string): number {
  return hashCodes(word.charCodeAt(0) || 0, word.charCodeAt(1) || 0, word.charCodeAt(2) || 0);
}

function hashCodes(first: number, second: number, third: number): number {
  return (first * 961 + second * 31 + third) & (START_HASH_SIZE - 1);
}

export interface TopicHit {
  /** Distinct lexicon phrases found, in order of first appearance. */
  phrases: string[];
  languages: Set<LexiconLanguage>;
  count: number;
}

export type ContentHits = Partial<Record<Topic, TopicHit>>;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const byFirstWord = new Map<string, CompiledPhrase[]>();
  const stems = new Map<string, CompiledPhrase[]>();
  const seen = new Map<string, CompiledPhrase>();
  for (const entry of entries) {
    for (const source of entry.phrases) {
      const stem = source.endsWith('*');
      const words = tokenize(stem ? source.slice(0, -1) : source);
      if (words.length === 0 || words.length > MAX_PHRASE_WORDS) {
        throw new Error(`Lexicon phrase "${source}" must have 1 to ${MAX_PHRASE_WORDS} words`);
      }
      if (stem && words[words.length - 1]!.length < MIN_STEM_LENGTH) {
        throw new Error(`Lexicon stem "${source}" is shorter than ${MIN_STEM_LENGTH} letters`);
      }
      const identity = `${entry.topic} ${words.join(' ')}${stem ? '*' : ''}`;
      const existing = seen.get(identity);
      if (existing) {
        if (!existing.languages.includes(entry.language)) existing.languages.push(entry.language);
        continue;
      }
      const phrase: CompiledPhrase = { words, stem, topic: entry.topic, languages: [entry.language], source };
      seen.set(identity, phrase);
      if (stem && words.length === 1) push(stems, words[0]!, phrase);
      else push(byFirstWord, words[0]!, phrase);
    }
  }
  const stemLengths = [...new Set([...stems.keys()].map((s) => s.length))].sort((a, b) => a - b);
  const stemStarts = new Set([...stems.keys()].map((s) => s.slice(0, MIN_STEM_LENGTH)));
  const startHashes = new Uint8Array(START_HASH_SIZE);
  for (const word of [...byFirstWord.keys(), ...stems.keys()]) startHashes[startHash(word)] = 1;
  return { byFirstWord, stems, stemLengths, stemStarts, startHashes };
}

/** The built-in lexicon, compiled once at load (immutable afterwards). */
export const BUILT_IN_LEXICON: CompiledLexicon = compileLexicon(LEXICON);

function phraseMatchesAt(tokens: TokenPositions, at: number, phrase: CompiledPhrase): boolean {
  const { words } = phrase;
  if (at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const token = tokens.token(at + k);
    const word = words[k]!;
    const isLast = k === words.length - 1;
    if (isLast && phrase.stem ? !token.startsWith(word) : token !== word) return false;
  }
  return true;
}

function record(hits: ContentHits, phrase: CompiledPhrase): void {
  const hit = hits[phrase.topic] ?? (hits[phrase.topic] = { phrases: [], languages: new Set(), count: 0 });
  hit.count++;
  for (const language of phrase.languages) hit.languages.add(language);
  if (!hit.phrases.includes(phrase.source) && hit.phrases.length < 8) hit.phrases.push(phrase.source);
}

/** Every lexicon phrase found in `text` (first MAX_SCANNED_CHARS characters), grouped by topic. */
export function matchContent(text: string, lexicon: CompiledLexicon = BUILT_IN_LEXICON): ContentHits {
  const tokens = new TokenPositions(text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text);
  const hits: ContentHits = {};
  for (let i = 0; i < tokens.length; i++) {
    const hash = hashCodes(tokens.codeAt(i, 0), tokens.codeAt(i, 1), tokens.codeAt(i, 2));
    if (lexicon.startHashes[hash] === 0) continue;
    const token = tokens.token(i);
    const phrases = lexicon.byFirstWord.get(token);
    if (phrases) for (const phrase of phrases) if (phraseMatchesAt(tokens, i, phrase)) record(hits, phrase);
    if (token.length < MIN_STEM_LENGTH || !lexicon.stemStarts.has(token.slice(0, MIN_STEM_LENGTH))) continue;
    for (const length of lexicon.stemLengths) {
      if (length > token.length) break;
      for (const phrase of lexicon.stems.get(token.slice(0, length)) ?? []) record(hits, phrase);
    }
  }
  return hits;
}

/** True when `text` contains any phrase of the given topics. */
export function mentions(text: string, topics: readonly Topic[], lexicon?: CompiledLexicon): boolean {
  const hits = matchContent(text, lexicon);
  return topics.some((topic) => (hits[topic]?.count ?? 0) > 0);
}
