// Command-line arguments → options, or a UsageError the caller turns into exit 2.
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../i18n';

export const FORMATS = ['text', 'json', 'jsonl', 'csv', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  paths: string[];
  format: Format;
  recipient?: string;
  configPath?: string;
  /** Undefined means "the policy's defaultLanguage". */
  lang?: Language;
  concurrency: number;
  progress: boolean;
  /** Scan messages attached to messages as entries of their own. */
  attached: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        recipient: { type: 'string', short: 'r' },
        config: { type: 'string', short: 'c' },
        lang: { type: 'string', short: 'l' },
        concurrency: { type: 'string' },
        'no-progress': { type: 'boolean' },
        'no-attached': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown --format "${format}" (expected one of: ${FORMATS.join(', ')})`);
  }
  if (values.lang !== undefined && !(LANGUAGES as readonly string[]).includes(values.lang)) {
    throw new UsageError(`unknown --lang "${values.lang}" (expected one of: ${LANGUAGES.join(', ')})`);
  }
  if (values.recipient !== undefined && !/^[^\s@]{1,64}@[^\s@]{1,253}$/.test(values.recipient)) {
    throw new UsageError(`--recipient expects an email address, got "${values.recipient}"`);
  }
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError('--concurrency expects a whole number from 1 to 64');
  }
  const help = values.help ?? false;
  const version = values.version ?? false;
  if (!help && !version && positionals.length === 0) throw new UsageError('no input: give at least one .eml file, mbox file or folder');
  const options: CliOptions = {
    paths: positionals, format: format as Format, concurrency, progress: !values['no-progress'], attached: !values['no-attached'], help, version,
  };
  if (values.recipient !== undefined) options.recipient = values.recipient.toLowerCase();
  if (values.config !== undefined) options.configPath = values.config;
  if (values.lang !== undefined) options.lang = values.lang as Language;
  return options;
}

export const USAGE = `Usage: clearsight [options] <paths...>

Checks saved email for tracking (pixels, per-recipient links, read receipts)
and lures (fake press, lookalike senders). Nothing is fetched; analysis is local.

Inputs
  .eml files, mbox files (recognised by a .mbox/.mbx name or a first line
  starting "From "), and folders. Folders are read recursively in name order,
  skipping names that start with a dot; inside folders only .eml, .mbox, .mbx
  and extension-less files (as in Maildir) are read. Files named on the
  command line are always read. "-" reads standard input.

Options
  -f, --format FORMAT   text (default), json, jsonl, csv or sarif (SARIF 2.1.0)
  -r, --recipient ADDR  the mailbox owner's address; otherwise taken from
                        Delivered-To, else X-Original-To, else a single To
  -c, --config FILE     organisation policy (the add-in's JSON config file)
  -l, --lang LANG       language of finding titles: en, fr, nl or de
                        (default: the policy's defaultLanguage, else en)
      --concurrency N   files read at the same time (default 8)
      --no-attached     do not scan attached messages (see Output)
      --no-progress     never show the progress bar (it is shown on stderr
                        only when stderr is a terminal, stdout is not, and
                        there are more than 20 files)
  -h, --help            show this help
  -V, --version         show the version

Output
  One entry per message, in input order. mbox messages are named
  "<file>#<n>", n counting from 0. A message attached to a message (a
  forwarded or reported mail) gets its own entry after its carrier, named
  "<source>!<n>". A file that is not an email becomes an entry with an
  "error" field and the run goes on.

Exit status
  0  every message scanned is safe
  1  at least one message is caution or danger
  2  usage error, bad --config, a path missing or unreadable, a message
     that could not be analysed, or nothing at all could be read as email.
     Files that are simply not email are reported but do not by themselves
     change the status.`;
