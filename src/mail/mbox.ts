// mbox (mboxo and mboxrd): messages separated by lines starting "From ".
// A separator only counts at the start of the file or after a blank line, which
// is how writers emit it; this keeps a body line "From my side…" that a sloppy
// writer failed to escape from splitting a message when it follows text.
// Escaped body lines (">From ", ">>From " in mboxrd) lose one ">".
import { startsWithFromSpace, toBytes } from './bytes';

export interface MboxEntry {
  /** Position of the message in the mailbox, from 0. */
  index: number;
  raw: Uint8Array;
}

/** Splits a whole mailbox held in memory. Lazy: messages are produced one by one. */
export function* splitMbox(raw: string | Uint8Array): Iterable<MboxEntry> {
  const splitter = new MboxSplitter();
  yield* splitter.feed(toBytes(raw));
  yield* splitter.end();
}

/** True when the content starts like an mbox (its first line is a "From " envelope). */
export function looksLikeMbox(head: Uint8Array): boolean {
  return startsWithFromSpace(head, 0);
}

/**
 * Incremental splitter for mailboxes read in chunks, so a large mbox never has
 * to sit in memory whole: feed chunks in order, then call end().
 */
export class MboxSplitter {
  private carry: Uint8Array = new Uint8Array(0);
  private lines: Uint8Array[] = [];
  private previousBlank = true;
  private nextIndex = 0;

  *feed(chunk: Uint8Array): Generator<MboxEntry> {
    let bytes = chunk;
    if (this.carry.length > 0) {
      bytes = concat([this.carry, chunk]);
      this.carry = new Uint8Array(0);
    }
    let start = 0;
    while (start < bytes.length) {
      const newline = bytes.indexOf(0x0a, start);
      if (newline === -1) {
        // Copy so the caller may reuse its chunk buffer.
        this.carry = bytes.slice(start);
        return;
      }
      const entry = this.takeLine(bytes.subarray(start, newline + 1));
      if (entry) yield entry;
      start = newline + 1;
    }
  }

  *end(): Generator<MboxEntry> {
    if (this.carry.length > 0) {
      const entry = this.takeLine(this.carry);
      this.carry = new Uint8Array(0);
      if (entry) yield entry;
    }
    const last = this.flush();
    if (last) yield last;
  }

  private takeLine(line: Uint8Array): MboxEntry | undefined {
    let finished: MboxEntry | undefined;
    if (this.previousBlank && startsWithFromSpace(line, 0)) {
      finished = this.flush();
      this.previousBlank = false;
      return finished;
    }
    this.lines.push(unescapeFromLine(line));
    this.previousBlank = isBlankLine(line);
    return undefined;
  }

  private flush(): MboxEntry | undefined {
    const lines = this.lines;
    this.lines = [];
    // The blank line before the next separator belongs to the mbox format.
    const last = lines[lines.length - 1];
    if (last && isBlankLine(last)) lines.pop();
    if (lines.every(isBlankLine)) return undefined;
    return { index: this.nextIndex++, raw: concat(lines) };
  }
}

function unescapeFromLine(line: Uint8Array): Uint8Array {
  let quotes = 0;
  while (line[quotes] === 0x3e) quotes++;
  if (quotes > 0 && startsWithFromSpace(line, quotes)) return line.subarray(1);
  return line;
}

function isBlankLine(line: Uint8Array): boolean {
  return line.length === 0 || (line.length === 1 && line[0] === 0x0a) || (line.length === 2 && line[0] === 0x0d && line[1] === 0x0a);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
