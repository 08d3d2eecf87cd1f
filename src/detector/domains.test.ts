import { parse } from 'tldts';
import { HostParses, registrableDomain } from './domains';

describe('HostParses', () => {
  it('answers as tldts.parse does, once per host', () => {
    const hosts = new HostParses();
    for (const host of ['news.bbc.co.uk', 'www.example.com', '192.168.0.1', 'localhost', 'xn--pypal-4ve.com', 'a.b.c.unknowntld']) {
      const first = hosts.parse(host);
      expect(first).toEqual(parse(host));
      expect(hosts.parse(host)).toBe(first);
    }
  });

  it('gives the registrable domain registrableDomain gives', () => {
    const hosts = new HostParses();
    for (const host of ['news.bbc.co.uk', 'shop.example.com', 'co.uk', '10.0.0.1']) {
      expect(hosts.parse(host).domain ?? host).toBe(registrableDomain(host));
    }
  });
});
