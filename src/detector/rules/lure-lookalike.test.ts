import fc from 'fast-check';
import { hostOf } from '../domains';
import { analyze } from '..';
import { message } from '../../../test/helpers/message';
import { DEFAULT_POLICY, type MailMessage, type Policy } from '../types';
import { lureLookalikeDomain, plainHttpHost, plainIpv4Host } from './lure-lookalike';

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

describe('plainHttpHost', () => {
  it('reads plain hosts as hostOf does and leaves every other URL to it', () => {
    expect(plainHttpHost('https://www.example.com/path?q=1')).toBe('www.example.com');
    expect(plainHttpHost('http://xn--pypal-4ve.com#top')).toBe('xn--pypal-4ve.com');
    expect(plainHttpHost('https://localhost')).toBe('localhost');
    expect(plainHttpHost('mailto:Jane.Doe+eu@parlament.be?subject=Hi')).toBe('parlament.be');
    for (const url of [
      'https://user@evil.example/', 'https://example.com:8080/', 'https://Example.com/', 'https://example.com./',
      'https://192.168.0.1/', 'https://example.123/', 'https://-bad.example/', 'https://bad-.example/',
      'https://a..b.example/', 'https://ex%61mple.com/', 'HTTPS://example.com/', 'ftp://example.com/',
      'https://[::1]/', 'https:///example.com', `https://${'a'.repeat(64)}.example/`, 'https://under_score.example/',
      'mailto:example.com', 'mailto:@example.com', 'mailto:a@b@example.com', 'mailto:a%40b@example.com', 'mailto:a@example.com/x',
    ]) expect(plainHttpHost(url)).toBeUndefined();
  });

  it('never disagrees with hostOf', () => {
    const unit = fc.constantFrom('a', 'x', 'n', '0', '1', '9', '-', '.', '/', '?', '#', ':', '@', '%', '_', 'A', '+', '\\', 'é', '\t', ' ', '[', ']');
    fc.assert(fc.property(fc.constantFrom('http://', 'https://', 'HTTP://', 'http:', 'mailto:', 'mailto:a@'), fc.string({ unit, maxLength: 30 }), (scheme, rest) => {
      const url = scheme + rest;
      const plain = plainHttpHost(url);
      if (plain !== undefined) expect(plain).toBe(hostOf(url));
    }), { numRuns: 3000 });
  });
});

describe('plainIpv4Host', () => {
  it('reads IPv4 hosts as hostOf does and leaves every other URL to it', () => {
    expect(plainIpv4Host('http://66.231.133.63/index.html?ID=1')).toBe('66.231.133.63');
    expect(plainIpv4Host('https://10.0.0.1')).toBe('10.0.0.1');
    for (const url of ['http://10.0.0.1:80/', 'http://u@10.0.0.1/', 'http://010.0.0.1/', 'http://256.0.0.1/', 'http://10.0.1/', 'HTTP://10.0.0.1/', 'http://a.b/']) {
      expect(plainIpv4Host(url)).toBeUndefined();
    }
    const part = fc.oneof({ arbitrary: fc.constantFrom('1', '0', '25', '255'), weight: 6 }, { arbitrary: fc.constantFrom('256', '010', 'a', ''), weight: 1 });
    const tail = fc.constantFrom('', '/', '/x.html', '?q=1', '#f', ':80/', '@x/', '.', '\\x', ' /');
    let answered = 0;
    fc.assert(fc.property(fc.constantFrom('http://', 'https://'), fc.array(part, { minLength: 3, maxLength: 5 }), tail, (scheme, parts, rest) => {
      const url = scheme + parts.join('.') + rest;
      const host = plainIpv4Host(url);
      if (host === undefined) return;
      answered++;
      expect(host).toBe(hostOf(url));
    }), { numRuns: 5000, seed: 4 });
    expect(answered).toBeGreaterThan(50);
  });
});
