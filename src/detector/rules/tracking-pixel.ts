// Tracking pixels: images the reader cannot see, loaded only so the sender's
// server learns that (and when, and from where) the message was opened.
// Two symptoms, two rules: the box is pixel-sized, or the box is hidden.
import type { ResourceRef, Rule, RuleVisitors } from '../rule';
import { formatSize, ResourceClassifier, trackingSeverity } from './tracking-shared';

export const trackingTinyImage: Rule = {
  meta: {
    id: 'tracking/tiny-image',
    category: 'tracking',
    severity: 'medium',
    description: 'A remote image or background whose box is at most 2×2 px (or 1 px on the only known side): a tracking pixel.',
    messageIds: ['pixel'],
    openTracking: true,
  },
  create(context) {
    return new TinyImageVisitors(context);
  },
};

class TinyImageVisitors extends ResourceClassifier implements RuleVisitors {
  resource(ref: ResourceRef): void {
    const facts = this.classify(ref);
    if (facts?.role !== 'tiny-image') return;
    const size = formatSize(ref.width, ref.height);
    this.context.report({
      messageId: 'pixel',
      severity: trackingSeverity(this.context, 'medium'),
      params: { host: facts.host, size },
      evidence: { url: ref.url, host: facts.host, element: ref.element, detail: facts.hiddenBy ? `${size}, ${facts.hiddenBy}` : size },
    });
  }
}

export const trackingHiddenImage: Rule = {
  meta: {
    id: 'tracking/hidden-image',
    category: 'tracking',
    severity: 'medium',
    description: 'A remote image or background inside something the reader cannot see (display:none, hidden ancestor, off-screen…).',
    messageIds: ['hidden'],
    openTracking: true,
  },
  create(context) {
    return new HiddenImageVisitors(context);
  },
};

class HiddenImageVisitors extends ResourceClassifier implements RuleVisitors {
  resource(ref: ResourceRef): void {
    const facts = this.classify(ref);
    if (facts?.role !== 'hidden-image' || !facts.hiddenBy) return;
    this.context.report({
      messageId: 'hidden',
      severity: trackingSeverity(this.context, 'medium'),
      params: { host: facts.host, reason: facts.hiddenBy },
      evidence: { url: ref.url, host: facts.host, element: ref.element, detail: facts.hiddenBy },
    });
  }
}
