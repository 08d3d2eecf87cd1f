import { createHash } from 'node:crypto';
import { analyze } from '..';
import { message } from '../../../test/helpers/message';
import fc from 'fast-check';
import { hasRun, IdentityFinder, identityVariants, findIdentity, RUN_CLASS } from '../identity';
import { DEFAULT_POLICY, type MailMessage, type Policy } from '../types';
import { trackingIdentityLeak } from './tracking-identity';

// Expected encodings come from Node's own crypto and Buffer, independently of the detector's code.
const ADDRESS = 'a.member@parliament.example';
const hex = (algorithm: string) => createHash(algorithm).update(ADDRESS).digest('hex');
const b64 = (text: string, encoding: 'base64' | 'base64url') => Buffer.from(text).toString(encoding);

const run = (html: string, overrides: Partial<MailMessage> = { recipient: ADDRESS }, policy: Partial<Policy> = {}) =>
  analyze(message({ html, ...overrides }), { ...DEFAULT_POLICY, ...policy }, { rules: [trackingIdentityLeak] });

describe('tracking/identity-leak', () => {
  it.each([
    ['plain', `https://t.example/o.gif?e=${ADDRESS}`],
    ['plain', `https://t.example/o.gif?e=A.Member@Parliament.Example`],
    ['url-encoded', `https://t.example/o.gif?e=${encodeURIComponent(ADDRESS)}`],
    ['url-encoded', `https://t.example/o.gif?e=${encodeURIComponent(encodeURIComponent(ADDRESS))}`],
    ['base64', `https://t.example/o.gif?d=${b64(ADDRESS, 'base64')}`],
    ['base64', `https://t.example/o.gif?d=${encodeURIComponent(b64(`{"email":"${ADDRESS}"}`, 'base64'))}`],
    ['base64', `https://t.example/o/${b64(`x${ADDRESS}`, 'base64url')}`],
    ['base64', `https://t.example/o/${b64(`xy${ADDRESS}`, 'base64url')}`],
    ['hex', `https://t.example/o.gif?h=${Buffer.from(ADDRESS).toString('hex')}`],
    ['md5', `https://t.example/o.gif?h=${hex('md5')}`],
    ['md5', `https://t.example/o.gif?h=${hex('md5').toUpperCase()}`],
    ['sha1', `https://t.example/${hex('sha1')}/o.gif`],
    ['sha256', `https://t.example/o.gif?sha=${hex('sha256')}`],
  ])('finds the address as %s in a loaded image: %s', (encoding, url) => {
    const verdict = run(`<img src="${url}" width="600" height="100">`);
    expect(verdict.findings).toHaveLength(1);
    const finding = verdict.findings[0];
    expect(finding).toMatchObject({ rule: 'tracking/identity-leak', severity: 'high', openTracking: true, messageKey: 'tracking/identity-leak.inResource' });
    // base64 and base64url coincide for some alignments; either name is right for those.
    expect(finding?.params.encoding === encoding || (encoding === 'base64' && finding?.params.encoding === 'base64url')).toBe(true);
  });

  it('reports links separately, per host, and not as open tracking', () => {
    const html = `<a href="https://l.example/r?u=${hex('md5')}&n=1">Read</a><a href="https://l.example/r?u=${hex('md5')}&n=2">More</a>`;
    const verdict = run(html);
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ messageKey: 'tracking/identity-leak.inLink', params: { count: 2, encoding: 'md5' } });
    expect(verdict.findings[0]?.openTracking).toBeUndefined();
  });

  it('falls back to the To addresses when the mailbox owner is unknown', () => {
    const verdict = run(`<img src="https://t.example/o?e=${hex('sha256')}">`, { to: [{ name: '', address: ADDRESS }] });
    expect(verdict.findings).toHaveLength(1);
  });

  it.each([
    ['a different address', `<img src="https://t.example/o?e=someone.else@parliament.example">`],
    ['the hash of a different address', `<img src="https://t.example/o?e=${createHash('md5').update('b.member@parliament.example').digest('hex')}">`],
    ['a mailto link', `<a href="mailto:${ADDRESS}">mail me</a>`],
    ['a cid image', `<img src="cid:${ADDRESS}">`],
    ['a truncated hash', `<img src="https://t.example/o?e=${hex('md5').slice(0, 20)}">`],
  ])('does not flag %s', (_name, html) => {
    expect(run(html).findings).toEqual([]);
  });

  it('does not flag the organisation\'s own systems or messages without a recipient', () => {
    const html = `<a href="https://intranet.parliament.example/profile?e=${ADDRESS}">profile</a>`;
    expect(run(html).findings).toHaveLength(1);
    expect(run(html, { recipient: ADDRESS }, { orgDomains: ['parliament.example'] }).findings).toEqual([]);
    expect(run(`<img src="https://t.example/o?e=${ADDRESS}">`, {}).findings).toEqual([]);
  });
});

describe('identityVariants', () => {
  it('covers the three Base64 alignments with fragments independent of neighbouring bytes', () => {
    const variants = identityVariants(ADDRESS).filter((v) => v.encoding === 'base64');
    expect(variants).toHaveLength(3);
    for (const [prefix, suffix] of [['', ''], ['{', '}'], ['ab', '"]']]) {
      expect(findIdentity(`https://x.example/?d=${b64(`${prefix}${ADDRESS}${suffix}`, 'base64')}`, variants)).toBeDefined();
    }
  });

  it('rejects strings that are not addresses', () => {
    expect(identityVariants('not-an-address')).toEqual([]);
    expect(identityVariants('a@b')).toEqual([]);
  });

  it('copes with broken addresses (lone surrogates, NUL) without throwing', () => {
    expect(() => identityVariants('x\ud800y@example.org\u0000')).not.toThrow();
    expect(identityVariants('x\ud800y@example.org').map((v) => v.encoding)).toContain('md5');
  });
});

describe('IdentityFinder', () => {
  // "?" every third byte puts a "/" every four Base64 characters: the symbol runs must be counted.
  const addresses = [ADDRESS, 'Jo.Doe@Example.org', 'ab?cd?ef?gh?@example.org', 'élise@assemblée.fr'];
  const forms = (address: string): string[] => {
    const lower = address.toLowerCase();
    return [
      address, encodeURIComponent(address), encodeURIComponent(encodeURIComponent(address)), address.replace('@', '%25%34%30'),
      b64(lower, 'base64'), b64(lower, 'base64url'), b64(`{"e":"${lower}"}`, 'base64'), encodeURIComponent(b64(`ab${lower}`, 'base64')),
      Buffer.from(lower).toString('hex').toUpperCase(), createHash('md5').update(lower).digest('hex'),
      createHash('sha1').update(lower).digest('hex'), createHash('sha256').update(lower).digest('hex'),
    ];
  };
  const decoys = ['https://www.example.org/news/2024/a-long-article-title-with-words?utm_source=newsletter',
    'https://t.example/o?id=0123456789abcdef0123456789abcdef', 'https://t.example/%25%32%35?x=a+b', 'https://t.example/@home'];

  it('answers exactly as findIdentity over every variant of the same addresses', () => {
    for (let count = 0; count <= addresses.length; count++) {
      const chosen = addresses.slice(0, count);
      const finder = new IdentityFinder(chosen);
      const variants = chosen.flatMap(identityVariants);
      const urls = [...decoys, ...addresses.flatMap(forms).map((form) => `https://t.example/p/${form}?q=1`)];
      let found = 0;
      for (const url of urls) {
        const expected = findIdentity(url, variants);
        if (expected) found++;
        expect([url, finder.find(url)]).toEqual([url, expected]);
      }
      // Each chosen address is found in its own forms.
      expect(found).toBeGreaterThanOrEqual(count * 10);
    }
  });

  it('finds a digest only a hex run can hold, and nothing in a URL of short words', () => {
    const finder = new IdentityFinder([ADDRESS]);
    expect(finder.find(`https://t.example/o?h=${hex('sha1')}`)?.encoding).toBe('sha1');
    expect(finder.find('https://www.example.org/a/b-c/d.html?e=f&g=h')).toBeUndefined();
  });
});

describe('hasRun', () => {
  const naiveLongestRun = (text: string, inClass: (c: string) => boolean): number => {
    let longest = 0;
    let run = 0;
    for (const c of text) {
      run = inClass(c) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  };
  const isAlnumOrPercent = (c: string) => /^[A-Za-z0-9%]$/.test(c);

  it('agrees with a plain longest-run count', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '7', '%', '/', '.', '-', 'é'), maxLength: 80 }), fc.integer({ min: 1, max: 20 }), (text, length) => {
      expect(hasRun(text, length, RUN_CLASS.alnum)).toBe(naiveLongestRun(text, isAlnumOrPercent) >= length);
    }), { numRuns: 2000 });
  });
});
