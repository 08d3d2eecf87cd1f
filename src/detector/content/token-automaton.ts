// The lexicon trie as a table-driven automaton over ASCII letters, for the
// matcher's inner loop. Walking a trie letter by letter asks, at every letter,
// "am I in a word?", "am I still in the trie?", "is there a child?" — branches
// the processor cannot predict, taken about once per word each. Here one table
// read per letter gives the next state whatever the case (inside the trie, fallen
// out of it, between words), and the loop only branches where a word ends.
//
// A state is a row of AUTOMATON_WIDTH numbers, named by its offset in `rows`:
//   [0 .. ASCII_SYMBOLS-1]  the next state after that letter or digit
//   [SEPARATOR_CLASS]       0: any other ASCII character ends the word
//   [KEPT_COLUMN]           what the matcher keeps when a word ends here (0: nothing)
//   [NODE_COLUMN]           trie node + 1 for a state inside the trie, 0 otherwise
// Row 0 is "between words"; row 1 is "left the trie, no stem on the way";
// then one row per trie node (shallow nodes first, so the rows most words touch
// sit together), then one per node with a stem on its path, for words that left
// the trie after it (they still start with that stem).
import { ASCII_SYMBOL, ASCII_SYMBOLS } from './normalize';

export const SEPARATOR_CLASS = ASCII_SYMBOLS;
export const KEPT_COLUMN = ASCII_SYMBOLS + 1;
export const NODE_COLUMN = ASCII_SYMBOLS + 2;
export const AUTOMATON_WIDTH = ASCII_SYMBOLS + 3;

/** Column of each ASCII code unit: its ASCII_SYMBOL, or SEPARATOR_CLASS. */
export const ASCII_CLASS: Uint8Array = Uint8Array.from(ASCII_SYMBOL, (symbol) => (symbol >= 0 ? symbol : SEPARATOR_CLASS));

export interface TokenAutomaton {
  readonly rows: Uint16Array | Uint32Array;
  /**
   * One bit per three ASCII letters or digits (index (a * ASCII_SYMBOLS + b) * ASCII_SYMBOLS + c):
   * set when a word starting with them is still in the trie. Most words leave it by then; this
   * 6 KB table tells so without walking the automaton's rows, which are larger and, coming
   * after the parser, rarely in the cache.
   */
  readonly liveTrigrams: Uint32Array;
  /** Row of the state for being at each trie node. */
  readonly rowOfNode: Int32Array;
  /** Row of the state for having left the trie after each node. */
  readonly fellRowOfNode: Int32Array;
}

export interface TrieShape {
  /** ASCII children of each node, as [symbol, child] pairs. */
  readonly asciiChildren: readonly (readonly (readonly [number, number])[])[];
  /** Parent of each node (-1 for the root, node 0). */
  readonly parent: readonly number[];
  /** Walk kept for a word ending exactly at the node (0: not worth keeping). */
  keptIfEnded(node: number): number;
  /** A stem lies on the path to the node. */
  stemOnPath(node: number): boolean;
}

const BETWEEN_WORDS = 0;
/** The state of a word that left the trie with no stem on the way: nothing it reads changes that. */
export const FELL_ROW = AUTOMATON_WIDTH;

export function buildAutomaton(shape: TrieShape): TokenAutomaton {
  const nodes = shape.parent.length;
  const byDepth = breadthFirst(shape);
  const rowOfNode = new Int32Array(nodes);
  const fellRowOfNode = new Int32Array(nodes).fill(FELL_ROW);
  let states = 2;
  for (const node of byDepth) if (node !== 0) rowOfNode[node] = states++ * AUTOMATON_WIDTH;
  for (const node of byDepth) if (shape.stemOnPath(node)) fellRowOfNode[node] = states++ * AUTOMATON_WIDTH;
  const size = states * AUTOMATON_WIDTH;
  const rows = size <= 0x10000 ? new Uint16Array(size) : new Uint32Array(size);

  const fillTrieRow = (row: number, node: number) => {
    for (let symbol = 0; symbol < ASCII_SYMBOLS; symbol++) rows[row + symbol] = fellRowOfNode[node]!;
    for (const [symbol, child] of shape.asciiChildren[node]!) rows[row + symbol] = rowOfNode[child]!;
  };
  // Between words, a letter starts a word at the root's child, as a trie walk from the root would.
  fillTrieRow(BETWEEN_WORDS, 0);
  for (let symbol = 0; symbol < ASCII_SYMBOLS; symbol++) rows[FELL_ROW + symbol] = FELL_ROW;
  for (const node of byDepth) {
    if (node === 0) continue;
    const row = rowOfNode[node]!;
    fillTrieRow(row, node);
    rows[row + KEPT_COLUMN] = shape.keptIfEnded(node);
    rows[row + NODE_COLUMN] = node + 1;
    const fell = fellRowOfNode[node]!;
    if (fell !== FELL_ROW) {
      for (let symbol = 0; symbol < ASCII_SYMBOLS; symbol++) rows[fell + symbol] = fell;
      rows[fell + KEPT_COLUMN] = node << 1;
    }
  }
  return { rows, rowOfNode, fellRowOfNode, liveTrigrams: liveTrigramsOf(rows) };
}

function liveTrigramsOf(rows: Uint16Array | Uint32Array): Uint32Array {
  const live = new Uint32Array(Math.ceil((ASCII_SYMBOLS * ASCII_SYMBOLS * ASCII_SYMBOLS) / 32));
  for (let a = 0; a < ASCII_SYMBOLS; a++) {
    for (let b = 0; b < ASCII_SYMBOLS; b++) {
      const afterTwo = rows[rows[BETWEEN_WORDS + a]! + b]!;
      for (let c = 0; c < ASCII_SYMBOLS; c++) {
        // Only FELL_ROW is dead: a word that left the trie after a stem still starts with it.
        if (rows[afterTwo + c] === FELL_ROW) continue;
        const index = (a * ASCII_SYMBOLS + b) * ASCII_SYMBOLS + c;
        live[index >>> 5]! |= 1 << (index & 31);
      }
    }
  }
  return live;
}

function breadthFirst(shape: TrieShape): number[] {
  const children: number[][] = shape.parent.map(() => []);
  shape.parent.forEach((parent, node) => { if (parent >= 0) children[parent]!.push(node); });
  const order = [0];
  for (let i = 0; i < order.length; i++) order.push(...children[order[i]!]!);
  return order;
}
