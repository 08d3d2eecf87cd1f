import type { Language } from '../../i18n';
import type { ScanEntry, ScanSummary } from '../entry';

export interface FormatContext {
  language: Language;
  toolVersion: string;
  /** Folder that relative SARIF URIs are relative to. */
  cwd: string;
}

/** Output is streamed: begin once, one chunk per entry, end once with the totals. */
export interface Formatter {
  begin(): string;
  entry(entry: ScanEntry): string;
  end(summary: ScanSummary): string;
}
