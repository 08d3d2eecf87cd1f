// Findings → safe / caution / danger. Foundation version: open tracking gives
// caution; the lure work replaces this with documented weights.
import type { Finding, Policy, Verdict } from './types';

const WEIGHT = { info: 0, low: 1, medium: 3, high: 6 } as const;

export function score(findings: Finding[], _policy: Policy): Verdict {
  const total = findings.reduce((sum, f) => sum + WEIGHT[f.severity], 0);
  const openTracking = findings.some((f) => f.openTracking && f.severity !== 'info');
  const strongLure = findings.some((f) => f.category === 'lure' && f.severity === 'high');
  const level = strongLure ? 'danger' : openTracking || total >= 3 ? 'caution' : 'safe';
  const reasons = findings.filter((f) => f.severity !== 'info')
    .sort((a, b) => WEIGHT[b.severity] - WEIGHT[a.severity]).map((f) => f.messageKey);
  return { level, score: total, findings, reasons: [...new Set(reasons)] };
}
