import type { MailHeader } from '../types';
import { scanSenderHeaders } from '../rules/sender-facts';
import { collectAuthHeader, headerNameIs, parseAuthenticationResults, parseForefrontReport, parseReceivedSpf, verdictsFromValues, type AuthHeaderValues } from '.';

// The verdicts as the authentication rule reaches them: the sender rules' one header pass, then verdictsFromValues.
const verdicts = (headers: readonly MailHeader[]) => verdictsFromValues(scanSenderHeaders(headers));
// The first Forefront report, as the safety-tip rule reads it.
const forefrontReport = (headers: readonly MailHeader[]) => {
  const value = scanSenderHeaders(headers).forefront;
  return value === undefined ? undefined : parseForefrontReport(value);
};

describe('Authentication-Results parsing', () => {
  it('reads authserv-id, methods, results and properties, ignoring comments', () => {
    const parsed = parseAuthenticationResults('mx.google.com; dkim=pass header.i=@example.org header.s=s1 header.b=abc; spf=softfail (google.com: domain of transitioning x@y does not designate 1.2.3.4 as permitted sender) smtp.mailfrom=y.example; dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=example.org');
    expect(parsed.authservId).toBe('mx.google.com');
    expect(parsed.results.map((r) => `${r.method}=${r.result}`)).toEqual(['dkim=pass', 'spf=softfail', 'dmarc=fail']);
    expect(parsed.results[2]?.props['header.from']).toBe('example.org');
    expect(parsed.results[1]?.props['smtp.mailfrom']).toBe('y.example');
  });

  it('reads Microsoft 365 results that have no authserv-id', () => {
    const parsed = parseAuthenticationResults('spf=pass (sender IP is 1.2.3.4) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=example.com;compauth=fail reason=001');
    expect(parsed.authservId).toBe('');
    expect(parsed.results.find((r) => r.method === 'compauth')).toMatchObject({ result: 'fail', props: { reason: '001' } });
  });

  it('reads the ARC instance and quoted values with semicolons', () => {
    const parsed = parseAuthenticationResults('i=2; mx.example; dkim=pass reason="ok; really" header.d=a.example');
    expect(parsed.instance).toBe(2);
    expect(parsed.authservId).toBe('mx.example');
    expect(parsed.results[0]?.props.reason).toBe('ok; really');
  });

  it('reads Received-SPF and X-Forefront-Antispam-Report', () => {
    expect(parseReceivedSpf('Fail (protection.outlook.com: domain of x.example does not designate 1.2.3.4 as permitted sender) receiver=protection.outlook.com; client-ip=1.2.3.4; envelope-from=a@x.example')).toMatchObject({ result: 'fail', props: { 'envelope-from': 'a@x.example' } });
    expect(parseReceivedSpf('gibberish')).toBeUndefined();
    expect(parseForefrontReport('CIP:1.2.3.4;CTRY:US;SFV:NSPM;SFTY:9.25;SFS:(13230031)(4636009);')).toMatchObject({ CIP: '1.2.3.4', SFTY: '9.25', SFV: 'NSPM' });
  });

  it('trusts the topmost Authentication-Results over lower (sender-written) ones', () => {
    const summary = verdicts([
      { name: 'Authentication-Results', value: 'mx.ours.example; dmarc=fail header.from=bank.example' },
      { name: 'Authentication-Results', value: 'mx.forged.example; dmarc=pass header.from=bank.example' },
    ]);
    expect(summary.authservId).toBe('mx.ours.example');
    expect(summary.results).toHaveLength(1);
    expect(summary.results[0]?.result).toBe('fail');
  });

  it('falls back to the newest ARC set when there is no Authentication-Results', () => {
    const summary = verdicts([
      { name: 'ARC-Authentication-Results', value: 'i=1; a.example; spf=pass' },
      { name: 'ARC-Authentication-Results', value: 'i=2; b.example; spf=fail' },
    ]);
    expect(summary.source).toBe('arc-authentication-results');
    expect(summary.results[0]?.result).toBe('fail');
  });

  it('does not hang on huge or unbalanced headers', () => {
    expect(parseAuthenticationResults(`x; spf=pass ${'('.repeat(100000)}`).results).toHaveLength(1);
    expect(parseAuthenticationResults(`${'"'.repeat(50001)}`).results).toHaveLength(0);
  });
});

describe('header lookups', () => {
  it('compares header names as lower-casing them would', () => {
    for (const name of ['Received-SPF', 'RECEIVED-SPF', 'received-spf', 'Received-SPf', 'Received-SPG', 'Received-SP', 'Received-SPFF', 'Receiv\u0130d-SPF', 'X-Forefront-Antispam-Report', 'X-Forefront-Antispam-Repor\u212at']) {
      for (const lower of ['received-spf', 'x-forefront-antispam-report']) expect(headerNameIs(name, lower)).toBe(name.toLowerCase() === lower);
    }
  });

  it('reads the first Forefront report', () => {
    const headers = [
      { name: 'Subject', value: 'x' },
      { name: 'x-forefront-antispam-report', value: 'CIP:1.2.3.4;SFTY:9.25;SFTY:9.19;' },
      { name: 'X-Forefront-Antispam-Report', value: 'SFTY:9.20' },
    ];
    expect(forefrontReport(headers)).toEqual({ CIP: '1.2.3.4', SFTY: '9.19' });
    expect(forefrontReport([{ name: 'Subject', value: 'SFTY:9.19' }])).toBeUndefined();
  });

  it('keeps quoted parentheses and drops nested comments', () => {
    const parsed = parseAuthenticationResults('mx.example; spf=pass (a (nested) comment) smtp.mailfrom="x(y)z.example"; dkim=fa(comment)il header.d=a.example');
    expect(parsed.results.map((r) => `${r.method}=${r.result}`)).toEqual(['spf=pass', 'dkim=fail']);
    expect(parsed.results[0]?.props['smtp.mailfrom']).toBe('x(y)z.example');
  });
});

describe('verdictsFromValues', () => {
  const arc1 = { name: 'ARC-Authentication-Results', value: 'i=1; mx.a.example; spf=fail smtp.mailfrom=x.example' };
  const arc2 = { name: 'ARC-Authentication-Results', value: 'i=2; mx.b.example; dmarc=pass header.from=x.example' };
  const top = { name: 'Authentication-Results', value: 'mx.ours.example; dkim=fail header.d=x.example' };
  const forefront = { name: 'X-Forefront-Antispam-Report', value: 'SFTY:9.25' };

  it('is the same with or without a Forefront report', () => {
    for (const headers of [[arc1, top, forefront], [arc1, arc2], [forefront], [top, arc2]]) {
      expect(verdicts(headers)).toEqual(verdicts(headers.filter((h) => h !== forefront)));
    }
  });

  it('falls back to the newest ARC set only without Authentication-Results', () => {
    expect(verdicts([arc1, arc2, forefront])).toMatchObject({ source: 'arc-authentication-results', authservId: 'mx.b.example' });
    expect(verdicts([arc2, arc1, top])).toMatchObject({ source: 'authentication-results', authservId: 'mx.ours.example' });
    expect(verdicts([forefront])).toEqual({ results: [] });
  });

  it('takes the first Received-SPF that reads as a verdict, and collects headers by name in any case', () => {
    const values: AuthHeaderValues = { authenticationResults: undefined, arcAuthenticationResults: undefined, receivedSpf: undefined };
    const headers = [
      { name: 'Received-SPF', value: 'gibberish' },
      { name: 'RECEIVED-SPF', value: 'Softfail (mx) envelope-from=a@x.example' },
      { name: 'Received-SPF', value: 'Pass (mx) envelope-from=b@y.example' },
      { name: 'Content-Type', value: 'text/plain' },
    ];
    expect(headers.map((h) => collectAuthHeader(values, h))).toEqual([true, true, true, false]);
    expect(values.receivedSpf).toHaveLength(3);
    expect(verdictsFromValues(values).receivedSpf).toMatchObject({ result: 'softfail', props: { 'envelope-from': 'a@x.example' } });
    expect(verdicts(headers).receivedSpf?.result).toBe('softfail');
  });
});

