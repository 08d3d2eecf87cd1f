// Per-reader tokens on loaded content: a long random-looking value in the
// address of an image or background, unique to this copy of the message, so
// the server knows which recipient opened it even when the image is visible.
import type { IdentityFinder } from '../identity';
import type { ResourceRef, Rule, RuleVisitors } from '../rule';
import { recipientFinder } from './tracking-identity';
import { ResourceClassifier, trackingSeverity } from './tracking-shared';

interface HostTokens {
  firstUrl: string;
  token: string;
  count: number;
}

/** Evidence shows only the start of a token: enough to recognise it, short enough to read. */
const TOKEN_PREVIEW = 24;

export const trackingUniqueToken: Rule = {
  meta: {
    id: 'tracking/unique-token',
    category: 'tracking',
    severity: 'medium',
    description: 'A remote image or background carries a long random-looking value (a per-recipient token) in its address.',
    messageIds: ['token'],
    openTracking: true,
  },
  create(context) {
    return new UniqueTokenVisitors(context);
  },
};

class UniqueTokenVisitors extends ResourceClassifier implements RuleVisitors {
  private byHost: Map<string, HostTokens> | undefined;
  // Only a token candidate needs the variants (hashes included).
  private identity: IdentityFinder | undefined;

  resource(ref: ResourceRef): void {
    const facts = this.classify(ref);
    if (facts?.role !== 'unique-token' || !facts.token) return;
    // When the "token" is the reader's own address in disguise,
    // tracking/identity-leak says so more precisely; don't say it twice.
    if ((this.identity ??= recipientFinder(this.context)).find(facts.token)) return;
    const byHost = (this.byHost ??= new Map());
    const entry = byHost.get(facts.host);
    if (entry) entry.count++;
    else byHost.set(facts.host, { firstUrl: ref.url, token: facts.token, count: 1 });
  }

  end(): void {
    if (!this.byHost) return;
    for (const [host, entry] of this.byHost) {
      const preview = entry.token.length > TOKEN_PREVIEW ? `${entry.token.slice(0, TOKEN_PREVIEW)}…` : entry.token;
      this.context.report({
        messageId: 'token',
        severity: trackingSeverity(this.context, 'medium'),
        params: { host, count: entry.count },
        evidence: { url: entry.firstUrl, host, detail: preview },
      });
    }
  }
}
