import { registrableDomain } from '../domains';
import { isShortener } from './shorteners';

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
