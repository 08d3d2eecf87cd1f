import fc from 'fast-check';
import { knownHttpHref, resolveUrl } from './url';

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
    'https://news.example/letter?id=42&u=a%40b#top', 'http://t.example/o/p.gif', 'https://a-b.c0.example/x/y.z/;p=1/(2)*~!$,[1]|',
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
    'https:news.example/', 'https://bücher.example/', 'https://1.2.3/', 'https://1.2.3.4.5/',
  ])('leaves %j to the parser', (url) => {
    expect(knownHttpHref(url)).toBeUndefined();
  });

  // The claim the walker relies on: whatever answer it gives is the parser's.
  it('answers only with the href the platform parser gives', () => {
    // Hosts mostly made of plausible labels, the rest of the URL mostly of kept characters, each with the odd trap.
    const label = fc.oneof(
      { arbitrary: fc.constantFrom('a', 'www', 'example', 'Example', 'COM', 'b-c', '-a', 'a-', 'x1', '0', '1', '12', '199', '255', '256', '01'), weight: 10 },
      { arbitrary: fc.constantFrom('0x1f', 'xn--a', 'axn--b', 'XN--a', 'Xn--a', '', 'a_b', 'a:1', 'u@a', 'é', 'K\u212a', '\u017f'), weight: 1 },
    );
    const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
    const kept = fc.constantFrom('a', 'Z', '0', '-', '.', '_', '~', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']',
      '|', '%', '%41', '/', '?', '#');
    const trap = fc.constantFrom('..', '/.', '/..', '/%2e', '/%2E', '.%2e', '%', '\\', '^', '`', '{', '}', '"', '<', '>', ' ', '\t', '\n',
      '\u0000', '\u007f', 'é', '??', '##');
    const rest = fc.array(fc.oneof({ arbitrary: kept, weight: 12 }, { arbitrary: trap, weight: 1 }), { maxLength: 16 }).map((parts) => parts.join(''));
    const scheme = fc.constantFrom('http://', 'https://', 'https://', 'HTTP://', 'hTTpS://', 'http:/', 'https:', 'httpx://');
    const candidate = fc.tuple(scheme, host, fc.constantFrom('/', '/', '/', '', '?', '#', ':8080/'), rest)
      .map(([prefix, hostName, slash, tail]) => prefix + hostName + slash + tail);
    let answered = 0;
    fc.assert(fc.property(candidate, (url) => {
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
