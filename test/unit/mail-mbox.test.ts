import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { looksLikeMbox, MboxSplitter, splitMbox, type MboxEntry } from '../../src/mail';

const decode = (entry: MboxEntry) => new TextDecoder().decode(entry.raw);
const mbox = readFileSync(resolve(__dirname, '../fixtures/mail/three.mbox'));

describe('splitMbox', () => {
  it('splits on "From " lines that start the file or follow a blank line', () => {
    const entries = [...splitMbox(mbox)];
    expect(entries.map((e) => e.index)).toEqual([0, 1, 2]);
    expect(entries.map((e) => /^Subject: (\w+)$/m.exec(decode(e))?.[1])).toEqual(['first', 'second', 'third']);
    expect(decode(entries[1] as MboxEntry)).toContain('\nFrom here on this line is not a separator');
  });

  it('removes exactly one ">" from escaped From lines (mboxrd)', () => {
    const first = decode([...splitMbox(mbox)][0] as MboxEntry);
    expect(first).toContain('\nFrom the desk of Alice.\n');
    expect(first).toContain('\n>From a quoted quote.\n');
    expect(first).not.toContain('>>From');
  });

  it('drops the separator blank line and envelope but keeps the message bytes', () => {
    const entries = [...splitMbox(mbox)];
    expect(decode(entries[2] as MboxEntry)).toBe('From: carol@example.org\nSubject: third\n\nThird.\n');
    expect(decode(entries[0] as MboxEntry).startsWith('From: alice@example.org\n')).toBe(true);
  });

  it('handles CRLF mailboxes and a missing final newline', () => {
    const raw = 'From a Mon\r\nSubject: one\r\n\r\nbody\r\n\r\nFrom b Tue\r\nSubject: two\r\n\r\nlast line';
    const entries = [...splitMbox(raw)];
    expect(entries.map(decode)).toEqual(['Subject: one\r\n\r\nbody\r\n', 'Subject: two\r\n\r\nlast line']);
  });

  it('yields nothing for an empty mailbox', () => {
    expect([...splitMbox('')]).toEqual([]);
    expect([...splitMbox('From x\n\n')]).toEqual([]);
  });

  it('gives the same messages when fed in arbitrary chunks', () => {
    const whole = [...splitMbox(mbox)].map(decode);
    for (const size of [1, 3, 7, 64]) {
      const splitter = new MboxSplitter();
      const got: string[] = [];
      for (let at = 0; at < mbox.length; at += size) {
        for (const entry of splitter.feed(mbox.subarray(at, at + size))) got.push(decode(entry));
      }
      for (const entry of splitter.end()) got.push(decode(entry));
      expect(got).toEqual(whole);
    }
  });

  it('recognises mbox content by its first line', () => {
    expect(looksLikeMbox(new TextEncoder().encode('From x@y Mon\n'))).toBe(true);
    expect(looksLikeMbox(new TextEncoder().encode('From: x@y\n'))).toBe(false);
  });
});
