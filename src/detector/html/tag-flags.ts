// What the walker needs to know about a tag, as bit flags found with one map
// lookup per element.
import { BACKGROUND_ATTRIBUTE_TAGS, FETCHING_TAGS } from './resources';
import { REPLACED_ELEMENTS } from './style';

/** Starts a new line when rendered: its edges separate words. */
export const BLOCK = 1;
/** Its text is never shown as message body. */
export const NON_BODY = 2;
/** Its own box is the content (an image, a frame), so its size alone can hide it. */
export const REPLACED = 4;
/** Some attribute of it may make the client fetch something. */
export const FETCHING = 8;
/** It changes the walk itself: base, style, img, area, a. */
export const SPECIAL = 16;
/** The legacy background attribute is the only thing it can fetch (td, table, div…). */
export const FETCHES_BACKGROUND_ONLY = 32;

/**
 * After it the tokenizer reads raw text up to its end tag (or, for svg and
 * math, changes how markup is read): a parse must not be cut just after one.
 */
export const RAW_TEXT = 64;

export const TAG_FLAGS = new Map<string, number>();
function flagTags(tags: Iterable<string>, flag: number): void {
  for (const tag of tags) TAG_FLAGS.set(tag, (TAG_FLAGS.get(tag) ?? 0) | flag);
}
flagTags(['script', 'style', 'title', 'head', 'noscript', 'template', 'xml'], NON_BODY);
flagTags([
  'address', 'article', 'aside', 'blockquote', 'br', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
], BLOCK);
flagTags(REPLACED_ELEMENTS, REPLACED);
flagTags(FETCHING_TAGS, FETCHING);
flagTags(['base', 'style', 'img', 'area', 'a'], SPECIAL);
flagTags(BACKGROUND_ATTRIBUTE_TAGS, FETCHES_BACKGROUND_ONLY);
flagTags(['iframe', 'noembed', 'noframes', 'plaintext', 'script', 'style', 'textarea', 'title', 'xmp', 'svg', 'math'], RAW_TEXT);
