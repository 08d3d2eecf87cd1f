// Public API of the mail reader: pure TypeScript (no Node imports) so the
// scanner, the browser demo and tests share it.
export { parseEml, parseEmlWithAttached } from './parse-eml';
export type { ParseOptions, ParsedWithAttached } from './parse-eml';
export { splitMbox, looksLikeMbox, MboxSplitter } from './mbox';
export type { MboxEntry } from './mbox';
export { MailParseError } from './errors';
export { inferRecipient } from './recipient';
