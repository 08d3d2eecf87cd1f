// Findings → safe / caution / danger, with the reasons that decided it.
// The weights and rules are documented in docs/scoring.md; keep both in step.
//
// Principles: no single weak signal (failed authentication, a reply address
// elsewhere, free webmail, an external sender, wording) makes a message
// dangerous; danger needs a strong lure, the fake-press combination, or
// several independent lure signals together with tracking. Open tracking
// always earns at least caution, because the reader should know the sender
// learns when they read it.
import { registrableDomain } from './domains';
import type { Category, Finding, MailMessage, Policy, Severity, Verdict } from './types';

/** Points per finding, by category and severity (info never counts). */
export const SEVERITY_WEIGHT: Readonly<Record<Category, Readonly<Record<Severity, number>>>> = {
  lure: { info: 0, low: 1, medium: 3, high: 6 },
  tracking: { info: 0, low: 1, medium: 2, high: 3 },
};

/**
 * Lure rules that describe provenance or wording, not deceit: they add to the
 * score but never decide danger, and count at most WEAK_LURE_CAP points each.
 */
export const WEAK_LURE_RULES: ReadonlySet<string> = new Set([
  'lure/auth-failure', 'lure/header-mismatch', 'lure/freemail-sender', 'lure/external-sender', 'lure/content',
]);
/** Individual weak findings of otherwise strong rules. */
export const WEAK_LURE_KEYS: ReadonlySet<string> = new Set(['lure/safety-tip.firstContact']);
export const WEAK_LURE_CAP = 2;

/** Rules that already combine several signals; they lead the reasons. */
export const COMBINATION_RULES: ReadonlySet<string> = new Set(['lure/fake-press']);

/** Score at which an accumulation of small signals earns caution. */
export const CAUTION_SCORE = 4;
/** Distinct lure rules at medium or above that, with active tracking, make danger. */
export const DANGER_COMBINATION_RULES = 2;

export function isWeakLure(finding: Finding): boolean {
  return finding.category === 'lure' && (WEAK_LURE_RULES.has(finding.rule) || WEAK_LURE_KEYS.has(finding.messageKey));
}

export function findingWeight(finding: Finding): number {
  const weight = SEVERITY_WEIGHT[finding.category][finding.severity];
  return isWeakLure(finding) ? Math.min(weight, WEAK_LURE_CAP) : weight;
}

const atLeastMedium = (f: Finding) => f.severity === 'medium' || f.severity === 'high';

/** The policy entry (address or domain) that makes this message's sender trusted, if any. */
export function trustedSenderEntry(message: MailMessage | undefined, policy: Partial<Policy> | undefined): string | undefined {
  // Most organisations list no trusted senders: skip the domain lookup then.
  if (!policy?.trustedSenders?.length) return undefined;
  const address = (message?.from?.address ?? '').trim().toLowerCase();
  if (!address.includes('@')) return undefined;
  const host = address.slice(address.lastIndexOf('@') + 1).replace(/\.$/, '');
  const registrable = registrableDomain(host);
  return policy.trustedSenders.find((raw) => {
    const entry = raw.trim().toLowerCase();
    if (!entry) return false;
    if (entry.includes('@')) return entry === address;
    return host === entry || host.endsWith(`.${entry}`) || registrable === entry;
  });
}

/**
 * A trusted sender's tracking is expected (the organisation's own newsletter
 * tool, a service it chose): it stays listed but drops to info, with the
 * trusted entry in its params so the texts can say why. Lure findings are
 * never softened: a trusted name is exactly what an impostor borrows.
 */
export function applyTrustedSenders(findings: readonly Finding[], message: MailMessage | undefined, policy: Partial<Policy> | undefined): Finding[] {
  const entry = trustedSenderEntry(message, policy);
  if (!entry) return [...findings];
  return findings.map((f) => (f.category === 'tracking'
    ? { ...f, severity: 'info' as const, params: { ...f.params, trustedSender: entry } }
    : f));
}

/**
 * Distinct message keys of the non-info findings, combination rules first,
 * then by weight; ties keep detection order.
 */
function rankReasons(findings: readonly Finding[], weights: readonly number[]): string[] {
  const order: number[] = [];
  const importance: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    importance.push(weights[i]! + (COMBINATION_RULES.has(finding.rule) ? 100 : 0));
    if (finding.severity !== 'info') order.push(i);
  }
  // Findings mostly arrive strongest first already; sorting calls back into JavaScript per comparison.
  let sorted = true;
  for (let i = 1; i < order.length && sorted; i++) sorted = importance[order[i - 1]!]! >= importance[order[i]!]!;
  if (!sorted) order.sort((a, b) => importance[b]! - importance[a]! || a - b);
  const reasons: string[] = [];
  // A handful of keys is searched faster than a Set is made; hostile mail can report thousands.
  const listed = order.length > 16 ? new Set<string>() : undefined;
  for (let i = 0; i < order.length; i++) {
    const key = findings[order[i]!]!.messageKey;
    if (listed ? listed.has(key) : reasons.includes(key)) continue;
    listed?.add(key);
    reasons.push(key);
  }
  return reasons;
}

// One pass with plain loops: score() runs once per message, so it stays in
// the interpreter for most of a run, where each array-method callback and
// temporary array of the straightforward version cost more than the loop.
export function score(rawFindings: Finding[], policy?: Partial<Policy>, message?: MailMessage): Verdict {
  // What the general path below gives for no findings, without its allocations.
  if (rawFindings.length === 0) return { level: 'safe', score: 0, findings: [], reasons: [] };
  const findings = applyTrustedSenders(rawFindings, message, policy);

  // One problem reported for ten URLs counts once: the best finding per key.
  const bestPerKey = new Map<string, number>();
  const weights: number[] = [];
  let total = 0;
  let activeTracking = false;
  let openTracking = false;
  let strongLure = false;
  let anyStrongMedium = false;
  const mediumLureRules: string[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const weight = findingWeight(f);
    weights.push(weight);
    const best = bestPerKey.get(f.messageKey);
    if (best === undefined || weight > best) {
      bestPerKey.set(f.messageKey, weight);
      total += weight - (best ?? 0);
    }
    const counts = f.severity !== 'info';
    if (counts && f.category === 'tracking') activeTracking = true;
    if (counts && f.openTracking) openTracking = true;
    if (f.category === 'lure' && atLeastMedium(f)) {
      const weak = isWeakLure(f);
      if (f.severity === 'high' && !weak) strongLure = true;
      if (!weak) anyStrongMedium = true;
      if (!mediumLureRules.includes(f.rule)) mediumLureRules.push(f.rule);
    }
  }
  const combination = activeTracking && mediumLureRules.length >= DANGER_COMBINATION_RULES && anyStrongMedium;

  const level = strongLure || combination
    ? 'danger'
    : openTracking || anyStrongMedium || total >= CAUTION_SCORE ? 'caution' : 'safe';
  return { level, score: total, findings, reasons: rankReasons(findings, weights) };
}
