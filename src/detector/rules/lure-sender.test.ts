import fc from 'fast-check';
import { analyze } from '..';
import { wordTokens } from '../names';
import { entityNamedIn, protectedEntities } from '../protected';
import { message } from '../../../test/helpers/message';
import { DEFAULT_POLICY, type MailAddress, type MailMessage, type Policy } from '../types';
import {
  lureDisplayNameAddress, lureExternalSender, lureFreemailSender, lureHeaderMismatch, lureImpersonation,
} from './lure-sender';
import type { Rule } from '../rule';

const policy: Policy = {
  ...DEFAULT_POLICY,
  orgDomains: ['parliament.example'],
  vips: [{ name: 'Jane Doe', addresses: ['jane.doe@parliament.example'] }],
};
const addr = (name: string, address: string): MailAddress => ({ name, address });
const run = (rule: Rule, overrides: Partial<MailMessage>, p: Policy = policy) =>
  analyze(message(overrides), p, { rules: [rule] }).findings;

describe('lure/display-name-address', () => {
  it('flags a display name that shows a protected outlet\'s address over another domain (high)', () => {
    const [finding, ...rest] = run(lureDisplayNameAddress, { from: addr('news@bbc.co.uk', 'x@mailer.example') });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ messageKey: 'lure/display-name-address.protectedDomain', severity: 'high', params: { shown: 'bbc.co.uk', actual: 'mailer.example', entity: 'BBC' } });
  });
  it('flags an unrelated domain in the display name (medium)', () => {
    const [finding] = run(lureDisplayNameAddress, { from: addr('billing@acme-corp.com', 'x@mailer.example') });
    expect(finding).toMatchObject({ messageKey: 'lure/display-name-address.otherDomain', severity: 'medium', params: { shown: 'acme-corp.com' } });
  });
  it.each([
    ['the same domain', addr('press@bbc.co.uk', 'press@news.bbc.co.uk')],
    ['another domain of the same outlet', addr('BBC.com', 'news@bbc.co.uk')],
    ['abbreviations that are not domains', addr('Dr. J.Doe v1.5', 'j@uni.example')],
    ['a plain name', addr('Jane Smith', 'jane@mailer.example')],
    ['a list rewriting the author into the name', addr('\'jane.roe@bbc.co.uk\' via Press Cuttings', 'press-cuttings@googlegroups.com'), [{ name: 'List-Id', value: '<press-cuttings.googlegroups.com>' }]],
    ['initials that end in a brand TLD', addr('Craig R.Hughes', 'craig@deersoft.example')],
  ])('ignores %s', (_label, from, headers = []) => {
    expect(run(lureDisplayNameAddress, { from, headers })).toEqual([]);
  });
});

describe('lure/impersonation', () => {
  it.each([
    ['BBC News', 'bbc.news.desk@gmail.com', 'newsOutlet', 'BBC'],
    ['\u0412\u0412\u0421 News', 'news@bbc-mail.example', 'newsOutlet', 'BBC'],
    ['Jane Smith | Reuters', 'jane.smith@protonmail.com', 'newsOutlet', 'Reuters'],
    ['Microsoft Account Team', 'security@ms-account-alerts.example', 'brand', 'Microsoft'],
    ['Google Security', 'alerts@gmail.com', 'brand', 'Google'],
    ['Jane Doe', 'jane.doe.office@gmail.com', 'vip', 'Jane Doe'],
    ['Doe, Jane', 'jdoe@consultancy.example', 'vip', 'Jane Doe'],
    ['parliament.example IT desk', 'it@helpdesk.example', 'organisation', 'parliament.example'],
  ])('"%s" <%s> impersonates a %s', (name, address, messageId, entity) => {
    const findings = run(lureImpersonation, { from: addr(name, address) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageKey: `lure/impersonation.${messageId}`, severity: 'high', params: { entity } });
  });
  it('lowers a VIP name relayed by a signing platform or a list to medium', () => {
    expect(run(lureImpersonation, { from: addr('Jane Doe via Docusign', 'dse_na2@docusign.net') })[0]).toMatchObject({ messageKey: 'lure/impersonation.vip', severity: 'medium' });
    const headers = [{ name: 'List-Id', value: '<staff.googlegroups.com>' }];
    expect(run(lureImpersonation, { from: addr('\'Jane Doe\' via Staff', 'staff@googlegroups.com'), headers })[0]).toMatchObject({ severity: 'medium' });
    expect(run(lureImpersonation, { from: addr('Jane Doe via Docusign', 'dse@docusign-mail.example') })[0]).toMatchObject({ severity: 'high' });
  });
  it('flags a VIP name on the right domain but an unknown mailbox as medium', () => {
    const [finding] = run(lureImpersonation, { from: addr('Jane Doe', 'j.doe@parliament.example') });
    expect(finding).toMatchObject({ messageKey: 'lure/impersonation.vipAddress', severity: 'medium' });
  });
  it.each([
    ['the real BBC', addr('BBC News', 'newsletters@bbc.co.uk')],
    ['the real New York Times', addr('The New York Times', 'nytdirect@nytimes.com')],
    ['the VIP\'s own address', addr('Jane Doe', 'jane.doe@parliament.example')],
    ['an ordinary word that is also a name', addr('Nos offres', 'promo@shop.example')],
    ['an engineer title', addr('Ing. Peter Müller', 'peter@firm.example')],
    ['no name', addr('', 'x@mailer.example')],
  ])('ignores %s', (_label, from) => {
    expect(run(lureImpersonation, { from })).toEqual([]);
  });
  it.each(['IT Support', 'Mailbox Administrator', 'Service informatique', 'ICT-dienst', 'Email Security Team'])('flags an outside "%s" posing as an internal service (medium)', (name) => {
    const [finding] = run(lureImpersonation, { from: addr(name, 'noreply@mail-notify.example') });
    expect(finding).toMatchObject({ messageKey: 'lure/impersonation.internalService', severity: 'medium', params: { name } });
  });
  it.each([
    ['the organisation\'s own IT desk', addr('IT Support', 'helpdesk@parliament.example'), policy],
    ['a vendor\'s support desk', addr('Acme IT Support', 'support@acme.example'), policy],
    ['a plain "Support"', addr('Support', 'support@vendor.example'), policy],
    ['any service name when the organisation is unknown', addr('IT Support', 'x@mail-notify.example'), DEFAULT_POLICY],
    ['Exchange system mail signed "Microsoft Outlook" from our own domain', addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae@parliament.example'), policy],
  ])('ignores %s', (_label, from, p) => {
    expect(run(lureImpersonation, { from }, p)).toEqual([]);
  });
  it('sees the danger level it causes', () => {
    expect(analyze(message({ from: addr('Le Monde', 'redaction.lemonde@gmail.com') }), policy, { rules: [lureImpersonation] }).level).toBe('danger');
  });
});

describe('lure/header-mismatch', () => {
  const from = addr('Acme Billing', 'billing@acme.example');
  it('flags a Reply-To on another domain as low', () => {
    const [finding] = run(lureHeaderMismatch, { from, replyTo: [addr('', 'accounts@other.example')] });
    expect(finding).toMatchObject({ messageKey: 'lure/header-mismatch.replyTo', severity: 'low', params: { replyToDomain: 'other.example' } });
  });
  it('flags a freemail Reply-To under a corporate From as medium', () => {
    const [finding] = run(lureHeaderMismatch, { from, replyTo: [addr('', 'acme.billing@gmail.com')] });
    expect(finding).toMatchObject({ messageKey: 'lure/header-mismatch.replyToFreemail', severity: 'medium' });
  });
  it('skips mailing lists, which answer and relay elsewhere by design, but still notes a webmail answer address', () => {
    const headers = [{ name: 'List-Id', value: '<staff.lists.example>' }];
    expect(run(lureHeaderMismatch, { from, headers, replyTo: [addr('', 'staff@lists.example')], sender: addr('', 'staff-owner@lists.example') })).toEqual([]);
    expect(run(lureHeaderMismatch, { from, headers: [{ name: 'Precedence', value: 'bulk' }], replyTo: [addr('', 'staff@lists.example')] })).toEqual([]);
    expect(run(lureHeaderMismatch, { from, headers, replyTo: [addr('', 'x@gmail.com')] })[0]).toMatchObject({ messageKey: 'lure/header-mismatch.replyToFreemail', severity: 'low' });
  });
  it('flags a freemail Return-Path, not an ordinary bulk-mailer bounce address', () => {
    expect(run(lureHeaderMismatch, { from, headers: [{ name: 'Return-Path', value: '<bounce-123@sendgrid.net>' }] })).toEqual([]);
    expect(run(lureHeaderMismatch, { from, headers: [{ name: 'Return-Path', value: '<sentto-1-2@returns.groups.yahoo.com>' }] })).toEqual([]);
    expect(run(lureHeaderMismatch, { from, headers: [{ name: 'Return-Path', value: '<someone@yahoo.fr>' }] })[0]).toMatchObject({ messageKey: 'lure/header-mismatch.returnPathFreemail' });
  });
  it('flags a Sender on another domain', () => {
    expect(run(lureHeaderMismatch, { from, sender: addr('', 'agent@relay.example') })[0]).toMatchObject({ messageKey: 'lure/header-mismatch.sender', severity: 'low' });
  });
  it.each([
    ['a Reply-To on the same domain', { from, replyTo: [addr('', 'support@mail.acme.example')] }],
    ['a Reply-To on another domain of the same outlet', { from: addr('BBC News', 'news@bbc.co.uk'), replyTo: [addr('', 'desk@bbc.com')] }],
    ['no Reply-To', { from }],
    ['a person on gmail answering on gmail', { from: addr('Ann', 'ann@gmail.com'), replyTo: [addr('', 'ann.b@gmail.com')] }],
  ])('ignores %s', (_label, overrides) => {
    expect(run(lureHeaderMismatch, overrides as Partial<MailMessage>)).toEqual([]);
  });
});

describe('lure/freemail-sender', () => {
  it('flags a freemail account named like a newsroom or a title (medium)', () => {
    const [finding] = run(lureFreemailSender, { from: addr('Jane Smith, Correspondent', 'jsmith.press@gmail.com') });
    expect(finding).toMatchObject({ messageKey: 'lure/freemail-sender.organisation', severity: 'medium', params: { word: 'correspondent', domain: 'gmail.com' } });
  });
  it('flags a freemail account whose signature names an outlet', () => {
    const [finding] = run(lureFreemailSender, { from: addr('Jane Smith', 'jsmith1987@outlook.com'), text: 'Dear Sir,\nCould we talk?\n\nJane Smith\nDeutsche Welle\n+49 30 1234' });
    expect(finding).toMatchObject({ messageKey: 'lure/freemail-sender.signsAsEntity', severity: 'medium', params: { entity: 'Deutsche Welle' } });
  });
  it('only explains a plain person on freemail (info)', () => {
    const [finding] = run(lureFreemailSender, { from: addr('Ann Peeters', 'ann.peeters@gmail.com'), text: 'Hi, see you Friday.\nAnn' });
    expect(finding).toMatchObject({ messageKey: 'lure/freemail-sender.personal', severity: 'info' });
  });
  it('does not read a passing brand mention as a signature', () => {
    const text = 'Any keyboard works.\nOr any of the Microsoft USB keyboards.\nBill';
    expect(run(lureFreemailSender, { from: addr('Bill K', 'bill99@hotmail.com'), text })[0]).toMatchObject({ messageKey: 'lure/freemail-sender.personal' });
  });
  it('leaves named entities to lure/impersonation and ignores corporate senders', () => {
    expect(run(lureFreemailSender, { from: addr('BBC News', 'bbc@gmail.com') })).toEqual([]);
    expect(run(lureFreemailSender, { from: addr('Press Office', 'press@acme.example') })).toEqual([]);
  });
  it('reads the signature as the last short lines of the body, top to bottom', () => {
    // The straightforward reading: split the tail into lines, keep the last 15 short ones.
    const entities = protectedEntities(policy);
    const expected = (body: string) => {
      const lines = body.slice(-2000).split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && l.length <= 100);
      for (const line of lines.slice(-15)) {
        if (wordTokens(line).length > 6) continue;
        const entity = entityNamedIn(line, entities);
        if (entity && (entity.kind === 'news' || entity.kind === 'org')) return entity.name;
      }
      return undefined;
    };
    const piece = fc.constantFrom('\n', '\r\n', '\n\n', '  ', 'Deutsche Welle', 'BBC News | Brussels', 'Le Monde', 'parliament.example',
      'Microsoft', 'Jane Smith', 'x'.repeat(120), 'one two three four five six seven BBC', 'Best regards,', '\r');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      const [finding] = run(lureFreemailSender, { from: addr('Jane Smith', 'jsmith1987@outlook.com'), text });
      expect(finding?.messageKey === 'lure/freemail-sender.signsAsEntity' ? finding.params.entity : undefined).toBe(expected(text));
    }), { numRuns: 400 });
    for (const [others, entity] of [[14, 'Deutsche Welle'], [15, undefined]] as const) {
      const text = ['Deutsche Welle', ...Array(others).fill('Regards'), ''].join('\r\n');
      expect(expected(text)).toBe(entity);
      expect(run(lureFreemailSender, { from: addr('Jane Smith', 'jsmith1987@outlook.com'), text })[0]?.params.entity).toBe(entity);
    }
  });
});

describe('lure/external-sender', () => {
  it('marks mail from outside the organisation as info', () => {
    expect(run(lureExternalSender, { from: addr('', 'x@elsewhere.example') })[0]).toMatchObject({ severity: 'info', params: { domain: 'elsewhere.example' } });
  });
  it('is silent for internal mail and when the policy has no domains', () => {
    expect(run(lureExternalSender, { from: addr('', 'colleague@it.parliament.example') })).toEqual([]);
    expect(run(lureExternalSender, { from: addr('', 'x@elsewhere.example') }, DEFAULT_POLICY)).toEqual([]);
  });
});
