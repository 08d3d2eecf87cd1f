// Scanner throughput end to end: the real bin over a folder, start-up included.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { listMessages, repoRoot } from './lib';

export interface ScannerThroughput {
  messages: number;
  seconds: number;
  messagesPerSecond: number;
}

export function measureScanner(folders: readonly string[]): ScannerThroughput {
  const start = performance.now();
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/clearsight.cjs'), '--format', 'jsonl', ...folders], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 << 20 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0 && run.status !== 1) throw new Error(`scanner exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  const messages = run.stdout.split('\n').filter((line) => line.trim()).length;
  const expected = listMessages(folders).length;
  if (messages < expected) throw new Error(`scanner reported ${messages} of at least ${expected} messages`);
  return { messages, seconds, messagesPerSecond: messages / seconds };
}
