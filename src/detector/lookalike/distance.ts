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

/** Letter counts of an ASCII string, for `bagExceeds`; undefined when it has non-ASCII letters. */
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

/**
 * True when the letter multisets alone prove `visualDistance(a, b) > max`: every
 * edit costs at least 0.5 and changes at most one letter on each side, so a
 * surplus of more than 2·max letters on either side cannot be bridged. Most
 * unrelated labels are rejected here, without the table.
 */
export function bagExceeds(a: LetterBag | undefined, b: LetterBag | undefined, max: number): boolean {
  if (!a || !b) return false;
  const limit = 2 * max;
  let extraA = 0;
  let extraB = 0;
  for (const code of a.codes) {
    const n = (a.counts[code] ?? 0) - (b.counts[code] ?? 0);
    if (n > 0) extraA += n;
    else extraB -= n;
    if (extraA > limit || extraB > limit) return true;
  }
  for (const code of b.codes) {
    if (a.counts[code] === 0) extraB += b.counts[code] ?? 0;
    if (extraB > limit) return true;
  }
  return false;
}

function substitutionCost(x: string, y: string): number {
  if (x === y) return 0;
  return SIMILAR.has(x < y ? `${x}${y}` : `${y}${x}`) ? 0.5 : 1;
}

function indelCost(s: string, i: number): number {
  const ch = s[i] ?? '';
  return THIN.has(ch) || ch === s[i - 1] || ch === s[i + 1] ? 0.5 : 1;
}

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
  let prevPrev = new Float64Array(cols).fill(Infinity);
  let prev = new Float64Array(cols).fill(Infinity);
  let cur = new Float64Array(cols).fill(Infinity);
  prev[0] = 0;
  for (let j = 1; j <= Math.min(b.length, band); j++) prev[j] = (prev[j - 1] ?? 0) + indelCost(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(b.length, i + band);
    for (let j = Math.max(0, lo - 2); j <= Math.min(b.length, hi + 2); j++) cur[j] = Infinity;
    if (i <= band) cur[0] = (prev[0] ?? 0) + indelCost(a, i - 1);
    let rowMin = cur[0] ?? Infinity;
    const x = a[i - 1] ?? '';
    for (let j = lo; j <= hi; j++) {
      const y = b[j - 1] ?? '';
      let v = Math.min(
        (prev[j] ?? Infinity) + indelCost(a, i - 1),
        (cur[j - 1] ?? Infinity) + indelCost(b, j - 1),
        (prev[j - 1] ?? Infinity) + substitutionCost(x, y),
      );
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y && x !== y) v = Math.min(v, (prevPrev[j - 2] ?? Infinity) + 0.5);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const d = prev[b.length] ?? Infinity;
  return d > max ? max + 1 : d;
}
