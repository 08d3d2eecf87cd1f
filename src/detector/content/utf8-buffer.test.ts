import fc from 'fast-check';
import { Utf8Buffer } from './utf8-buffer';

const encoder = new TextEncoder();

function loaded(buffer: Utf8Buffer, text: string): number[] {
  const length = buffer.load(text);
  return Array.from(buffer.bytes.subarray(0, length));
}

describe('Utf8Buffer', () => {
  // Code units around every UTF-8 length boundary, and surrogates paired, lone and reversed.
  const unit = fc.oneof(
    fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0x2019, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff),
    fc.integer({ min: 0, max: 0xffff }),
  );
  const text = (maxLength: number) => fc.array(unit, { maxLength }).map((units) => String.fromCharCode(...units));

  it('gives the bytes TextEncoder gives, whatever the buffer held before', () => {
    const buffer = new Utf8Buffer();
    fc.assert(fc.property(fc.oneof(text(40), text(400)), (t) => {
      expect(loaded(buffer, t)).toEqual(Array.from(encoder.encode(t)));
    }), { numRuns: 3000 });
  });

  it('ends what it loaded with a 0 byte, also after a longer text', () => {
    const buffer = new Utf8Buffer();
    for (const t of ['é'.repeat(500), 'a😀\ud800b', '€'.repeat(200), '€€€', '']) {
      const length = buffer.load(t);
      expect(Array.from(buffer.bytes.subarray(0, length))).toEqual(Array.from(encoder.encode(t)));
      expect(buffer.bytes[length]).toBe(0);
    }
  });

  it('does not keep a huge buffer alive after a long text', () => {
    const buffer = new Utf8Buffer();
    const long = 'é'.repeat(100_000);
    expect(loaded(buffer, long)).toEqual(Array.from(encoder.encode(long)));
    buffer.load('short subject');
    expect(buffer.bytes.length).toBeLessThanOrEqual(64 * 1024);
    expect(loaded(buffer, 'short subject')).toEqual(Array.from(encoder.encode('short subject')));
  });
});
