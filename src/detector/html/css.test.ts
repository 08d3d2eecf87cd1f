import fc from 'fast-check';
import { mayReferenceUrls, parseInlineStyle, scanCssUrls, type CssUrl } from './css';

const scan = (css: string): CssUrl[] => {
  const found: CssUrl[] = [];
  scanCssUrls(css, (u) => found.push(u));
  return found;
};

describe('scanCssUrls', () => {
  it.each([
    ['background-image:url(https://t.example/a.gif)', 'https://t.example/a.gif', 'background-image', 'background'],
    ['background: #fff url("https://t.example/b.gif") no-repeat', 'https://t.example/b.gif', 'background', 'background'],
    ["BACKGROUND-IMAGE: URL( 'https://t.example/c.gif' )", 'https://t.example/c.gif', 'background-image', 'background'],
    ['list-style-image:url(https://t.example/d.gif)', 'https://t.example/d.gif', 'list-style-image', 'other'],
    ['border-image: url(https://t.example/e.gif) 30 round', 'https://t.example/e.gif', 'border-image', 'other'],
    ['cursor:url(https://t.example/f.cur), auto', 'https://t.example/f.cur', 'cursor', 'other'],
    ['content:url(https://t.example/g.gif)', 'https://t.example/g.gif', 'content', 'other'],
    ['background:url(h\\74tp://esc.example/h)', 'http://esc.example/h', 'background', 'background'],
  ])('finds the URL in %s', (css, url, property, context) => {
    expect(scan(css)).toEqual([{ value: url, property, context }]);
  });

  it('finds @import in string and url() form, @font-face src and rules nested in @media', () => {
    const css = `@import "https://a.example/1.css"; @import url(https://a.example/2.css) screen;
      @media (max-width: 600px) { .x { background-image: url(https://a.example/bg.png) } }
      @font-face { font-family: X; src: url(https://a.example/f.woff2) format("woff2") }
      p { color: red }`;
    expect(scan(css).map((u) => [u.value, u.context])).toEqual([
      ['https://a.example/1.css', 'import'],
      ['https://a.example/2.css', 'import'],
      ['https://a.example/bg.png', 'background'],
      ['https://a.example/f.woff2', 'font'],
    ]);
  });

  it('reads image-set() strings as URLs but not other strings', () => {
    const found = scan('background-image: image-set("https://a.example/1x.png" 1x, url(https://a.example/2x.png) 2x); font-family: "Not A Url"');
    expect(found.map((u) => u.value)).toEqual(['https://a.example/1x.png', 'https://a.example/2x.png']);
  });

  it('ignores URLs inside comments and survives unterminated input', () => {
    expect(scan('/* background:url(https://no.example/x) */ color: red')).toEqual([]);
    expect(scan('background:url("https://a.example/x').map((u) => u.value)).toEqual(['https://a.example/x']);
    expect(scan('a { background: url(').length).toBe(0);
    expect(scan('"unterminated string').length).toBe(0);
  });

  // The timeout turns a hang or a quadratic blow-up into a failure; speed itself is benchmarked.
  it('gets through hostile input and still finds the URL after it', () => {
    const nested = scan('url('.repeat(200_000));
    expect(nested.map((u) => u.value.length)).toEqual([4 * 200_000 - 4]);
    expect(scan(`${'('.repeat(500_000)}) background:url(https://t.example/x)`).map((u) => u.value)).toEqual(['https://t.example/x']);
    expect(scan(`${'{'.repeat(500_000)}${'}'.repeat(500_000)}a{background:url(https://t.example/y)}`).map((u) => u.value)).toEqual(['https://t.example/y']);
  }, 30_000);
});

describe('parseInlineStyle', () => {
  it('lower-cases properties, keeps the last declaration and drops !important', () => {
    const style = parseInlineStyle('DISPLAY: block; Width:1px ;display:none !important; background:url("a;b")');
    expect(style.get('display')).toBe('none');
    expect(style.get('width')).toBe('1px');
    expect(style.get('background')).toBe('url("a;b")');
  });

  it('ignores declarations without a colon', () => {
    expect([...parseInlineStyle('garbage; ;color:red').keys()]).toEqual(['color']);
  });

  // The definition both of its paths (plain split, quote-aware scan) must meet.
  function reference(style: string): [string, string][] {
    const declarations: string[] = [];
    let current = '';
    let depth = 0;
    let quote = '';
    for (let i = 0; i < style.length; i++) {
      const char = style[i]!;
      current += char;
      if (quote) {
        if (char === '\\') current += style[++i] ?? '';
        else if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '(') depth++;
      else if (char === ')') depth = Math.max(0, depth - 1);
      else if (char === ';' && depth === 0) {
        declarations.push(current.slice(0, -1));
        current = '';
      }
    }
    declarations.push(current);
    const result = new Map<string, string>();
    for (const declaration of declarations) {
      const colon = declaration.indexOf(':');
      if (colon <= 0) continue;
      const name = declaration.slice(0, colon).trim().toLowerCase();
      let value = declaration.slice(colon + 1).trim();
      const bang = value.toLowerCase().lastIndexOf('!important');
      if (bang >= 0) value = value.slice(0, bang).trim();
      if (name) result.set(name, value);
    }
    return [...result];
  }

  it('splits like the definition whether or not quotes and parentheses are present', () => {
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom('color', 'Width', ':', ';', ' ', ' !important', 'red', '1px', 'a:b', '-x', '\\'), weight: 12 },
      { arbitrary: fc.constantFrom('(', ')', '"', "'", 'url(a;b)', '"x;y"'), weight: 1 },
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((parts) => parts.join('')), (style) => {
      expect([...parseInlineStyle(style)]).toEqual(reference(style));
    }), { numRuns: 3000 });
  });
});

describe('mayReferenceUrls', () => {
  it('lets through every way of writing a URL the scanner reads', () => {
    for (const css of [
      'a{background:URL(x.gif)}', '@IMPORT "s.css";', 'b{background-image:-webkit-image-set("a.png" 1x)}',
      'c{background:ur\\6c(x.gif)}', 'd{background:ur\\4C (x.gif)}',
    ]) {
      expect([css, mayReferenceUrls(css)]).toEqual([css, true]);
      expect(scan(css).length).toBe(1);
    }
  });

  it('turns away style sheets without any, which then yield nothing', () => {
    const css = '@media (max-width:600px){.col{width:100% !important}} p{color:rgb(0,0,0);font:12px Arial}';
    expect(mayReferenceUrls(css)).toBe(false);
    expect(scan(css)).toEqual([]);
  });
});
