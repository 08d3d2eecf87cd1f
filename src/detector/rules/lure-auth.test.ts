import { analyze } from '..';
import { message } from '../../../test/helpers/message';
import { DEFAULT_POLICY, type MailHeader } from '../types';
import { lureAuthFailure, lureSafetyTip } from './lure-auth';

const from = { name: 'Bank', address: 'alerts@bank.example' };
const run = (headers: MailHeader[]) => analyze(message({ from, headers }), DEFAULT_POLICY, { rules: [lureAuthFailure, lureSafetyTip] });
const ar = (value: string): MailHeader => ({ name: 'Authentication-Results', value });

describe('lure/auth-failure', () => {
  it('reports a DMARC failure as medium, never high alone', () => {
    const verdict = run([ar('mx.ours.example; spf=fail smtp.mailfrom=evil.example; dkim=none; dmarc=fail header.from=bank.example')]);
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ messageKey: 'lure/auth-failure.dmarcFailed', severity: 'medium', params: { domain: 'bank.example', server: 'mx.ours.example' } });
    expect(String(verdict.findings[0]?.params.methods)).toContain('DMARC (fail)');
    expect(verdict.level).not.toBe('danger');
  });
  it('reports Microsoft compauth=fail as medium', () => {
    const [finding] = run([ar('spf=none (sender IP is 1.2.3.4) smtp.mailfrom=x.example; dkim=none; dmarc=none action=none header.from=bank.example;compauth=fail reason=001')]).findings;
    expect(finding).toMatchObject({ messageKey: 'lure/auth-failure.dmarcFailed', params: { server: 'Microsoft 365' } });
  });
  it('reports Microsoft compauth=softfail as low', () => {
    expect(run([ar('spf=softfail smtp.mailfrom=bank.example; dmarc=none header.from=bank.example;compauth=softfail reason=201')]).findings[0]).toMatchObject({ messageKey: 'lure/auth-failure.failed', severity: 'low' });
  });
  it('reports SPF softfail or a broken DKIM signature alone as low', () => {
    expect(run([ar('mx.ours.example; spf=softfail smtp.mailfrom=bank.example')]).findings[0]).toMatchObject({ messageKey: 'lure/auth-failure.failed', severity: 'low' });
    expect(run([ar('mx.ours.example; dkim=fail header.d=bank.example')]).findings[0]).toMatchObject({ severity: 'low' });
  });
  it('uses Received-SPF when Authentication-Results has no SPF verdict', () => {
    const [finding] = run([{ name: 'Received-SPF', value: 'SoftFail (mx.ours.example: domain of transitioning bank.example discourages use of 1.2.3.4 as permitted sender)' }]).findings;
    expect(finding).toMatchObject({ messageKey: 'lure/auth-failure.failed', severity: 'low' });
  });
  it.each([
    ['DMARC pass (SPF broken by forwarding)', [ar('mx.ours.example; spf=fail; dkim=pass header.d=bank.example; dmarc=pass header.from=bank.example')]],
    ['all pass', [ar('mx.ours.example; spf=pass; dkim=pass; dmarc=pass')]],
    ['one DKIM signature failing while another passes', [ar('mx.ours.example; dkim=fail header.d=esp.example; dkim=pass header.d=bank.example')]],
    ['no results at all', [ar('mx.ours.example; none')]],
    ['a forged lower header after our pass', [ar('mx.ours.example; dmarc=pass'), ar('mx.evil.example; dmarc=fail')]],
  ])('is silent for %s', (_label, headers) => {
    expect(run(headers as MailHeader[]).findings).toEqual([]);
  });
});

describe('lure/safety-tip', () => {
  const forefront = (sfty: string): MailHeader => ({ name: 'X-Forefront-Antispam-Report', value: `CIP:1.2.3.4;CTRY:NL;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.example;PTR:mail.example;CAT:NONE;SFS:(13230031);DIR:INB;SFTY:${sfty};` });
  it.each([
    ['9.19', 'domainImpersonation', 'high'],
    ['9.20', 'userImpersonation', 'high'],
    ['9.25', 'firstContact', 'info'],
  ])('SFTY:%s → %s (%s)', (code, messageId, severity) => {
    const [finding] = run([forefront(code)]).findings;
    expect(finding).toMatchObject({ messageKey: `lure/safety-tip.${messageId}`, severity, params: { code } });
  });
  it('ignores reports without a known safety tip', () => {
    expect(run([forefront('')]).findings).toEqual([]);
    expect(run([forefront('9.99')]).findings).toEqual([]);
  });
});
