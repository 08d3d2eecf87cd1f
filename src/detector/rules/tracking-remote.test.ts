import { analyze } from '..';
import { message } from '../../../test/helpers/message';
import { DEFAULT_POLICY, type Policy } from '../types';
import { trackingRemoteResource } from './tracking-remote';

const run = (html: string, policy: Partial<Policy> = {}) =>
  analyze(message({ html }), { ...DEFAULT_POLICY, ...policy }, { rules: [trackingRemoteResource] });

describe('tracking/remote-resource', () => {
  it.each([
    ['stylesheet link', '<link rel="stylesheet" href="https://r.example/s.css">', 'loadsContent', 'low'],
    ['@import', '<style>@import url(https://r.example/s.css);</style>', 'loadsContent', 'low'],
    ['web font', '<style>@font-face{font-family:x;src:url(https://r.example/f.woff2)}</style>', 'loadsContent', 'low'],
    ['visible CSS background', '<td style="background:url(https://r.example/bg.jpg)" width="600" height="300">', 'loadsContent', 'low'],
    ['background in a <style> block', '<style>body{background-image:url(https://r.example/bg.jpg)}</style>', 'loadsContent', 'low'],
    ['iframe', '<iframe src="https://r.example/page"></iframe>', 'frame', 'medium'],
    ['object', '<object data="https://r.example/x.swf"></object>', 'frame', 'medium'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://r.example/go">', 'refresh', 'medium'],
    ['audio', '<audio src="https://r.example/a.mp3"></audio>', 'loadsContent', 'low'],
  ])('flags %s', (_name, html, messageId, severity) => {
    const verdict = run(html);
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ messageKey: `tracking/remote-resource.${messageId}`, severity, evidence: { host: 'r.example' } });
  });

  it('groups many loads from one host into one finding with a count', () => {
    const html = '<style>a{background:url(https://r.example/1.png)} b{background:url(https://r.example/2.png)}</style><link rel="stylesheet" href="https://r.example/s.css">';
    const verdict = run(html);
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]?.params.count).toBe(3);
    expect(verdict.level).toBe('safe');
  });

  it.each([
    ['ordinary image', '<img src="https://r.example/photo.jpg" width="600" height="400">'],
    ['cid background', '<td background="cid:bg">'],
    ['data: font', '<style>@font-face{src:url(data:font/woff2;base64,AAAA)}</style>'],
    ['relative stylesheet without base', '<link rel="stylesheet" href="s.css">'],
    ['tiny background (a pixel, reported elsewhere)', '<td width="1" height="1" background="https://r.example/o.gif">'],
  ])('does not flag %s', (_name, html) => {
    expect(run(html).findings).toEqual([]);
  });

  it('ignores the organisation\'s own hosts', () => {
    const html = '<link rel="stylesheet" href="https://cdn.parliament.example/s.css">';
    expect(run(html).findings).toHaveLength(1);
    expect(run(html, { orgDomains: ['parliament.example'] }).findings).toEqual([]);
  });
});
