// The reader's own address inside a URL, readable or disguised (encoded or
// hashed). In something the message loads, it tells the sender exactly who
// opened it; in a link, exactly who clicked. This is the per-recipient
// tracking used against lawmakers in the 2021 APT31 campaign.
import { isWithinDomains } from '../domains';
import { findIdentity, identityVariants, type IdentityVariant } from '../identity';
import type { Rule } from '../rule';
import type { MailMessage } from '../types';
import { trackingSeverity } from './tracking-shared';

/** Without a known mailbox owner, look for the addressees (bounded: mass mail can list hundreds). */
const MAX_FALLBACK_ADDRESSES = 10;

export function recipientAddresses(message: MailMessage): string[] {
  if (message.recipient) return [message.recipient];
  return [...message.to, ...message.cc].map((a) => a.address).filter(Boolean).slice(0, MAX_FALLBACK_ADDRESSES);
}

interface Leak {
  location: 'inResource' | 'inLink';
  host: string;
  firstUrl: string;
  encoding: string;
  count: number;
}

export const trackingIdentityLeak: Rule = {
  meta: {
    id: 'tracking/identity-leak',
    category: 'tracking',
    severity: 'high',
    description: 'The recipient address (plain, URL-encoded, Base64, hex or MD5/SHA-1/SHA-256 hashed) appears in a remote resource or link URL.',
    messageIds: ['inResource', 'inLink'],
    openTracking: true,
  },
  create(context) {
    // Only messages with remote URLs need the variants (hashes included).
    let variants: readonly IdentityVariant[] | undefined;
    const leaks = new Map<string, Leak>();
    // Newsletters repeat the same link (logo, headline, "read more"): search each URL once.
    const searched = new Map<string, IdentityVariant | null>();
    const check = (url: string, location: Leak['location']) => {
      const host = context.hostOf(url);
      if (!host || isWithinDomains(host, context.policy.orgDomains)) return;
      let variant = searched.get(url);
      if (variant === undefined) {
        variants ??= recipientAddresses(context.message).flatMap(identityVariants);
        variant = findIdentity(url, variants) ?? null;
        searched.set(url, variant);
      }
      if (!variant) return;
      const key = `${location}\u0000${host}`;
      const leak = leaks.get(key);
      if (leak) leak.count++;
      else leaks.set(key, { location, host, firstUrl: url, encoding: variant.encoding, count: 1 });
    };
    return {
      resource(ref) {
        if (ref.remote) check(ref.url, 'inResource');
      },
      link(link) {
        if (link.scheme === 'http' || link.scheme === 'https') check(link.url, 'inLink');
      },
      end() {
        for (const leak of leaks.values()) {
          context.report({
            messageId: leak.location,
            severity: trackingSeverity(context, 'high'),
            // A leak in a link is only revealed on click: not open tracking.
            openTracking: leak.location === 'inResource',
            params: { host: leak.host, encoding: leak.encoding, count: leak.count },
            evidence: { url: leak.firstUrl, host: leak.host, detail: leak.encoding },
          });
        }
      },
    };
  },
};
