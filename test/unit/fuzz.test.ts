// Bounded fuzzing (about 2,000 cases) as part of `npm test`; `npm run fuzz` runs the same properties longer.
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/detector';
import type { MailMessage } from '../../src/detector/types';
import { MailParseError, parseEml } from '../../src/mail';
import { analyzeHeadersProperty, analyzeHtmlProperty, emlProperty, mutatedSampleProperty } from '../fuzz/properties';

const samplesDir = path.resolve(__dirname, '../../assets/samples');
const samples = fs.existsSync(samplesDir)
  ? fs.readdirSync(samplesDir).filter((f) => f.endsWith('.eml')).map((f) => new Uint8Array(fs.readFileSync(path.join(samplesDir, f))))
  : [];
const seed = Number(process.env.FUZZ_SEED ?? 20211127);

describe('fuzzing (bounded)', () => {
  it('analyze() survives random HTML soup', () => {
    fc.assert(analyzeHtmlProperty(), { numRuns: 700, seed });
  }, 120_000);

  it('analyze() survives random headers, addresses and attachment names', () => {
    fc.assert(analyzeHeadersProperty(), { numRuns: 500, seed });
  }, 120_000);

  it('the .eml reader and analyze() survive hostile MIME', async () => {
    await fc.assert(emlProperty(), { numRuns: 500, seed });
  }, 120_000);

  it('the .eml reader and analyze() survive mutated samples', async () => {
    expect(samples.length).toBeGreaterThanOrEqual(8);
    await fc.assert(mutatedSampleProperty(samples), { numRuns: 300, seed });
  }, 120_000);
});

describe('the fuzz harness catches what it should', () => {
  // A seeded crash: a detector that throws on one kind of markup the generators produce.
  const crashing = (m: MailMessage) => {
    if (m.html?.includes('<iframe')) throw new Error('seeded crash');
    return analyze(m);
  };

  it('finds a seeded crash in analyze()', () => {
    const result = fc.check(analyzeHtmlProperty(crashing), { numRuns: 2_000, seed });
    expect(result.failed).toBe(true);
    expect(String(result.errorInstance)).toContain('seeded crash');
  }, 120_000);

  it('finds a seeded crash behind the .eml reader', async () => {
    const result = await fc.check(emlProperty((m) => crashing({ ...m, html: m.html ?? '' })), { numRuns: 1_000, seed });
    expect(result.failed).toBe(true);
  }, 120_000);
});

describe('extreme inputs to the .eml reader', () => {
  async function readAndAnalyze(raw: string) {
    try {
      return analyze(await parseEml(raw));
    } catch (error) {
      if (error instanceof MailParseError) return undefined;
      throw error;
    }
  }

  it('deeply nested multiparts (300 levels)', async () => {
    let body = 'Content-Type: text/html\r\n\r\n<img src="https://t.example/p.gif" width=1 height=1>\r\n';
    for (let depth = 0; depth < 300; depth++) {
      body = `Content-Type: multipart/mixed; boundary="d${depth}"\r\n\r\n--d${depth}\r\n${body}--d${depth}--\r\n`;
    }
    const verdict = await readAndAnalyze(`From: a@b.example\r\nSubject: deep\r\n${body}`);
    // Either a verdict or a clean refusal; a throw or a hang fails the test.
    expect(verdict === undefined || ['safe', 'caution', 'danger'].includes(verdict.level)).toBe(true);
  }, 30_000);

  it('a 5 MB attribute, NUL bytes and bidi controls in an HTML part', async () => {
    const html = `<img src="https://t.example/${'a'.repeat(5 * 1024 * 1024)}">\u0000\u202E<b>x</b>`;
    const verdict = await readAndAnalyze(`From: a@b.example\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
    expect(verdict?.level).toMatch(/safe|caution|danger/);
  }, 30_000);

  it('truncated base64 and quoted-printable with an unknown charset', async () => {
    const raw = [
      'From: a@b.example', 'Content-Type: multipart/alternative; boundary="x"', '',
      '--x', 'Content-Type: text/plain; charset=x-made-up', 'Content-Transfer-Encoding: quoted-printable', '', 'caf=E9 =', '',
      '--x', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', 'PGltZyBzcmM9Imh0dHBzOi8vdC5leGFtcGxlL3AuZ2lmIj4=PGI', '',
    ].join('\r\n');
    const verdict = await readAndAnalyze(raw);
    expect(verdict?.level).toMatch(/safe|caution|danger/);
  });
});
