// Small measurement helpers shared by the benchmark parts.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time of `fn` over `repeats` runs after one warm-up, in milliseconds. */
export function timeMedian(fn: () => void, repeats: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function listMessages(folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    else if (/\.(eml|msg|txt)$/i.test(p) || !path.extname(p)) out.push(p);
  };
  folders.forEach(walk);
  return out;
}

export interface Check {
  name: string;
  value: number;
  unit: string;
  target: number;
  /** 'max': value must be at most the target. */
  kind: 'max';
  pass: boolean;
}

export function check(name: string, value: number, unit: string, target: number): Check {
  return { name, value, unit, target, kind: 'max', pass: value <= target };
}

export const repoRoot = path.resolve(__dirname, '..');
export const defaultFolders = [path.join(repoRoot, 'assets/samples'), path.resolve(repoRoot, '../shared/corpus')];
