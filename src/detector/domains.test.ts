import { parse } from 'tldts';
import fc from 'fast-check';
import { HostParses, isCanonicalIpv4, registrableDomain } from './domains';

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

describe('isCanonicalIpv4', () => {
  it('is true exactly for hosts the URL parser writes back unchanged as IPv4 addresses', () => {
    const part = fc.constantFrom('0', '1', '9', '10', '01', '99', '100', '255', '256', '999', '1000', '', 'a', '0x1');
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
      const host = parts.join('.');
      let written: string | undefined;
      try {
        written = new URL(`http://${host}/`).hostname;
      } catch {
        written = undefined;
      }
      const ipv4 = written !== undefined && /^\d+\.\d+\.\d+\.\d+$/.test(written) && written === host;
      expect(isCanonicalIpv4(host)).toBe(ipv4);
      if (ipv4) expect(parse(host).isIp).toBe(true);
    }), { numRuns: 5000, seed: 2 });
  });
});
