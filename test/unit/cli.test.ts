// Spawns the real bin/clearsight.cjs as a user would (each spawn costs about a
// second of tsx start-up, so there are few); cli-run.test.ts covers the rest in-process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(__dirname, '../../bin/clearsight.cjs');
const FIXTURES = resolve(__dirname, '../fixtures/mail');

function clearsight(args: string[], cwd = tmpdir()) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/clearsight.cjs', () => {
  it('runs from any working directory and streams valid jsonl, exiting 1 when something is flagged', () => {
    const { code, stdout, stderr } = clearsight(['--format', 'jsonl', FIXTURES]);
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(10);
    for (const record of records) {
      expect(record).toHaveProperty('source');
      expect(record).toHaveProperty('verdict');
      expect(record).toHaveProperty('score');
      expect(Array.isArray(record.findings)).toBe(true);
    }
    expect(records.filter((r) => r.error !== undefined).map((r) => r.source)).toEqual([join(FIXTURES, 'not-mail.eml')]);
    expect(records.filter((r) => r.verdict === 'caution' || r.verdict === 'danger').length).toBeGreaterThanOrEqual(2);
    expect(stderr).toMatch(/10 messages: \d+ safe, \d+ caution, \d+ danger, 1 not scanned/);
    expect(code).toBe(1);
  }, 60_000);

  it('exits 2 on a bad --config, naming the field on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearsight-bin-'));
    try {
      writeFileSync(join(dir, 'policy.json'), '{"newsOutlets": [{"name": "Le Monde", "domain": ["lemonde.fr"]}]}');
      const { code, stdout, stderr } = clearsight(['--config', 'policy.json', join(FIXTURES, 'qp-latin1.eml')], dir);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim()).toBe('clearsight: policy.json: config field "newsOutlets[0].domain": unknown field (allowed here: name, domains, aliases) (and 1 more problem)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits 0 for safe mail and prints SARIF 2.1.0', () => {
    const { code, stdout } = clearsight(['--format', 'sarif', join(FIXTURES, 'qp-latin1.eml')]);
    const log = JSON.parse(stdout);
    expect(log).toMatchObject({ version: '2.1.0', $schema: expect.stringContaining('sarif-2.1.0') });
    expect(log.runs[0].results).toEqual([]);
    expect(code).toBe(0);
  }, 60_000);
});

describe('npm run scan, as the README shows it', () => {
  it('prints one valid JSON object per sample with `npm run scan -- --format jsonl assets/samples`', () => {
    const repo = resolve(__dirname, '../..');
    const result = spawnSync('npm', ['run', '--silent', 'scan', '--', '--format', 'jsonl', 'assets/samples'], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
    const samples = readdirSync(join(repo, 'assets/samples')).filter((f) => f.endsWith('.eml'));
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { source: string; verdict: string; score: number; findings: unknown[] });
    expect(records).toHaveLength(samples.length);
    expect(records.map((r) => r.source.split('/').pop()).sort()).toEqual(samples.sort());
    const verdictOf = (name: string) => records.find((r) => r.source.endsWith(name))?.verdict;
    expect(verdictOf('01-fake-press-pixel.eml')).toBe('danger');
    expect(verdictOf('04-clean-internal-memo.eml')).toBe('safe');
    expect(result.status).toBe(1);
  }, 60_000);
});
