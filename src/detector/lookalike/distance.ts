// Edit distance for domain labels: optimal string alignment (Levenshtein plus
// adjacent transpositions), with an early exit once the bound is exceeded so a
// long hostile label costs no more than its length times the bound.

/** Distance between a and b, or `max + 1` when it is certainly above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let cur = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const d = prev[b.length] ?? max + 1;
  return d > max ? max + 1 : d;
}

// Letters a quick reader swaps without noticing, and letters thin enough to slip
// in unseen. Edits between them cost half: "linkedln" is closer to "linkedin"
// than "linkedon" is, to the eye.
const SIMILAR = new Set(['il', 'l1', 'i1', 'o0', 'uv', 'ce', 'gq', 'mn', 'ao', 'hb', 'ij', 'ft', 'nu', 'vy', 'rn']);
const THIN = new Set(['i', 'l', '1', 'j', 't', 'f', 'r', '-', '.']);

/** Letter counts of an ASCII string, and which letters occur (so comparisons skip the zeros). */
export interface LetterBag {
  /** Bytes suffice: labels are cut to 253 characters. */
  counts: Uint8Array;
  codes: readonly number[];
}

/** Letter counts of an ASCII string, for `textBagExceeds`; undefined when it has non-ASCII letters. */
export function letterBag(text: string): LetterBag | undefined {
  if (text.length > 255) return undefined;
  const counts = new Uint8Array(128);
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return undefined;
    if (counts[c] === 0) codes.push(c);
    counts[c] = (counts[c] ?? 0) + 1;
  }
  return { counts, codes };
}

// Scratch letter counts for textBagExceeds, zeroed again before it returns: no call
// sees another's letters, and checking a label allocates nothing.
const scratchCounts = new Int16Array(128);

/**
 * True when the letter multisets of `text` and bag `b` alone prove `visualDistance > max`:
 * every edit costs at least 0.5 and changes at most one letter on each side, so a surplus
 * of more than 2·max letters on either side cannot be bridged. Most unrelated labels are
 * rejected here, without the table. False (unproven) for non-ASCII text or no bag.
 */
export function textBagExceeds(text: string, b: LetterBag | undefined, max: number): boolean {
  if (!b || text.length > 255) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  for (let i = 0; i < text.length; i++) (scratchCounts[text.charCodeAt(i)] as number)++;
  let extraA = 0;
  let extraB = 0;
  for (const code of b.codes) {
    const n = (b.counts[code] as number) - (scratchCounts[code] as number);
    if (n > 0) extraB += n;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const n = scratchCounts[code] as number;
    if (n === 0) continue;
    const surplus = n - (b.counts[code] as number);
    if (surplus > 0) extraA += surplus;
    scratchCounts[code] = 0;
  }
  const limit = 2 * max;
  return extraA > limit || extraB > limit;
}

// The same facts as tables over ASCII code units, so the distance table below costs
// no string building or Set lookup per cell. Neither list has a non-ASCII character.
// Both orders are entered: a pair is similar whichever letter the sender swapped in.
const SIMILAR_CODES = new Uint8Array(128 * 128);
for (const pair of SIMILAR) {
  const x = pair.charCodeAt(0);
  const y = pair.charCodeAt(1);
  SIMILAR_CODES[x * 128 + y] = 1;
  SIMILAR_CODES[y * 128 + x] = 1;
}
const THIN_CODES = new Uint8Array(128);
for (const ch of THIN) THIN_CODES[ch.charCodeAt(0)] = 1;

function substitutionCost(x: number, y: number): number {
  if (x === y) return 0;
  return x < 128 && y < 128 && SIMILAR_CODES[x * 128 + y] === 1 ? 0.5 : 1;
}

function indelCost(s: string, i: number): number {
  const ch = s.charCodeAt(i);
  return (ch < 128 && THIN_CODES[ch] === 1) || ch === s.charCodeAt(i - 1) || ch === s.charCodeAt(i + 1) ? 0.5 : 1;
}

const MAX_SCRATCH_ROWS = 3 * 256;
let rowScratch = new Float64Array(3 * 32);

/**
 * Edit distance weighted by how visible each edit is: swapped neighbours, a doubled
 * letter, a thin letter or hyphen slipped in, or a lookalike substitution cost 0.5;
 * any other edit costs 1. Returns `max + 1` once the distance certainly exceeds `max`.
 */
export function visualDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) * 0.5 > max) return max + 1;
  // Every insertion or deletion costs at least 0.5, so only a band of width
  // 2·max around the diagonal can stay under the bound: O(length · max).
  const band = Math.floor(2 * max);
  const cols = b.length + 1;
  // Three rows in one buffer: the one before last, the last, and the current. Labels are
  // short, so one reused buffer serves nearly every call; long input gets its own.
  const size = 3 * cols;
  if (size > rowScratch.length && size <= MAX_SCRATCH_ROWS) rowScratch = new Float64Array(size);
  const rows = size <= rowScratch.length ? rowScratch : new Float64Array(size);
  rows.fill(Infinity, 0, size);
  let prevPrev = 0;
  let prev = cols;
  let cur = 2 * cols;
  rows[prev] = 0;
  for (let j = 1; j <= Math.min(b.length, band); j++) rows[prev + j] = (rows[prev + j - 1] as number) + indelCost(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(b.length, i + band);
    for (let j = Math.max(0, lo - 2); j <= Math.min(b.length, hi + 2); j++) rows[cur + j] = Infinity;
    if (i <= band) rows[cur] = (rows[prev] as number) + indelCost(a, i - 1);
    let rowMin = rows[cur] as number;
    const x = a.charCodeAt(i - 1);
    const deleteX = indelCost(a, i - 1);
    for (let j = lo; j <= hi; j++) {
      const y = b.charCodeAt(j - 1);
      let v = Math.min(
        (rows[prev + j] as number) + deleteX,
        (rows[cur + j - 1] as number) + indelCost(b, j - 1),
        (rows[prev + j - 1] as number) + substitutionCost(x, y),
      );
      if (i > 1 && j > 1 && x === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === y && x !== y) v = Math.min(v, (rows[prevPrev + j - 2] as number) + 0.5);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const oldPrevPrev = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = oldPrevPrev;
  }
  const d = rows[prev + b.length] as number;
  return d > max ? max + 1 : d;
}
