// The reader's own address inside a URL, readable or disguised (encoded or
// hashed). In something the message loads, it tells the sender exactly who
// opened it; in a link, exactly who clicked. This is the per-recipient
// tracking used against lawmakers in the 2021 APT31 campaign.
import { isWithinDomains } from '../domains';
import { IdentityFinder, type IdentityVariant } from '../identity';
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
    let finder: IdentityFinder | undefined;
    let leaks: Map<string, Leak> | undefined;
    // Newsletters repeat the same link (logo, headline, "read more"): search each URL once.
    let searched: Map<string, IdentityVariant | null> | undefined;
    const check = (url: string, location: Leak['location']) => {
      let variant = searched?.get(url);
      if (variant === undefined) {
        finder ??= new IdentityFinder(recipientAddresses(context.message));
        variant = finder.find(url) ?? null;
        (searched ??= new Map()).set(url, variant);
      }
      // Most URLs hold no address: only a find needs the host (a PSL walk) and the policy.
      if (!variant) return;
      const host = context.hostOf(url);
      if (!host || isWithinDomains(host, context.policy.orgDomains)) return;
      const key = `${location}\u0000${host}`;
      const leak = (leaks ??= new Map()).get(key);
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
        if (!leaks) return;
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
