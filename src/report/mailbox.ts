// Reporting without an endpoint: a pre-filled message to the security mailbox
// with the reported item attached. Nothing is sent until the user presses Send.
import type { MailMessage, Verdict } from '../detector/types';
import { describeFinding } from '../i18n';
import type { ReportCategory } from './payload';

export interface MailboxReportForm {
  to: string;
  subject: string;
  htmlBody: string;
  itemId?: string;
  attachmentName: string;
}

export interface MailboxReportInput {
  reportMailbox: string;
  message: Pick<MailMessage, 'subject' | 'from'>;
  verdict: Pick<Verdict, 'level' | 'score' | 'findings'>;
  category: ReportCategory;
  comment?: string;
  itemId?: string;
}

/** Outlook truncates longer subjects; keep ours whole. */
const MAX_SUBJECT = 255;
const MAX_FINDINGS_LISTED = 30;

export const CATEGORY_LABELS_FOR_SECURITY: Record<ReportCategory, string> = {
  phishing: 'Phishing',
  tracking: 'Tracking or spying',
  spam: 'Spam',
  unsure: 'Not sure',
};

export function buildMailboxReportForm(input: MailboxReportInput): MailboxReportForm {
  const subject = input.message.subject.trim() || '(no subject)';
  const from = input.message.from;
  const findings = input.verdict.findings.filter((f) => f.severity !== 'info').slice(0, MAX_FINDINGS_LISTED);
  // The security team reads these in one language; English keeps reports comparable.
  const items = findings
    .map((f) => `<li>${escapeHtml(describeFinding(f, 'en').title)} <small>(${escapeHtml(f.rule)}, ${escapeHtml(f.severity)})</small></li>`)
    .join('');
  const rows: [string, string][] = [
    ['Category', CATEGORY_LABELS_FOR_SECURITY[input.category]],
    ['Clearsight verdict', `${input.verdict.level} (score ${input.verdict.score})`],
    ['Subject', subject],
    ['From', from ? `${from.name} <${from.address}>`.trim() : '(unknown)'],
  ];
  if (input.comment?.trim()) rows.push(['Comment from the reporter', input.comment.trim()]);
  const htmlBody = [
    '<p>Reported with Clearsight. The original message is attached.</p>',
    '<table>',
    ...rows.map(([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`),
    '</table>',
    findings.length ? `<p>What Clearsight found:</p><ul>${items}</ul>` : '<p>Clearsight found nothing specific; the reporter is suspicious.</p>',
  ].join('');
  return {
    to: input.reportMailbox,
    subject: clip(`Phishing: ${subject}`, MAX_SUBJECT),
    htmlBody,
    ...(input.itemId ? { itemId: input.itemId } : {}),
    attachmentName: clip(subject, MAX_SUBJECT),
  };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}
