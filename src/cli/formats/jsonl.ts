// One JSON object per line: {source, verdict, score, findings, …}. verdict is
// the level string, or null with an "error" field when the message has none.
import type { ScanEntry } from '../entry';
import type { Formatter } from './types';

export function entryRecord(entry: ScanEntry): Record<string, unknown> {
  const record: Record<string, unknown> = {
    source: entry.source,
    verdict: entry.verdict,
    score: entry.score,
    findings: entry.findings,
    reasons: entry.reasons,
  };
  if (entry.index !== undefined) record.index = entry.index;
  if (entry.attached !== undefined) record.attached = entry.attached;
  if (entry.subject !== undefined) record.subject = entry.subject;
  if (entry.from !== undefined) record.from = entry.from;
  if (entry.error !== undefined) {
    record.error = entry.error;
    record.errorKind = entry.errorKind;
  }
  return record;
}

export function jsonlFormatter(): Formatter {
  return {
    begin: () => '',
    entry: (entry) => `${JSON.stringify(entryRecord(entry))}\n`,
    end: () => '',
  };
}
