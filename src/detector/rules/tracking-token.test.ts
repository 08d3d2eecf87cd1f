import { analyze } from '..';
import { message } from '../../../test/helpers/message';
import { findTrackingToken, isTokenLike, MIN_TOKEN_LENGTH } from './tracking-token-heuristics';
import { trackingUniqueToken } from './tracking-token';

const run = (html: string) => analyze(message({ html }), undefined, { rules: [trackingUniqueToken] });

describe('tracking/unique-token', () => {
  it.each([
    ['hex path segment', 'https://img.example/v/3f2a9c1b7d8e4f60a1b2c3d4e5f60718'],
    ['uuid query value', 'https://img.example/banner?r=550e8400-e29b-41d4-a716-446655440000'],
    ['base64 JSON blob', 'https://img.example/i?d=eyJ1IjoiYWJjMTIzIiwiYyI6Ijk4NzYifQ'],
    ['mixed-case random segment', 'https://img.example/Kx7Qp2Lm9Rt4Vw8Zy3Nb/header'],
    ['query token on a stored file', 'https://img.example/header.png?rid=Kx7Qp2Lm9Rt4Vw8Zy3Nb'],
    ['token on a CSS background', null],
  ])('flags a %s', (_name, url) => {
    const html = url ? `<img src="${url}" width="600" height="200">` : '<td style="background-image:url(https://img.example/bg?t=r8K2mQ9xL4vT7pW1zA)">';
    const verdict = run(html);
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ rule: 'tracking/unique-token', openTracking: true, evidence: { host: 'img.example' } });
    expect(verdict.level).toBe('caution');
  });

  it.each([
    ['file name with a hash', 'https://img.example/assets/logo_3f2a9c1b7d8e4f60.png'],
    ['stored file under an account hash', 'https://img.example/4f1c2b9e8d7a6f5e4d3c2b1a0/images/header.png'],
    ['date', 'https://img.example/2024-05-01T10:00:00Z/header'],
    ['dimensions', 'https://img.example/resize/600x400/photo'],
    ['slug', 'https://img.example/campaigns/spring-newsletter-header-2024'],
    ['utm campaign', 'https://img.example/h?utm_campaign=campaign_may_2024_newsletter'],
    ['long number', 'https://img.example/h?ts=17145984000001234'],
    ['short id', 'https://img.example/h?id=a1b2c3'],
    ['cid image', 'cid:3f2a9c1b7d8e4f60a1b2c3d4e5f60718@mail'],
  ])('does not flag a %s', (_name, url) => {
    expect(run(`<img src="${url}" width="600" height="200">`).findings).toEqual([]);
  });

  it('leaves a token that is the reader\'s hashed address to tracking/identity-leak', () => {
    const md5OfReader = '836aff14aa5432bf250869c9d55859a6'; // md5("a.member@parliament.example")
    const html = `<img src="https://img.example/banner/${md5OfReader}" width="600" height="100">`;
    expect(analyze(message({ html, recipient: 'a.member@parliament.example' }), undefined, { rules: [trackingUniqueToken] }).findings).toEqual([]);
    expect(analyze(message({ html, recipient: 'someone.else@parliament.example' }), undefined, { rules: [trackingUniqueToken] }).findings).toHaveLength(1);
  });

  it('groups several tokenised images of one host into one finding', () => {
    const html = '<img src="https://img.example/a?u=Kx7Qp2Lm9Rt4Vw8Zy3Nb"><img src="https://img.example/b?u=Kx7Qp2Lm9Rt4Vw8Zy3Nb">';
    const verdict = run(html);
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]?.params.count).toBe(2);
  });
});

describe('token heuristics', () => {
  it('measures only bounded prefixes of huge values', () => {
    expect(isTokenLike('a1B2'.repeat(500_000))).toBe(false);
    expect(findTrackingToken(`https://img.example/?a=1&x=Kx7Qp2Lm9Rt4Vw8Zy3Nb${'&y=1'.repeat(100_000)}`)).toBe('Kx7Qp2Lm9Rt4Vw8Zy3Nb');
    expect(findTrackingToken(`https://img.example/${'a/'.repeat(100)}Kx7Qp2Lm9Rt4Vw8Zy3Nb`)).toBeUndefined();
  });

  it('finds tokens of exactly the shortest length, as written or once decoded, and nothing shorter', () => {
    const token = 'Kx7Qp2Lm9Rt4Vw8Z';
    expect(token).toHaveLength(MIN_TOKEN_LENGTH);
    expect(findTrackingToken(`https://img.example/${token}`)).toBe(token);
    expect(findTrackingToken(`https://img.example/h?u=${token}`)).toBe(token);
    expect(findTrackingToken(`https://img.example/h?${token}`)).toBe(token);
    expect(findTrackingToken(`https://img.example/${token.slice(1)}`)).toBeUndefined();
    expect(findTrackingToken(`https://img.example/h?u=${token.slice(1)}`)).toBeUndefined();
    // Percent-encoded, the value is long as written but decodes to the same 16 or 15 characters.
    const encoded = (value: string) => [...value].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
    expect(findTrackingToken(`https://img.example/h?u=${encoded(token)}`)).toBe(token);
    expect(findTrackingToken(`https://img.example/${encoded(token)}`)).toBe(token);
    expect(findTrackingToken(`https://img.example/h?u=${encoded(token.slice(1))}`)).toBeUndefined();
  });
});
