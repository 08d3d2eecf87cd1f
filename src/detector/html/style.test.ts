import { elementSize, ownHiddenReason, parseLength } from './style';

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
