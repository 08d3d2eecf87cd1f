// How long analyze() takes on each hostile body of test/fixtures/hostile-html.ts.
// The robustness test checks the answers; the time budget lives here, where a
// busy machine shows up as a slow figure to look at rather than a failed build.
import { analyze } from '../src/detector';
import { HOSTILE_HTML, HOSTILE_POLICY, hostileMessage } from '../test/fixtures/hostile-html';
import { timeMedian } from './lib';

export interface HostileRow {
  name: string;
  bytes: number;
  ms: number;
}

export function measureHostile(repeats = 3): HostileRow[] {
  return HOSTILE_HTML.map(({ name, build }) => {
    const html = build();
    const input = hostileMessage(html);
    return { name, bytes: html.length, ms: timeMedian(() => analyze(input, HOSTILE_POLICY), repeats) };
  });
}
