// Public API of the mail reader: pure TypeScript (no Node imports) so the
// scanner, the browser demo and tests share it.
export { parseEml } from './parse-eml';
export type { ParseOptions } from './parse-eml';
export { splitMbox, looksLikeMbox, MboxSplitter } from './mbox';
export type { MboxEntry } from './mbox';
export { MailParseError } from './errors';
export { inferRecipient } from './recipient';
