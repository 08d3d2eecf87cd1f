// The scanner: `clearsight [options] <paths…>`. Reads saved mail, runs the
// same detector as the add-in, streams one entry per message. Never fetches.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError, parsePolicyText } from '../config';
import { DEFAULT_POLICY, type Policy } from '../detector/types';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args';
import { addToSummary, emptySummary, type ScanSummary } from './entry';
import { createFormatter } from './formats';
import { describeIoError, listInputs } from './inputs';
import { Output } from './output';
import { createProgress } from './progress';
import { scanFiles } from './scan';

export const EXIT_SAFE = 0;
export const EXIT_FLAGGED = 1;
export const EXIT_ERROR = 2;

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  stdin?: NodeJS.ReadableStream;
}

export async function run(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): Promise<number> {
  const err = (line: string) => io.stderr.write(`clearsight: ${line}\n`);
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(error.message);
    io.stderr.write('Try "clearsight --help".\n');
    return EXIT_ERROR;
  }
  if (options.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_SAFE;
  }
  if (options.version) {
    io.stdout.write(`${toolVersion()}\n`);
    return EXIT_SAFE;
  }

  let policy: Policy = DEFAULT_POLICY;
  if (options.configPath !== undefined) {
    try {
      policy = parsePolicyText(await readFile(options.configPath, 'utf8'), options.configPath);
    } catch (error) {
      if (error instanceof ConfigError) err(error.message);
      else err(`${options.configPath}: cannot read: ${describeIoError(error)}`);
      return EXIT_ERROR;
    }
  }

  const inputs = await listInputs(options.paths);
  for (const problem of inputs.problems) err(`${problem.path}: ${problem.message}`);

  const output = new Output(io.stdout);
  const formatter = createFormatter(options.format, {
    language: options.lang ?? policy.defaultLanguage, toolVersion: toolVersion(), cwd: io.cwd,
  });
  const progress = createProgress(inputs.files.length, options.progress, io.stderr, io.stdout);
  const summary = emptySummary();
  let hardErrors = inputs.problems.length;
  try {
    await output.write(formatter.begin());
    const scanOptions = {
      policy, concurrency: options.concurrency, attached: options.attached, onFileDone: () => progress.fileDone(),
      ...(io.stdin === undefined ? {} : { stdin: io.stdin }),
      ...(options.recipient === undefined ? {} : { recipient: options.recipient }),
    };
    for await (const entry of scanFiles(inputs.files, scanOptions)) {
      addToSummary(summary, entry);
      if (entry.errorKind === 'io' || entry.errorKind === 'analyze') hardErrors++;
      await output.write(formatter.entry(entry));
      if (output.isClosed) break;
    }
    await output.write(formatter.end(summary));
  } finally {
    progress.stop();
  }
  if (options.format !== 'json') err(summaryLine(summary));
  return exitCode(summary, hardErrors);
}

export function exitCode(summary: ScanSummary, hardErrors: number): number {
  const scanned = summary.messages - summary.errors;
  if (hardErrors > 0 || scanned === 0) return EXIT_ERROR;
  return summary.caution + summary.danger > 0 ? EXIT_FLAGGED : EXIT_SAFE;
}

function summaryLine(summary: ScanSummary): string {
  return `${summary.messages} message${summary.messages === 1 ? '' : 's'}: ${summary.safe} safe, ${summary.caution} caution, ${summary.danger} danger, ${summary.errors} not scanned`;
}

let cachedVersion: string | undefined;
function toolVersion(): string {
  cachedVersion ??= (JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  return cachedVersion;
}
