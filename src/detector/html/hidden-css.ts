// Classes and ids that a <style> block hides ("…{display:none}"), so the
// walker can treat `<div class="hide">` like an inline display:none. Only
// simple selectors (".a", "td.a", "#b") at the top level are trusted; a class
// that any @media block mentions is dropped, because responsive mail hides
// content on one screen size and shows it on another, and that is not
// concealment. One linear pass; strings and comments are skipped.
import { parseInlineStyle } from './css';
import { ownHiddenReason, styleMayHide, type HiddenReason } from './style';

export interface HiddenSelectors {
  classes: Map<string, HiddenReason>;
  ids: Map<string, HiddenReason>;
}

/** Longest selector list considered; longer preludes are not simple selectors anyway. */
const MAX_PRELUDE = 1024;

function isIdentChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 95;
}

function isIdentStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 45;
}

/** ".name" / "tag.name" / "#id" / "tag#id" → ['class'|'id', name], anything else → undefined. */
function simpleSelector(selector: string): ['class' | 'id', string] | undefined {
  const s = selector.trim();
  let i = 0;
  while (i < s.length && isIdentChar(s.charCodeAt(i))) i++;
  const marker = s[i];
  if (marker !== '.' && marker !== '#') return undefined;
  const start = i + 1;
  let end = start;
  while (end < s.length && isIdentChar(s.charCodeAt(end))) end++;
  if (end === start || end !== s.length) return undefined;
  return [marker === '.' ? 'class' : 'id', s.slice(start, end).toLowerCase()];
}

/** Index just past the block whose "{" is at `open`, honouring nesting, strings and comments. */
function skipBlock(css: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < css.length) {
    const code = css.charCodeAt(i);
    if (code === 47 && css.charCodeAt(i + 1) === 42) {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      continue;
    }
    if (code === 34 || code === 39) {
      const end = css.indexOf(css[i] ?? '', i + 1);
      i = end < 0 ? css.length : end + 1;
      continue;
    }
    if (code === 123) depth++;
    else if (code === 125) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return css.length;
}

/** Every ".name" inside a piece of CSS (an @media block): classes it may reveal. */
function mentionedClasses(css: string, into: Set<string>): void {
  for (let i = css.indexOf('.'); i >= 0 && i < css.length; i = css.indexOf('.', i + 1)) {
    if (!isIdentStart(css.charCodeAt(i + 1))) continue;
    let end = i + 1;
    while (end < css.length && isIdentChar(css.charCodeAt(end))) end++;
    into.add(css.slice(i + 1, end).toLowerCase());
  }
}

export function hiddenSelectorsFromCss(css: string): HiddenSelectors {
  const classes = new Map<string, HiddenReason>();
  const ids = new Map<string, HiddenReason>();
  const revealed = new Set<string>();
  let preludeStart = 0;
  let i = 0;
  while (i < css.length) {
    const code = css.charCodeAt(i);
    if (code === 47 && css.charCodeAt(i + 1) === 42) {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      if (i - preludeStart > 0 && css.slice(preludeStart, i).trim().startsWith('/*')) preludeStart = i;
      continue;
    }
    if (code === 59 || code === 125) {
      preludeStart = i + 1;
      i++;
      continue;
    }
    if (code !== 123) {
      i++;
      continue;
    }
    const prelude = css.slice(Math.max(preludeStart, i - MAX_PRELUDE), i).trim();
    const end = skipBlock(css, i);
    const closed = end - 1 > i && css.charCodeAt(end - 1) === 125;
    const body = css.slice(i + 1, closed ? end - 1 : end);
    if (prelude.startsWith('@')) {
      mentionedClasses(body, revealed);
    } else {
      // Most rules set colours and fonts: parse only those that could hide.
      const reason = styleMayHide(body) ? ownHiddenReason('div', {}, parseInlineStyle(body)) : undefined;
      if (reason) {
        for (const selector of prelude.split(',')) {
          const simple = simpleSelector(selector);
          if (!simple) continue;
          (simple[0] === 'class' ? classes : ids).set(simple[1], reason);
        }
      }
    }
    preludeStart = end;
    i = end;
  }
  for (const name of revealed) classes.delete(name);
  return { classes, ids };
}
