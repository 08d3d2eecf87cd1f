// How long analyze() takes on each hostile body of test/fixtures/hostile-html.ts.
// The robustness test checks the answers; the time budget lives here, where a
// busy machine shows up as a slow figure to look at rather than a failed build.
import { analyze, DEFAULT_POLICY } from '../src/detector';
import { HOSTILE_HTML } from '../test/fixtures/hostile-html';
import { message } from '../test/helpers/message';
import { timeMedian } from './lib';

export interface HostileRow {
  name: string;
  bytes: number;
  ms: number;
}

export function measureHostile(repeats = 3): HostileRow[] {
  const policy = { ...DEFAULT_POLICY, orgDomains: ['parliament.example'] };
  return HOSTILE_HTML.map(({ name, build }) => {
    const html = build();
    const input = message({ html, recipient: 'a.member@parliament.example' });
    return { name, bytes: html.length, ms: timeMedian(() => analyze(input, policy), repeats) };
  });
}
