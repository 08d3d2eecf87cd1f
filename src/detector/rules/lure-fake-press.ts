// The 2021 campaign against European parliamentarians in one rule: mail posing
// as a newsroom or journalist, sent from somewhere that is not that newsroom
// (another domain, free webmail, a lookalike, a first-time sender), carrying a
// tracking pixel or a per-recipient token that tells the sender who opened it,
// when, and from which network. Each part alone is common; together they are
// reconnaissance. A real outlet writing from its own domain never fires.
import { isFreemail } from '../catalogues/freemail';
import { hostOf, isWithinDomains, registrableDomain } from '../domains';
import { protectedEntities } from '../protected';
import type { Rule } from '../rule';
import type { Finding } from '../types';
import { findPressPretext, messageHits, type PressPretext } from './lure-content';

/** Tracking that identifies the reader, best evidence first. */
const TRACKER_PREFERENCE = [
  'tracking/known-tracker', 'tracking/tiny-image', 'tracking/hidden-image', 'tracking/unique-token',
  'tracking/identity-leak', 'tracking/read-receipt',
];

/** Tracking the sender controls: open tracking or a per-reader token, not merely informational. */
function isReaderTracking(finding: Finding): boolean {
  if (finding.severity === 'info') return false;
  return finding.openTracking === true || finding.rule === 'tracking/unique-token' || finding.rule === 'tracking/identity-leak';
}

/** The reader tracking to name as evidence: the most telling kind, the first of that kind. */
function pickTracker(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const finding of findings) {
    if (!isReaderTracking(finding)) continue;
    const at = TRACKER_PREFERENCE.indexOf(finding.rule);
    const rank = at < 0 ? TRACKER_PREFERENCE.length : at;
    if (rank < bestRank) {
      best = finding;
      bestRank = rank;
    }
  }
  return best;
}

function trackerHost(finding: Finding): string {
  if (finding.evidence.host) return finding.evidence.host;
  if (finding.evidence.url) return hostOf(finding.evidence.url) ?? finding.evidence.url.slice(0, 80);
  return finding.evidence.header ?? finding.rule;
}

const active = (f: Finding) => f.severity !== 'info';

export const lureFakePress: Rule = {
  meta: {
    id: 'lure/fake-press',
    category: 'lure',
    severity: 'high',
    description: 'Poses as a newsroom or journalist from a sender that is not that newsroom, and tracks who opens the message.',
    messageIds: ['posingAsOutlet', 'posingAsJournalist', 'pressWithTracking'],
  },
  create(context) {
    return {
      after(findings) {
        const tracker = pickTracker(findings);
        if (!tracker) return;
        // Posing as the press comes first: most tracked mail (newsletters) does not, and this costs no domain lookup.
        const impersonation = findings.find((f) => f.rule === 'lure/impersonation' && f.messageKey.endsWith('.newsOutlet') && active(f));
        let pretext: PressPretext | undefined;
        if (!impersonation) {
          pretext = findPressPretext(messageHits(context));
          if (!pretext) return;
        }

        const { message, policy } = context;
        const address = (message.from?.address ?? '').trim().toLowerCase();
        const senderDomain = address.includes('@') ? registrableDomain(address) ?? '' : '';
        // The organisation's own mail (its press office included) is not an outside approach.
        if (senderDomain && isWithinDomains(senderDomain, policy.orgDomains ?? [])) return;

        const outlets = protectedEntities(policy).filter((e) => e.kind === 'news');
        const isOutletDomain = senderDomain !== '' && outlets.some((o) => isWithinDomains(senderDomain, o.domains));
        const lookalike = findings.some((f) => f.rule === 'lure/lookalike-domain' && active(f));
        // Exchange's first-contact tip is informational on its own, so its severity is not looked at here.
        const firstContact = findings.some((f) => f.rule === 'lure/safety-tip' && f.messageKey.endsWith('.firstContact'));
        const freemail = findings.some((f) => f.rule === 'lure/freemail-sender' && active(f)) || isFreemailDomain(senderDomain);

        // Answers routed to a personal webmail box: a newsroom keeps replies on its own domain.
        const replyToWebmail = !freemail && message.replyTo.some((r) => isFreemailDomain(registrableDomain(r.address) ?? ''));

        const signals = [
          ...(impersonation ? ['not the outlet\'s domain'] : []),
          ...(freemail ? ['free webmail'] : []),
          ...(replyToWebmail ? ['replies go to free webmail'] : []),
          ...(lookalike ? ['lookalike domain'] : []),
          ...(firstContact ? ['first contact'] : []),
        ];
        const host = trackerHost(tracker);
        const outlet = impersonation ? String(impersonation.params.entity ?? impersonation.params.name ?? '') : '';
        const evidence = {
          url: tracker.evidence.url,
          host,
          header: 'From',
          detail: `${pretext ? `press pretext in ${pretext.place} (${pretext.terms.slice(0, 3).join(', ')})` : `poses as ${outlet}`}; ${signals.join(', ') || 'unverified sender'}; tracked by ${tracker.rule}`,
        };

        if (signals.length > 0 && !(isOutletDomain && !impersonation && !lookalike)) {
          context.report({
            messageId: outlet ? 'posingAsOutlet' : 'posingAsJournalist',
            severity: 'high',
            params: { ...(outlet ? { outlet } : {}), senderDomain: senderDomain || address || '?', trackerHost: host },
            evidence,
          });
          return;
        }
        // A press approach that tracks the reader, from a domain we cannot tie to any newsroom:
        // worth saying, not enough to call it an attack.
        if (!isOutletDomain) {
          context.report({
            messageId: 'pressWithTracking',
            severity: 'medium',
            params: { senderDomain: senderDomain || address || '?', trackerHost: host },
            evidence,
          });
        }
      },
    };
  },
};

function isFreemailDomain(domain: string): boolean {
  return domain !== '' && isFreemail(domain);
}
