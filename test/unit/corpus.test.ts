// Real-world MIME from the shared SpamAssassin sample (../shared/corpus, outside
// the repo): every message must parse and analyse, in-process and via the CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/detector';
import { inferRecipient, parseEml } from '../../src/mail';

const CORPUS = resolve(__dirname, '../../../shared/corpus');
const present = existsSync(CORPUS);

function messageFiles(folder: string): string[] {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return messageFiles(path);
    return name.endsWith('.eml') ? [path] : [];
  });
}

if (!present) {
  console.warn(`corpus.test.ts skipped: ${CORPUS} does not exist (the shared corpus lives beside the repository)`);
}

(present ? describe : describe.skip)('shared corpus', () => {
  const files = present ? messageFiles(CORPUS) : [];

  it('holds the 300 messages the README describes', () => {
    expect(files).toHaveLength(300);
  });

  it('every message parses into a MailMessage with headers and analyses without throwing', async () => {
    const failures: string[] = [];
    for (const file of files) {
      try {
        const message = await parseEml(readFileSync(file));
        const recipient = inferRecipient(message);
        if (recipient) message.recipient = recipient;
        if (message.headers.length === 0) failures.push(`${file}: no headers`);
        if (!message.html && !message.text && message.attachments.length === 0) failures.push(`${file}: no body`);
        const verdict = analyze(message);
        if (!['safe', 'caution', 'danger'].includes(verdict.level)) failures.push(`${file}: level ${verdict.level}`);
      } catch (error) {
        failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('the CLI scans the folder into 300 jsonl entries, none with an error', () => {
    const result = spawnSync(process.execPath, [resolve(__dirname, '../../bin/clearsight.cjs'), '--format', 'jsonl', CORPUS], { encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).not.toMatch(/internal error/);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { source: string; error?: string; attached?: number[] });
    // Messages attached to corpus messages would get entries of their own; the files are 300.
    expect(records.filter((r) => r.attached === undefined)).toHaveLength(300);
    expect(records.filter((r) => r.error !== undefined)).toEqual([]);
    expect([0, 1]).toContain(result.status);
  }, 120_000);
});
