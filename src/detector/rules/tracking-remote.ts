// Remote content other than ordinary images: backgrounds, style sheets, fonts,
// frames, media, refresh redirects. Each loads when the message is shown and
// so tells the host the message was opened; they are rare in personal mail.
// Grouped per host so a newsletter with twenty backgrounds is one finding.
import type { ResourceKind, ResourceRef, Rule, RuleVisitors } from '../rule';
import { ResourceClassifier, trackingSeverity } from './tracking-shared';

type RemoteMessageId = 'loadsContent' | 'frame' | 'refresh';

function messageIdFor(kind: ResourceKind): RemoteMessageId {
  if (kind === 'refresh') return 'refresh';
  if (kind === 'frame' || kind === 'object') return 'frame';
  return 'loadsContent';
}

interface HostGroup {
  messageId: RemoteMessageId;
  host: string;
  firstUrl: string;
  kinds: Set<ResourceKind>;
  count: number;
}

export const trackingRemoteResource: Rule = {
  meta: {
    id: 'tracking/remote-resource',
    category: 'tracking',
    severity: 'low',
    description: 'The message loads remote content outside <img>: CSS backgrounds, style sheets, fonts, frames, media, refresh.',
    messageIds: ['loadsContent', 'frame', 'refresh'],
  },
  create(context) {
    return new RemoteResourceVisitors(context);
  },
};

class RemoteResourceVisitors extends ResourceClassifier implements RuleVisitors {
  private groups: Map<string, HostGroup> | undefined;

  resource(ref: ResourceRef): void {
    const facts = this.classify(ref);
    if (facts?.role !== 'remote-resource') return;
    const messageId = messageIdFor(ref.kind);
    const key = `${messageId}\u0000${facts.host}`;
    const groups = (this.groups ??= new Map());
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.kinds.add(ref.kind);
    } else {
      groups.set(key, { messageId, host: facts.host, firstUrl: ref.url, kinds: new Set([ref.kind]), count: 1 });
    }
  }

  end(): void {
    if (!this.groups) return;
    for (const group of this.groups.values()) {
      // A frame or a refresh is never needed to read a message: worth more than a background.
      const base = group.messageId === 'loadsContent' ? 'low' : 'medium';
      this.context.report({
        messageId: group.messageId,
        severity: trackingSeverity(this.context, base),
        params: { host: group.host, count: group.count },
        evidence: { url: group.firstUrl, host: group.host, detail: [...group.kinds].join(', ') },
      });
    }
  }
}
