// Outlook hands the add-in HTML whose <img src> points at its own image proxy
// and keeps the sender's URL in `originalsrc`. The detector must judge the
// sender's URL, so each <img> carrying `originalsrc` is rewritten: the proxy
// `src` is dropped and `originalsrc` becomes `src`. Inline images (originalsrc
// "cid:…") get their cid back too, which tells the detector they are part of
// the message and not fetched from anywhere.
//
// One forward pass over the string; each tag is scanned once, quotes respected.

interface AttributeSpan {
  name: string;
  /** Start of the attribute name and end of its value, in the tag string. */
  start: number;
  end: number;
}

export function exposeOriginalImageSources(html: string): string {
  const lower = html.toLowerCase();
  if (!lower.includes('originalsrc')) return html;
  let out = '';
  let copied = 0;
  let at = 0;
  for (;;) {
    const open = lower.indexOf('<img', at);
    if (open === -1) break;
    const afterName = lower.charCodeAt(open + 4);
    const tagEnd = findTagEnd(html, open + 4);
    at = tagEnd;
    if (!isSpaceOrTagEnd(afterName)) continue;
    const tag = html.slice(open, tagEnd);
    const rewritten = rewriteImageTag(tag);
    if (rewritten === tag) continue;
    out += html.slice(copied, open) + rewritten;
    copied = tagEnd;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

function isSpaceOrTagEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13 || code === 47 || code === 62;
}

/** Index just past the '>' closing the tag that starts before `from`, or the end of input. */
function findTagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i + 1;
    }
  }
  return html.length;
}

function rewriteImageTag(tag: string): string {
  const attributes = scanAttributes(tag);
  if (!attributes.some((a) => a.name === 'originalsrc')) return tag;
  // One pass over the spans (already in order): drop every src, rename
  // originalsrc. Rebuilding per edit would be quadratic in a tag with many attributes.
  const pieces: string[] = [];
  let copied = 0;
  for (const attribute of attributes) {
    if (attribute.name === 'src') {
      pieces.push(tag.slice(copied, attribute.start));
      copied = attribute.end;
    } else if (attribute.name === 'originalsrc') {
      pieces.push(tag.slice(copied, attribute.start), 'src');
      copied = attribute.start + 'originalsrc'.length;
    }
  }
  pieces.push(tag.slice(copied));
  return pieces.join('');
}

function scanAttributes(tag: string): AttributeSpan[] {
  const spans: AttributeSpan[] = [];
  let i = 4; // past "<img"
  const n = tag.length;
  while (i < n) {
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const c = tag.charCodeAt(i);
    if (i >= n || c === 62 || c === 47) { i++; continue; }
    const start = i;
    while (i < n && !isSpace(tag.charCodeAt(i)) && tag.charCodeAt(i) !== 61 && tag.charCodeAt(i) !== 62) i++;
    const name = tag.slice(start, i).toLowerCase();
    let j = i;
    while (j < n && isSpace(tag.charCodeAt(j))) j++;
    if (tag.charCodeAt(j) === 61) {
      j++;
      while (j < n && isSpace(tag.charCodeAt(j))) j++;
      const q = tag.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = tag.indexOf(String.fromCharCode(q), j + 1);
        j = close === -1 ? n : close + 1;
      } else {
        while (j < n && !isSpace(tag.charCodeAt(j)) && tag.charCodeAt(j) !== 62) j++;
      }
      i = j;
    }
    if (name.length > 0) spans.push({ name, start, end: i });
    if (i === start) i++; // defensive: always advance
  }
  return spans;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}
