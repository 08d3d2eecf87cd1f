// Text folding and tokenising for the content lexicons. Mail arrives in four
// languages with and without accents ("Ouïghour", "Ouighour"), in any case, and
// with typographic apostrophes; matching is done on folded word tokens so one
// lexicon entry covers all of those spellings.

/** Longest token kept; anything longer is not a word in any of our lexicons. */
const MAX_TOKEN_LENGTH = 48;

/** NFKD, drop combining marks, lower-case: "Dès Qu'il" → "des qu'il". */
export function fold(text: string): string {
  // ASCII has no decompositions and no combining marks: most mail skips the Unicode work.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Letters and digits of any script: one character class under `+`, so linear. */
const WORD = /[\p{L}\p{N}]+/gu;
/** One letter or digit exactly at lastIndex (sticky): WORD's class, one code point at a time. */
const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Folded word tokens of `text`, in order, in one linear pass. Apostrophes and
 * hyphens split words, so "l'homme" gives "l", "homme" and "inter-parliamentary"
 * gives "inter", "parliamentary", which is how lexicon phrases are written too.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of fold(text).matchAll(WORD)) {
    if (match[0].length <= MAX_TOKEN_LENGTH) tokens.push(match[0]);
  }
  return tokens;
}

/**
 * The same tokens as `tokenize`, as positions in the folded text; a token's string
 * is only cut out when asked for. The matcher looks at the first letters of every
 * token but at the whole of very few, so most tokens are never copied.
 */
export class TokenPositions {
  readonly folded: string;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly cut: (string | undefined)[] = [];

  constructor(text: string) {
    const ascii = !NON_ASCII.test(text);
    this.folded = ascii ? text.toLowerCase() : fold(text);
    if (ascii) this.scanAscii();
    else this.scanUnicode();
  }

  get length(): number {
    return this.starts.length;
  }

  /** The token's string (cut once, then kept). */
  token(index: number): string {
    let token = this.cut[index];
    if (token === undefined) {
      token = this.folded.slice(this.starts[index], this.ends[index]);
      this.cut[index] = token;
    }
    return token;
  }

  /** UTF-16 code unit `offset` of the token, or 0 past its end. */
  codeAt(index: number, offset: number): number {
    const at = (this.starts[index] ?? 0) + offset;
    return at < (this.ends[index] ?? 0) ? this.folded.charCodeAt(at) : 0;
  }

  private add(start: number, end: number): void {
    if (end - start > MAX_TOKEN_LENGTH) return;
    this.starts.push(start);
    this.ends.push(end);
  }

  // Lower-cased ASCII: letters and digits are a-z and 0-9, so a plain scan finds the runs.
  private scanAscii(): void {
    const text = this.folded;
    let start = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        this.add(start, i);
        start = -1;
      }
    }
    if (start >= 0) this.add(start, text.length);
  }

  // Folded mail text is mostly ASCII even when it is not all ASCII (accents fold
  // away; a no-break space is enough to land here): test ASCII by code, and only
  // the other code points against the same letter-or-digit class as WORD.
  private scanUnicode(): void {
    const text = this.folded;
    let start = -1;
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      let width = 1;
      let word: boolean;
      if (code < 128) {
        word = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
      } else {
        width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
        WORD_CHAR_AT.lastIndex = i;
        word = WORD_CHAR_AT.test(text);
      }
      if (word) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        this.add(start, i);
        start = -1;
      }
      i += width;
    }
    if (start >= 0) this.add(start, text.length);
  }
}
