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

/** Stable order: combination rules first, then by weight; ties keep detection order. */
function rankReasons(findings: readonly Finding[]): string[] {
  const ranked = findings
    .map((finding, index) => ({ finding, index, importance: findingWeight(finding) + (COMBINATION_RULES.has(finding.rule) ? 100 : 0) }))
    .filter((r) => r.finding.severity !== 'info')
    .sort((a, b) => b.importance - a.importance || a.index - b.index);
  return [...new Set(ranked.map((r) => r.finding.messageKey))];
}

export function score(rawFindings: Finding[], policy?: Partial<Policy>, message?: MailMessage): Verdict {
  // What the general path below gives for no findings, without its dozen allocations.
  if (rawFindings.length === 0) return { level: 'safe', score: 0, findings: [], reasons: [] };
  const findings = applyTrustedSenders(rawFindings, message, policy);

  // One problem reported for ten URLs counts once: the best finding per key.
  const perKey = new Map<string, number>();
  for (const f of findings) perKey.set(f.messageKey, Math.max(perKey.get(f.messageKey) ?? 0, findingWeight(f)));
  const total = [...perKey.values()].reduce((sum, w) => sum + w, 0);

  const activeTracking = findings.some((f) => f.category === 'tracking' && f.severity !== 'info');
  const openTracking = findings.some((f) => f.openTracking && f.severity !== 'info');
  const strongLure = findings.some((f) => f.category === 'lure' && f.severity === 'high' && !isWeakLure(f));
  const mediumLure = findings.filter((f) => f.category === 'lure' && atLeastMedium(f));
  const mediumLureRules = new Set(mediumLure.map((f) => f.rule));
  const anyStrongMedium = mediumLure.some((f) => !isWeakLure(f));
  const combination = activeTracking && mediumLureRules.size >= DANGER_COMBINATION_RULES && anyStrongMedium;

  const level = strongLure || combination
    ? 'danger'
    : openTracking || anyStrongMedium || total >= CAUTION_SCORE ? 'caution' : 'safe';
  return { level, score: total, findings, reasons: rankReasons(findings) };
}
