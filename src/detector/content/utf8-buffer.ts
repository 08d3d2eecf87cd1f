// Text as UTF-8 bytes in a buffer kept between calls. The matcher reads bytes
// from a typed array because that costs about half of what charCodeAt does per
// character; TextEncoder.encodeInto (native, and it flattens a concatenated
// string on the way) is far cheaper than what it saves, even for a subject line
// (measured: encoding 25 characters by hand in JavaScript costs more than the call).

/** Largest buffer kept between calls; a longer text gets one of its own, left to the collector. */
const MAX_KEPT_BYTES = 64 * 1024;

export class Utf8Buffer {
  private readonly encoder = new TextEncoder();
  /**
   * The bytes of the text last loaded, from 0 to what `load` returned, then a 0 byte
   * (so a reader may look one byte past the end); what lies beyond is stale.
   */
  bytes = new Uint8Array(0);

  /** Encodes `text` into `bytes` (lone surrogates as U+FFFD); returns how many bytes it takes. */
  load(text: string): number {
    const needed = text.length * 3 + 1; // the most UTF-8 bytes a UTF-16 code unit takes, and the 0 after
    if (this.bytes.length < needed || this.bytes.length > MAX_KEPT_BYTES) this.bytes = new Uint8Array(Math.max(needed, 1024));
    const written = this.encoder.encodeInto(text, this.bytes).written;
    this.bytes[written] = 0;
    return written;
  }
}
