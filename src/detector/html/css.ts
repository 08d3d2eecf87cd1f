// A hand-written, single-pass CSS scanner. It does not build a stylesheet: it
// only finds the places where a mail client would fetch something (url(),
// @import "…", image-set("…")) and which property or at-rule asked for it.
// Every loop advances the cursor, so the cost is linear in the input and
// hostile CSS (unterminated strings, endless parentheses) cannot make it hang.

export type CssUrlContext = 'import' | 'font' | 'background' | 'other';

export interface CssUrl {
  /** The URL as written, CSS escapes decoded, surrounding whitespace removed. */
  value: string;
  /** The property that referenced it ("background-image", "src", …), or "@import". */
  property: string;
  context: CssUrlContext;
}

const BACKGROUND_PROPERTIES = new Set(['background', 'background-image']);
const IMAGE_SET_FUNCTIONS = new Set(['image-set', '-webkit-image-set']);

function isIdentChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    || code === 45 || code === 95 || code > 127;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

/**
 * Reads a CSS escape starting at the backslash at `start`; returns the decoded
 * text and the index after it. Escapes matter because `url(h\74tp://…)` is a
 * real way to hide a URL from naive matching.
 */
function readEscape(css: string, start: number): [string, number] {
  let i = start + 1;
  if (i >= css.length) return ['', i];
  let hexEnd = i;
  while (hexEnd < css.length && hexEnd - i < 6 && isHex(css.charCodeAt(hexEnd))) hexEnd++;
  if (hexEnd > i) {
    const codePoint = Number.parseInt(css.slice(i, hexEnd), 16);
    i = hexEnd;
    if (i < css.length && isSpace(css.charCodeAt(i))) i++;
    const valid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return [valid ? String.fromCodePoint(codePoint) : '\ufffd', i];
  }
  return [css[i] ?? '', i + 1];
}

/**
 * Reads from `start` up to (not including) the first character for which
 * `isStop` holds, decoding escapes on the way. Returns [text, stopIndex];
 * stopIndex is css.length when no stop character was found.
 */
function readUntil(css: string, start: number, isStop: (code: number) => boolean): [string, number] {
  const parts: string[] = [];
  let i = start;
  let runStart = i;
  while (i < css.length) {
    const code = css.charCodeAt(i);
    if (isStop(code)) break;
    if (code === 92) {
      parts.push(css.slice(runStart, i));
      const [text, next] = readEscape(css, i);
      parts.push(text);
      i = next;
      runStart = i;
      continue;
    }
    i++;
  }
  parts.push(css.slice(runStart, i));
  return [parts.join(''), i];
}

/** Reads a quoted string whose opening quote is at `start`. Returns [content, indexAfter]. */
function readString(css: string, start: number): [string, number] {
  const quote = css.charCodeAt(start);
  // An unescaped newline ends a CSS string (it is then invalid); stop there.
  const [text, stop] = readUntil(css, start + 1, (code) => code === quote || code === 10);
  return [text, css.charCodeAt(stop) === quote ? stop + 1 : stop];
}

/** Reads the inside of url( … ) starting after the parenthesis. Returns [url, indexAfter]. */
function readUrlBody(css: string, start: number): [string, number] {
  let i = start;
  while (i < css.length && isSpace(css.charCodeAt(i))) i++;
  const first = css.charCodeAt(i);
  if (first === 34 || first === 39) {
    const [value, next] = readString(css, i);
    let j = next;
    while (j < css.length && css.charCodeAt(j) !== 41 && css.charCodeAt(j) !== 59 && css.charCodeAt(j) !== 125) j++;
    return [value, j < css.length && css.charCodeAt(j) === 41 ? j + 1 : j];
  }
  const [text, stop] = readUntil(css, i, (code) => code === 41);
  return [text.trim(), stop < css.length ? stop + 1 : stop];
}

/**
 * False only when scanCssUrls cannot find anything: every URL it reports comes
 * from url(…), image-set(…) or @import, written out or hidden behind escapes.
 * One native pass instead of reading a whole style sheet character by character.
 */
export function mayReferenceUrls(css: string): boolean {
  return /url|image-set|@import|\\/i.test(css);
}

/**
 * Calls `onUrl` for every URL the CSS would load. Works for whole style sheets
 * and for the body of a style attribute (declarations without braces).
 */
export function scanCssUrls(css: string, onUrl: (found: CssUrl) => void): void {
  if (!mayReferenceUrls(css)) return;
  // One flag per open brace: whether it opened an @font-face block.
  const blocks: boolean[] = [];
  let fontFaceDepth = 0;
  let pendingAtRule = '';
  let property = '';
  let lastIdent = '';
  let functionStack: string[] = [];
  let i = 0;

  const contextFor = (prop: string): CssUrlContext => {
    if (pendingAtRule === 'import') return 'import';
    if (fontFaceDepth > 0) return 'font';
    return BACKGROUND_PROPERTIES.has(prop) ? 'background' : 'other';
  };
  const emit = (value: string) => {
    const trimmed = value.trim();
    if (!trimmed) return;
    const context = contextFor(property);
    onUrl({ value: trimmed, property: context === 'import' ? '@import' : property || 'unknown', context });
  };

  while (i < css.length) {
    const code = css.charCodeAt(i);
    if (code === 47 && css.charCodeAt(i + 1) === 42) {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      continue;
    }
    if (code === 34 || code === 39) {
      const [value, next] = readString(css, i);
      const inImageSet = functionStack.some((f) => IMAGE_SET_FUNCTIONS.has(f));
      if (pendingAtRule === 'import' || inImageSet) emit(value);
      i = next;
      lastIdent = '';
      continue;
    }
    if (code === 92) {
      const [text, next] = readEscape(css, i);
      lastIdent += text.toLowerCase();
      i = next;
      continue;
    }
    if (code === 64) {
      let j = i + 1;
      while (j < css.length && isIdentChar(css.charCodeAt(j))) j++;
      pendingAtRule = css.slice(i + 1, j).toLowerCase();
      lastIdent = '';
      i = j;
      continue;
    }
    if (isIdentChar(code)) {
      let j = i + 1;
      while (j < css.length && isIdentChar(css.charCodeAt(j))) j++;
      lastIdent = css.slice(i, j).toLowerCase();
      i = j;
      continue;
    }
    if (code === 40) {
      if (lastIdent === 'url') {
        const [value, next] = readUrlBody(css, i + 1);
        emit(value);
        i = next;
        lastIdent = '';
        continue;
      }
      // Bounded: we only care whether some enclosing function is image-set().
      if (functionStack.length < 64) functionStack.push(lastIdent);
      lastIdent = '';
      i++;
      continue;
    }
    if (code === 41) {
      functionStack.pop();
    } else if (code === 58) {
      if (!property && functionStack.length === 0) property = lastIdent;
    } else if (code === 59) {
      property = '';
      pendingAtRule = '';
      functionStack = [];
    } else if (code === 123) {
      const isFontFace = pendingAtRule === 'font-face';
      blocks.push(isFontFace);
      if (isFontFace) fontFaceDepth++;
      pendingAtRule = '';
      property = '';
      functionStack = [];
    } else if (code === 125) {
      if (blocks.pop()) fontFaceDepth--;
      property = '';
      pendingAtRule = '';
      functionStack = [];
    }
    if (!isSpace(code)) lastIdent = '';
    i++;
  }
}

/**
 * Parses a style attribute into lower-cased property → value (last wins,
 * `!important` dropped). Splits on semicolons outside strings and parentheses.
 */
export function parseInlineStyle(style: string): Map<string, string> {
  const result = new Map<string, string>();
  // Without quotes or parentheses every ";" ends a declaration: a native split
  // gives the same pieces as the loop below, which runs unoptimised for a
  // message's first styles.
  if (!style.includes('(') && !style.includes('"') && !style.includes("'")) {
    for (const declaration of style.split(';')) addDeclaration(result, declaration);
    return result;
  }
  let start = 0;
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < style.length; i++) {
    const code = style.charCodeAt(i);
    if (quote) {
      if (code === 92) i++;
      else if (code === quote) quote = 0;
      continue;
    }
    if (code === 34 || code === 39) quote = code;
    else if (code === 40) depth++;
    else if (code === 41) depth = Math.max(0, depth - 1);
    else if (code === 59 && depth === 0) {
      addDeclaration(result, style.slice(start, i));
      start = i + 1;
    }
  }
  addDeclaration(result, style.slice(start));
  return result;
}

// A module-level function, not a closure: this runs for every styled element.
function addDeclaration(result: Map<string, string>, declaration: string): void {
  const colon = declaration.indexOf(':');
  if (colon <= 0) return;
  const name = declaration.slice(0, colon).trim().toLowerCase();
  let value = declaration.slice(colon + 1).trim();
  const bang = value.toLowerCase().lastIndexOf('!important');
  if (bang >= 0) value = value.slice(0, bang).trim();
  if (name) result.set(name, value);
}
