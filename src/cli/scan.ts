// Files → entries, one per message, in input order. Parsing and analysis are
// synchronous CPU work; concurrency only overlaps file reads, and the window
// bounds how many messages are held in memory at once.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { analyze } from '../detector';
import type { MailMessage, Policy, Verdict } from '../detector/types';
import { inferRecipient, looksLikeMbox, MailParseError, MboxSplitter, parseEmlWithAttached, splitMbox } from '../mail';
import type { ScanEntry } from './entry';
import { describeIoError, isMboxName, STDIN_PATH } from './inputs';

export interface ScanOptions {
  policy: Policy;
  recipient?: string;
  concurrency: number;
  /** Called after each file has been fully read (for the progress bar). */
  onFileDone?: () => void;
  /** Also scan messages attached to messages (forwarded or reported mail); default true. */
  attached?: boolean;
  /** Where "-" reads from; standard input unless a test says otherwise. */
  stdin?: NodeJS.ReadableStream;
  /** The detector; replaceable so tests can see exactly what it is given. */
  analyze?: (message: MailMessage, policy: Policy) => Verdict;
}

type Job = () => Promise<ScanEntry[]>;

/** Attached messages inside attached messages are followed this deep. */
const MAX_ATTACHED_DEPTH = 3;

export async function* scanFiles(files: readonly string[], options: ScanOptions): AsyncGenerator<ScanEntry> {
  for await (const entries of mapInOrder(jobsFor(files, options), options.concurrency)) yield* entries;
}

async function* jobsFor(files: readonly string[], options: ScanOptions): AsyncGenerator<Job> {
  for (const path of files) {
    if (isMboxName(path)) {
      yield* mboxJobs(path, options);
    } else {
      let raw: Uint8Array;
      try {
        raw = path === STDIN_PATH ? await readAll(options.stdin ?? process.stdin) : await readFile(path);
      } catch (error) {
        yield async () => [ioErrorEntry(path, error)];
        options.onFileDone?.();
        continue;
      }
      if (looksLikeMbox(raw)) {
        const messages = [...splitMbox(raw)];
        // A lone message saved with its "From " envelope line is still one file.
        if (messages.length === 1) yield () => scanMessage(raw, path, undefined, options);
        else for (const message of messages) yield () => scanMessage(message.raw, path, message.index, options);
      } else {
        yield () => scanMessage(raw, path, undefined, options);
      }
    }
    options.onFileDone?.();
  }
}

async function* mboxJobs(path: string, options: ScanOptions): AsyncGenerator<Job> {
  const splitter = new MboxSplitter();
  let seen = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      for (const message of splitter.feed(chunk as Uint8Array)) {
        seen++;
        yield () => scanMessage(message.raw, path, message.index, options);
      }
    }
  } catch (error) {
    yield async () => [ioErrorEntry(path, error)];
    return;
  }
  for (const message of splitter.end()) {
    seen++;
    yield () => scanMessage(message.raw, path, message.index, options);
  }
  if (seen === 0) yield async () => [errorEntry(path, undefined, 'parse', 'not an email: the mailbox contains no messages')];
}

/** One message → its entry, followed by entries for the messages attached to it. */
export async function scanMessage(
  raw: Uint8Array, path: string, index: number | undefined, options: ScanOptions, attached: number[] = [], inheritedRecipient?: string,
): Promise<ScanEntry[]> {
  let parsed;
  try {
    parsed = await parseEmlWithAttached(raw);
  } catch (error) {
    const text = error instanceof MailParseError ? error.message : `not a readable email: ${error instanceof Error ? error.message : String(error)}`;
    return [errorEntry(path, index, 'parse', text, attached)];
  }
  const { message, attachedMessages } = parsed;
  // An attached message names its own reader if it can; else the wrapper's reader is the best guess.
  const recipient = options.recipient ?? inferRecipient(message) ?? inheritedRecipient;
  if (recipient) message.recipient = recipient;
  const base = baseEntry(path, index, attached);
  if (message.subject) base.subject = message.subject;
  if (message.from?.address) base.from = message.from.address;
  let entry: ScanEntry;
  try {
    const verdict = (options.analyze ?? analyze)(message, options.policy);
    entry = { ...base, verdict: verdict.level, score: verdict.score, findings: verdict.findings, reasons: verdict.reasons };
  } catch (error) {
    entry = { ...base, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}`, errorKind: 'analyze' };
  }
  const entries = [entry];
  if (options.attached !== false && attached.length < MAX_ATTACHED_DEPTH) {
    for (const [position, inner] of attachedMessages.entries()) {
      entries.push(...await scanMessage(inner, path, index, options, [...attached, position], recipient));
    }
  }
  return entries;
}

function baseEntry(path: string, index: number | undefined, attached: number[] = []): ScanEntry {
  const source = `${index === undefined ? path : `${path}#${index}`}${attached.map((n) => `!${n}`).join('')}`;
  const entry: ScanEntry = { source, path, verdict: null, score: null, findings: [], reasons: [] };
  if (index !== undefined) entry.index = index;
  if (attached.length > 0) entry.attached = attached;
  return entry;
}

function errorEntry(path: string, index: number | undefined, kind: ScanEntry['errorKind'] & string, text: string, attached: number[] = []): ScanEntry {
  return { ...baseEntry(path, index, attached), error: text, errorKind: kind };
}

function ioErrorEntry(path: string, error: unknown): ScanEntry {
  return errorEntry(path, undefined, 'io', `cannot read: ${describeIoError(error)}`);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Runs up to `limit` jobs at once and yields their results in submission order. */
export async function* mapInOrder<T>(jobs: AsyncIterable<() => Promise<T>>, limit: number): AsyncGenerator<T> {
  const window: Promise<T>[] = [];
  for await (const job of jobs) {
    window.push(job());
    if (window.length >= limit) yield await (window.shift() as Promise<T>);
  }
  while (window.length > 0) yield await (window.shift() as Promise<T>);
}
