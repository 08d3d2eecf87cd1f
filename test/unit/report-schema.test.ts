import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { checkPayload, type ReportPayload } from '../../src/report/payload';
import { serialiseReportJsonSchema } from '../../src/report/schema-file';
import { samplePayload } from '../helpers/report-payload';

const committedPath = resolve(__dirname, '..', '..', 'schemas', 'report.schema.json');

function compileCommitted() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(committedPath, 'utf8')) as object);
}

describe('schemas/report.schema.json', () => {
  it('is exactly what the zod schema generates (run: npm run schema:report)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(serialiseReportJsonSchema());
  });

  it('accepts what the client accepts and rejects what it rejects', () => {
    const validate = compileCommitted();
    const good = samplePayload();
    expect(checkPayload(good).ok).toBe(true);
    expect(validate(good)).toBe(true);

    const bad: unknown[] = [
      { ...good, reportId: 'not-a-uuid' },
      { ...good, reportId: '6ba7b810-9dad-11d1-80b4-00c04fd430c8' }, // v1, not v4
      { ...good, idempotencyKey: 'ABC' },
      { ...good, category: 'malware' },
      { ...good, comment: 'x'.repeat(2001) },
      { ...good, reporter: 'not an address' },
      { ...good, reportedAt: 'yesterday' },
      { ...good, schemaVersion: 2 },
      { ...good, surprise: true },
      { ...good, eml: 'not base64!' },
      { ...good, message: { ...good.message, internetMessageId: '' } },
      { ...good, verdict: { ...good.verdict, level: 'doom' } },
    ];
    for (const candidate of bad) {
      expect(checkPayload(candidate).ok).toBe(false);
      expect(validate(candidate)).toBe(false);
    }
  });

  it('handles a multi-megabyte eml without overflowing the regex engine', () => {
    const validate = compileCommitted();
    const { emlOmitted: _omitted, ...rest } = samplePayload();
    const big: ReportPayload = { ...rest, eml: 'QUJD'.repeat(5_000_000) };
    expect(validate(big)).toBe(true);
    expect(checkPayload(big).ok).toBe(true);
  });
});

describe('checkPayload beyond JSON Schema', () => {
  it('requires exactly one of eml and emlOmitted', () => {
    const { emlOmitted: _dropped, ...withoutEither } = samplePayload({ eml: undefined });
    expect(checkPayload(withoutEither).ok).toBe(false);
    expect(checkPayload({ ...samplePayload(), eml: 'QUJD', emlOmitted: { reason: 'unsupported' } }).ok).toBe(false);
    expect(checkPayload({ ...samplePayload(), eml: 'QUJD', emlOmitted: undefined }).ok).toBe(true);
  });

  it('rejects base64 with a broken length', () => {
    const result = checkPayload({ ...samplePayload(), eml: 'QUJDR', emlOmitted: undefined });
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('multiple of 4')] });
  });
});
