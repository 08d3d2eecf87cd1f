// Texts for findings and the UI in English, French, Dutch and German.
// Detection code only emits keys and parameters; words live here.
import type { Finding } from '../detector/types';
import { lureAttachmentMessages } from './messages/lure-attachments';
import { lureContentMessages } from './messages/lure-content';
import { lureFakePressMessages } from './messages/lure-fake-press';
import { lureLinkMessages } from './messages/lure-links';
import { lureSenderMessages } from './messages/lure-sender';
import { lureSenderAuthMessages } from './messages/lure-sender-auth';
import { lureUncheckedMessages } from './messages/lure-unchecked';
import { trackingContentMessages } from './messages/tracking-content';
import { trackingPixelMessages } from './messages/tracking-pixels';
import { receiptMessages } from './messages/tracking-receipts';
import { LANGUAGES, type FindingCatalogue, type FindingText, type Language } from './types';

export { LANGUAGES };
export type { FindingText, Language };

/** Every family's catalogue; a family adds its file here. */
export const findingCatalogue: FindingCatalogue = {
  ...receiptMessages,
  ...trackingPixelMessages,
  ...trackingContentMessages,
  ...lureLinkMessages,
  ...lureAttachmentMessages,
  ...lureContentMessages,
  ...lureSenderMessages,
  ...lureSenderAuthMessages,
  ...lureFakePressMessages,
  ...lureUncheckedMessages,
};

export function pickLanguage(tag: string | undefined, fallback: Language = 'en'): Language {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : fallback;
}

export function fillPlaceholders(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w{1,40})\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function describeFinding(finding: Pick<Finding, 'messageKey' | 'params'>, language: Language): FindingText {
  const entry = findingCatalogue[finding.messageKey];
  const text = entry?.[language] ?? entry?.en;
  if (!text) {
    return { title: finding.messageKey, explanation: '', senderLearns: '', action: '' };
  }
  return {
    title: fillPlaceholders(text.title, finding.params),
    explanation: fillPlaceholders(text.explanation, finding.params),
    senderLearns: fillPlaceholders(text.senderLearns, finding.params),
    action: fillPlaceholders(text.action, finding.params),
  };
}
