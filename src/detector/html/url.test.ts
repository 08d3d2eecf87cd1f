import fc from 'fast-check';
import { checkSerialisedParts, urlCandidate } from '../../../test/helpers/url-candidates';
import { knownHttpHref, resolveUrl, serialisedHttpParts } from './url';

describe('resolveUrl', () => {
  it.each(['#', '#top', '/images/pixel.gif', 'clear.gif', '{{unsubscribe}}', '  ../a b  '])('leaves %j unresolved without a base', (raw) => {
    expect(resolveUrl(raw, undefined)).toEqual({ url: raw.trim(), scheme: '', remote: false, parsed: undefined });
  });

  it('resolves relative URLs against a base', () => {
    const resolved = resolveUrl('/images/pixel.gif', 'https://news.example/letter/');
    expect(resolved).toMatchObject({ url: 'https://news.example/images/pixel.gif', scheme: 'https', remote: true });
    expect(resolved.parsed?.hostname).toBe('news.example');
  });

  // The URL parser drops tabs and newlines anywhere and control characters at the
  // edges, so a scheme the leading-scheme scan cannot see still resolves.
  it.each([
    ['ht\ttp://x.example/a', 'http://x.example/a'],
    ['\u0001https://x.example/', 'https://x.example/'],
    ['//cdn.example/p.gif', 'https://cdn.example/p.gif'],
  ])('resolves %j like the platform parser', (raw, url) => {
    expect(resolveUrl(raw, undefined)).toMatchObject({ url, remote: true });
  });

  it('keeps unparseable URLs with a scheme as written', () => {
    expect(resolveUrl('http://[bad', undefined)).toEqual({ url: 'http://[bad', scheme: 'http', remote: false, parsed: undefined });
  });

  it('never parses data, cid or mailto URLs', () => {
    expect(resolveUrl('cid:logo@x', undefined)).toEqual({ url: 'cid:logo@x', scheme: 'cid', remote: false, parsed: undefined });
    expect(resolveUrl('mailto:a@b.example', 'https://x.example/')).toMatchObject({ scheme: 'mailto', remote: false, parsed: undefined });
  });
});

describe('knownHttpHref', () => {
  it.each([
    'https://news.example/letter?id=42&u=a%40b#top', 'http://t.example/o/p.gif', 'https://a-b.c0.example/x/y.z/;p=1/(2)*~!$,[1]', 'https://news.example/a?b=|#|',
    'https://news.example/Path?Q=1&R=/?a#/?b\'', 'http://www.example.com', 'https://x.example//a/b.c/',
    'HTTPS://News.Example/Path?Q=1', 'http://www.Example.com', 'http://216.41.185.233/cgi-bin/x.cgi', 'http://0.0.0.0', 'http://XN.example/xn--a',
  ])('gives %j the href the parser would', (url) => {
    expect(knownHttpHref(url)).toBe(new URL(url).href);
  });

  it.each([
    'https://news.example?x', 'https://news.example#x', 'https://news.example:443/', 'https://u@news.example/', 'https://xn--bcher-kva.example/',
    'https://XN--bcher-kva.example/', 'https://10.0.0.01/', 'https://10.0.1/', 'https://256.0.0.1/', 'https://a.0x1/', 'https://news.example./',
    'https://a..b/', 'https:///x', 'https://news.example/a/../b', 'https://news.example/%2E/b', 'https://news.example/a\\b',
    "https://news.example/?q='", 'https://news.example/a b', 'https://news.example/é', 'https://news.example/#a#b', 'ftp://x.example/',
    'https:news.example/', 'https://bücher.example/', 'https://1.2.3/', 'https://1.2.3.4.5/', 'https://news.example/a|b',
  ])('leaves %j to the parser', (url) => {
    expect(knownHttpHref(url)).toBeUndefined();
  });

  // The claim the walker relies on: whatever answer it gives is the parser's.
  it('answers only with the href the platform parser gives', () => {
    let answered = 0;
    fc.assert(fc.property(urlCandidate, (url) => {
      const href = knownHttpHref(url);
      if (href === undefined) return true;
      answered++;
      return href === new URL(url).href;
    }), { numRuns: 20000 });
    // The generator must reach the answering path often for the property to mean anything.
    expect(answered).toBeGreaterThan(500);
  });

  it('gives resolveUrl the answer parsing would, without a parsed URL', () => {
    expect(resolveUrl('  https://news.example/p.gif?u=1 ', 'https://base.example/dir/'))
      .toEqual({ url: 'https://news.example/p.gif?u=1', scheme: 'https', remote: true, parsed: undefined });
    expect(resolveUrl('HTTP://News.example', undefined)).toEqual({ url: 'http://news.example/', scheme: 'http', remote: true, parsed: undefined });
  });
});

describe('serialisedHttpParts', () => {
  const label = fc.constantFrom('a', 'www', 'b-c', 'x1', '1', '08', '010', '255', '256', '0x1f', 'xn--bcher-kva', 'axn--b', 'A', 'a_b', '');
  const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
  const after = fc.constantFrom('', '/', '/p/file.exe', '/a?q=1#f', '/a#f?x', '/?', '/?#', ':8080/x', '?q=1', '#f', '\\x', '/%2e%2e/x', '/a/../b?c');
  const url = fc.tuple(fc.constantFrom('http://', 'https://', 'ftp://', 'HTTP://', 'http://u@', 'http:/'), host, fc.constantFrom('.example', '.1', ''), after)
    .map((parts) => parts.join(''));

  it("reads the parser's hostname, pathname and search off URLs the parser wrote out, or declines", () => {
    const answered = checkSerialisedParts(url, (parts, parsed) => {
      expect(parts.host).toBe(parsed.hostname);
      expect(parts.path).toBe(parsed.pathname);
      // An empty query is written "?" but read as "": both hold no value.
      expect(parts.search === '?' ? '' : parts.search).toBe(parsed.search);
      expect(parsed.username + parsed.password + parsed.port).toBe('');
    }, 3000);
    expect(answered).toBeGreaterThan(500);
  });

  it('leaves ports, user-info, IPv6, odd IPv4 forms, punycode and other schemes to the parser', () => {
    expect(serialisedHttpParts('https://news.example/a?b=1#c')).toEqual({ host: 'news.example', path: '/a', search: '?b=1' });
    expect(serialisedHttpParts('http://10.0.0.1/x')).toEqual({ host: '10.0.0.1', path: '/x', search: '' });
    for (const other of [
      'http://10.0.0.01/', 'http://10.0.1/', 'http://256.0.0.1/', 'http://[::1]/', 'http://xn--bcher-kva.example/', 'http://a.xn--p1ai/',
      'http://a.example:8080/', 'http://u@a.example/', 'ftp://a.example/', 'http://a.1/', 'http://A.example/', 'http://a..b/', 'https://a.example',
    ]) {
      expect(serialisedHttpParts(other)).toBeUndefined();
    }
  });
});
