// One streaming pass over the message HTML. The walker turns tags into
// ElementNode / ResourceRef / LinkRef events and collects the visible text.
// It never fetches anything and never builds a DOM.
// NOTE (foundation): minimal version; CSS url() scanning, hidden-state
// inheritance, <base href>, srcset and the other resource kinds are added by
// the tracking work.
import { Parser } from 'htmlparser2';
import type { ElementNode, LinkRef, ResourceRef } from '../rule';

export interface WalkHandlers {
  element(node: ElementNode): void;
  resource(ref: ResourceRef): void;
  link(link: LinkRef): void;
}

export interface WalkResult {
  text: string;
}

const VOID_TEXT_TAGS = new Set(['script', 'style', 'title', 'head']);

export function walkHtml(html: string, handlers: WalkHandlers): WalkResult {
  const textParts: string[] = [];
  let skipTextDepth = 0;
  let depth = 0;
  let openLink: { raw: string; text: string[]; hasImage: boolean; title?: string } | undefined;

  const parser = new Parser({
    onopentag(name, attrs) {
      depth++;
      if (VOID_TEXT_TAGS.has(name)) skipTextDepth++;
      const node: ElementNode = { tagName: name, attrs, style: new Map(), depth };
      handlers.element(node);
      if (name === 'img' && attrs.src) {
        handlers.resource({ url: attrs.src.trim(), raw: attrs.src, kind: 'image', element: name, attribute: 'src', node });
        if (openLink) {
          openLink.hasImage = true;
          if (attrs.alt) openLink.text.push(attrs.alt);
        }
      }
      if (name === 'a' && attrs.href !== undefined) {
        openLink = { raw: attrs.href, text: [], hasImage: false, title: attrs.title };
      }
    },
    ontext(data) {
      if (skipTextDepth > 0) return;
      textParts.push(data);
      openLink?.text.push(data);
    },
    onclosetag(name) {
      depth = Math.max(0, depth - 1);
      if (VOID_TEXT_TAGS.has(name)) skipTextDepth = Math.max(0, skipTextDepth - 1);
      if (name === 'a' && openLink) {
        const text = openLink.text.join(' ').replace(/\s+/g, ' ').trim();
        handlers.link({ url: openLink.raw.trim(), raw: openLink.raw, element: 'a', text, title: openLink.title, hasImage: openLink.hasImage });
        openLink = undefined;
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return { text: textParts.join(' ').replace(/\s+/g, ' ').trim() };
}
