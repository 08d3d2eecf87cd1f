// One streaming pass over the message HTML. The walker turns tags into
// ElementNode / ResourceRef / LinkRef events and collects the visible text.
// It never fetches anything and never builds a DOM: it keeps only a stack of
// open elements (for inherited hiddenness) and the link being read.
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';
import type { ElementNode, LinkRef, ResourceKind, ResourceRef } from '../rule';
import { parseInlineStyle, scanCssUrls, type CssUrl } from './css';
import { hiddenSelectorsFromCss } from './hidden-css';
import { attributeResources } from './resources';
import { elementSize, ownHiddenReason, type HiddenReason } from './style';
import { resolveUrl, type ResolvedUrl } from './url';

export interface WalkHandlers {
  element(node: ElementNode): void;
  resource(ref: ResourceRef): void;
  link(link: LinkRef): void;
  /** Offered each http(s) URL the walker parsed, before the reference carrying it is emitted. */
  parsedUrl?(url: URL): void;
}

export interface WalkResult {
  /** Text a reader can see, whitespace-collapsed. */
  text: string;
  /** Text present in the HTML but hidden from the reader (preheaders, cloaked words). */
  hiddenText: string;
  /** True when the document had more distinct resources or links than are reported. */
  truncated: boolean;
}

/** Elements whose text is never shown as message body. */
const NON_BODY_TEXT_TAGS = new Set(['script', 'style', 'title', 'head', 'noscript', 'template', 'xml']);

/** Elements that start a new line when rendered: their edges separate words. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const PARSER_OPTIONS: ParserOptions = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/**
 * The markup inside a downlevel-hidden conditional comment
 * (`<!--[if mso]> … <![endif]-->`). Outlook on Windows renders it — VML
 * backgrounds and Outlook-only pixels live there — so it is walked like the
 * rest of the document. Other comments give undefined.
 */
export function conditionalCommentBody(comment: string): string | undefined {
  const start = comment.trimStart();
  if (!start.toLowerCase().startsWith('[if')) return undefined;
  const open = start.indexOf(']>');
  if (open < 0) return undefined;
  const close = start.lastIndexOf('<![endif]');
  const body = start.slice(open + 2, close > open ? close : start.length);
  return body.trim() ? body : undefined;
}

/**
 * Distinct resources and links reported per message. Real mail has at most a
 * few hundred; beyond this a message is an attack on the analyser itself.
 */
export const MAX_RESOURCES = 5_000;
export const MAX_LINKS = 5_000;

/** How far down the stack a stray close tag is searched for; bounds hostile input. */
const CLOSE_SEARCH_LIMIT = 256;

interface OpenElement {
  tag: string;
  hiddenBy?: string;
  link?: OpenLink;
}

interface OpenLink {
  raw: string;
  text: string[];
  hasImage: boolean;
  title?: string;
  hiddenBy?: string;
}

function cssKind(found: CssUrl): ResourceKind {
  switch (found.context) {
    case 'import': return 'css-import';
    case 'font': return 'font';
    case 'background': return 'background';
    default: return 'css-other';
  }
}

// Elements without a style attribute share one empty, never-written map.
const NO_STYLE: ReadonlyMap<string, string> = new Map();

// Only whitespace runs other than a lone space need rewriting; most text has few.
function collapse(parts: string[]): string {
  return parts.join('').replace(/(?: \s|[^\S ])\s*/g, ' ').trim();
}

export function walkHtml(html: string, handlers: WalkHandlers): WalkResult {
  const textParts: string[] = [];
  const hiddenParts: string[] = [];
  const stack: OpenElement[] = [];
  let nonBodyDepth = 0;
  let base: string | undefined;
  let styleSheet: string[] | undefined;
  let openLink: OpenLink | undefined;
  // The same pixel repeated a thousand times is one fact: report each distinct
  // (URL, kind, place, size, visibility) once, before paying for URL parsing.
  const seenResources = new Set<string>();
  let linkCount = 0;
  let truncated = false;
  // Filled by <style> blocks as they close; applies to elements after them,
  // which is where mail puts its <style> (in the head).
  const hiddenClasses = new Map<string, HiddenReason>();
  const hiddenIds = new Map<string, HiddenReason>();

  const styleSheetHidden = (attrs: Readonly<Record<string, string>>): HiddenReason | undefined => {
    if (hiddenIds.size > 0 && attrs.id !== undefined) {
      const reason = hiddenIds.get(attrs.id.trim().toLowerCase());
      if (reason) return reason;
    }
    if (hiddenClasses.size === 0 || attrs.class === undefined) return undefined;
    for (const name of attrs.class.toLowerCase().split(/\s+/, 64)) {
      const reason = hiddenClasses.get(name);
      if (reason) return reason;
    }
    return undefined;
  };

  const share = (resolved: ResolvedUrl) => {
    if (resolved.parsed && (resolved.scheme === 'http' || resolved.scheme === 'https')) handlers.parsedUrl?.(resolved.parsed);
  };

  const emit = (raw: string, kind: ResourceKind, element: string, attribute: string, node?: ElementNode, size?: { width?: number; height?: number }) => {
    if (raw.trim().startsWith('#')) return;
    const key = `${raw}\u0000${base ?? ''}\u0000${kind}\u0000${element}\u0000${attribute}\u0000${size?.width}\u0000${size?.height}\u0000${node?.hiddenBy ?? ''}`;
    if (seenResources.has(key)) return;
    if (seenResources.size >= MAX_RESOURCES) {
      truncated = true;
      return;
    }
    seenResources.add(key);
    const resolved = resolveUrl(raw, base);
    share(resolved);
    handlers.resource({
      url: resolved.url, raw, kind, element, attribute, scheme: resolved.scheme, remote: resolved.remote,
      ...(node ? { node } : {}),
      ...(size?.width !== undefined ? { width: size.width } : {}),
      ...(size?.height !== undefined ? { height: size.height } : {}),
      ...(node?.hiddenBy ? { hiddenBy: node.hiddenBy } : {}),
    });
  };

  const linkAllowed = (): boolean => {
    if (linkCount >= MAX_LINKS) {
      truncated = true;
      return false;
    }
    linkCount++;
    return true;
  };

  const closeLink = (link: OpenLink) => {
    if (!linkAllowed()) return;
    const resolved = resolveUrl(link.raw, base);
    share(resolved);
    handlers.link({
      url: resolved.url, raw: link.raw, element: 'a', text: collapse(link.text), hasImage: link.hasImage, scheme: resolved.scheme,
      ...(link.title !== undefined ? { title: link.title } : {}),
      ...(link.hiddenBy ? { hiddenBy: link.hiddenBy } : {}),
    });
  };

  const separateWords = () => {
    textParts.push(' ');
    hiddenParts.push(' ');
    openLink?.text.push(' ');
  };

  const innermostOpenLink = (): OpenLink | undefined => {
    for (let i = stack.length - 1; i >= Math.max(0, stack.length - CLOSE_SEARCH_LIMIT); i--) {
      const link = stack[i]?.link;
      if (link) return link;
    }
    return undefined;
  };

  const popElement = () => {
    const closed = stack.pop();
    if (!closed) return;
    if (BLOCK_TAGS.has(closed.tag)) separateWords();
    if (NON_BODY_TEXT_TAGS.has(closed.tag)) nonBodyDepth = Math.max(0, nonBodyDepth - 1);
    if (closed.tag === 'style' && styleSheet) {
      const css = styleSheet.join('');
      styleSheet = undefined;
      scanCssUrls(css, (found) => emit(found.value, cssKind(found), 'style', found.property));
      const hidden = hiddenSelectorsFromCss(css);
      for (const [name, reason] of hidden.classes) hiddenClasses.set(name, reason);
      for (const [name, reason] of hidden.ids) hiddenIds.set(name, reason);
    }
    if (closed.link) {
      closeLink(closed.link);
      // Back to the enclosing link, if links were (invalidly) nested.
      if (openLink === closed.link) openLink = innermostOpenLink();
    }
  };

  let commentParts: string[] = [];
  const callbacks: Partial<Handler> = {
    onopentag(name, attrs) {
      const parent = stack[stack.length - 1];
      if (BLOCK_TAGS.has(name)) separateWords();
      const style = attrs.style !== undefined ? parseInlineStyle(attrs.style) : NO_STYLE;
      const inherited = parent?.hiddenBy;
      const own = ownHiddenReason(name, attrs, style) ?? styleSheetHidden(attrs);
      // visibility is the one hiding property a child can undo for itself.
      const undoesVisibility = inherited === 'visibility-hidden' && (style.get('visibility') ?? '').trim().toLowerCase() === 'visible';
      const hiddenBy = (undoesVisibility ? undefined : inherited) ?? own;
      // Literal objects rather than spreads of temporaries: this runs for every element.
      const depth = stack.length + 1;
      const node: ElementNode = hiddenBy ? { tagName: name, attrs, style, depth, hiddenBy } : { tagName: name, attrs, style, depth };
      const entry: OpenElement = hiddenBy ? { tag: name, hiddenBy } : { tag: name };
      stack.push(entry);
      if (NON_BODY_TEXT_TAGS.has(name)) nonBodyDepth++;
      handlers.element(node);

      if (name === 'base' && base === undefined && attrs.href) {
        const resolved = resolveUrl(attrs.href, undefined);
        if (resolved.scheme === 'http' || resolved.scheme === 'https') base = resolved.url;
      }
      if (name === 'style') styleSheet = [];

      const fetched = attributeResources(name, attrs, parent?.tag);
      const styleFetches = attrs.style !== undefined && attrs.style.includes('(');
      if (fetched.length > 0 || styleFetches) {
        const size = elementSize(attrs, style);
        for (const found of fetched) emit(found.raw, found.kind, name, found.attribute, node, size);
        if (styleFetches) scanCssUrls(attrs.style ?? '', (found) => emit(found.value, cssKind(found), name, found.property, node, size));
      }

      if (name === 'img' && openLink) {
        openLink.hasImage = true;
        if (attrs.alt && !hiddenBy) openLink.text.push(` ${attrs.alt} `);
      }
      if (name === 'area' && attrs.href !== undefined && linkAllowed()) {
        const resolved = resolveUrl(attrs.href, base);
        share(resolved);
        handlers.link({
          url: resolved.url, raw: attrs.href, element: 'area', text: (attrs.alt ?? '').trim(), hasImage: false, scheme: resolved.scheme,
          ...(attrs.title !== undefined ? { title: attrs.title } : {}),
          ...(hiddenBy ? { hiddenBy } : {}),
        });
      }
      if (name === 'a' && attrs.href !== undefined) {
        entry.link = { raw: attrs.href, text: [], hasImage: false, ...(attrs.title !== undefined ? { title: attrs.title } : {}), ...(hiddenBy ? { hiddenBy } : {}) };
        openLink = entry.link;
      }
    },
    ontext(data) {
      if (styleSheet && stack[stack.length - 1]?.tag === 'style') {
        styleSheet.push(data);
        return;
      }
      if (nonBodyDepth > 0) return;
      if (stack[stack.length - 1]?.hiddenBy) {
        hiddenParts.push(data);
        return;
      }
      textParts.push(data);
      openLink?.text.push(data);
    },
    onclosetag(name) {
      // htmlparser2 reports a close for every element it pops (implied ones
      // included), so the top normally matches; search a bounded depth otherwise.
      const limit = Math.max(0, stack.length - CLOSE_SEARCH_LIMIT);
      let index = stack.length - 1;
      while (index >= limit && stack[index]?.tag !== name) index--;
      if (index < limit) return;
      while (stack.length > index) popElement();
    },
    oncomment(data) {
      commentParts.push(data);
    },
    oncommentend() {
      const body = conditionalCommentBody(commentParts.join(''));
      commentParts = [];
      // Comments cannot nest, so this recursion is one level deep; the inner
      // parser shares the element stack and closes only what it opened.
      if (body !== undefined) new Parser(callbacks, PARSER_OPTIONS).end(body);
    },
  };
  new Parser(callbacks, PARSER_OPTIONS).end(html);
  while (stack.length > 0) popElement();
  return { text: collapse(textParts), hiddenText: collapse(hiddenParts), truncated };
}
