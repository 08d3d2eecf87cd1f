import { analyze } from '..';
import { message } from '../../../test/helpers/message';
import { DEFAULT_POLICY, type MailMessage, type Policy } from '../types';
import { lureLookalikeDomain } from './lure-lookalike';

const policy: Policy = { ...DEFAULT_POLICY, orgDomains: ['parliament.be'] };
const run = (overrides: Partial<MailMessage>, p: Policy = policy) => analyze(message(overrides), p, { rules: [lureLookalikeDomain] });
const from = (address: string) => ({ from: { name: '', address } });

describe('lure/lookalike-domain', () => {
  it.each([
    ['secretariat@parlament.be', 'parliament.be'],
    ['press@parliarnent.be', 'parliament.be'],
    ['news@bbc-news-media.com', 'bbc.co.uk'],
    ['editor@nytimes.org', 'nytimes.com'],
    ['it@parliament.be.secure-mail.example', 'parliament.be'],
  ])('flags the sender %s (imitates %s) as high', (address, protectedDomain) => {
    const verdict = run(from(address));
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ messageKey: 'lure/lookalike-domain.sender', severity: 'high', params: { protectedDomain } });
    expect(verdict.level).toBe('danger');
  });

  it('flags a lookalike Reply-To as high', () => {
    const verdict = run({ ...from('colleague@parliament.be'), replyTo: [{ name: '', address: 'colleague@parliarnent.be' }] });
    expect(verdict.findings.map((f) => [f.messageKey, f.severity])).toEqual([['lure/lookalike-domain.replyTo', 'high']]);
  });

  it('flags lookalike link hosts as medium, once per host', () => {
    const html = '<a href="https://login.rnicrosoft.com/a">Sign in</a><a href="https://login.rnicrosoft.com/b">again</a><a href="https://www.bbc.co.uk/news">BBC</a>';
    const verdict = run({ ...from('newsletter@shop.example'), html });
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ messageKey: 'lure/lookalike-domain.link', severity: 'medium', params: { entity: 'Microsoft', domain: 'login.rnicrosoft.com' } });
  });

  it('checks bare URLs in plain-text mail', () => {
    const verdict = run({ ...from('newsletter@shop.example'), text: 'Verify your account: https://paypa1.com/verify now.\nOr visit https://www.paypal.com.' });
    expect(verdict.findings.map((f) => [f.messageKey, f.params.domain])).toEqual([['lure/lookalike-domain.link', 'paypa1.com']]);
  });

  it('protects the reader\'s own domain when the policy lists none', () => {
    const verdict = run({ ...from('it@parliarnent.example'), recipient: 'a.member@parliament.example' }, DEFAULT_POLICY);
    expect(verdict.findings[0]).toMatchObject({ messageKey: 'lure/lookalike-domain.sender', params: { protectedDomain: 'parliament.example' } });
    expect(run({ ...from('it@parliarnent.example') }, DEFAULT_POLICY).findings).toEqual([]);
    // A webmail reader's domain is nobody's organisation: gmaii.com imitates Google, not "the org gmail.com".
    expect(run({ ...from('friend@gmaii.com'), recipient: 'me@gmail.com' }, DEFAULT_POLICY).findings.map((f) => f.params.entity)).toEqual(['Google']);
  });

  it('flags a mixed-script sender domain even when it imitates nobody we know', () => {
    const [finding] = run(from('x@xn--exmple-4nf.com')).findings;
    expect(finding).toMatchObject({ messageKey: 'lure/lookalike-domain.mixedScript', severity: 'medium', params: { label: 'exаmple' } });
  });

  it.each([
    'news@bbc.co.uk', 'nytdirect@nytimes.com', 'colleague@parliament.be', 'someone@mail.parliament.be', 'friend@gmail.com',
    'x@ab.example', 'sales@build.com',
  ])('is silent for %s', (address) => {
    expect(run(from(address)).findings).toEqual([]);
  });
});
