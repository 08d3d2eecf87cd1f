// Services in our catalogue (src/detector/catalogues/trackers.ts): their open
// pixels report that the message was read; their click redirects log each
// click before sending the reader on. Clicks only reveal what the reader
// chooses to do, so that rule is low and does not count as open tracking.
import { isWithinDomains } from '../domains';
import { serialisedHttpParts } from '../html/url';
import type { LinkRef, ResourceRef, Rule, RuleContext, RuleVisitors } from '../rule';
import { matchTrackerUrl, ResourceClassifier, trackingSeverity } from './tracking-shared';

export const trackingKnownTracker: Rule = {
  meta: {
    id: 'tracking/known-tracker',
    category: 'tracking',
    severity: 'medium',
    description: 'The message loads an open-tracking address of a known mass-mail or sales-tracking service.',
    messageIds: ['openPixel'],
    openTracking: true,
  },
  create(context) {
    return new KnownTrackerVisitors(context);
  },
};

class KnownTrackerVisitors extends ResourceClassifier implements RuleVisitors {
  resource(ref: ResourceRef): void {
    const facts = this.classify(ref);
    if (facts?.role !== 'known-tracker' || !facts.tracker) return;
    this.context.report({
      messageId: 'openPixel',
      severity: trackingSeverity(this.context, 'medium'),
      params: { vendor: facts.tracker.vendor, host: facts.host },
      evidence: { url: ref.url, host: facts.host, element: ref.element, detail: facts.tracker.vendor },
    });
  }
}

interface VendorLinks {
  host: string;
  firstUrl: string;
  count: number;
}

export const trackingClickTracking: Rule = {
  meta: {
    id: 'tracking/click-tracking',
    category: 'tracking',
    severity: 'low',
    description: 'Links go through a known click-tracking redirect, so each click is logged before the reader arrives.',
    messageIds: ['redirect'],
  },
  create(context) {
    return new ClickTrackingVisitors(context);
  },
};

/** The rule's visitors as one object whose methods live on the prototype: nothing to allocate per message. */
class ClickTrackingVisitors implements RuleVisitors {
  // One finding per service: twenty tracked links are one fact for the reader.
  private byVendor: Map<string, VendorLinks> | undefined;

  constructor(private readonly context: RuleContext) {}

  link(link: LinkRef): void {
    if (link.scheme !== 'http' && link.scheme !== 'https') return;
    // A look-up costs a walk along the host: cheaper than remembering each URL's answer.
    const match = matchTrackerUrl(link.url, serialisedHttpParts(link.url), 'click', this.context);
    // Only a tracked link needs its host (a PSL walk) checked against the organisation.
    if (!match) return;
    const host = this.context.hostOf(link.url);
    if (!host || isWithinDomains(host, this.context.policy.orgDomains)) return;
    const byVendor = (this.byVendor ??= new Map());
    const entry = byVendor.get(match.vendor);
    if (entry) entry.count++;
    else byVendor.set(match.vendor, { host, firstUrl: link.url, count: 1 });
  }

  end(): void {
    if (!this.byVendor) return;
    for (const [vendor, entry] of this.byVendor) {
      this.context.report({
        messageId: 'redirect',
        severity: trackingSeverity(this.context, 'low'),
        params: { vendor, host: entry.host, count: entry.count },
        evidence: { url: entry.firstUrl, host: entry.host, detail: `${vendor}: ${entry.count} link(s)` },
      });
    }
  }
}
