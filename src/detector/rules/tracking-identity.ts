// The reader's own address inside a URL, readable or disguised (encoded or
// hashed). In something the message loads, it tells the sender exactly who
// opened it; in a link, exactly who clicked. This is the per-recipient
// tracking used against lawmakers in the 2021 APT31 campaign.
import { isWithinDomains } from '../domains';
import { IdentityFinder } from '../identity';
import { analysisSlot, type LinkRef, type ResourceRef, type Rule, type RuleContext, type RuleVisitors } from '../rule';
import type { MailMessage } from '../types';
import { trackingSeverity } from './tracking-shared';

/** Without a known mailbox owner, look for the addressees (bounded: mass mail can list hundreds). */
const MAX_FALLBACK_ADDRESSES = 10;

function recipientAddresses(message: MailMessage): string[] {
  if (message.recipient) return [message.recipient];
  const addresses: string[] = [];
  if (collectAddresses(message.to, addresses)) collectAddresses(message.cc, addresses);
  return addresses;
}

/** Appends the list's addresses up to the bound; false once it is reached. */
function collectAddresses(list: MailMessage['to'], into: string[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const address = list[i]!.address;
    if (!address) continue;
    into.push(address);
    if (into.length === MAX_FALLBACK_ADDRESSES) return false;
  }
  return true;
}

// tracking/unique-token asks about the same addresses: one finder builds their
// variants, bounds and search memo once per analysis for both rules.
const RECIPIENT_FINDER = analysisSlot<{ finder?: IdentityFinder }>('tracking/recipient-finder', () => ({}));

/** The analysis' finder for the recipient's addresses, shared by the rules that look for them. */
export function recipientFinder(context: RuleContext): IdentityFinder {
  const slot = context.shared(RECIPIENT_FINDER);
  return (slot.finder ??= new IdentityFinder(() => recipientAddresses(context.message)));
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
    return new IdentityLeakVisitors(context);
  },
};

/**
 * The rule's visitors as one object whose methods live on the prototype:
 * most messages hold no leak, so creating the rule should cost next to nothing.
 */
class IdentityLeakVisitors implements RuleVisitors {
  private finder: IdentityFinder | undefined;
  private leaks: Map<string, Leak> | undefined;

  constructor(private readonly context: RuleContext) {}

  resource(ref: ResourceRef): void {
    if (ref.remote) this.check(ref.url, 'inResource');
  }

  link(link: LinkRef): void {
    if (link.scheme === 'http' || link.scheme === 'https') this.check(link.url, 'inLink');
  }

  end(): void {
    if (!this.leaks) return;
    const context = this.context;
    for (const leak of this.leaks.values()) {
      context.report({
        messageId: leak.location,
        severity: trackingSeverity(context, 'high'),
        // A leak in a link is only revealed on click: not open tracking.
        openTracking: leak.location === 'inResource',
        params: { host: leak.host, encoding: leak.encoding, count: leak.count },
        evidence: { url: leak.firstUrl, host: leak.host, detail: leak.encoding },
      });
    }
  }

  private check(url: string, location: Leak['location']): void {
    // The finder dismisses most URLs by a couple of native searches and remembers the rest.
    const variant = (this.finder ??= recipientFinder(this.context)).find(url);
    // Most URLs hold no address: only a find needs the host (a PSL walk) and the policy.
    if (!variant) return;
    const host = this.context.hostOf(url);
    if (!host || isWithinDomains(host, this.context.policy.orgDomains)) return;
    const key = `${location}\u0000${host}`;
    const leaks = (this.leaks ??= new Map());
    const leak = leaks.get(key);
    if (leak) leak.count++;
    else leaks.set(key, { location, host, firstUrl: url, encoding: variant.encoding, count: 1 });
  }
}
