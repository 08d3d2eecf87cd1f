// One streaming pass over the message HTML. The walker turns tags into
// ElementNode / ResourceRef / LinkRef events and collects the visible text.
// It never fetches anything and never builds a DOM: it keeps only a stack of
// open elements (for inherited hiddenness) and the link being read.
//
// It runs for every element of every message, so it is a class whose methods
// htmlparser2 calls directly (no closures built per message), each element is
// one object (the node rules see is also the stack entry), and a style
// attribute is parsed only when something needs it.
import type { Handler } from 'htmlparser2';
import type { ElementNode, LinkRef, ResourceKind, ResourceRef } from '../rule';
import { BoundedParse } from './bounded-parse';
import { parseInlineStyle, scanCssUrls, type CssUrl } from './css';
import { hiddenSelectorsFromCss } from './hidden-css';
import { attributeResources, NO_RESOURCES } from './resources';
import { elementSize, ownHiddenReason, styleMayHide, type HiddenReason, type Size } from './style';
import { BLOCK, FETCHES_BACKGROUND_ONLY, FETCHING, NON_BODY, RAW_TEXT, REPLACED, SPECIAL, TAG_FLAGS } from './tag-flags';
import { CollapsedText } from './text';
import { resolveUrl, type ResolvedUrl } from './url';

export interface WalkHandlers {
  element(node: ElementNode): void;
  resource(ref: ResourceRef): void;
  link(link: LinkRef): void;
  /** Offered each http(s) URL the walker parsed, before the reference carrying it is emitted. */
  parsedUrl?(url: URL): void;
}

export interface WalkResult {
  /** Text a reader can see, whitespace-collapsed (on first read: callers that never read it never pay for it). */
  readonly text: string;
  /** Text present in the HTML but hidden from the reader (preheaders, cloaked words), collapsed on first read too. */
  readonly hiddenText: string;
  /** True when the document had more distinct resources or links than are reported. */
  truncated: boolean;
}

/**
 * The markup inside a downlevel-hidden conditional comment
 * (`<!--[if mso]> … <![endif]-->`). Outlook on Windows renders it — VML
 * backgrounds and Outlook-only pixels live there — so it is walked like the
 * rest of the document. Other comments give undefined.
 */
export function conditionalCommentBody(comment: string): string | undefined {
  const start = comment.trimStart();
  // Only these three characters decide; lower-casing the whole comment (often
  // kilobytes of Outlook markup) would copy it for nothing.
  if (!start.startsWith('[') || (start[1] !== 'i' && start[1] !== 'I') || (start[2] !== 'f' && start[2] !== 'F')) return undefined;
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

interface OpenLink {
  raw: string;
  text: CollapsedText;
  hasImage: boolean;
  title: string | undefined;
  hiddenBy: string | undefined;
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

/** An open element: the node rules see, and the stack entry the walker pops. */
class WalkedElement implements ElementNode {
  hiddenBy: string | undefined = undefined;
  link: OpenLink | undefined = undefined;
  private parsedStyle: ReadonlyMap<string, string> | undefined = undefined;
  private knownSize: Size | undefined = undefined;

  constructor(readonly tagName: string, readonly attrs: Readonly<Record<string, string>>, readonly depth: number, readonly flags: number) {}

  /** Parsed on first use: most styled elements never need their declarations. */
  get style(): ReadonlyMap<string, string> {
    if (this.parsedStyle === undefined) this.parsedStyle = this.attrs.style === undefined ? NO_STYLE : parseInlineStyle(this.attrs.style);
    return this.parsedStyle;
  }

  /** Width and height in px, computed once for both the hiddenness test and the resources. */
  get size(): Size {
    if (this.knownSize === undefined) this.knownSize = elementSize(this.attrs, this.style);
    return this.knownSize;
  }
}

/** Collapsing is a pass over the whole text: done for a reader, once (a class: an object literal with getters is slow to make). */
class WalkOutcome implements WalkResult {
  private visible: string | undefined = undefined;
  private hidden: string | undefined = undefined;

  constructor(private readonly visibleText: CollapsedText, private readonly hiddenPart: CollapsedText, readonly truncated: boolean) {}

  get text(): string {
    return (this.visible ??= this.visibleText.value());
  }

  get hiddenText(): string {
    return (this.hidden ??= this.hiddenPart.value());
  }
}

// Method names other than the on* callbacks must not collide with htmlparser2's Handler (onend, onreset…).
class HtmlWalk implements Partial<Handler> {
  readonly text = new CollapsedText();
  readonly hiddenText = new CollapsedText();
  truncated = false;
  private readonly stack: WalkedElement[] = [];
  private nonBodyDepth = 0;
  private base: string | undefined = undefined;
  private styleSheet: string | undefined = undefined;
  private openLink: OpenLink | undefined = undefined;
  // The same pixel repeated a thousand times is one fact: report each distinct
  // (URL, kind, place, size, visibility) once, before paying for URL parsing.
  private seenResources: Set<string> | undefined = undefined;
  private linkCount = 0;
  // Filled by <style> blocks as they close; applies to elements after them,
  // which is where mail puts its <style> (in the head).
  private hiddenClasses: Map<string, HiddenReason> | undefined = undefined;
  private hiddenIds: Map<string, HiddenReason> | undefined = undefined;
  private comment = '';
  private readonly bodies = new BoundedParse(this, this);

  constructor(private readonly handlers: WalkHandlers) {}

  get height(): number {
    return this.stack.length;
  }

  tagNameAt(index: number): string {
    return this.stack[index]?.tagName ?? '';
  }

  popTo(height: number): void {
    while (this.stack.length > height) this.popElement();
  }

  parse(html: string): void {
    this.bodies.run(html);
  }

  onopentag(name: string, attrs: Record<string, string>): void {
    const stack = this.stack;
    const parent = stack[stack.length - 1];
    const flags = TAG_FLAGS.get(name) ?? 0;
    if (flags & BLOCK) this.separateWords();
    const element = new WalkedElement(name, attrs, stack.length + 1, flags);
    const inherited = parent?.hiddenBy;
    // visibility is the one hiding property a child can undo for itself.
    const undone = inherited === 'visibility-hidden' && (element.style.get('visibility') ?? '').trim().toLowerCase() === 'visible';
    const style = attrs.style;
    let hiddenBy: string | undefined;
    if (inherited !== undefined && !undone) hiddenBy = inherited;
    // Most elements: no style, not an image, no <style> sheet hiding classes or ids.
    else if (style === undefined && (flags & REPLACED) === 0 && this.hiddenClasses === undefined && this.hiddenIds === undefined) hiddenBy = attrs.hidden !== undefined ? 'hidden-attribute' : undefined;
    else hiddenBy = this.ownHiddenReason(element, style);
    element.hiddenBy = hiddenBy;
    stack.push(element);
    if (stack.length > this.bodies.breakHeight) this.bodies.openedTooDeep((flags & RAW_TEXT) !== 0);
    if (flags & NON_BODY) this.nonBodyDepth++;
    this.handlers.element(element);

    if (flags & SPECIAL) {
      if (name === 'base' && this.base === undefined && attrs.href) {
        const resolved = resolveUrl(attrs.href, undefined);
        if (resolved.scheme === 'http' || resolved.scheme === 'https') this.base = resolved.url;
      }
      if (name === 'style') this.styleSheet = '';
    }
    const styleFetches = style !== undefined && style.includes('(');
    const attributesFetch = (flags & FETCHING) !== 0 && ((flags & FETCHES_BACKGROUND_ONLY) === 0 || attrs.background !== undefined);
    if (attributesFetch || styleFetches) this.elementResources(element, parent, attributesFetch, styleFetches);
    if (flags & SPECIAL) this.linkParts(element);
  }

  ontext(data: string): void {
    const top = this.stack[this.stack.length - 1];
    if (this.styleSheet !== undefined && top?.tagName === 'style') {
      this.styleSheet += data;
      return;
    }
    if (this.nonBodyDepth > 0) return;
    if (top?.hiddenBy) {
      this.hiddenText.append(data);
      return;
    }
    this.text.append(data);
    this.openLink?.text.append(data);
  }

  onclosetag(name: string): void {
    // htmlparser2 reports a close for every element it pops (implied ones
    // included), so the top normally matches; search a bounded depth otherwise.
    const stack = this.stack;
    if (stack[stack.length - 1]?.tagName === name) {
      this.popElement();
      return;
    }
    const limit = Math.max(0, stack.length - CLOSE_SEARCH_LIMIT);
    let index = stack.length - 1;
    while (index >= limit && stack[index]?.tagName !== name) index--;
    if (index < limit) return;
    while (stack.length > index) this.popElement();
  }

  oncomment(data: string): void {
    this.comment += data;
  }

  oncommentend(): void {
    const body = conditionalCommentBody(this.comment);
    this.comment = '';
    // Comments cannot nest, so this recursion is one level deep; the inner
    // parser shares the element stack and closes only what it opened.
    if (body !== undefined) this.parse(body);
  }

  finish(): WalkResult {
    this.popTo(0);
    return new WalkOutcome(this.text, this.hiddenText, this.truncated);
  }

  private elementResources(element: WalkedElement, parent: WalkedElement | undefined, attributesFetch: boolean, styleFetches: boolean): void {
    const { tagName, attrs } = element;
    const fetched = attributesFetch ? attributeResources(tagName, attrs, parent?.tagName) : NO_RESOURCES;
    if (fetched.length === 0 && !styleFetches) return;
    const size = element.size;
    for (const found of fetched) this.emitResource(found.raw, found.kind, tagName, found.attribute, element, size);
    if (styleFetches) scanCssUrls(attrs.style ?? '', (found) => this.emitResource(found.value, cssKind(found), tagName, found.property, element, size));
  }

  /** img (inside a link), area and a: what makes or feeds a link. */
  private linkParts(element: WalkedElement): void {
    const { tagName: name, attrs, hiddenBy } = element;
    const openLink = this.openLink;
    if (name === 'img' && openLink) {
      openLink.hasImage = true;
      if (attrs.alt && !hiddenBy) {
        openLink.text.separate();
        openLink.text.append(attrs.alt);
        openLink.text.separate();
      }
    }
    if (name === 'area' && attrs.href !== undefined && this.linkAllowed()) {
      const resolved = this.resolve(attrs.href);
      const link: LinkRef = { url: resolved.url, raw: attrs.href, element: 'area', text: (attrs.alt ?? '').trim(), hasImage: false, scheme: resolved.scheme };
      if (attrs.title !== undefined) link.title = attrs.title;
      if (hiddenBy) link.hiddenBy = hiddenBy;
      this.handlers.link(link);
    }
    if (name === 'a' && attrs.href !== undefined) {
      element.link = { raw: attrs.href, text: new CollapsedText(), hasImage: false, title: attrs.title, hiddenBy };
      this.openLink = element.link;
    }
  }

  private ownHiddenReason(element: WalkedElement, style: string | undefined): HiddenReason | undefined {
    const { tagName, attrs } = element;
    let own: HiddenReason | undefined;
    if (element.flags & REPLACED) own = ownHiddenReason(tagName, attrs, element.style, element.size);
    else if (style !== undefined && styleMayHide(style)) own = ownHiddenReason(tagName, attrs, element.style);
    // What ownHiddenReason says of a non-replaced element with no style that can hide it.
    else if (attrs.hidden !== undefined) own = 'hidden-attribute';
    return own ?? this.styleSheetHidden(attrs);
  }

  private styleSheetHidden(attrs: Readonly<Record<string, string>>): HiddenReason | undefined {
    if (this.hiddenIds !== undefined && this.hiddenIds.size > 0 && attrs.id !== undefined) {
      const reason = this.hiddenIds.get(attrs.id.trim().toLowerCase());
      if (reason) return reason;
    }
    if (this.hiddenClasses === undefined || this.hiddenClasses.size === 0 || attrs.class === undefined) return undefined;
    for (const name of attrs.class.toLowerCase().split(/\s+/, 64)) {
      const reason = this.hiddenClasses.get(name);
      if (reason) return reason;
    }
    return undefined;
  }

  private resolve(raw: string): ResolvedUrl {
    const resolved = resolveUrl(raw, this.base);
    if (resolved.parsed && (resolved.scheme === 'http' || resolved.scheme === 'https')) this.handlers.parsedUrl?.(resolved.parsed);
    return resolved;
  }

  private emitResource(raw: string, kind: ResourceKind, element: string, attribute: string, node?: WalkedElement, size?: Size): void {
    if (raw.trim().startsWith('#')) return;
    const key = `${raw}\u0000${this.base ?? ''}\u0000${kind}\u0000${element}\u0000${attribute}\u0000${size?.width}\u0000${size?.height}\u0000${node?.hiddenBy ?? ''}`;
    const seen = (this.seenResources ??= new Set());
    if (seen.has(key)) return;
    if (seen.size >= MAX_RESOURCES) {
      this.truncated = true;
      return;
    }
    seen.add(key);
    const resolved = this.resolve(raw);
    const ref: ResourceRef = { url: resolved.url, raw, kind, element, attribute, scheme: resolved.scheme, remote: resolved.remote };
    if (node) ref.node = node;
    if (size?.width !== undefined) ref.width = size.width;
    if (size?.height !== undefined) ref.height = size.height;
    if (node?.hiddenBy) ref.hiddenBy = node.hiddenBy;
    this.handlers.resource(ref);
  }

  private linkAllowed(): boolean {
    if (this.linkCount >= MAX_LINKS) {
      this.truncated = true;
      return false;
    }
    this.linkCount++;
    return true;
  }

  private closeLink(open: OpenLink): void {
    if (!this.linkAllowed()) return;
    const resolved = this.resolve(open.raw);
    const link: LinkRef = { url: resolved.url, raw: open.raw, element: 'a', text: open.text.value(), hasImage: open.hasImage, scheme: resolved.scheme };
    if (open.title !== undefined) link.title = open.title;
    if (open.hiddenBy) link.hiddenBy = open.hiddenBy;
    this.handlers.link(link);
  }

  private separateWords(): void {
    this.text.separate();
    this.hiddenText.separate();
    this.openLink?.text.separate();
  }

  private innermostOpenLink(): OpenLink | undefined {
    const stack = this.stack;
    for (let i = stack.length - 1; i >= Math.max(0, stack.length - CLOSE_SEARCH_LIMIT); i--) {
      const link = stack[i]?.link;
      if (link) return link;
    }
    return undefined;
  }

  private popElement(): void {
    const closed = this.stack.pop();
    if (!closed) return;
    if (closed.flags & BLOCK) this.separateWords();
    if (closed.flags & NON_BODY) this.nonBodyDepth = Math.max(0, this.nonBodyDepth - 1);
    if (this.styleSheet !== undefined && closed.tagName === 'style') {
      const css = this.styleSheet;
      this.styleSheet = undefined;
      scanCssUrls(css, (found) => this.emitResource(found.value, cssKind(found), 'style', found.property));
      const hidden = hiddenSelectorsFromCss(css);
      for (const [name, reason] of hidden.classes) (this.hiddenClasses ??= new Map()).set(name, reason);
      for (const [name, reason] of hidden.ids) (this.hiddenIds ??= new Map()).set(name, reason);
    }
    if (closed.link) {
      this.closeLink(closed.link);
      // Back to the enclosing link, if links were (invalidly) nested.
      if (this.openLink === closed.link) this.openLink = this.innermostOpenLink();
    }
  }
}

export function walkHtml(html: string, handlers: WalkHandlers): WalkResult {
  const walk = new HtmlWalk(handlers);
  walk.parse(html);
  return walk.finish();
}
