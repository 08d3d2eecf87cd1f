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

// Our own rules, by id (or id.messageId where one rule looks at several things).
// Guessing from words in the id would put "lure/fake-press" under content.
const RULE_FAMILY: Readonly<Record<string, Family>> = {
  'lure/fake-press': 'sender',
  'lure/impersonation': 'sender',
  'lure/display-name-address': 'sender',
  'lure/header-mismatch': 'sender',
  'lure/freemail-sender': 'sender',
  'lure/auth-failure': 'sender',
  'lure/safety-tip': 'sender',
  'lure/external-sender': 'sender',
  'lure/lookalike-domain': 'sender',
  'lure/lookalike-domain.link': 'links',
  'lure/links': 'links',
  'lure/attachments': 'attachments',
  'lure/content': 'content',
  'tracking/click-tracking': 'links',
  'tracking/identity-leak.inLink': 'links',
};

// Fallback for rules added later without an entry above.
const SENDER_WORDS = ['sender', 'from', 'reply', 'display-name', 'lookalike', 'impersonat', 'spoof', 'auth', 'dmarc', 'spf', 'dkim', 'vip', 'news', 'brand', 'journalist', 'freemail', 'domain', 'press'];

export function familyOf(finding: Pick<Finding, 'rule' | 'category'> & { messageKey?: string }): Family {
  const known = (finding.messageKey && RULE_FAMILY[finding.messageKey]) ?? RULE_FAMILY[finding.rule];
  if (known) return known;
  if (finding.category === 'tracking') return 'tracking';
  const name = (finding.rule.split('/')[1] ?? finding.rule).toLowerCase();
  if (name.includes('attachment')) return 'attachments';
  if (name.includes('link') || name.includes('url') || name.includes('redirect')) return 'links';
  if (SENDER_WORDS.some((word) => name.includes(word))) return 'sender';
  return 'content';
}

const SEVERITY_RANK: Readonly<Record<Finding['severity'], number>> = { high: 3, medium: 2, low: 1, info: 0 };

/**
 * Groups for the details list. The group holding the most severe finding comes
 * first (sender before tracking on a tie), and inside a group the most severe
 * findings come first, so the reason for the banner is what the reader sees first.
 */
export function groupFindings(findings: readonly Finding[]): { family: Family; findings: Finding[] }[] {
  const byFamily = new Map<Family, Finding[]>();
  for (const finding of findings) {
    const family = familyOf(finding);
    const list = byFamily.get(family) ?? [];
    list.push(finding);
    byFamily.set(family, list);
  }
  const worst = (list: readonly Finding[]) => Math.max(...list.map((f) => SEVERITY_RANK[f.severity]));
  return FAMILY_ORDER.filter((f) => byFamily.has(f))
    .map((family) => ({ family, findings: [...(byFamily.get(family) ?? [])].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]) }))
    .sort((a, b) => worst(b.findings) - worst(a.findings));
}
