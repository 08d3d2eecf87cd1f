import fc from 'fast-check';
import { parseInlineStyle } from './css';
import { elementSize, ownHiddenReason, parseLength, styleMayHide } from './style';

describe('parseLength', () => {
  it.each([
    ['1', 1], ['1px', 1], ['0', 0], [' 1 px', 1], ['1.0', 1], ['1pt', 1.33], ['2PX', 2], ['600', 600], ['-9999px', -9999], ['0.5em', 8],
  ])('reads %j as %d px', (value, px) => {
    expect(parseLength(value)).toBe(px);
  });

  it.each(['100%', 'auto', '', 'px', '1px solid', 'one', 'x'.repeat(100)])('does not guess a size for %j', (value) => {
    expect(parseLength(value)).toBeUndefined();
  });
});

describe('elementSize', () => {
  it('prefers inline style over attributes and applies max-width', () => {
    expect(elementSize({ width: '600', height: '400' }, new Map([['width', '1px'], ['max-height', '2px']]))).toEqual({ width: 1, height: 2 });
  });
  it('leaves unknown sides out', () => {
    expect(elementSize({ width: '100%' }, new Map())).toEqual({});
  });
});

describe('ownHiddenReason', () => {
  const style = (css: Record<string, string>) => new Map(Object.entries(css));
  it.each([
    ['div', {}, { display: 'none' }, 'display-none'],
    ['div', {}, { visibility: 'hidden' }, 'visibility-hidden'],
    ['div', {}, { opacity: '0' }, 'opacity-zero'],
    ['div', {}, { opacity: '0.0' }, 'opacity-zero'],
    ['div', {}, { 'mso-hide': 'all' }, 'mso-hide'],
    ['div', {}, { position: 'absolute', left: '-9999px' }, 'off-screen'],
    ['div', {}, { 'max-height': '0', overflow: 'hidden' }, 'max-size-zero'],
    ['img', {}, { 'max-width': '0px' }, 'max-size-zero'],
    ['div', { width: '0', height: '0' }, { overflow: 'hidden' }, 'zero-size'],
    ['div', { hidden: '' }, {}, 'hidden-attribute'],
    ['img', { width: '0', height: '0' }, {}, 'zero-size'],
  ])('<%s %j style=%j> is hidden by %s', (tag, attrs, css, reason) => {
    expect(ownHiddenReason(tag, attrs, style(css))).toBe(reason);
  });

  it.each([
    ['div', {}, { display: 'block' }],
    ['div', {}, { opacity: '0.5' }],
    ['div', {}, { position: 'relative', left: '-10px' }],
    ['div', {}, { 'max-height': '0' }],
    ['div', { width: '0', height: '0' }, {}],
    ['img', { width: '600', height: '1' }, {}],
  ])('<%s %j style=%j> is visible', (tag, attrs, css) => {
    expect(ownHiddenReason(tag, attrs, style(css))).toBeUndefined();
  });
});

describe('styleMayHide', () => {
  const DECLARATIONS = ['display:none', 'DISPLAY : None !important', 'visibility:hidden', 'Visibility:collapse', 'opacity:0', 'opacity:.00',
    'mso-hide:all', 'MSO-HIDE:ALL', 'position:absolute', 'left:-9999px', 'top:-.5e3px', 'margin-left:-3000px', 'Margin-Top:-2001PX',
    'overflow:hidden', 'OVERFLOW:clip', 'max-height:0', 'max-width:0px', 'width:0', 'height:0', 'color:#333', 'font-family:"A; B"',
    'padding:0', 'border:none', 'text-decoration:none', 'background:url(x;y)', 'line-height:1.5', '', ':', 'display', 'x:y:z'];
  const styleAttribute = fc.array(fc.constantFrom(...DECLARATIONS), { maxLength: 6 }).map((parts) => parts.join(';'));

  it('never says no to a style attribute that hides a non-replaced element', () => {
    fc.assert(fc.property(styleAttribute, fc.constantFrom('div', 'td', 'span', 'a', 'p'), (css, tag) => {
      const hidden = ownHiddenReason(tag, { width: '0', height: '0' }, parseInlineStyle(css)) !== undefined;
      return !hidden || styleMayHide(css);
    }), { numRuns: 3000 });
  });

  it('lets the common presentational styles of mail through unparsed', () => {
    for (const css of ['color:#333;font-family:Arial,sans-serif;font-size:14px', 'padding:0 10px;border:none', 'text-decoration:none;color:#0645ad', 'background-color:#fff;line-height:1.5']) {
      expect(styleMayHide(css)).toBe(false);
    }
    expect(styleMayHide('Display:none')).toBe(true);
    expect(styleMayHide('position:absolute;left:-9999px')).toBe(true);
  });
});
