import { analyze } from '..';
import { message } from '../../../test/helpers/message';
import { DEFAULT_POLICY, type Policy } from '../types';
import type { Rule } from '../rule';
import { trackingClickTracking, trackingKnownTracker } from './tracking-known';

const run = (rule: Rule, html: string, policy: Partial<Policy> = {}) =>
  analyze(message({ html }), { ...DEFAULT_POLICY, ...policy }, { rules: [rule] });

describe('tracking/known-tracker', () => {
  it.each([
    ['https://acme.us5.list-manage.com/track/open.php?u=abc&id=def', 'Mailchimp'],
    ['https://u1234567.ct.sendgrid.net/wf/open?upn=abc', 'SendGrid'],
    ['https://1a2b3c.r.eu-west-1.awstrack.me/I0/0102/abc/1.gif', 'Amazon SES'],
    ['https://t.sidekickopen37.com/e1t/o/5/abc', 'HubSpot Sales'],
    ['https://cl.s7.exct.net/open.aspx?ffcb10=1', 'Salesforce Marketing Cloud'],
    ['https://ea.pstmrk.it/open?m=v3_1', 'Postmark'],
    ['https://acme.cmail20.com/t/i-o-abc/o.gif', 'Campaign Monitor'],
    ['https://x5yz.mjt.lu/oo/abc.gif', 'Mailjet'],
    ['https://t.yesware.com/t/abc/def/spacer.gif', 'Yesware'],
    ['https://mailtrack.io/trace/mail/abc.png', 'Mailtrack'],
    ['https://news.example/wf/open?upn=abc', 'SendGrid (branded domain)'],
  ])('recognises %s as %s, whatever its size', (url, vendor) => {
    const verdict = run(trackingKnownTracker, `<img src="${url}" width="600" height="200">`);
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ rule: 'tracking/known-tracker', params: { vendor }, openTracking: true });
  });

  it.each([
    ['a Mailchimp click link loaded as an image', 'https://acme.us5.list-manage.com/track/click?u=1'],
    ['a lookalike host', 'https://list-manage.com.evil.example/track/open?u=1'],
    ['a host that merely ends with the same letters', 'https://notmjt.lu/oo/abc.gif'],
    ['cmail without digits', 'https://acme.cmailx.com/t/o.gif'],
    ['an ordinary CDN image', 'https://cdn.example/logo.png'],
  ])('does not flag %s', (_name, url) => {
    expect(run(trackingKnownTracker, `<img src="${url}">`).findings).toEqual([]);
  });

  it('ignores tracker hosts inside the organisation', () => {
    const html = '<img src="https://pi.pardot.com/x">';
    expect(run(trackingKnownTracker, html).findings).toHaveLength(1);
    expect(run(trackingKnownTracker, html, { orgDomains: ['pardot.com'] }).findings).toEqual([]);
  });
});

describe('tracking/click-tracking', () => {
  it('reports each service once, with the number of tracked links, as low and not open tracking', () => {
    const html = ['1', '2', '3'].map((n) => `<a href="https://acme.us5.list-manage.com/track/click?u=a&id=${n}">Read more</a>`).join('')
      + '<a href="https://u99.ct.sendgrid.net/ls/click?upn=x">Read more</a><a href="https://example.org/plain">Plain</a>';
    const verdict = run(trackingClickTracking, html);
    expect(verdict.findings.map((f) => [f.params.vendor, f.params.count, f.severity, f.openTracking])).toEqual([
      ['Mailchimp', 3, 'low', undefined],
      ['SendGrid', 1, 'low', undefined],
    ]);
    expect(verdict.level).toBe('safe');
  });

  it.each([
    ['an open pixel URL used as a link', '<a href="https://x.list-manage.com/track/open.php">x</a>'],
    ['a mailto link', '<a href="mailto:someone@list-manage.com">x</a>'],
    ['an ordinary link', '<a href="https://www.example.org/article">Read more</a>'],
    ['a tracker image (not a link)', '<img src="https://u1.ct.sendgrid.net/ls/click?x">'],
  ])('does not flag %s', (_name, html) => {
    expect(run(trackingClickTracking, html).findings).toEqual([]);
  });
});
