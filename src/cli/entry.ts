// One line of scanner output: a message's verdict, or why it has none.
import type { Finding, Level } from '../detector/types';

export type ErrorKind = 'parse' | 'io' | 'analyze';

export interface ScanEntry {
  /** Display name: the path, plus "#n" for the n-th message of an mbox and "!n" for the n-th attached message. */
  source: string;
  path: string;
  /** Position in the mbox, from 0; absent for a single message file. */
  index?: number;
  /** For a message attached to another: its position among the attached messages, outermost first. */
  attached?: number[];
  verdict: Level | null;
  score: number | null;
  findings: Finding[];
  reasons: string[];
  subject?: string;
  from?: string;
  error?: string;
  errorKind?: ErrorKind;
}

export interface ScanSummary {
  messages: number;
  safe: number;
  caution: number;
  danger: number;
  errors: number;
}

export function emptySummary(): ScanSummary {
  return { messages: 0, safe: 0, caution: 0, danger: 0, errors: 0 };
}

export function addToSummary(summary: ScanSummary, entry: ScanEntry): void {
  summary.messages++;
  if (entry.error !== undefined || entry.verdict === null) summary.errors++;
  else summary[entry.verdict]++;
}
