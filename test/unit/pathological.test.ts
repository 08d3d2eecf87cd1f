// Hostile or absurd HTML must still get a full verdict from analyze(), with the
// tracking it carries found. How fast that happens is a benchmark target
// (`npm run bench -- --only hostile`), not an assertion here: on a shared CI
// machine a timing bound measures the neighbours. The generous per-test timeout
// only turns a hang, or a blow-up worse than linear, into a failure.
import { analyze } from '../../src/detector';
import { HOSTILE_HTML, HOSTILE_POLICY, hostileMessage } from '../fixtures/hostile-html';

const HANG_TIMEOUT_MS = 30_000;

describe('pathological HTML', () => {
  it.each(HOSTILE_HTML.map((c) => [c.name, c] as const))('%s', (_name, hostile) => {
    const verdict = analyze(hostileMessage(hostile.build()), HOSTILE_POLICY);
    expect(['safe', 'caution', 'danger']).toContain(verdict.level);
    const rules = verdict.findings.map((f) => f.rule);
    for (const rule of hostile.finds ?? []) expect(rules).toContain(rule);
  }, HANG_TIMEOUT_MS);
});
