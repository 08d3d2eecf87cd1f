import fc from 'fast-check';
import { registrableDomain } from '../domains';
import { URL_SHORTENERS, isShortener, isShortenerPlainHost } from './shorteners';

describe('isShortener', () => {
  it.each([
    ['bit.ly', true], ['www.bit.ly', true], ['BIT.LY.', true], ['go.aka.ms', true], ['x.y.t.co', true],
    ['bit.ly.evil.example', false], ['notbit.ly', false], ['example.org', false], ['t.co.uk', false], ['', false],
  ])('%s → %s', (host, expected) => {
    expect(isShortener(host)).toBe(expected);
  });

  it('asks for the registrable domain only when the host or a parent domain is listed', () => {
    const lookups: string[] = [];
    const domainOf = (host: string) => {
      lookups.push(host);
      return registrableDomain(host);
    };
    expect(isShortener('news.example.org', domainOf)).toBe(false);
    expect(isShortener('www.bit.ly', domainOf)).toBe(true);
    expect(lookups).toEqual(['www.bit.ly']);
  });

  it('leaves hosts that are not plain to the registrable-domain lookup', () => {
    // A stand-in lookup that names a shortener for anything: only hosts it is asked about can say yes.
    const alwaysShortener = () => 'bit.ly';
    expect(isShortener('user@example.org', alwaysShortener)).toBe(true);
    expect(isShortener('example.org..', alwaysShortener)).toBe(true);
    expect(isShortener('example.org', alwaysShortener)).toBe(false);
  });
});

describe('isShortenerPlainHost', () => {
  it('answers as isShortener for every plain host', () => {
    const lookup = { registrableDomain };
    const label = fc.constantFrom(...[...URL_SHORTENERS].flatMap((d) => d.split('.')), 'www', 'go', 'example', 'co', 'uk', 'a-b', 'x9');
    fc.assert(fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), (labels) => {
      const host = labels.join('.');
      expect(isShortenerPlainHost(host, lookup)).toBe(isShortener(host, lookup));
    }), { numRuns: 5000, seed: 3 });
    expect(isShortenerPlainHost('www.bit.ly', lookup)).toBe(true);
    expect(isShortenerPlainHost('bit.ly.evil.example', lookup)).toBe(false);
    expect(isShortenerPlainHost('t.co.uk', lookup)).toBe(false);
  });
});
