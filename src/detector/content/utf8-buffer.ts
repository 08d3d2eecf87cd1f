// Text as UTF-8 bytes in a buffer kept between calls. The matcher reads bytes
// from a typed array because that costs about half of what charCodeAt does per
// character; encoding a whole body with TextEncoder.encodeInto (native) is far
// cheaper than what it saves. For short texts (subjects, display names) the
// call into the encoder costs more than the encoding, so they are encoded here.

/** Texts up to this long are encoded in JavaScript. */
const SHORT_TEXT = 128;

export class Utf8Buffer {
  private readonly encoder = new TextEncoder();
  /**
   * The bytes of the text last loaded, from 0 to what `load` returned, then a 0 byte
   * (so a reader may look one byte past the end); what lies beyond is stale.
   */
  bytes = new Uint8Array(0);

  /** Encodes `text` into `bytes` (lone surrogates as U+FFFD, as TextEncoder does); returns how many bytes it takes. */
  load(text: string): number {
    const written = this.encode(text);
    this.bytes[written] = 0;
    return written;
  }

  private encode(text: string): number {
    const length = text.length;
    const needed = length * 3 + 1; // the most UTF-8 bytes a UTF-16 code unit takes, and the 0 after
    if (this.bytes.length < needed) this.bytes = new Uint8Array(Math.max(needed, 1024));
    if (length > SHORT_TEXT) return this.encoder.encodeInto(text, this.bytes).written;
    const bytes = this.bytes;
    let written = 0;
    for (let at = 0; at < length; at++) {
      let code = text.charCodeAt(at);
      if (code < 0x80) {
        bytes[written++] = code;
      } else if (code < 0x800) {
        bytes[written++] = 0xc0 | (code >> 6);
        bytes[written++] = 0x80 | (code & 0x3f);
      } else {
        if (code >= 0xd800 && code <= 0xdfff) {
          const low = code <= 0xdbff ? text.charCodeAt(at + 1) : 0;
          if (low >= 0xdc00 && low <= 0xdfff) {
            const codePoint = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            bytes[written++] = 0xf0 | (codePoint >> 18);
            bytes[written++] = 0x80 | ((codePoint >> 12) & 0x3f);
            bytes[written++] = 0x80 | ((codePoint >> 6) & 0x3f);
            bytes[written++] = 0x80 | (codePoint & 0x3f);
            at++;
            continue;
          }
          code = 0xfffd;
        }
        bytes[written++] = 0xe0 | (code >> 12);
        bytes[written++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[written++] = 0x80 | (code & 0x3f);
      }
    }
    return written;
  }
}
