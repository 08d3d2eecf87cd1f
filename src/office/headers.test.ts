import { parseHeaderBlock } from './headers';

describe('parseHeaderBlock', () => {
  it('unfolds continuation lines and keeps order and duplicates', () => {
    const block = 'Received: a\r\n  b\r\nReceived: c\nX-Test:value\r\n\r\nBody: not a header';
    expect(parseHeaderBlock(block)).toEqual([
      { name: 'Received', value: 'a  b' },
      { name: 'Received', value: 'c' },
      { name: 'X-Test', value: 'value' },
    ]);
  });

  it('skips lines that are not fields instead of gluing them on', () => {
    expect(parseHeaderBlock('garbage line\r\n continuation of garbage\r\nSubject: hi')).toEqual([{ name: 'Subject', value: 'hi' }]);
  });

  it('returns nothing for an empty block', () => {
    expect(parseHeaderBlock('')).toEqual([]);
  });
});
