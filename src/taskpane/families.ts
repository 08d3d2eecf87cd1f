// Groups findings the way a reader thinks about them. Rule ids are
// "category/name"; the name says what the rule looks at, so the family comes
// from words in it, with the category as the fallback.
import type { Finding } from '../detector/types';
import type { UiKey } from '../i18n/ui';

export type Family = 'tracking' | 'sender' | 'links' | 'attachments' | 'content';

export const FAMILY_ORDER: readonly Family[] = ['sender', 'tracking', 'links', 'attachments', 'content'];

export const FAMILY_LABEL: Record<Family, UiKey> = {
  tracking: 'groupTracking',
  sender: 'groupSender',
  links: 'groupLinks',
  attachments: 'groupAttachments',
  content: 'groupContent',
};

const SENDER_WORDS = ['sender', 'from', 'reply', 'display-name', 'lookalike', 'impersonat', 'spoof', 'auth', 'dmarc', 'spf', 'dkim', 'vip', 'news', 'brand', 'journalist', 'freemail', 'domain'];

export function familyOf(finding: Pick<Finding, 'rule' | 'category'>): Family {
  const name = (finding.rule.split('/')[1] ?? finding.rule).toLowerCase();
  if (name.includes('attachment')) return 'attachments';
  if (name.includes('link') || name.includes('url') || name.includes('redirect')) return 'links';
  if (SENDER_WORDS.some((word) => name.includes(word))) return 'sender';
  return finding.category === 'tracking' ? 'tracking' : 'content';
}

export function groupFindings(findings: readonly Finding[]): { family: Family; findings: Finding[] }[] {
  const byFamily = new Map<Family, Finding[]>();
  for (const finding of findings) {
    const family = familyOf(finding);
    const list = byFamily.get(family) ?? [];
    list.push(finding);
    byFamily.set(family, list);
  }
  return FAMILY_ORDER.filter((f) => byFamily.has(f)).map((family) => ({ family, findings: byFamily.get(family) ?? [] }));
}
