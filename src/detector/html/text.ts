// Whitespace-collapsed text built as the parser hands it over, chunk by chunk.
// The result equals joining every chunk, turning each whitespace run into one
// space and trimming. Chunks are only concatenated as they come (looking at
// their characters one by one in JavaScript costs more than the parse); one
// native regex pass collapses the whole text at the end.

/** Exactly the characters JavaScript's `\s` and `String.prototype.trim` treat as whitespace. */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export class CollapsedText {
  private raw = '';
  // Block edges come in bursts (</td></tr><tr><td>): one space stands for them all.
  private spaceOwed = false;

  /** A word boundary: becomes one space if more text follows. */
  separate(): void {
    this.spaceOwed = true;
  }

  append(data: string): void {
    if (this.spaceOwed) {
      this.raw += ' ';
      this.spaceOwed = false;
    }
    this.raw += data;
  }

  value(): string {
    const text = this.raw.trim();
    // Only a run other than one plain space needs rewriting; short texts (link
    // labels) often have none, and finding that out is cheaper than replacing.
    return /(?: \s|[^\S ])/.test(text) ? text.replace(/(?: \s|[^\S ])\s*/g, ' ') : text;
  }
}
