import fc from 'fast-check';
import { DIRECT_HOST_PARSER, hostOf } from './domains';
import { serialisedHttpParts } from './html/url';
import { plainHostOf, UrlMemo } from './url-memo';

describe('UrlMemo.hostOf', () => {
  it('reads plain and IPv4 hosts as hostOf does', () => {
    const memo = new UrlMemo(DIRECT_HOST_PARSER);
    expect(memo.hostOf('https://www.example.com/path?q=1')).toBe('www.example.com');
    expect(memo.hostOf('http://xn--pypal-4ve.com#top')).toBe('xn--pypal-4ve.com');
    expect(memo.hostOf('https://localhost')).toBe('localhost');
    expect(memo.hostOf('mailto:Jane.Doe+eu@parlament.be?subject=Hi')).toBe('parlament.be');
    expect(memo.hostOf('http://66.231.133.63/index.html?ID=1')).toBe('66.231.133.63');
    expect(memo.hostOf('https://10.0.0.1')).toBe('10.0.0.1');
  });
});

describe('plainHostOf', () => {
  it('reads the plain hosts of serialised URLs, names and IPv4 addresses alike', () => {
    expect(plainHostOf('https://www.example.com/path?q=1')).toBe('www.example.com');
    expect(plainHostOf('https://192.168.0.1/')).toBe('192.168.0.1');
    expect(plainHostOf('http://a.b/')).toBe('a.b');
  });

  it('leaves every other URL to hostOf', () => {
    for (const url of [
      'https://user@evil.example/', 'https://example.com:8080/', 'https://Example.com/', 'https://example.com./',
      'https://example.123/', 'https://-bad.example/', 'https://bad-.example/',
      'https://a..b.example/', 'https://ex%61mple.com/', 'HTTPS://example.com/', 'ftp://example.com/',
      'https://[::1]/', 'https:///example.com', `https://${'a'.repeat(64)}.example/`, 'https://under_score.example/',
      'mailto:example.com', 'mailto:@example.com', 'mailto:a@b@example.com', 'mailto:a%40b@example.com', 'mailto:a@example.com/x',
      'http://10.0.0.1:80/', 'http://u@10.0.0.1/', 'http://010.0.0.1/', 'http://256.0.0.1/', 'http://10.0.1/', 'HTTP://10.0.0.1/',
    ]) expect(plainHostOf(url)).toBeUndefined();
  });

  it('never disagrees with hostOf', () => {
    // Serialised URLs, which most links and images are: the shortcut must answer most of them.
    const label = fc.constantFrom('a', 'www', 'b-c', '-a', 'a-', '-', 'x1', '1', '255', '0', 'a'.repeat(63), 'b'.repeat(64), 'xn--bcher-kva');
    const host = fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.'));
    const last = fc.constantFrom('.example', '.com', '-.example', '.a-', '');
    let held = 0;
    fc.assert(fc.property(fc.constantFrom('http://', 'https://'), host, last, (scheme, hostName, tail) => {
      let href: string;
      try {
        href = new URL(`${scheme}${hostName}${tail}/p?q=1`).href;
      } catch {
        return;
      }
      const parts = serialisedHttpParts(href);
      const plain = plainHostOf(href);
      if (!parts || plain === undefined) return;
      held++;
      expect(hostOf(href)).toBe(parts.host);
      expect(plain).toBe(parts.host);
    }), { numRuns: 3000 });
    expect(held).toBeGreaterThan(300);

    // Anything at all: the plain-text body's bare URLs and mailto links reach hostOf as written.
    const unit = fc.constantFrom('a', 'x', 'n', '0', '1', '9', '-', '.', '/', '?', '#', ':', '@', '%', '_', 'A', '+', '\\', 'é', '\t', ' ', '[', ']');
    fc.assert(fc.property(fc.constantFrom('http://', 'https://', 'HTTP://', 'http:', 'mailto:', 'mailto:a@'), fc.string({ unit, maxLength: 30 }), (scheme, rest) => {
      const url = scheme + rest;
      const plain = plainHostOf(url);
      if (plain !== undefined) expect(plain).toBe(hostOf(url));
    }), { numRuns: 3000 });

    // IPv4 addresses, canonical or not.
    const part = fc.oneof({ arbitrary: fc.constantFrom('1', '0', '25', '255'), weight: 6 }, { arbitrary: fc.constantFrom('256', '010', 'a', ''), weight: 1 });
    const tail = fc.constantFrom('', '/', '/x.html', '?q=1', '#f', ':80/', '@x/', '.', '\\x', ' /');
    let answered = 0;
    fc.assert(fc.property(fc.constantFrom('http://', 'https://'), fc.array(part, { minLength: 3, maxLength: 5 }), tail, (scheme, parts, rest) => {
      const url = scheme + parts.join('.') + rest;
      const plain = plainHostOf(url);
      if (plain === undefined) return;
      answered++;
      expect(plain).toBe(hostOf(url));
    }), { numRuns: 5000, seed: 4 });
    expect(answered).toBeGreaterThan(50);
  });
});
