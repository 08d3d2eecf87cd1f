// The scanner run in-process (fast); test/unit/cli.test.ts spawns the real bin.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/main';
import type { Finding } from '../../src/detector/types';
import { describeFinding } from '../../src/i18n';

const FIXTURES = resolve(__dirname, '../fixtures/mail');
const fx = (name: string) => join(FIXTURES, name);

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString('utf8');
    done();
  }
}

async function scan(...argv: string[]) {
  return scanWithStdin('', ...argv);
}

async function scanWithStdin(input: string | Buffer, ...argv: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = Readable.from([Buffer.from(input)]);
  const code = await run(argv, { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream, cwd: FIXTURES, stdin });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('output formats', () => {
  it('jsonl: one JSON object per message with source, verdict, score and findings; error entries keep the run going', async () => {
    const { code, stdout } = await scan('--format', 'jsonl', FIXTURES);
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((r) => r.source)).toEqual([
      fx('base64-koi8r.eml'), fx('nested-multipart.eml'), `${fx('nested-multipart.eml')}!0`, fx('not-mail.eml'), fx('qp-latin1.eml'), fx('receipt-cp1252.eml'),
      `${fx('three.mbox')}#0`, `${fx('three.mbox')}#1`, `${fx('three.mbox')}#2`, fx('unknown-charset.eml'),
    ]);
    for (const record of records) expect(Object.keys(record)).toEqual(expect.arrayContaining(['source', 'verdict', 'score', 'findings']));
    const broken = records[3] as Record<string, unknown>;
    expect(broken).toMatchObject({ verdict: null, score: null, findings: [], errorKind: 'parse' });
    expect(broken.error).toMatch(/^not an email/);
    const receipt = records[5] as { verdict: string; findings: { rule: string }[] };
    expect(receipt.verdict).toBe('caution');
    expect(receipt.findings.map((f) => f.rule)).toContain('tracking/read-receipt');
    // The forwarded message is judged on its own, and only there.
    const outerHosts = (records[1] as { findings: { evidence: { host?: string } }[] }).findings.map((f) => f.evidence.host);
    expect(outerHosts).not.toContain('tracker.example');
    expect(records[2]).toMatchObject({ attached: [0], subject: 'Forwarded évent', from: 'inner@tracker.example' });
    expect((records[2] as { findings: { evidence: { host?: string } }[] }).findings.map((f) => f.evidence.host)).toContain('tracker.example');
    expect(code).toBe(1);
  });

  it('--no-attached leaves attached messages out', async () => {
    const { stdout } = await scan('--format', 'jsonl', '--no-attached', fx('nested-multipart.eml'));
    expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source)).toEqual([fx('nested-multipart.eml')]);
  });

  it('json: one document with every message and a summary', async () => {
    const { stdout, code } = await scan('--format', 'json', fx('three.mbox'), fx('not-mail.eml'));
    const document = JSON.parse(stdout) as { messages: { source: string }[]; summary: Record<string, number> };
    expect(document.messages).toHaveLength(4);
    const { messages, safe, caution, danger, errors } = document.summary as Record<string, number>;
    expect({ messages, errors }).toEqual({ messages: 4, errors: 1 });
    expect((safe ?? 0) + (caution ?? 0) + (danger ?? 0)).toBe(3);
    expect((caution ?? 0) + (danger ?? 0)).toBeGreaterThanOrEqual(1);
    expect(code).toBe(1);
  });

  it('csv: a header row, one quoted row per message, spreadsheet formulas defused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearsight-csv-'));
    try {
      writeFileSync(join(dir, 'formula.eml'), 'From: "Mallory, Inc" <m@evil.example>\nSubject: =HYPERLINK("http://evil.example","Hi")\n\nbody\n');
      const { stdout } = await scan('--format', 'csv', join(dir, 'formula.eml'), fx('not-mail.eml'));
      const lines = stdout.split('\r\n');
      expect(lines[0]).toBe('source,verdict,score,findings,rules,subject,from,error');
      expect(lines[1]?.startsWith(`${join(dir, 'formula.eml')},`)).toBe(true);
      expect(lines[1]?.endsWith(`,"'=HYPERLINK(""http://evil.example"",""Hi"")",m@evil.example,`)).toBe(true);
      expect(lines[2]).toMatch(/^.*not-mail\.eml,,,0,,,,"not an email: .*""Name: value""\)"$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sarif: 2.1.0 with $schema, the rule table, results located by file and mbox index', async () => {
    const { stdout } = await scan('--format', 'sarif', fx('three.mbox'), fx('receipt-cp1252.eml'), fx('not-mail.eml'));
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const runEntry = log.runs[0];
    const ruleIds = runEntry.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toContain('tracking/read-receipt');
    type SarifResult = { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } }; logicalLocations?: { name: string }[] }[] };
    const results = runEntry.results as SarifResult[];
    for (const result of results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning', 'note', 'none']).toContain(result.level);
    }
    const receipts = results.filter((r) => r.ruleId === 'tracking/read-receipt');
    expect(receipts).toHaveLength(2);
    const [fromMbox, fromFile] = receipts as [SarifResult, SarifResult];
    expect(fromMbox.level).toBe('warning');
    expect(fromMbox.locations[0]?.physicalLocation.artifactLocation.uri).toBe('three.mbox');
    expect(fromMbox.locations[0]?.logicalLocations?.[0]?.name).toBe('message 1');
    expect(fromFile.locations[0]?.physicalLocation.artifactLocation.uri).toBe('receipt-cp1252.eml');
    expect(fromFile.locations[0]?.logicalLocations).toBeUndefined();
    const notes = runEntry.invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].message.text).toMatch(/not-mail\.eml: not an email/);
  });

  it('text: one line per message with level, score, source, subject and the main finding titles in the chosen language', async () => {
    const { stdout: jsonl } = await scan('--format', 'jsonl', fx('receipt-cp1252.eml'));
    const record = JSON.parse(jsonl) as { verdict: string; score: number; findings: Finding[] };
    const rank = { high: 0, medium: 1, low: 2, info: 3 } as const;
    const top = record.findings.filter((f) => f.severity !== 'info').sort((a, b) => rank[a.severity] - rank[b.severity])[0] as Finding;
    const en = await scan(fx('receipt-cp1252.eml'), fx('qp-latin1.eml'));
    const fr = await scan('--lang', 'fr', fx('receipt-cp1252.eml'));
    const lines = en.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]?.startsWith(`${record.verdict.toUpperCase().padEnd(8)}${String(record.score).padStart(4)}  ${fx('receipt-cp1252.eml')}  "Interview request"  — `)).toBe(true);
    expect(lines[0]).toContain(describeFinding(top, 'en').title);
    expect(lines[1]).toMatch(/^SAFE\s+0\s+.*qp-latin1\.eml\s+"Café crème et réunion"$/);
    expect(describeFinding(top, 'fr').title).not.toBe(describeFinding(top, 'en').title);
    expect(fr.stdout).toContain(describeFinding(top, 'fr').title);
  });
});

describe('exit status', () => {
  it('is 0 when every message is safe', async () => {
    expect((await scan(fx('qp-latin1.eml'), fx('base64-koi8r.eml'))).code).toBe(0);
  });

  it('is 0 when a non-mail file sits among safe messages (reported, not fatal)', async () => {
    const { code, stdout } = await scan(fx('qp-latin1.eml'), fx('not-mail.eml'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ERROR .*not-mail\.eml\s+not an email/m);
  });

  it('is 1 when any message is caution or danger', async () => {
    expect((await scan(fx('qp-latin1.eml'), fx('receipt-cp1252.eml'))).code).toBe(1);
  });

  it('is 2 when nothing at all could be read as email', async () => {
    expect((await scan(fx('not-mail.eml'))).code).toBe(2);
  });

  it('is 2 for a missing path, after scanning the others', async () => {
    const { code, stdout, stderr } = await scan(fx('qp-latin1.eml'), fx('does-not-exist.eml'));
    expect(code).toBe(2);
    expect(stdout).toMatch(/^SAFE .*qp-latin1\.eml/);
    expect(stderr).toContain('does-not-exist.eml: no such file or folder');
  });

  it('is 2 for usage errors, with a hint', async () => {
    for (const argv of [[], ['--format', 'xml', FIXTURES], ['--lang', 'es', FIXTURES], ['--recipient', 'nobody', FIXTURES], ['--bogus', FIXTURES]]) {
      const { code, stderr } = await scan(...argv);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^clearsight: .+\nTry "clearsight --help"\.\n$/);
    }
  });

  it('is 2 for a bad --config, naming the field in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearsight-config-'));
    try {
      const config = join(dir, 'policy.json');
      writeFileSync(config, JSON.stringify({ vips: [{ name: 'A' }, { name: 'B', domains: ['not a domain!'] }] }));
      const { code, stdout, stderr } = await scan('--config', config, fx('qp-latin1.eml'));
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`clearsight: ${config}: config field "vips[1].domains[0]": expected a domain name, got "not a domain!"\n`);
      const missing = await scan('--config', join(dir, 'nope.json'), fx('qp-latin1.eml'));
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('nope.json: cannot read: no such file or folder');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('"-" reads a message or a mailbox from standard input', async () => {
    const one = await scanWithStdin(readFileSync(fx('receipt-cp1252.eml')), '--format', 'jsonl', '-');
    expect(JSON.parse(one.stdout)).toMatchObject({ source: '-', verdict: 'caution' });
    expect(one.code).toBe(1);
    const box = await scanWithStdin(readFileSync(fx('three.mbox')), '--format', 'jsonl', '-');
    expect(box.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual(['-#0', '-#1', '-#2']);
  });

  it('uses the policy\'s defaultLanguage for titles unless --lang says otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearsight-lang-'));
    try {
      const config = join(dir, 'config.json');
      writeFileSync(config, '{"defaultLanguage": "de"}');
      const record = JSON.parse((await scan('--format', 'jsonl', '--config', config, fx('three.mbox'))).stdout.split('\n')[1] as string);
      const finding = (record.findings as Finding[]).find((f) => f.rule === 'tracking/read-receipt') as Finding;
      const german = describeFinding(finding, 'de').title;
      expect(german).not.toBe(describeFinding(finding, 'en').title);
      expect((await scan('--config', config, fx('three.mbox'))).stdout).toContain(german);
      expect((await scan('--config', config, '--lang', 'nl', fx('three.mbox'))).stdout).toContain(describeFinding(finding, 'nl').title);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--help and --version exit 0', async () => {
    expect(await scan('--help')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: clearsight/) });
    expect(await scan('--version')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
});

describe('folder walking', () => {
  it('recurses in name order, skips dotfiles and non-mail names, reads named files whatever their name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearsight-walk-'));
    try {
      mkdirSync(join(dir, 'b-sub'));
      mkdirSync(join(dir, '.hidden'));
      copyFileSync(fx('qp-latin1.eml'), join(dir, 'c.eml'));
      copyFileSync(fx('qp-latin1.eml'), join(dir, 'a'));
      copyFileSync(fx('qp-latin1.eml'), join(dir, 'b-sub', 'x.eml'));
      copyFileSync(fx('qp-latin1.eml'), join(dir, '.hidden', 'y.eml'));
      copyFileSync(fx('qp-latin1.eml'), join(dir, '.dot.eml'));
      writeFileSync(join(dir, 'README.md'), '# not mail\n');
      copyFileSync(fx('qp-latin1.eml'), join(dir, 'saved.txt'));
      const folder = await scan('--format', 'jsonl', dir);
      expect(folder.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source))
        .toEqual([join(dir, 'a'), join(dir, 'b-sub', 'x.eml'), join(dir, 'c.eml')]);
      const named = await scan('--format', 'jsonl', join(dir, 'saved.txt'));
      expect(JSON.parse(named.stdout).verdict).toBe('safe');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
