import { resolve } from 'node:path';
import { oneLine } from '../../src/cli/formats/text';
import { mapInOrder, scanFiles } from '../../src/cli/scan';
import { DEFAULT_POLICY, type MailMessage, type Verdict } from '../../src/detector/types';

const fx = (name: string) => resolve(__dirname, '../fixtures/mail', name);

async function recipientsSeen(files: string[], recipient?: string): Promise<(string | undefined)[]> {
  const seen: (string | undefined)[] = [];
  const spy = (message: MailMessage): Verdict => {
    seen.push(message.recipient);
    return { level: 'safe', score: 0, findings: [], reasons: [] };
  };
  const options = { policy: DEFAULT_POLICY, concurrency: 2, analyze: spy, ...(recipient ? { recipient } : {}) };
  for await (const entry of scanFiles(files, options)) expect(entry.error).toBeUndefined();
  return seen;
}

describe('scanFiles', () => {
  it('gives the detector the recipient from --recipient, else from the delivery headers', async () => {
    const files = [fx('qp-latin1.eml'), fx('base64-koi8r.eml'), fx('three.mbox')];
    expect(await recipientsSeen(files)).toEqual([
      'reader@parliament.example', 'aide@parliament.example', 'reader@parliament.example', 'reader@parliament.example', undefined,
    ]);
    expect(await recipientsSeen(files, 'me@parliament.example')).toEqual(Array(5).fill('me@parliament.example'));
  });

  it('turns a detector crash into an analyze error entry and carries on', async () => {
    const entries = [];
    let calls = 0;
    const flaky = (): Verdict => {
      calls++;
      if (calls === 1) throw new Error('boom');
      return { level: 'safe', score: 0, findings: [], reasons: [] };
    };
    for await (const entry of scanFiles([fx('qp-latin1.eml'), fx('base64-koi8r.eml')], { policy: DEFAULT_POLICY, concurrency: 1, analyze: flaky })) entries.push(entry);
    expect(entries.map((e) => [e.errorKind, e.error, e.verdict])).toEqual([
      ['analyze', 'analysis failed: boom', null],
      [undefined, undefined, 'safe'],
    ]);
  });

  it('reports an unreadable path as an io error entry', async () => {
    const entries = [];
    for await (const entry of scanFiles([resolve(__dirname)], { policy: DEFAULT_POLICY, concurrency: 1 })) entries.push(entry);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ errorKind: 'io', error: 'cannot read: is a folder' });
  });
});

describe('mapInOrder', () => {
  it('yields results in submission order while running at most `limit` jobs at once', async () => {
    let running = 0;
    let peak = 0;
    const delays = [30, 5, 20, 1, 10, 2, 15];
    async function* jobs() {
      for (const [index, delay] of delays.entries()) {
        yield async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, delay));
          running--;
          return index;
        };
      }
    }
    const out: number[] = [];
    for await (const value of mapInOrder(jobs(), 3)) out.push(value);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });
});

describe('text output hygiene', () => {
  it('flattens control characters and drops bidi overrides from subjects', () => {
    expect(oneLine('Invoice\u001b[2J\r\nfor \u202egpj.exe\u202c you', 80)).toBe('Invoice [2J for gpj.exe you');
    expect(oneLine('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
