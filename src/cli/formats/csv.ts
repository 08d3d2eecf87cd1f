// RFC 4180 CSV, one row per message. Cells that a spreadsheet would run as a
// formula (=, +, -, @ first) are prefixed with an apostrophe: subjects and
// addresses come from strangers and this file is likely opened in Excel.
import type { FormatContext, Formatter } from './types';

export const CSV_COLUMNS = ['source', 'verdict', 'score', 'findings', 'rules', 'subject', 'from', 'error'] as const;

export function csvFormatter(_context: FormatContext): Formatter {
  return {
    begin: () => `${CSV_COLUMNS.join(',')}\r\n`,
    entry(entry) {
      const rules = [...new Set(entry.findings.map((f) => f.rule))].join(' ');
      const cells = [
        entry.source, entry.verdict ?? '', entry.score ?? '', entry.findings.length, rules,
        entry.subject ?? '', entry.from ?? '', entry.error ?? '',
      ];
      return `${cells.map(csvCell).join(',')}\r\n`;
    },
    end: () => '',
  };
}

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
