import { analyze } from '..';
import { message } from '../../../test/helpers/message';
import { DEFAULT_POLICY, type Policy } from '../types';
import { trackingHiddenImage, trackingTinyImage } from './tracking-pixel';

const run = (rule: typeof trackingTinyImage, html: string, policy: Partial<Policy> = {}) =>
  analyze(message({ html, from: { name: 'News', address: 'news@sender.example' } }), { ...DEFAULT_POLICY, ...policy }, { rules: [rule] });

describe('tracking/tiny-image', () => {
  const invalid: [string, string][] = [
    ['1×1 attributes', '<img src="https://t.example/o.gif" width="1" height="1">'],
    ['0×0 attributes', '<img src="https://t.example/o.gif" width="0" height="0">'],
    ['2×2 inline style', '<img src="https://t.example/o.gif" style="width:2px;height:2px">'],
    ['spaced units', '<img src="https://t.example/o.gif" style="width: 1 px; height: 1 px">'],
    ['only width, 1px', '<img src="https://t.example/o.gif" width="1">'],
    ['only height, 1px', '<img src="https://t.example/o.gif" height="1.0">'],
    ['1pt in points', '<img src="https://t.example/o.gif" style="width:1pt;height:1pt">'],
    ['tiny cell with a remote background', '<table><tr><td width="1" height="1" background="https://t.example/o.gif"></td></tr></table>'],
    ['input type=image', '<input type="image" src="https://t.example/o.gif" width="1" height="1">'],
    ['protocol-relative', '<img src="//t.example/o.gif" width="1" height="1">'],
  ];
  const valid: [string, string][] = [
    ['600×1 divider', '<img src="https://t.example/rule.gif" width="600" height="1">'],
    ['only width, 2px', '<img src="https://t.example/o.gif" width="2">'],
    ['normal logo', '<img src="https://t.example/logo.png" width="120" height="40">'],
    ['no size at all', '<img src="https://t.example/logo.png">'],
    ['cid: image', '<img src="cid:pixel@x" width="1" height="1">'],
    ['data: image', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">'],
    ['percent sizes', '<img src="https://t.example/o.gif" width="1%" height="1%">'],
  ];

  it.each(invalid)('flags %s', (_name, html) => {
    const verdict = run(trackingTinyImage, html);
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ rule: 'tracking/tiny-image', openTracking: true, evidence: { host: 't.example' } });
    expect(verdict.level).toBe('caution');
  });

  it.each(valid)('does not flag %s', (_name, html) => {
    expect(run(trackingTinyImage, html).findings).toEqual([]);
  });

  it('does not flag pixels from the organisation itself', () => {
    expect(run(trackingTinyImage, '<img src="https://intranet.parliament.example/o.gif" width="1" height="1">', { orgDomains: ['parliament.example'] }).findings).toEqual([]);
  });

  it('reports a repeated pixel once and lowers trusted senders to info', () => {
    const html = '<img src="https://t.example/o.gif" width="1" height="1"><img src="https://t.example/o.gif" width="1" height="1">';
    expect(run(trackingTinyImage, html).findings).toHaveLength(1);
    const trusted = run(trackingTinyImage, html, { trustedSenders: ['sender.example'] });
    expect(trusted.findings[0]?.severity).toBe('info');
    expect(trusted.level).toBe('safe');
  });

  it('leaves catalogued trackers to tracking/known-tracker', () => {
    expect(run(trackingTinyImage, '<img src="https://x.list-manage.com/track/open.php?u=1" width="1" height="1">').findings).toEqual([]);
  });
});

describe('tracking/hidden-image', () => {
  const invalid: [string, string, string][] = [
    ['display:none on the image', '<img src="https://t.example/a.png" style="display:none">', 'display-none'],
    ['hidden ancestor', '<div style="display:none"><table><tr><td><img src="https://t.example/a.png"></td></tr></table></div>', 'display-none'],
    ['visibility:hidden', '<img src="https://t.example/a.png" style="visibility:hidden">', 'visibility-hidden'],
    ['opacity:0', '<span style="opacity:0"><img src="https://t.example/a.png"></span>', 'opacity-zero'],
    ['zero-size div with overflow hidden', '<div style="width:0;height:0;overflow:hidden"><img src="https://t.example/a.png" width="50" height="50"></div>', 'zero-size'],
    ['max-height:0', '<div style="max-height:0;overflow:hidden;mso-hide:all"><img src="https://t.example/a.png"></div>', 'mso-hide'],
    ['off-screen', '<div style="position:absolute;left:-9999px"><img src="https://t.example/a.png"></div>', 'off-screen'],
    ['hidden attribute', '<p hidden><img src="https://t.example/a.png"></p>', 'hidden-attribute'],
    ['hidden background', '<div style="display:none;background-image:url(https://t.example/a.png)"></div>', 'display-none'],
    ['class hidden by a <style> block', '<style>.spy{display:none}</style><div class="spy"><img src="https://t.example/a.png"></div>', 'display-none'],
  ];
  it.each(invalid)('flags %s', (_name, html, reason) => {
    const verdict = run(trackingHiddenImage, html);
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ rule: 'tracking/hidden-image', params: { reason }, evidence: { detail: reason } });
  });

  it.each([
    ['visible image', '<img src="https://t.example/a.png">'],
    ['image after a closed hidden block', '<div style="display:none">x</div><img src="https://t.example/a.png">'],
    ['hidden cid image', '<img src="cid:a" style="display:none">'],
    ['class only hidden on small screens', '<style>@media (max-width:480px){.desk{display:none}}</style><div class="desk"><img src="https://t.example/a.png"></div>'],
    ['mobile-only class revealed by a media query', '<style>.mob{display:none} @media (max-width:480px){.mob{display:block}}</style><div class="mob"><img src="https://t.example/a.png"></div>'],
    ['hidden stylesheet link (not a box)', '<div style="display:none"><link rel="stylesheet" href="https://t.example/s.css"></div>'],
  ])('does not flag %s', (_name, html) => {
    expect(run(trackingHiddenImage, html).findings).toEqual([]);
  });

  it('leaves a hidden pixel-sized image to tracking/tiny-image', () => {
    expect(run(trackingHiddenImage, '<img src="https://t.example/o.gif" width="1" height="1" style="display:none">').findings).toEqual([]);
  });
});
