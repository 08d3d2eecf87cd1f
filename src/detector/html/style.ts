// Size and visibility facts that can be read off one element without layout:
// its attributes and its inline style. The walker combines them with the
// element's ancestors (a hidden parent hides its children).

/** Reasons an element cannot be seen. Stable strings: rules and texts use them. */
export type HiddenReason =
  | 'hidden-attribute' | 'display-none' | 'visibility-hidden' | 'opacity-zero' | 'max-size-zero'
  | 'mso-hide' | 'off-screen' | 'zero-size';

const PX_PER_UNIT: Record<string, number> = { '': 1, px: 1, pt: 4 / 3, pc: 16, em: 16, rem: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6 };

/** Elements whose own box is the thing shown, so a zero or tiny box hides or shrinks the content itself. */
export const REPLACED_ELEMENTS: ReadonlySet<string> = new Set(['img', 'input', 'image', 'video', 'iframe', 'object', 'embed', 'svg']);

/** Offsets beyond this many pixels put content outside any realistic viewport. */
const OFF_SCREEN_PX = -500;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Parses a CSS or HTML length ("1", "1px", " 1 px", "1.0", "1pt") into CSS pixels.
 * Percentages, keywords and garbage give undefined: we only trust sizes we can know.
 */
export function parseLength(value: string | undefined): number | undefined {
  if (value === undefined || value.length > 64) return undefined;
  const n = value.length;
  let i = 0;
  while (i < n && value.charCodeAt(i) <= 32) i++;
  const numberStart = i;
  if (value[i] === '-' || value[i] === '+') i++;
  let digits = 0;
  while (i < n && isDigit(value.charCodeAt(i))) { i++; digits++; }
  if (value[i] === '.') {
    i++;
    while (i < n && isDigit(value.charCodeAt(i))) { i++; digits++; }
  }
  if (digits === 0) return undefined;
  const amount = Number.parseFloat(value.slice(numberStart, i));
  while (i < n && value.charCodeAt(i) <= 32) i++;
  const unitStart = i;
  while (i < n && isLetter(value.charCodeAt(i))) i++;
  const unit = value.slice(unitStart, i).toLowerCase();
  while (i < n && value.charCodeAt(i) <= 32) i++;
  // Anything left over ("1px solid", "50%") is not a plain length.
  if (i !== n) return undefined;
  const factor = PX_PER_UNIT[unit];
  if (factor === undefined || !Number.isFinite(amount)) return undefined;
  return Math.round(amount * factor * 100) / 100;
}

export interface Size {
  width?: number;
  height?: number;
}

function smaller(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/** Width and height from inline style (which wins over attributes, as in CSS) clamped by max-width/max-height. */
export function elementSize(attrs: Readonly<Record<string, string>>, style: ReadonlyMap<string, string>): Size {
  const width = smaller(parseLength(style.get('width')) ?? parseLength(attrs.width), parseLength(style.get('max-width')));
  const height = smaller(parseLength(style.get('height')) ?? parseLength(attrs.height), parseLength(style.get('max-height')));
  // Assigned rather than spread from temporaries: this runs for every image.
  const size: Size = {};
  if (width !== undefined) size.width = width;
  if (height !== undefined) size.height = height;
  return size;
}

function firstWord(value: string | undefined): string {
  if (value === undefined) return '';
  const word = value.trim().toLowerCase();
  // Where a split would cut, without the array it would make.
  const end = word.search(/[\s,]/);
  return end < 0 ? word : word.slice(0, end);
}

function isZeroOpacity(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.trim();
  const percent = v.endsWith('%');
  const amount = Number.parseFloat(percent ? v.slice(0, -1) : v);
  if (!Number.isFinite(amount)) return false;
  return (percent ? amount / 100 : amount) <= 0.01;
}

const OFFSETS = ['left', 'top', 'right', 'bottom'];
const MARGINS = ['margin-left', 'margin-top'];

function isOffScreen(style: ReadonlyMap<string, string>): boolean {
  const position = firstWord(style.get('position'));
  if (position === 'absolute' || position === 'fixed') {
    for (const side of OFFSETS) {
      const offset = parseLength(style.get(side));
      if (offset !== undefined && offset <= OFF_SCREEN_PX) return true;
    }
  }
  for (const side of MARGINS) {
    const offset = parseLength(style.get(side));
    if (offset !== undefined && offset <= OFF_SCREEN_PX * 4) return true;
  }
  return false;
}

/**
 * A cheap, conservative test on a raw style attribute: false only when no
 * declaration in it can make a non-replaced element invisible, so the caller
 * may skip parsing it. Every way ownHiddenReason finds needs one of these
 * property names, or (off-screen offsets) a negative number. Most styled
 * elements (colours, fonts, padding) fail it.
 */
export function styleMayHide(style: string): boolean {
  return /display|visibility|opacity|mso-hide|overflow|-[\d.]/i.test(style);
}

/**
 * Why this element itself (not counting ancestors) is invisible, or undefined.
 * `size` may pass elementSize(attrs, style) when the caller has it already.
 */
export function ownHiddenReason(tag: string, attrs: Readonly<Record<string, string>>, style: ReadonlyMap<string, string>, size?: Size): HiddenReason | undefined {
  if (attrs.hidden !== undefined) return 'hidden-attribute';
  if (tag === 'input' && (attrs.type ?? '').trim().toLowerCase() === 'hidden') return 'hidden-attribute';
  // Without inline style only the box size of a replaced element can hide it.
  if (style.size === 0) {
    if (!REPLACED_ELEMENTS.has(tag)) return undefined;
    const box = size ?? elementSize(attrs, style);
    return box.width === 0 || box.height === 0 ? 'zero-size' : undefined;
  }
  if (firstWord(style.get('display')) === 'none') return 'display-none';
  const visibility = firstWord(style.get('visibility'));
  if (visibility === 'hidden' || visibility === 'collapse') return 'visibility-hidden';
  if (isZeroOpacity(style.get('opacity'))) return 'opacity-zero';
  if (firstWord(style.get('mso-hide')) === 'all') return 'mso-hide';
  if (isOffScreen(style)) return 'off-screen';

  let clipsContent = REPLACED_ELEMENTS.has(tag);
  if (!clipsContent) {
    const overflow = firstWord(style.get('overflow'));
    clipsContent = overflow === 'hidden' || overflow === 'clip';
  }
  if (clipsContent) {
    const maxWidth = parseLength(style.get('max-width'));
    const maxHeight = parseLength(style.get('max-height'));
    if (maxWidth === 0 || maxHeight === 0) return 'max-size-zero';
    const box = size ?? elementSize(attrs, style);
    if (box.width === 0 || box.height === 0) return 'zero-size';
  }
  return undefined;
}
