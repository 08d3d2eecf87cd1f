import { buildReportPayload, EML_SEND_LIMIT_CHARS, messageIdOf, InvalidReportError, type ReportInput } from '../../src/report/build';
import { idempotencyKeyFor, uuidV4FromBytes } from '../../src/report/identity';
import { checkPayload } from '../../src/report/payload';
import { message as makeMessage } from '../helpers/message';

const deps = { now: () => Date.UTC(2026, 10, 27, 10, 0, 0), randomBytes: (n: number) => new Uint8Array(n).fill(0xab) };

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    message: makeMessage({ messageId: '<m1@news.example>', subject: 'Hello', from: { name: 'Desk', address: 'desk@news.example' } }),
    verdict: { level: 'caution', score: 4, findings: [] },
    reporter: 'Staff@Parliament.example',
    category: 'tracking',
    eml: { kind: 'omitted', reason: 'unsupported' },
    client: { addinVersion: '0.1.0' },
    ...overrides,
  };
}

describe('idempotency key', () => {
  it('is the hex SHA-256 of message id, newline, lower-cased reporter', () => {
    // Independent check with Node's crypto, which the browser code cannot use.
    const { createHash } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const expected = createHash('sha256').update('<m1@news.example>\nstaff@parliament.example').digest('hex');
    expect(idempotencyKeyFor('<m1@news.example>', 'Staff@Parliament.EXAMPLE')).toBe(expected);
    expect(idempotencyKeyFor('<m2@news.example>', 'staff@parliament.example')).not.toBe(expected);
  });
});

describe('uuidV4FromBytes', () => {
  it('sets the version and variant bits', () => {
    expect(uuidV4FromBytes(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidV4FromBytes(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
  });
});

describe('buildReportPayload', () => {
  it('produces a payload that passes the schema, with the same key however the reporter is spelled', () => {
    const payload = buildReportPayload(input(), deps);
    expect(checkPayload(payload).ok).toBe(true);
    expect(payload).toMatchObject({
      schemaVersion: 1,
      reporter: 'staff@parliament.example',
      reportedAt: '2026-11-27T10:00:00.000Z',
      category: 'tracking',
      message: { internetMessageId: '<m1@news.example>', subject: 'Hello', from: { name: 'Desk', address: 'desk@news.example' } },
      emlOmitted: { reason: 'unsupported' },
    });
    expect(payload.idempotencyKey).toBe(idempotencyKeyFor('<m1@news.example>', 'staff@parliament.example'));
    expect(buildReportPayload(input({ reporter: ' staff@parliament.example ' }), deps).idempotencyKey).toBe(payload.idempotencyKey);
  });

  it('carries the eml when the host gave one', () => {
    const payload = buildReportPayload(input({ eml: { kind: 'eml', base64: 'RnJvbTogYQ==' } }), deps);
    expect(payload.eml).toBe('RnJvbTogYQ==');
    expect(payload.emlOmitted).toBeUndefined();
  });

  it('leaves out an .eml too large for the collector, saying so, and still reports', () => {
    const payload = buildReportPayload(input({ eml: { kind: 'eml', base64: 'QUJD'.repeat(EML_SEND_LIMIT_CHARS / 4 + 1) } }), deps);
    expect(payload.eml).toBeUndefined();
    expect(payload.emlOmitted).toEqual({ reason: 'too-large', detail: 'the message is 15 MB' });
  });

  it('clips oversized fields to the schema instead of failing', () => {
    const huge = 'x'.repeat(200_000);
    const payload = buildReportPayload(input({
      comment: huge,
      message: makeMessage({ messageId: '<m1@x>', subject: huge, headers: [{ name: 'X-Long', value: huge }] }),
    }), deps);
    expect(payload.comment).toHaveLength(2000);
    expect(payload.message.subject).toHaveLength(10_000);
    expect(payload.headers[0]!.value).toHaveLength(100_000);
  });

  it('normalises a receivedAt the schema would reject, and drops nonsense', () => {
    const local = buildReportPayload(input({ message: makeMessage({ messageId: '<a@b>', date: 'Thu, 26 Nov 2026 09:00:00 +0100' }) }), deps);
    expect(local.message.receivedAt).toBe('2026-11-26T08:00:00.000Z');
    const nonsense = buildReportPayload(input({ message: makeMessage({ messageId: '<a@b>', date: 'someday' }) }), deps);
    expect(nonsense.message.receivedAt).toBeUndefined();
  });

  it('rejects an invalid reporter with a clear error', () => {
    expect(() => buildReportPayload(input({ reporter: 'not an address' }), deps)).toThrow(InvalidReportError);
  });
});

describe('messageIdOf', () => {
  it('falls back to the header, then to a stable fingerprint', () => {
    expect(messageIdOf(makeMessage({ headers: [{ name: 'Message-ID', value: ' <h@x> ' }] }))).toBe('<h@x>');
    const a = messageIdOf(makeMessage({ subject: 'S', from: { name: '', address: 'a@x.example' } }));
    const b = messageIdOf(makeMessage({ subject: 'S', from: { name: '', address: 'a@x.example' } }));
    const c = messageIdOf(makeMessage({ subject: 'T', from: { name: '', address: 'a@x.example' } }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^<no-message-id\.[0-9a-f]{32}@clearsight\.invalid>$/);
  });
});
