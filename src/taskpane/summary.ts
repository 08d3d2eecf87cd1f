// The one-line summary Outlook shows above the message (item notification).
import type { Verdict } from '../detector/types';
import { describeFinding, type Language } from '../i18n';
import { uiText } from '../i18n/ui';

const MAX_LENGTH = 150;
const MAX_LURE_PARTS = 2;

/** e.g. "Clearsight: 2 trackers; Sender poses as a news outlet" — localised, at most 150 characters. */
export function summarize(verdict: Verdict, language: Language): string {
  const counted = verdict.findings.filter((f) => f.severity !== 'info');
  if (counted.length === 0) return uiText(language, 'summarySafe');
  const parts: string[] = [];
  const trackers = counted.filter((f) => f.category === 'tracking').length;
  if (trackers === 1) parts.push(uiText(language, 'summaryTrackerOne'));
  else if (trackers > 1) parts.push(uiText(language, 'summaryTrackerMany', { count: trackers }));
  // Lures in the scorer's order of importance, one line per distinct kind.
  const lureKeys = verdict.reasons.filter((key) => counted.some((f) => f.category === 'lure' && f.messageKey === key));
  for (const key of lureKeys.slice(0, MAX_LURE_PARTS)) {
    const finding = counted.find((f) => f.messageKey === key);
    if (finding) parts.push(describeFinding(finding, language).title);
  }
  const text = uiText(language, 'summaryPrefix') + parts.join('; ');
  const chars = Array.from(text);
  return chars.length <= MAX_LENGTH ? text : `${chars.slice(0, MAX_LENGTH - 1).join('').trimEnd()}…`;
}
