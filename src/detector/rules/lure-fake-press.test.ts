import { analyze } from '..';
import { lureFakePress } from './lure-fake-press';
import { message } from '../../../test/helpers/message';
import type { Rule } from '../rule';
import type { MailMessage, Policy } from '../types';
import { DEFAULT_POLICY } from '../types';

/** Stand-ins for the sender and tracking families, so this rule is tested alone. */
function stub(id: string, messageId: string, extra: { severity?: 'info' | 'low' | 'medium' | 'high'; openTracking?: boolean; params?: Record<string, string>; host?: string } = {}): Rule {
  return {
    meta: { id, category: id.startsWith('tracking/') ? 'tracking' : 'lure', severity: extra.severity ?? 'medium', description: 'stub', messageIds: [messageId], openTracking: extra.openTracking },
    create: (context) => ({ end: () => context.report({ messageId, params: extra.params ?? {}, evidence: { host: extra.host, url: extra.host ? `https://${extra.host}/o.gif` : undefined } }) }),
  };
}
const pixel = stub('tracking/tiny-image', 'pixel', { openTracking: true, host: 'open.mailer.example' });
const token = stub('tracking/unique-token', 'token', { host: 'links.mailer.example' });
const trustedPixel = stub('tracking/tiny-image', 'pixel', { openTracking: true, severity: 'info', host: 'open.mailer.example' });
const impersonatesOutlet = stub('lure/impersonation', 'newsOutlet', { severity: 'high', params: { entity: 'Politico Europe' } });
const lookalike = stub('lure/lookalike-domain', 'lookalike', { severity: 'high' });
const firstContact = stub('lure/safety-tip', 'firstContact', { severity: 'info' });

const reporterMail = (address: string, extra: Partial<MailMessage> = {}): MailMessage => message({
  from: { name: 'Anna Weber, Reporter', address },
  subject: 'Request for comment',
  text: 'I am a journalist working on a story about the committee and would welcome your comments.',
  ...extra,
});
const run = (msg: MailMessage, rules: Rule[], policy: Policy = DEFAULT_POLICY) =>
  analyze(msg, policy, { rules: [...rules, lureFakePress] }).findings.filter((f) => f.rule === 'lure/fake-press');

describe('lure/fake-press', () => {
  it('fires high when a named outlet is impersonated and a pixel tracks the reader', () => {
    const [finding] = run(reporterMail('anna@politico-eu-news.example'), [impersonatesOutlet, pixel]);
    expect(finding).toMatchObject({
      messageKey: 'lure/fake-press.posingAsOutlet', severity: 'high',
      params: { outlet: 'Politico Europe', senderDomain: 'politico-eu-news.example', trackerHost: 'open.mailer.example' },
    });
  });

  it.each([
    ['free webmail', 'anna.weber.press@gmail.com', [pixel], {}],
    ['a lookalike domain', 'anna@reuters-media.example', [lookalike, pixel], {}],
    ['a first contact with a per-reader token', 'anna@newsdesk.example', [firstContact, token], {}],
    ['a bulk-mail domain whose replies go to webmail', 'newsdesk@bulkpost-mail.example', [pixel], { replyTo: [{ name: 'Anna', address: 'anna.weber.press@gmail.com' }] }],
  ])('fires high for a journalist pretext from %s with tracking', (_what, address, rules, extra: Partial<MailMessage>) => {
    const [finding] = run(reporterMail(address, extra), [...rules]);
    expect(finding).toMatchObject({ messageKey: 'lure/fake-press.posingAsJournalist', severity: 'high' });
    expect(finding!.params.trackerHost).toMatch(/mailer\.example$/);
  });

  it('falls back to medium for a press approach with tracking from an unknown, non-webmail domain', () => {
    const [finding] = run(reporterMail('anna@independent-desk.example'), [pixel]);
    expect(finding).toMatchObject({ messageKey: 'lure/fake-press.pressWithTracking', severity: 'medium' });
  });

  it.each([
    ['an outlet writing from its own domain without a tracker', reporterMail('anna.weber@politico.eu'), []],
    ['an outlet writing from its own domain, even with a pixel', reporterMail('anna.weber@politico.eu'), [pixel, firstContact]],
    ['impersonation without any tracking', reporterMail('anna@politico-eu-news.example'), [impersonatesOutlet]],
    ['a tracked newsletter that does not pose as press', message({ from: { name: 'Think Tank', address: 'news@tt.example' }, subject: 'Interview: our director', text: 'Read the interview.' }), [pixel, firstContact]],
    ['tracking already softened for a trusted sender', reporterMail('anna.weber.press@gmail.com'), [trustedPixel]],
    ['the organisation\'s own press office', reporterMail('press@parliament.example'), [pixel, firstContact]],
  ] as const)('does not fire for %s', (_what, msg, rules) => {
    const policy = { ...DEFAULT_POLICY, orgDomains: ['parliament.example'] };
    expect(run(msg, [...rules], policy)).toEqual([]);
  });

  it('makes the APT31 shape dangerous and puts itself first in the reasons', () => {
    const verdict = analyze(reporterMail('anna@politico-eu-news.example'), DEFAULT_POLICY, { rules: [pixel, firstContact, stub('lure/impersonation', 'newsOutlet', { severity: 'medium', params: { entity: 'Politico Europe' } }), lureFakePress] });
    expect(verdict.level).toBe('danger');
    expect(verdict.reasons[0]).toBe('lure/fake-press.posingAsOutlet');
  });
});
