// Parses the header block Outlook returns from getAllInternetHeadersAsync.
// It is only the header section (no MIME body), so a line scanner suffices:
// a line starting with space or tab continues the previous field (RFC 5322
// folding). Values keep their raw form apart from unfolding.
import type { MailHeader } from '../detector/types';

/** Longest header block we look at; real blocks are a few tens of KB. */
const MAX_BLOCK = 1_000_000;

export function parseHeaderBlock(block: string): MailHeader[] {
  const headers: MailHeader[] = [];
  const text = block.length > MAX_BLOCK ? block.slice(0, MAX_BLOCK) : block;
  let current: MailHeader | undefined;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (line.length === 0) {
      // A blank line ends the header section; anything after it is not ours.
      if (current || headers.length > 0) break;
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9) {
      if (current) current.value += line;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      current = undefined; // not a field: skip it rather than glue it onto the previous one
      continue;
    }
    current = { name: line.slice(0, colon).trim(), value: line.slice(colon + 1) };
    headers.push(current);
  }
  for (const header of headers) header.value = header.value.trim();
  return headers;
}
