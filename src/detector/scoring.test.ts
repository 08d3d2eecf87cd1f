import { message } from '../../test/helpers/message';
import fc from 'fast-check';
import { applyTrustedSenders, findingWeight, isWeakLure, score, trustedSenderEntry } from './scoring';
import type { Finding, Policy, Severity, Verdict } from './types';
import { DEFAULT_POLICY } from './types';

const f = (rule: string, severity: Severity, extra: Partial<Finding> = {}): Finding => ({
  rule, category: rule.startsWith('tracking/') ? 'tracking' : 'lure', severity, evidence: {},
  messageKey: `${rule}.x`, params: {}, ...extra,
});
const pixel = (severity: Severity = 'medium') => f('tracking/tiny-image', severity, { openTracking: true });
const level = (...findings: Finding[]) => score(findings, DEFAULT_POLICY).level;

describe('score', () => {
  it.each([
    ['nothing', [], 'safe'],
    ['info findings only', [f('lure/content', 'info'), pixel('info')], 'safe'],
    ['a single low lure', [f('lure/links', 'low')], 'safe'],
    ['open tracking', [pixel('low')], 'caution'],
    ['a medium lure', [f('lure/attachments', 'medium')], 'caution'],
    ['a strong lure', [f('lure/links', 'high')], 'danger'],
    ['the fake-press combination', [f('lure/fake-press', 'high'), pixel()], 'danger'],
    ['two medium lure rules plus tracking', [f('lure/links', 'medium'), f('lure/attachments', 'medium'), pixel()], 'danger'],
    ['two medium lure rules without tracking', [f('lure/links', 'medium'), f('lure/attachments', 'medium')], 'caution'],
    ['two findings of one medium rule plus tracking', [f('lure/links', 'medium', { messageKey: 'lure/links.a' }), f('lure/links', 'medium', { messageKey: 'lure/links.b' }), pixel()], 'caution'],
  ] as const)('%s → %s', (_what, findings, expected) => {
    expect(level(...findings)).toBe(expected);
  });

  it.each([
    ['failed authentication reported as high', [f('lure/auth-failure', 'high')]],
    ['every weak signal at once, with tracking', [
      f('lure/auth-failure', 'medium'), f('lure/header-mismatch', 'medium'), f('lure/freemail-sender', 'medium'),
      f('lure/external-sender', 'low'), f('lure/content', 'medium'), f('lure/safety-tip', 'info', { messageKey: 'lure/safety-tip.firstContact' }), pixel('high'),
    ]],
  ] as const)('weak signals never reach danger: %s', (_what, findings) => {
    expect(level(...findings)).not.toBe('danger');
  });

  it('gives a message without findings an empty safe verdict, even for a trusted sender', () => {
    const none: Finding[] = [];
    const verdict = score(none, { ...DEFAULT_POLICY, trustedSenders: ['example.org'] }, message({ from: { name: '', address: 'a@example.org' } }));
    expect(verdict).toEqual({ level: 'safe', score: 0, findings: [], reasons: [] });
    // Callers may keep adding to their own array: the verdict must not share it.
    expect(verdict.findings).not.toBe(none);
  });

  it('lets small signals add up to caution', () => {
    expect(level(f('lure/links', 'low', { messageKey: 'a' }), f('lure/attachments', 'low'), f('lure/content', 'low'), f('lure/header-mismatch', 'low'))).toBe('caution');
  });

  it('orders reasons: combination first, then by weight, without info or duplicates', () => {
    const verdict = score([
      pixel('medium'), f('lure/content', 'info'), f('lure/links', 'high'), f('lure/fake-press', 'high'), f('lure/links', 'high'), f('lure/header-mismatch', 'low'),
    ], DEFAULT_POLICY);
    expect(verdict.reasons).toEqual(['lure/fake-press.x', 'lure/links.x', 'tracking/tiny-image.x', 'lure/header-mismatch.x']);
  });

  it('counts one problem once in the score however many URLs show it', () => {
    expect(score([pixel('medium'), pixel('medium'), pixel('medium')], DEFAULT_POLICY).score).toBe(2);
  });
});

describe('score, written as its rules read', () => {
  // The scoring rules spelled out plainly; score() computes the same in one pass.
  function reference(findings: Finding[]): Verdict {
    const perKey = new Map<string, number>();
    for (const f of findings) perKey.set(f.messageKey, Math.max(perKey.get(f.messageKey) ?? 0, findingWeight(f)));
    const total = [...perKey.values()].reduce((sum, w) => sum + w, 0);
    const counted = findings.filter((f) => f.severity !== 'info');
    const activeTracking = counted.some((f) => f.category === 'tracking');
    const openTracking = counted.some((f) => f.openTracking);
    const strongLure = findings.some((f) => f.category === 'lure' && f.severity === 'high' && !isWeakLure(f));
    const mediumLure = findings.filter((f) => f.category === 'lure' && (f.severity === 'medium' || f.severity === 'high'));
    const anyStrongMedium = mediumLure.some((f) => !isWeakLure(f));
    const combination = activeTracking && new Set(mediumLure.map((f) => f.rule)).size >= 2 && anyStrongMedium;
    const level = strongLure || combination ? 'danger' : openTracking || anyStrongMedium || total >= 4 ? 'caution' : 'safe';
    const ranked = findings
      .map((finding, index) => ({ finding, index, importance: findingWeight(finding) + (finding.rule === 'lure/fake-press' ? 100 : 0) }))
      .filter((r) => r.finding.severity !== 'info')
      .sort((a, b) => b.importance - a.importance || a.index - b.index);
    return { level, score: total, findings, reasons: [...new Set(ranked.map((r) => r.finding.messageKey))] };
  }

  it('agrees with the plain reading for any list of findings', () => {
    const rules = ['tracking/tiny-image', 'tracking/click', 'lure/links', 'lure/attachments', 'lure/fake-press', 'lure/auth-failure',
      'lure/content', 'lure/safety-tip'];
    const finding = fc.record({
      rule: fc.constantFrom(...rules),
      severity: fc.constantFrom<Severity>('info', 'low', 'medium', 'high'),
      id: fc.constantFrom('a', 'b', 'firstContact'),
      openTracking: fc.boolean(),
    }).map(({ rule, severity, id, openTracking }) => f(rule, severity, { messageKey: `${rule}.${id}`, ...(openTracking ? { openTracking } : {}) }));
    fc.assert(fc.property(fc.array(finding, { maxLength: 40 }), (findings) => {
      expect(score(findings, DEFAULT_POLICY)).toEqual(reference(findings));
    }), { numRuns: 3000 });
  });
});

describe('trusted senders', () => {
  const policy: Policy = { ...DEFAULT_POLICY, trustedSenders: ['newsletter@ngo.example', 'mailer.example'] };
  const from = (address: string) => message({ from: { name: '', address } });

  it.each([
    ['an exact address', 'Newsletter@NGO.example', 'newsletter@ngo.example'],
    ['a domain', 'news@mailer.example', 'mailer.example'],
    ['a subdomain of a trusted domain', 'news@eu.mailer.example', 'mailer.example'],
  ])('matches %s', (_what, address, entry) => {
    expect(trustedSenderEntry(from(address), policy)).toBe(entry);
  });

  it.each(['other@ngo.example', 'news@evilmailer.example', 'news@mailer.example.evil.example', ''])('does not match %j', (address) => {
    expect(trustedSenderEntry(from(address), policy)).toBeUndefined();
  });

  it('drops their tracking to info, keeps it listed and says why, and never softens lures', () => {
    const findings = applyTrustedSenders([pixel('high'), f('lure/links', 'high')], from('news@mailer.example'), policy);
    expect(findings[0]).toMatchObject({ severity: 'info', params: { trustedSender: 'mailer.example' } });
    expect(findings[1]).toMatchObject({ severity: 'high' });
    const verdict = score([pixel('high')], policy, from('news@mailer.example'));
    expect(verdict.level).toBe('safe');
    expect(verdict.findings).toHaveLength(1);
    expect(score([pixel('high'), f('lure/links', 'high')], policy, from('news@mailer.example')).level).toBe('danger');
  });
});
