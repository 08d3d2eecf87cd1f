// Whitespace-collapsed text built as the parser hands it over, chunk by chunk.
// The result equals joining every chunk, turning each whitespace run into one
// space and trimming. Most whitespace in mail HTML sits at the edges of text
// nodes (indentation between tags) or is a whole text node; those are settled
// per chunk by looking at its first and last character, so the one regex pass
// at the end only meets the runs inside chunks.

/** Exactly the characters JavaScript's `\s` and `String.prototype.trim` treat as whitespace. */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export class CollapsedText {
  /** Trimmed chunks joined by single spaces; whitespace runs inside chunks still raw. */
  private text = '';
  private spaceOwed = false;

  /** A word boundary: becomes one space if more text follows. */
  separate(): void {
    this.spaceOwed = true;
  }

  append(data: string): void {
    const n = data.length;
    if (n === 0) return;
    const leads = isWhitespace(data.charCodeAt(0));
    const trails = isWhitespace(data.charCodeAt(n - 1));
    let core = data;
    if (leads || trails) {
      core = data.trim();
      if (core.length === 0) {
        this.spaceOwed = true;
        return;
      }
    }
    if ((this.spaceOwed || leads) && this.text.length > 0) this.text += ' ';
    this.text += core;
    this.spaceOwed = trails;
  }

  value(): string {
    // Only a run other than one plain space needs rewriting.
    return this.text.replace(/(?: \s|[^\S ])\s*/g, ' ');
  }
}
