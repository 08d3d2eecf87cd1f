import type { ElementNode, LinkRef, ResourceRef } from '../rule';
import { MAX_PARSER_DEPTH } from './bounded-parse';
import { conditionalCommentBody, MAX_RESOURCES, walkHtml } from './walker';

function walk(html: string) {
  const resources: ResourceRef[] = [];
  const links: LinkRef[] = [];
  const elements: ElementNode[] = [];
  const result = walkHtml(html, { element: (n) => elements.push(n), resource: (r) => resources.push(r), link: (l) => links.push(l) });
  return { text: result.text, hiddenText: result.hiddenText, truncated: result.truncated, resources, links, elements };
}

describe('walkHtml resources', () => {
  it.each([
    ['<img src="https://a.example/i.png">', 'image', 'src'],
    ['<img srcset="https://a.example/1.png 1x">', 'image', 'srcset'],
    ['<picture><source srcset="https://a.example/p.webp"></picture>', 'image', 'srcset'],
    ['<table background="https://a.example/bg.png"></table>', 'background', 'background'],
    ['<td style="background-image:url(https://a.example/bg.png)">', 'background', 'background-image'],
    ['<link rel="stylesheet" href="https://a.example/s.css">', 'stylesheet', 'href'],
    ['<link rel="prefetch" href="https://a.example/p">', 'preload', 'href'],
    ['<style>@import "https://a.example/s.css";</style>', 'css-import', '@import'],
    ['<style>@font-face{src:url(https://a.example/f.woff)}</style>', 'font', 'src'],
    ['<video poster="https://a.example/poster.jpg"></video>', 'image', 'poster'],
    ['<audio src="https://a.example/a.mp3"></audio>', 'media', 'src'],
    ['<video><source src="https://a.example/v.mp4"></video>', 'media', 'src'],
    ['<bgsound src="https://a.example/s.mid">', 'media', 'src'],
    ['<object data="https://a.example/o.swf"></object>', 'object', 'data'],
    ['<embed src="https://a.example/e.swf">', 'object', 'src'],
    ['<iframe src="https://a.example/f.html"></iframe>', 'frame', 'src'],
    ['<frameset><frame src="https://a.example/f.html"></frameset>', 'frame', 'src'],
    ['<input type="image" src="https://a.example/b.png">', 'input-image', 'src'],
    ['<svg><image href="https://a.example/s.png"/></svg>', 'svg-image', 'href'],
    ['<svg><image xlink:href="https://a.example/s.png"/></svg>', 'svg-image', 'xlink:href'],
    ['<ul style="list-style-image:url(https://a.example/b.png)"></ul>', 'css-other', 'list-style-image'],
    ['<meta http-equiv="Refresh" content="0; url=https://a.example/go">', 'refresh', 'content'],
  ])('%s → %s from %s', (html, kind, attribute) => {
    const { resources } = walk(html);
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({ kind, attribute, remote: true, scheme: 'https' });
    expect(resources[0]?.url.startsWith('https://a.example/')).toBe(true);
  });

  it('reads the background attribute of cells and blocks, alongside their inline style, and skips blank ones', () => {
    const { resources } = walk('<body background="https://a.example/body.gif"><div background="  "><table><tr><td background="https://a.example/td.gif"'
      + ' style="background-image:url(https://a.example/style.gif)" src="https://a.example/not-fetched.gif">x</td></tr></table></div></body>');
    expect(resources.map((r) => [r.element, r.attribute, r.url])).toEqual([
      ['body', 'background', 'https://a.example/body.gif'],
      ['td', 'background', 'https://a.example/td.gif'],
      ['td', 'background-image', 'https://a.example/style.gif'],
    ]);
  });

  it('reports every srcset candidate, even with commas inside URLs', () => {
    const { resources } = walk('<img srcset="https://a.example/a,b.png 1x, https://a.example/c.png 2x,https://a.example/d.png">');
    expect(resources.map((r) => r.url)).toEqual(['https://a.example/a,b.png', 'https://a.example/c.png', 'https://a.example/d.png']);
  });

  it('resolves against the first <base href> and keeps raw values it cannot resolve', () => {
    const { resources } = walk('<base href="https://cdn.example/m/"><base href="https://other.example/"><img src="p.gif"><img src="http://[bad"><img src="rel.png" srcset="">');
    expect(resources.map((r) => r.url)).toEqual(['https://cdn.example/m/p.gif', 'http://[bad', 'https://cdn.example/m/rel.png']);
    expect(resources[1]?.remote).toBe(false);
  });

  it('marks cid:, data: and unresolvable relative URLs as not remote', () => {
    const { resources } = walk('<img src="cid:logo@x"><img src="data:image/gif;base64,R0lGOD"><img src="local.png">');
    expect(resources.map((r) => [r.scheme, r.remote])).toEqual([['cid', false], ['data', false], ['', false]]);
  });

  it('takes sizes from attributes and inline style', () => {
    const { resources } = walk('<img src="https://a.example/1" width="1" height="1"><img src="https://a.example/2" style="width: 1 px; height:1pt"><img src="https://a.example/3" width="600" height="1">');
    expect(resources.map((r) => [r.width, r.height])).toEqual([[1, 1], [1, 1.33], [600, 1]]);
  });
});

describe('walkHtml hidden state', () => {
  it('hides descendants of a hidden ancestor, through unclosed and void tags', () => {
    const { resources } = walk('<div style="display:none"><p><span><img src="https://a.example/x.gif"><br><img src="https://a.example/y.gif"></div><img src="https://a.example/z.gif">');
    expect(resources.map((r) => r.hiddenBy)).toEqual(['display-none', 'display-none', undefined]);
  });

  it('lets a child undo visibility:hidden but not display:none', () => {
    const { resources } = walk('<div style="visibility:hidden"><img src="https://a.example/1" style="visibility:visible"></div><div style="display:none"><img src="https://a.example/2" style="visibility:visible"></div>');
    expect(resources.map((r) => r.hiddenBy)).toEqual([undefined, 'display-none']);
  });

  it('keeps hidden text out of the visible text and exposes it separately', () => {
    const { text, hiddenText } = walk('<head><title>T</title><style>p{}</style></head><p>Hello</p><div style="display:none">preheader secret</div><p>World</p><script>x()</script>');
    expect(text).toBe('Hello World');
    expect(hiddenText).toBe('preheader secret');
  });
});

describe('walkHtml links', () => {
  it('reports a and area links with their text and image alt', () => {
    const { links } = walk('<a href="https://l.example/1" title="t">Read <b>more</b></a><a href="https://l.example/2"><img src="cid:x" alt="Logo"></a><map><area href="https://l.example/3" alt="Region"></map>');
    expect(links.map((l) => [l.element, l.url, l.text, l.hasImage])).toEqual([
      ['a', 'https://l.example/1', 'Read more', false],
      ['a', 'https://l.example/2', 'Logo', true],
      ['area', 'https://l.example/3', 'Region', false],
    ]);
    expect(links[0]?.title).toBe('t');
  });

  it('closes a link left open at the end of the document', () => {
    expect(walk('<p><a href="https://l.example/x">dangling').links.map((l) => l.text)).toEqual(['dangling']);
  });
});

describe('walkHtml bounds', () => {
  it('reports a repeated identical resource once but keeps differently placed copies', () => {
    const { resources } = walk('<img src="https://a.example/p.gif" width="1" height="1">'.repeat(50) + '<div style="display:none"><img src="https://a.example/p.gif" width="1" height="1"></div>');
    expect(resources.map((r) => r.hiddenBy)).toEqual([undefined, 'display-none']);
  });

  it('stops reporting after MAX_RESOURCES distinct resources and says so', () => {
    const html = Array.from({ length: MAX_RESOURCES + 10 }, (_, i) => `<img src="https://a.example/${i}.png">`).join('');
    const result = walk(html);
    expect(result.resources).toHaveLength(MAX_RESOURCES);
    expect(result.truncated).toBe(true);
    expect(walk('<img src="https://a.example/1.png">').truncated).toBe(false);
  });
});

describe('walkHtml past the parser depth limit', () => {
  const deep = '<b>'.repeat(3 * MAX_PARSER_DEPTH);

  it('walks every element and keeps inherited hiddenness across the break', () => {
    const { elements, text, hiddenText, resources } = walk(`<div style="display:none">${deep}secret<img src="https://t.example/p.gif" width="1" height="1">`);
    expect(elements).toHaveLength(3 * MAX_PARSER_DEPTH + 2);
    expect(elements.at(-1)).toMatchObject({ tagName: 'img', depth: 3 * MAX_PARSER_DEPTH + 2 });
    expect(hiddenText).toBe('secret');
    expect(text).toBe('');
    expect(resources.map((r) => r.hiddenBy)).toEqual(['display-none']);
  });

  it('still closes what was opened after the break', () => {
    const { text, hiddenText } = walk(`${deep}<span style="display:none">x</span>shown`);
    expect([text, hiddenText]).toEqual(['shown', 'x']);
  });

  it('closes an element opened before the break, so text after it is not read as hidden', () => {
    const { text, hiddenText, links } = walk(`<span style="display:none">x${deep}</span>Verify your account <a href="https://lure.example/">here</a>`);
    expect([text, hiddenText]).toEqual(['Verify your account here', 'x']);
    expect(links).toEqual([expect.not.objectContaining({ hiddenBy: expect.anything() })]);
  });

  it('ignores an end tag that matches nothing open, before or after the break', () => {
    const { text, hiddenText } = walk(`<div style="display:none">${deep}</article>still hidden`);
    expect([text, hiddenText]).toEqual(['', 'still hidden']);
  });

  it('never breaks just after a tag whose content the tokenizer reads raw', () => {
    const { text, resources } = walk(`${'<b>'.repeat(MAX_PARSER_DEPTH)}<textarea><img src="https://t.example/p.gif"></textarea> body`);
    expect(resources).toEqual([]);
    expect(text).toBe('<img src="https://t.example/p.gif"> body');
  });

  it('goes on with the document after a break inside an Outlook conditional comment', () => {
    const { text, resources } = walk(`<!--[if mso]>${deep}<img src="https://t.example/in.gif"><![endif]--><p>after</p><img src="https://t.example/out.gif">`);
    expect(resources.map((r) => r.url)).toEqual(['https://t.example/in.gif', 'https://t.example/out.gif']);
    expect(text).toBe('after');
  });
});

describe('walkHtml style-sheet hiding', () => {
  it('hides elements whose class or id a <style> block hides, and their descendants', () => {
    const html = '<style>.hide{display:none} #gone{visibility:hidden}</style>'
      + '<div class="x HIDE"><img src="https://a.example/1.gif"></div><img id="gone" src="https://a.example/2.gif"><img class="show" src="https://a.example/3.gif">';
    expect(walk(html).resources.map((r) => r.hiddenBy)).toEqual(['display-none', 'visibility-hidden', undefined]);
  });
});

describe('walkHtml Outlook conditional comments', () => {
  it('walks markup that only Outlook renders, including VML backgrounds', () => {
    const html = '<table><tr><td><!--[if gte mso 9]><v:rect style="width:600px;height:300px"><v:fill type="frame" src="https://a.example/vml-bg.jpg" /></v:rect><img src="https://a.example/mso-pixel.gif" width="1" height="1"><![endif]--><p>Body</p></td></tr></table>';
    const { resources, text } = walk(html);
    expect(resources.map((r) => [r.kind, r.url])).toEqual([
      ['background', 'https://a.example/vml-bg.jpg'],
      ['image', 'https://a.example/mso-pixel.gif'],
    ]);
    expect(text).toBe('Body');
  });

  it('recognises the conditional marker in any case, after leading spaces, and only that marker', () => {
    expect(conditionalCommentBody(' [IF mso]><img src="a.gif"><![endif]')).toBe('<img src="a.gif">');
    expect(conditionalCommentBody('[iF gte mso 9]>x<![endif]')).toBe('x');
    expect(conditionalCommentBody('[İf mso]>x<![endif]')).toBeUndefined();
    expect(conditionalCommentBody('[i f mso]>x<![endif]')).toBeUndefined();
    expect(conditionalCommentBody('if mso]>x')).toBeUndefined();
  });

  it('ignores ordinary comments and survives conditional comments with stray closing tags', () => {
    expect(walk('<!-- <img src="https://a.example/commented.gif"> -->').resources).toEqual([]);
    const { resources } = walk('<div style="display:none"><table><tr><td><!--[if mso]></td><td><img src="https://a.example/x.gif"><![endif]--></td></tr></table></div><img src="https://a.example/y.gif">');
    expect(resources.map((r) => r.hiddenBy)).toEqual(['display-none', undefined]);
  });
});

describe('hidden text through the engine', () => {
  it('gives rules the hidden text separately from the body text', async () => {
    const { runRules } = await import('../analyze');
    const { message } = await import('../../../test/helpers/message');
    const seen: string[] = [];
    runRules(message({ html: '<p>Visible</p><span style="display:none">Cloaked words</span>' }), (await import('../types')).DEFAULT_POLICY, [{
      meta: { id: 'test/probe', category: 'tracking', severity: 'info', description: 'probe', messageIds: [] },
      create: (context) => ({ end: () => { seen.push(context.bodyText(), context.hiddenText?.() ?? '<none>'); } }),
    }]);
    expect(seen).toEqual(['Visible', 'Cloaked words']);
  });
});
