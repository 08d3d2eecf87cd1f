// Properties that must hold for any input: the detector and the .eml reader
// never throw (the reader may only refuse with MailParseError), stay within a
// generous time budget, and every finding they produce can be explained.
import fc from 'fast-check';
import { analyze } from '../../src/detector';
import type { MailMessage, Verdict } from '../../src/detector/types';
import { findingCatalogue } from '../../src/i18n';
import { MailParseError, parseEml } from '../../src/mail';
import { message } from '../helpers/message';
import { hostileEml, htmlSoup, mutate, nastyText } from './arbitraries';

/** Generous per-call ceiling: a hang or quadratic blow-up breaks it, a slow CI core does not. */
export const CALL_BUDGET_MS = 2_000;

type Analyze = (m: MailMessage) => Verdict;

function checkVerdict(verdict: Verdict): void {
  if (!['safe', 'caution', 'danger'].includes(verdict.level)) throw new Error(`bad level ${verdict.level}`);
  for (const f of verdict.findings) {
    if (!findingCatalogue[f.messageKey]) throw new Error(`finding ${f.messageKey} has no text`);
  }
}

function timed<T>(label: string, fn: () => T): T {
  const start = performance.now();
  const out = fn();
  const elapsed = performance.now() - start;
  if (elapsed > CALL_BUDGET_MS) throw new Error(`${label} took ${Math.round(elapsed)} ms`);
  return out;
}

export function analyzeHtmlProperty(run: Analyze = analyze) {
  return fc.property(htmlSoup, nastyText, fc.constantFrom(undefined, 'a.member@parliament.example'), (html, subject, recipient) => {
    const verdict = timed('analyze', () => run(message({ html, subject, recipient, text: subject })));
    checkVerdict(verdict);
  });
}

export function analyzeHeadersProperty(run: Analyze = analyze) {
  const header = fc.tuple(fc.constantFrom('From', 'Reply-To', 'Authentication-Results', 'Received-SPF', 'X-Forefront-Antispam-Report', 'Disposition-Notification-To', 'Return-Path', 'Subject'), nastyText)
    .map(([name, value]) => ({ name, value }));
  const address = fc.record({ name: nastyText, address: nastyText });
  return fc.property(fc.array(header, { maxLength: 8 }), address, fc.array(address, { maxLength: 3 }), nastyText, (headers, from, replyTo, attachmentName) => {
    const verdict = timed('analyze', () => run(message({
      headers, from, replyTo, to: replyTo, subject: attachmentName,
      attachments: [{ name: attachmentName, contentType: 'application/octet-stream', size: 1, inline: false }],
    })));
    checkVerdict(verdict);
  });
}

async function parseThenAnalyze(raw: string | Uint8Array, run: Analyze): Promise<void> {
  const start = performance.now();
  let parsed: MailMessage;
  try {
    parsed = await parseEml(raw);
  } catch (error) {
    if (error instanceof MailParseError) return;
    throw error;
  }
  if (performance.now() - start > CALL_BUDGET_MS) throw new Error('parseEml over budget');
  checkVerdict(timed('analyze', () => run(parsed)));
}

export function emlProperty(run: Analyze = analyze) {
  return fc.asyncProperty(hostileEml, (raw) => parseThenAnalyze(raw, run));
}

export function mutatedSampleProperty(samples: Uint8Array[], run: Analyze = analyze) {
  return fc.asyncProperty(fc.constantFrom(...samples).chain(mutate), (raw) => parseThenAnalyze(raw, run));
}
