// One line per message for people: level, score, where, subject, and the
// titles of the main findings in the chosen language.
import { describeFinding } from '../../i18n';
import type { Finding } from '../../detector/types';
import type { FormatContext, Formatter } from './types';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;
const MAX_TITLES = 3;

export function textFormatter(context: FormatContext): Formatter {
  return {
    begin: () => '',
    entry(entry) {
      if (entry.error !== undefined) return `${'ERROR'.padEnd(8)}${'-'.padStart(4)}  ${entry.source}  ${entry.error}\n`;
      const level = (entry.verdict ?? 'error').toUpperCase().padEnd(8);
      const score = String(entry.score ?? '-').padStart(4);
      const subject = entry.subject ? `  "${oneLine(entry.subject, 80)}"` : '';
      const titles = mainTitles(entry.findings, context);
      return `${level}${score}  ${entry.source}${subject}${titles ? `  — ${titles}` : ''}\n`;
    },
    end: () => '',
  };
}

function mainTitles(findings: readonly Finding[], context: FormatContext): string {
  const counted = findings.filter((f) => f.severity !== 'info')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const titles = [...new Set(counted.map((f) => describeFinding(f, context.language).title))];
  const shown = titles.slice(0, MAX_TITLES).join('; ');
  return titles.length > MAX_TITLES ? `${shown}; +${titles.length - MAX_TITLES} more` : shown;
}

/**
 * Subjects are attacker-controlled: no control characters reach the terminal,
 * and no bidirectional overrides that could make the line read differently.
 */
export function oneLine(text: string, max: number): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
