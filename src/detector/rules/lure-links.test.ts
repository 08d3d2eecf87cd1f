import { parse } from 'tldts';
import fc from 'fast-check';
import { analyze } from '..';
import { addressesShownIn, lureLinks, mayShowAddress, urlsInText } from './lure-links';
import { cleanHref, isIpLiteral, writtenHost, writtenParsesAsResolved } from './lure-links-url';
import { message } from '../../../test/helpers/message';
import { DEFAULT_POLICY, type Finding } from '../types';

const run = (html: string, extra: Parameters<typeof message>[0] = {}) =>
  analyze(message({ html, ...extra }), undefined, { rules: [lureLinks] });
const ids = (findings: Finding[]) => findings.map((f) => f.messageKey.replace('lure/links.', ''));
const a = (href: string, text: string) => `<p><a href="${href}">${text}</a></p>`;

describe('lure/links', () => {
  describe('link text that shows another address', () => {
    it.each([
      ['a URL over another site', a('https://evil.example/login', 'https://www.paypal.com/signin')],
      ['www. host over another site', a('http://203.0.113.9.nip.example/x', 'www.mybank.be')],
      ['a bare domain as the whole text', a('https://login-secure.example/', 'paypal.com')],
      ['a domain named in the path only', a('https://evil.example/paypal.com/login', 'https://paypal.com')],
    ])('flags %s (high)', (_what, html) => {
      const finding = run(html).findings.find((f) => f.messageKey === 'lure/links.textMismatch');
      expect(finding).toBeDefined();
      expect(finding!.severity).toBe('high');
      expect(finding!.params.shown).toBeTruthy();
      expect(finding!.params.actual).toBeTruthy();
    });

    it.each([
      ['"Read more"', a('https://click.esp.example/abc', 'Read more')],
      ['"Lire la suite"', a('https://click.esp.example/abc', 'Lire la suite')],
      ['"Meer lezen" / "Weiterlesen" / "Click here"', a('https://t.example/1', 'Meer lezen') + a('https://t.example/2', 'Weiterlesen') + a('https://t.example/3', 'Click here')],
      ['the same registrable domain', a('https://news.bbc.co.uk/story', 'www.bbc.co.uk')],
      ['a redirect carrying the shown address', a('https://r.esp.example/c?u=https%3A%2F%2Fwww.ngo-example.org%2Fevent', 'www.ngo-example.org')],
      ['a known newsletter click redirector', a('https://ngo.us12.list-manage.com/track/click?u=1&id=2', 'www.ngo-example.org')],
      ['a file name that is also a TLD', a('https://github.com/org/repo', 'readme.md')],
      ['a product name written in capitals', a('https://dotnet.microsoft.com/', 'ASP.NET')],
      ['a bare domain inside a sentence', a('https://www.eu.example/report', 'Report on example.org and partners')],
      ['an e-mail address as text', a('https://contact.example/', 'jane@other.example')],
      ['another domain of the same newsroom', a('https://www.vrtnws.be/p/article', 'www.vrt.be')],
      ['a platform linking between its own domains', a('https://t.co/AbC123', 'pic.twitter.com/AbC123') + a('https://x.com/eu', 'twitter.com/eu')],
    ])('does not flag %s', (_what, html) => {
      expect(ids(run(html).findings)).not.toContain('textMismatch');
    });

    it('flags the same shown address when the redirector is unknown and does not carry it', () => {
      expect(ids(run(a('https://r.esp.example/c?id=123', 'www.ngo-example.org')).findings)).toEqual(['textMismatch']);
    });

    it("does not flag a link that lands on the organisation's own domain", () => {
      const html = a('https://go.parliament-example.eu/r?id=42', 'www.partner-ngo.org');
      const verdict = analyze(message({ html }), { ...DEFAULT_POLICY, orgDomains: ['parliament-example.eu'] }, { rules: [lureLinks] });
      expect(verdict.findings).toEqual([]);
      expect(ids(run(html).findings)).toEqual(['textMismatch']);
    });

    it('calls a shown address over a shortener suspicious (medium), not proven (high)', () => {
      expect(run(a('https://bit.ly/3xYz', 'www.paypal.com')).findings).toContainEqual(expect.objectContaining({ messageKey: 'lure/links.textMismatch', severity: 'medium' }));
    });

    it('flags https text over an http link to the same site as a low downgrade', () => {
      const { findings } = run(a('http://www.bank-example.com/login', 'https://www.bank-example.com/login'));
      expect(findings).toEqual([expect.objectContaining({ messageKey: 'lure/links.httpsDowngrade', severity: 'low' })]);
    });
  });

  describe('URL tricks', () => {
    it('flags user-info that shows a trusted name before the real host (high)', () => {
      const [finding] = run(a('https://bank.example@evil.example/login', 'Log in')).findings;
      expect(finding).toMatchObject({ messageKey: 'lure/links.userinfoTrick', severity: 'high', params: { shown: 'bank.example', host: 'evil.example' } });
    });

    it.each([
      ['dotted IPv4', 'http://198.51.100.7/login', '198.51.100.7', 'medium'],
      ['decimal integer IPv4', 'http://3325256711/login', '198.51.100.7', 'medium'],
      ['hex IPv4', 'http://0xC6336407/login', '198.51.100.7', 'medium'],
      ['IPv6', 'http://[2001:db8::1]/x', '[2001:db8::1]', 'medium'],
      ['a private address', 'http://10.1.2.3/intranet', '10.1.2.3', 'low'],
      ['a private 172.16/12 address', 'http://172.31.0.9/', '172.31.0.9', 'low'],
      ['a public 172 address', 'http://172.32.0.9/', '172.32.0.9', 'medium'],
      ['a home-router address', 'http://192.168.1.1/', '192.168.1.1', 'low'],
    ])('flags an IP literal host: %s', (_what, href, host, severity) => {
      const finding = run(a(href, 'Open')).findings.find((f) => f.messageKey === 'lure/links.ipHost');
      expect(finding).toMatchObject({ severity, params: { host } });
    });

    it('records how a disguised IP was written', () => {
      const finding = run(a('http://3325256711/', 'Open')).findings[0]!;
      expect(finding.params.written).toBe('3325256711');
      expect(finding.evidence.detail).toContain('3325256711');
    });

    it.each([
      ['javascript:', 'javascript:alert(1)', 'scriptScheme', 'high'],
      ['JavaScript with leading spaces and a tab', ' java\tscript:alert(1)', 'scriptScheme', 'high'],
      ['vbscript:', 'vbscript:msgbox(1)', 'scriptScheme', 'high'],
      ['data:text/html', 'data:text/html;base64,PGh0bWw+', 'dataScheme', 'high'],
      ['data:image/png', 'data:image/png;base64,iVBOR', 'dataScheme', 'medium'],
      ['file:', 'file://server/share/doc.pdf', 'fileScheme', 'medium'],
    ])('flags the %s scheme', (_what, href, id, severity) => {
      expect(run(a(href, 'Open')).findings[0]).toMatchObject({ messageKey: `lure/links.${id}`, severity });
    });

    it.each([
      ['a shortener', 'https://bit.ly/3abc', 'shortener', 'low'],
      ['a punycode host', 'https://xn--pypal-4ve.com/', 'punycodeHost', 'low'],
      ['a Unicode host (normalised to punycode)', 'https://pаypal.com/', 'punycodeHost', 'low'],
      ['an executable', 'https://files.example/Invoice.exe', 'executableLink', 'medium'],
      ['a script by escaped name', 'https://files.example/scan%2Ejs', 'executableLink', 'medium'],
      ['an archive', 'https://files.example/docs/report.zip?dl=1', 'archiveLink', 'low'],
      ['a disk image', 'https://files.example/setup.iso', 'archiveLink', 'low'],
      ['an executable named in capitals', 'https://files.example/SETUP.EXE', 'executableLink', 'medium'],
      ['a four-letter package extension', 'https://files.example/app.msix', 'executableLink', 'medium'],
      ['a two-letter archive extension', 'https://files.example/a/b.7z#x', 'archiveLink', 'low'],
    ])('flags %s', (_what, href, id, severity) => {
      expect(run(a(href, 'Download')).findings).toContainEqual(expect.objectContaining({ messageKey: `lure/links.${id}`, severity }));
    });

    it.each([
      ['an ordinary https link', 'https://www.europarl.europa.eu/news'],
      ['a mailto link', 'mailto:press@example.org'],
      ['a relative link', '/unsubscribe'],
      ['an anchor', '#top'],
      ['a PDF', 'https://files.example/report.pdf'],
      ['a web page ending in .html', 'https://site.example/index.html'],
      ['a file whose long extension merely starts like an executable', 'https://site.example/notes.exeunt'],
      ['a redirect whose path ends in a host name', 'http://rd.yahoo.com/dailynews/inlinks/*http://Listen4ever.com'],
    ])('does not flag %s', (_what, href) => {
      expect(run(a(href, 'Open')).findings).toEqual([]);
    });

    it('keeps at most ten examples of one kind from a hostile message', () => {
      const html = Array.from({ length: 30 }, (_, i) => a(`https://evil${i}.example/`, `https://www.bank${i}.com/`)).join('');
      expect(run(html).findings).toHaveLength(10);
    });

    it('resolves relative links against <base href>', () => {
      const html = '<base href="http://198.51.100.7/"><a href="login">Log in</a>';
      expect(run(html).findings).toContainEqual(expect.objectContaining({ messageKey: 'lure/links.ipHost', params: expect.objectContaining({ host: '198.51.100.7' }) }));
    });

    it('reports a repeated shortener once', () => {
      const html = a('https://bit.ly/1', 'one') + a('https://bit.ly/2', 'two') + a('https://bit.ly/3', 'three');
      expect(ids(run(html).findings)).toEqual(['shortener']);
    });
  });

  describe("the recipient's address in a link", () => {
    it.each([
      ['plain', 'https://form.example/?email=jane.doe@parliament.example'],
      ['URL-encoded', 'https://form.example/?e=Jane.Doe%40Parliament.example'],
    ])('flags it %s', (_what, href) => {
      const { findings } = run(a(href, 'Confirm'), { recipient: 'jane.doe@parliament.example' });
      expect(findings).toContainEqual(expect.objectContaining({ messageKey: 'lure/links.recipientInLink', severity: 'low' }));
    });

    it('survives a recipient that cannot be URL-encoded', () => {
      expect(run(a('https://form.example/?e=x', 'Go'), { recipient: 'a\ud800@b.example' }).findings).toEqual([]);
    });

    it('does not flag links without it, or when no recipient is known', () => {
      expect(run(a('https://form.example/?email=other@x.example', 'Go'), { recipient: 'jane.doe@parliament.example' }).findings).toEqual([]);
      expect(run(a('https://form.example/?email=jane.doe@parliament.example', 'Go')).findings).toEqual([]);
    });
  });

  describe('plain-text bodies', () => {
    it('checks bare URLs in text-only messages', () => {
      const verdict = analyze(message({ text: 'Update now: http://bit.ly/xyz, or https://bank.example@evil.example/.' }), undefined, { rules: [lureLinks] });
      expect(ids(verdict.findings).sort()).toEqual(['shortener', 'userinfoTrick']);
    });

    it('extracts URLs without trailing punctuation', () => {
      expect(urlsInText('See (https://a.example/x). Also http://b.example, thanks. httpx://no')).toEqual(['https://a.example/x', 'http://b.example']);
    });
  });

  it('reads addresses from link text only when they parse as domains', () => {
    expect(addressesShownIn('Visit https://www.Example.org/page today').map((s) => s.registrable)).toEqual(['example.org']);
    expect(addressesShownIn('Read more')).toEqual([]);
    expect(addressesShownIn('report.pdf')).toEqual([]);
    // Accented words hold no dot: they cannot spell a host, "bürö.de" can.
    expect(addressesShownIn('Désinscription')).toEqual([]);
    expect(addressesShownIn('bürö.de').map((s) => s.registrable)).toEqual(['bürö.de']);
  });
});

describe('writtenParsesAsResolved', () => {
  const parse = (href: string, base?: string) => {
    try {
      return new URL(href, base).href;
    } catch {
      return undefined;
    }
  };
  const piece = fc.constantFrom(' ', '\t', '\n', '\u0001', '\u00a0', '\ufeff', 'a', 'B', '/', '\\', '@', ':', '.', '%', 'é', '#', '?', 'x.example');
  const rawHref = fc.tuple(
    fc.array(fc.constantFrom(' ', '\t', '\n', '\u0001', '\u00a0'), { maxLength: 2 }),
    fc.constantFrom('http', 'HTTPS', 'ftp', 'file', 'mailto', 'h\ttp'),
    fc.constantFrom('://', ':/', ':', ':\\\\', ':/\\', ':\t//'),
    fc.array(piece, { maxLength: 12 }),
    fc.array(fc.constantFrom(' ', '\u00a0', '\u3000', '\u0002', 'z'), { maxLength: 2 }),
  ).map(([lead, scheme, sep, body, tail]) => lead.join('') + scheme + sep + body.join('') + tail.join(''));

  it('is true only when the href as written parses exactly as the walker resolves the raw value', () => {
    fc.assert(fc.property(rawHref, fc.constantFrom(undefined, 'http://base.example/dir/', 'ftp://files.example/'), (raw, base) => {
      const written = cleanHref(raw);
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(written)?.[1]?.toLowerCase();
      if (scheme === undefined || !writtenParsesAsResolved(written, raw, scheme)) return;
      const trimmed = raw.trim();
      expect(parse(written)).toBe(parse(trimmed, base ?? (trimmed.startsWith('//') ? 'https://protocol-relative.invalid/' : undefined)));
    }), { numRuns: 5000 });
  });

  it('accepts the ordinary case and refuses scheme-relative forms a base could change', () => {
    expect(writtenParsesAsResolved('http://site.example', 'http://site.example', 'http')).toBe(true);
    expect(writtenParsesAsResolved('http:site.example', 'http:site.example', 'http')).toBe(false);
    expect(writtenParsesAsResolved('http://site.example/\u00a0', 'http://site.example/\u00a0', 'http')).toBe(false);
  });
});

describe('mayShowAddress', () => {
  it('is true whenever addressesShownIn finds an address', () => {
    const piece = fc.constantFrom('Read', 'more', 'here', '.', '. ', ':', ': ', 'http', 'HTTPS', '://', '%2e', '%', 'www', 'bank', 'com', 'co.uk',
      ' ', '\u00a0', '\n', '(', ')', '"', '@', '/', 'x.example', 'e.g.', 'ASP.NET', 'readme.md', '...');
    const address = fc.constantFrom('www.bank.fr', 'bank.com', 'http://bank.de/x', 'HTTPS://a.nl', 'http:bank.com', 'www%2ebank.com', 'bank.co.uk.', 'http://bank\u3002com', 'https://bank\uff0ede');
    let found = 0;
    fc.assert(fc.property(fc.array(fc.oneof({ arbitrary: piece, weight: 4 }, { arbitrary: address, weight: 1 }), { maxLength: 6 }), (parts) => {
      const text = parts.join('');
      if (addressesShownIn(text).length === 0) return;
      found++;
      expect(mayShowAddress(text)).toBe(true);
    }), { numRuns: 20000, seed: 5 });
    expect(found).toBeGreaterThan(1000);
  });

  it('passes over texts whose dots and colons end their words', () => {
    for (const text of ['Read more.', 'Click here: learn more!', 'Lire la suite…', 'Note: see below.', 'Visit us.']) expect(mayShowAddress(text)).toBe(false);
    for (const text of ['www.example.com', 'see http:example', 'HTTPS://x', 'a.b', '100%']) expect(mayShowAddress(text)).toBe(true);
  });
});

describe('writtenHost and isIpLiteral', () => {
  const part = fc.constantFrom('1', '12', '123', '1234', '0', '', 'a', '.', ':', ':80', ':8a', '@', 'u:p@', '[::1]', '/', '?', '#', '\\', 'x.example');
  const text = fc.array(part, { maxLength: 8 }).map((parts) => parts.join(''));

  it('cut the port and read dotted quads as the regular expressions they replace do', () => {
    fc.assert(fc.property(text, (rest) => {
      const href = `http://${rest}`;
      const authority = rest.split(/[/?#\\]/, 1)[0]!;
      const host = authority.slice(authority.lastIndexOf('@') + 1);
      const expected = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
      expect(writtenHost(href)).toBe(expected);
      // isIpLiteral reads hostnames as the URL parser gives them, and it writes IPv4 addresses canonically.
      let hostname: string;
      try {
        hostname = new URL(href).hostname;
      } catch {
        return;
      }
      expect(isIpLiteral(hostname)).toBe(hostname.startsWith('[') || /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname));
    }), { numRuns: 20000, seed: 9 });
    expect(isIpLiteral('10.0.0.1')).toBe(true);
    expect(isIpLiteral('10.0.0.1234')).toBe(false);
    expect(writtenHost('http://u@10.1.2.3:8080/x')).toBe('10.1.2.3');
  });
});

describe('addressesShownIn over http(s) tokens', () => {
  it('names the host the URL parser finds, whether or not it had to run', () => {
    const host = fc.constantFrom('www.bank.fr', 'Bank.COM', '10.0.0.1', '010.0.0.1', 'xn--bcher-kva.de', 'bank.com:8080', 'u@bank.de', 'a..b.com', 'bank.co.uk');
    const rest = fc.constantFrom('', '/', '/login?x=1', '#top', '/a/../b', '/%2e/', '?q=\'', '\\x');
    const token = fc.tuple(fc.constantFrom('http://', 'https://', 'HTTP://', 'http:'), host, rest).map(([s, h, r]) => s + h + r);
    fc.assert(fc.property(token, (t) => {
      let expected: string[] = [];
      try {
        const parsed = parse(new URL(t).hostname);
        if (parsed.hostname?.includes('.') && (parsed.isIp || (parsed.domain && parsed.isIcann === true))) expected = [parsed.hostname];
      } catch {
        expected = [];
      }
      expect(addressesShownIn(t).map((a) => a.host)).toEqual(expected);
    }), { numRuns: 3000, seed: 8 });
  });
});
