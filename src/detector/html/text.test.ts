import fc from 'fast-check';
import { CollapsedText, isWhitespace } from './text';

/** The definition CollapsedText must match: join, collapse every whitespace run, trim. */
function reference(chunks: readonly (string | null)[]): string {
  return chunks.map((chunk) => chunk ?? ' ').join('').replace(/\s+/g, ' ').trim();
}

function collapsed(chunks: readonly (string | null)[]): string {
  const text = new CollapsedText();
  for (const chunk of chunks) {
    if (chunk === null) text.separate();
    else text.append(chunk);
  }
  return text.value();
}

const PIECES = ['a', 'Word', 'x y', ' ', '  ', '\n', '\t', '\r\n', '\u000b', '\u000c', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028',
  '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e', '\u0085', '\u001f', '\u0000', 'é', '😀'];

describe('CollapsedText', () => {
  it('collapses runs inside, across and between chunks and trims the ends', () => {
    expect(collapsed(['\n  Hello', ' ', 'world  ', null, '\u00a0', 'again\n\n  and', null, '  '])).toBe('Hello world again and');
    expect(collapsed(['foo', 'bar', null, 'baz'])).toBe('foobar baz');
    expect(collapsed([null, ' ', '\t'])).toBe('');
  });

  it('keeps characters that look blank but are not whitespace to JavaScript', () => {
    expect(collapsed(['a\u200bb', ' \u0085 ', 'c\u0000'])).toBe('a\u200bb \u0085 c\u0000');
  });

  it('gives exactly join-collapse-trim for any chunking', () => {
    const chunk = fc.oneof(fc.constant(null), fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join('')));
    fc.assert(fc.property(fc.array(chunk, { maxLength: 20 }), (chunks) => collapsed(chunks) === reference(chunks)), { numRuns: 2000 });
  });
});

describe('isWhitespace', () => {
  it('agrees with the \\s class on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    expect(disagreements).toEqual([]);
  });
});
