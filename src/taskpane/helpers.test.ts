import type { Finding, Verdict } from '../detector/types';
import { describeFinding, LANGUAGES } from '../i18n';
import { uiText } from '../i18n/ui';
import { familyOf, groupFindings } from './families';
import { summarize } from './summary';
import { themeFromOffice } from './theme';
import { displayUrl, shortenMiddle, splitHost } from './url-display';

const finding = (rule: string, category: Finding['category'], severity: Finding['severity'] = 'medium'): Finding => ({
  rule, category, severity, messageKey: 'tracking/read-receipt.requested', params: { to: 'x@y.example' }, evidence: {},
});

describe('summarize', () => {
  it.each(LANGUAGES)('counts trackers and names the main lure in %s, within 150 characters', (language) => {
    const lure = finding('lure/news-impersonation', 'lure', 'high');
    const verdict: Verdict = {
      level: 'danger', score: 12, reasons: [lure.messageKey],
      findings: [finding('tracking/pixel', 'tracking'), finding('tracking/per-recipient-link', 'tracking'), lure],
    };
    const text = summarize(verdict, language);
    expect(text.startsWith(uiText(language, 'summaryPrefix'))).toBe(true);
    expect(text).toContain(uiText(language, 'summaryTrackerMany', { count: 2 }));
    expect(text).toContain(describeFinding(lure, language).title);
    expect(Array.from(text).length).toBeLessThanOrEqual(150);
  });

  it('uses the singular for one tracker and ignores informational findings', () => {
    const verdict: Verdict = { level: 'caution', score: 3, reasons: [], findings: [finding('tracking/pixel', 'tracking'), finding('tracking/pixel2', 'tracking', 'info')] };
    expect(summarize(verdict, 'en')).toBe('Clearsight: 1 tracker');
  });

  it('says nothing suspicious when only informational findings remain', () => {
    expect(summarize({ level: 'safe', score: 0, reasons: [], findings: [finding('tracking/pixel', 'tracking', 'info')] }, 'nl')).toBe(uiText('nl', 'summarySafe'));
  });
});

describe('families', () => {
  const keyed = (rule: string, category: 'tracking' | 'lure', messageId: string, severity: Finding['severity'] = 'medium') => ({ ...finding(rule, category, severity), messageKey: `${rule}.${messageId}` });

  it.each([
    ['lure/fake-press', 'lure', 'pattern', 'sender'],
    ['lure/impersonation', 'lure', 'newsOutlet', 'sender'],
    ['lure/lookalike-domain', 'lure', 'sender', 'sender'],
    ['lure/lookalike-domain', 'lure', 'link', 'links'],
    ['lure/links', 'lure', 'textMismatch', 'links'],
    ['lure/attachments', 'lure', 'executable', 'attachments'],
    ['lure/content', 'lure', 'pressPretext', 'content'],
    ['tracking/tiny-image', 'tracking', 'pixel', 'tracking'],
    ['tracking/click-tracking', 'tracking', 'redirect', 'links'],
    ['tracking/identity-leak', 'tracking', 'inResource', 'tracking'],
    ['tracking/identity-leak', 'tracking', 'inLink', 'links'],
  ] as const)('puts %s (%s, %s) under %s', (rule, category, messageId, family) => {
    expect(familyOf(keyed(rule, category, messageId))).toBe(family);
  });

  it('falls back to words in the id for rules it does not know', () => {
    expect(familyOf(finding('lure/risky-attachment', 'lure'))).toBe('attachments');
    expect(familyOf(finding('lure/display-name-spoof', 'lure'))).toBe('sender');
    expect(familyOf(finding('lure/urgency', 'lure'))).toBe('content');
    expect(familyOf(finding('tracking/remote-font', 'tracking'))).toBe('tracking');
  });

  it('puts the group with the most severe finding first, most severe first inside it', () => {
    const pixel = keyed('tracking/tiny-image', 'tracking', 'pixel', 'medium');
    const external = keyed('lure/external-sender', 'lure', 'outside', 'info');
    const fakePress = keyed('lure/fake-press', 'lure', 'pattern', 'high');
    const remote = keyed('tracking/remote-resource', 'tracking', 'loadsContent', 'low');
    expect(groupFindings([pixel, external, remote, fakePress]).map((g) => [g.family, g.findings]))
      .toEqual([['sender', [fakePress, external]], ['tracking', [pixel, remote]]]);
  });

  it('keeps sender before tracking when their worst findings tie', () => {
    const pixel = keyed('tracking/tiny-image', 'tracking', 'pixel', 'medium');
    const replyTo = keyed('lure/header-mismatch', 'lure', 'replyTo', 'medium');
    expect(groupFindings([pixel, replyTo]).map((g) => g.family)).toEqual(['sender', 'tracking']);
  });
});

describe('themeFromOffice', () => {
  it('follows the body background luminance', () => {
    expect(themeFromOffice({ bodyBackgroundColor: '#1f1f1f' })).toBe('dark');
    expect(themeFromOffice({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
    expect(themeFromOffice({ bodyBackgroundColor: '#333' })).toBe('dark');
    expect(themeFromOffice({ bodyBackgroundColor: 'not a colour' })).toBe('light');
    expect(themeFromOffice(undefined)).toBe('light');
  });
});

describe('URL display', () => {
  it('finds the host, ignoring credentials', () => {
    expect(splitHost('https://user@evil.example/path?q=1')).toEqual(['https://user@', 'evil.example', '/path?q=1']);
    expect(splitHost('https://a.example?x')).toEqual(['https://', 'a.example', '?x']);
    expect(splitHost('not a url')).toEqual(['not a url', '', '']);
  });

  it('cuts long values in the middle, keeping both ends and whole characters', () => {
    const value = `start-${'x'.repeat(200)}-end`;
    const short = shortenMiddle(value, 40);
    expect(Array.from(short).length).toBe(40);
    expect(short.startsWith('start-')).toBe(true);
    expect(short.endsWith('-end')).toBe(true);
    expect(shortenMiddle('😀'.repeat(50), 11)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(shortenMiddle('short', 40)).toBe('short');
  });

  it('keeps the host whole and shortens the path', () => {
    const url = `https://tracker.example/${'p'.repeat(300)}?id=42`;
    const parts = displayUrl(url, 64);
    expect(parts.host).toBe('tracker.example');
    expect(parts.shortened).toBe(true);
    expect(parts.after.endsWith('id=42')).toBe(true);
    expect(displayUrl('https://a.example/x', 64)).toEqual({ before: 'https://', host: 'a.example', after: '/x', shortened: false });
  });
});
