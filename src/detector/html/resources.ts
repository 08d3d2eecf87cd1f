// Which attributes of which elements make a mail client fetch something on
// its own, and small parsers for the attribute formats that hold several URLs
// (srcset) or a URL inside other text (meta refresh).
import type { ResourceKind } from '../rule';

export interface AttributeResource {
  raw: string;
  kind: ResourceKind;
  attribute: string;
}

/** Elements whose `background` attribute loads an image (legacy HTML, still honoured by Outlook). */
export const BACKGROUND_ATTRIBUTE_TAGS: ReadonlySet<string> = new Set(['body', 'table', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'div', 'layer']);
const MEDIA_SRC_TAGS = new Set(['video', 'audio', 'bgsound', 'track']);
const FRAME_TAGS = new Set(['iframe', 'frame']);
const SVG_IMAGE_TAGS = new Set(['image', 'feimage', 'use']);
/** rel values that make a client fetch the target before any click. */
const FETCHING_LINK_RELS = new Set(['stylesheet', 'preload', 'prefetch', 'prerender', 'icon', 'apple-touch-icon', 'modulepreload']);

/**
 * Splits a srcset into its candidate URLs, following the HTML algorithm's
 * shape: a URL is a run of non-space characters (a trailing comma ends it),
 * descriptors run to the next comma outside parentheses.
 */
export function parseSrcset(srcset: string): string[] {
  const urls: string[] = [];
  const n = srcset.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(srcset.charCodeAt(i)) || srcset.charCodeAt(i) === 44)) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(srcset.charCodeAt(i))) i++;
    let url = srcset.slice(start, i);
    let endsCandidate = false;
    while (url.endsWith(',')) {
      url = url.slice(0, -1);
      endsCandidate = true;
    }
    if (url) urls.push(url);
    if (endsCandidate) continue;
    let depth = 0;
    while (i < n) {
      const code = srcset.charCodeAt(i);
      if (code === 40) depth++;
      else if (code === 41) depth = Math.max(0, depth - 1);
      else if (code === 44 && depth === 0) break;
      i++;
    }
    i++;
  }
  return urls;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** The URL in `<meta http-equiv="refresh" content="0; url=…">`, if any. */
export function parseRefreshUrl(content: string): string | undefined {
  const semicolon = content.search(/[;,]/);
  if (semicolon < 0) return undefined;
  let rest = content.slice(semicolon + 1).trimStart();
  if (rest.slice(0, 3).toLowerCase() === 'url') {
    const afterKeyword = rest.slice(3).trimStart();
    if (afterKeyword.startsWith('=')) rest = afterKeyword.slice(1).trimStart();
  }
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    rest = end < 0 ? rest.slice(1) : rest.slice(1, end);
  }
  const url = rest.trim();
  return url || undefined;
}

function addAttribute(found: AttributeResource[], attrs: Readonly<Record<string, string>>, attribute: string, kind: ResourceKind): void {
  const raw = attrs[attribute];
  if (raw !== undefined && raw.trim() !== '') found.push({ raw, kind, attribute });
}

function addSrcset(found: AttributeResource[], attrs: Readonly<Record<string, string>>, kind: ResourceKind): void {
  const srcset = attrs.srcset;
  if (srcset === undefined) return;
  for (const raw of parseSrcset(srcset)) found.push({ raw, kind, attribute: 'srcset' });
}

/** Every tag attributeResources can find something on; the rest (p, span, a, font…) fetch nothing. */
export const FETCHING_TAGS: ReadonlySet<string> = new Set([
  ...BACKGROUND_ATTRIBUTE_TAGS, ...MEDIA_SRC_TAGS, ...FRAME_TAGS, ...SVG_IMAGE_TAGS,
  'img', 'source', 'input', 'link', 'v:fill', 'v:background', 'v:image', 'v:imagedata', 'object', 'embed', 'meta',
]);

/** What an element that fetches nothing has: one shared empty answer instead of one allocated per element. */
export const NO_RESOURCES: readonly AttributeResource[] = Object.freeze([]);

/** Every URL an element's attributes make the client fetch. `parentTag` disambiguates <source>. */
export function attributeResources(tag: string, attrs: Readonly<Record<string, string>>, parentTag: string | undefined): readonly AttributeResource[] {
  if (!FETCHING_TAGS.has(tag)) return NO_RESOURCES;
  // Table cells and divs are most of a mail's elements, and background is all they can fetch.
  if (BACKGROUND_ATTRIBUTE_TAGS.has(tag)) {
    const background = attrs.background;
    return background !== undefined && background.trim() !== '' ? [{ raw: background, kind: 'background', attribute: 'background' }] : NO_RESOURCES;
  }
  const found: AttributeResource[] = [];
  switch (tag) {
    case 'img':
      addAttribute(found, attrs, 'src', 'image');
      addAttribute(found, attrs, 'lowsrc', 'image');
      addAttribute(found, attrs, 'dynsrc', 'media');
      addSrcset(found, attrs, 'image');
      break;
    case 'source':
      if (parentTag === 'picture') addSrcset(found, attrs, 'image');
      else {
        addAttribute(found, attrs, 'src', 'media');
        addSrcset(found, attrs, 'image');
      }
      break;
    case 'input':
      if ((attrs.type ?? '').trim().toLowerCase() === 'image') addAttribute(found, attrs, 'src', 'input-image');
      break;
    case 'link': {
      const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (rels.includes('stylesheet')) addAttribute(found, attrs, 'href', 'stylesheet');
      else if (rels.some((rel) => FETCHING_LINK_RELS.has(rel))) addAttribute(found, attrs, 'href', 'preload');
      break;
    }
    // VML, which Outlook on Windows draws inside conditional comments.
    case 'v:fill':
    case 'v:background':
      addAttribute(found, attrs, 'src', 'background');
      break;
    case 'v:image':
    case 'v:imagedata':
      addAttribute(found, attrs, 'src', 'image');
      break;
    case 'object':
      addAttribute(found, attrs, 'data', 'object');
      break;
    case 'embed':
      addAttribute(found, attrs, 'src', 'object');
      break;
    case 'meta':
      if ((attrs['http-equiv'] ?? '').trim().toLowerCase() === 'refresh') {
        const url = parseRefreshUrl(attrs.content ?? '');
        if (url) found.push({ raw: url, kind: 'refresh', attribute: 'content' });
      }
      break;
    default:
      if (MEDIA_SRC_TAGS.has(tag)) {
        addAttribute(found, attrs, 'src', 'media');
        if (tag === 'video') addAttribute(found, attrs, 'poster', 'image');
      } else if (FRAME_TAGS.has(tag)) {
        addAttribute(found, attrs, 'src', 'frame');
      } else if (SVG_IMAGE_TAGS.has(tag)) {
        addAttribute(found, attrs, 'href', 'svg-image');
        addAttribute(found, attrs, 'xlink:href', 'svg-image');
      }
  }
  return found.length > 0 ? found : NO_RESOURCES;
}
