// The lexicon compiled, once, into a letter trie over every word any phrase
// uses, and that trie into an automaton (token-automaton.ts). The matcher runs
// each word of a text through it, so it knows which lexicon word (if any) the
// word is, and which stems it starts with, without cutting the word out of the
// text or looking it up in a map. Phrases then compare trie nodes, not strings.
import { ASCII_SYMBOL, tokenize } from './normalize';
import { buildAutomaton, type TokenAutomaton } from './token-automaton';
import type { LexiconEntry, LexiconLanguage, Topic } from './lexicons';

export const MAX_PHRASE_WORDS = 8;
const MIN_STEM_LENGTH = 4;

export interface CompiledPhrase {
  /** Trie node of each word; for a stem, the node of the stem. */
  readonly wordNodes: readonly number[];
  /** The last word is a stem: any word starting with it matches. */
  readonly stem: boolean;
  readonly topic: Topic;
  /** Languages listing it ("urgent" is English and French). */
  readonly languages: LexiconLanguage[];
  /** The phrase as written in the lexicon, for params. */
  readonly source: string;
}

/** A phrase word (not a stem) ends at this node: a token ending here may be part of a phrase. */
export const WORD_END = 1;
/** A stem of any phrase lies on the path to this node: a token reaching it starts with that stem. */
export const STEM_ON_PATH = 2;
/** Phrases start with the word ending here (startingAt holds them). */
export const STARTS_PHRASE = 4;
/** A one-word stem phrase lies on the path to this node (stemsAt of the node or an ancestor). */
export const ONE_WORD_STEM_ON_PATH = 8;

/** What the matcher keeps of a word that ended exactly on a phrase word, or reached a stem. */
const KEEP_IF_ENDED = WORD_END | STEM_ON_PATH;

export interface CompiledLexicon extends TokenAutomaton {
  /** Children through any other code unit, keyed node * 65536 + code unit (empty for the built-in lexicon). */
  readonly otherChild: ReadonlyMap<number, number>;
  readonly parent: Int32Array;
  readonly depth: Int32Array;
  /** WORD_END | STEM_ON_PATH | STARTS_PHRASE | ONE_WORD_STEM_ON_PATH per node. */
  readonly flags: Uint8Array;
  /** Phrases (other than one-word stems) whose first word is exactly this node's word, in lexicon order. */
  readonly startingAt: readonly (readonly CompiledPhrase[] | undefined)[];
  /** One-word stem phrases whose stem is this node's word. */
  readonly stemsAt: readonly (readonly CompiledPhrase[] | undefined)[];
}

/** A trie under construction: one child map per node. */
class TrieBuilder {
  readonly children: Map<number, number>[] = [new Map()];
  readonly parent: number[] = [-1];
  readonly depth: number[] = [0];

  /** Node of `word`, adding the missing ones. */
  add(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let next = this.children[node]!.get(code);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.parent.push(node);
        this.depth.push(this.depth[node]! + 1);
        this.children[node]!.set(code, next);
      }
      node = next;
    }
    return node;
  }
}

function push<V>(lists: (V[] | undefined)[], at: number, value: V): void {
  const list = lists[at];
  if (list) list.push(value);
  else lists[at] = [value];
}

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const trie = new TrieBuilder();
  const startingAt: (CompiledPhrase[] | undefined)[] = [];
  const stemsAt: (CompiledPhrase[] | undefined)[] = [];
  const wordEnds = new Set<number>();
  const stems = new Set<number>();

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
      const wordNodes = words.map((word) => trie.add(word));
      wordNodes.forEach((node, k) => (stem && k === wordNodes.length - 1 ? stems : wordEnds).add(node));
      const phrase: CompiledPhrase = { wordNodes, stem, topic: entry.topic, languages: [entry.language], source };
      seen.set(identity, phrase);
      if (stem && words.length === 1) push(stemsAt, wordNodes[0]!, phrase);
      else push(startingAt, wordNodes[0]!, phrase);
    }
  }
  return flatten(trie, { startingAt, stemsAt, wordEnds, stems });
}

interface PhrasesByNode {
  startingAt: (CompiledPhrase[] | undefined)[];
  stemsAt: (CompiledPhrase[] | undefined)[];
  wordEnds: ReadonlySet<number>;
  stems: ReadonlySet<number>;
}

function flatten(trie: TrieBuilder, { startingAt, stemsAt, wordEnds, stems }: PhrasesByNode): CompiledLexicon {
  const nodes = trie.children.length;
  const asciiChildren: [number, number][][] = [];
  const otherChild = new Map<number, number>();
  const flags = new Uint8Array(nodes);
  // Nodes are numbered in creation order, so a parent always precedes its children.
  for (let node = 0; node < nodes; node++) {
    const inherited = node === 0 ? 0 : flags[trie.parent[node]!]! & (STEM_ON_PATH | ONE_WORD_STEM_ON_PATH);
    flags[node] = inherited
      | (wordEnds.has(node) ? WORD_END : 0)
      | (stems.has(node) ? STEM_ON_PATH : 0)
      | (startingAt[node] ? STARTS_PHRASE : 0)
      | (stemsAt[node] ? ONE_WORD_STEM_ON_PATH : 0);
    const ascii: [number, number][] = [];
    for (const [code, child] of trie.children[node]!) {
      const symbol = code < 128 ? ASCII_SYMBOL[code]! : -1;
      if (symbol >= 0) ascii.push([symbol, child]);
      else otherChild.set(node * 65536 + code, child);
    }
    asciiChildren.push(ascii);
  }
  const automaton = buildAutomaton({
    asciiChildren,
    parent: trie.parent,
    keptIfEnded: (node) => ((flags[node]! & KEEP_IF_ENDED) !== 0 ? (node << 1) | 1 : 0),
    stemOnPath: (node) => (flags[node]! & STEM_ON_PATH) !== 0,
  });
  return {
    ...automaton, otherChild, flags, startingAt, stemsAt,
    parent: Int32Array.from(trie.parent), depth: Int32Array.from(trie.depth),
  };
}

/** True when the word ending at `stemNode` is a prefix of the token whose walk reached `reach`. */
export function isPrefixNode(lexicon: CompiledLexicon, stemNode: number, reach: number): boolean {
  let node = reach;
  for (let steps = lexicon.depth[reach]! - lexicon.depth[stemNode]!; steps > 0; steps--) node = lexicon.parent[node]!;
  return node === stemNode;
}
