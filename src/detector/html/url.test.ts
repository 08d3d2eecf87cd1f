import { resolveUrl } from './url';

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
