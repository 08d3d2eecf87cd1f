// Time per MB and peak memory for generated newsletter bodies of growing size.
// Linear work means the time per MB stays flat from 1 MB to 10 MB.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from './lib';

export interface ScalingRow {
  label: string;
  bytes: number;
  ms: number;
  msPerMB: number;
  peakMB: number;
}

export const SIZES: [string, number][] = [['10 KB', 10_000], ['100 KB', 100_000], ['1 MB', 1_000_000], ['10 MB', 10_000_000]];

export function measureScaling(): ScalingRow[] {
  return SIZES.map(([label, bytes]) => {
    const out = execFileSync(process.execPath, ['--require', path.join(repoRoot, 'scripts/swc-register.cjs'), path.join(repoRoot, 'bench/scaling-child.ts'), String(bytes)], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 20 });
    const { bytes: actual, ms, peakMB } = JSON.parse(out) as { bytes: number; ms: number; peakMB: number };
    return { label, bytes: actual, ms, msPerMB: ms / (actual / 1e6), peakMB };
  });
}
