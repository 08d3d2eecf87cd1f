// Sender, reply-to and link hosts that imitate a protected domain (the
// organisation, its VIPs, news outlets, brands). A lookalike sender or answer
// address is made to deceive, so it is high; a link host is medium, because
// it still needs a click and the link rules weigh links too.
import { findLookalike, mixedScriptLabel, type LookalikeMatch } from '../lookalike';
import { isFreemail } from '../catalogues/freemail';
import { HOST_PARSES, type HostParser } from '../domains';
import { entityOwning, hasOrganisation, protectedEntities, type ProtectedEntity } from '../protected';
import type { LinkRef, Rule, RuleContext, RuleVisitors } from '../rule';
import type { MailAddress, Severity } from '../types';
import { urlsInText } from './lure-links';

const MAX_LINK_HOSTS = 200;

function hostOfAddress(address: MailAddress | undefined): string | undefined {
  const addr = address?.address?.trim().toLowerCase() ?? '';
  const at = addr.lastIndexOf('@');
  if (at <= 0 || at === addr.length - 1) return undefined;
  let host = addr.slice(at + 1);
  while (host.endsWith('>') || host.endsWith(']')) host = host.slice(0, -1);
  return host || undefined;
}

function report(context: RuleContext, where: 'sender' | 'replyTo' | 'link', host: string, match: LookalikeMatch, severity: Severity, header?: string, url?: string): void {
  context.report({
    messageId: where,
    severity,
    params: { domain: host, protectedDomain: match.protectedDomain, entity: match.entity.name },
    evidence: { host, detail: `${match.technique}: ${match.detail}`, ...(header ? { header } : {}), ...(url ? { url } : {}) },
  });
}

function reportMixedScript(context: RuleContext, host: string, label: string, severity: Severity, header?: string): void {
  context.report({
    messageId: 'mixedScript',
    severity,
    params: { domain: host, label },
    evidence: { host, detail: label, ...(header ? { header } : {}) },
  });
}

/**
 * Without orgDomains in the policy, the reader's own mail domain stands in for the
 * organisation: a lookalike of it is the classic internal-looking lure. It is checked
 * ahead of the policy's entities, as if it were first in their list.
 */
function recipientOrganisation(context: RuleContext, entities: ProtectedEntity[], recipient: string | undefined): readonly ProtectedEntity[] {
  if (!recipient || hasOrganisation(entities)) return NO_ENTITIES;
  const domain = context.registrableDomain(recipient);
  if (!domain || !recipient.includes('@') || isFreemail(domain) || entityOwning(domain, entities, (d) => context.registrableDomain(d))) return NO_ENTITIES;
  // The same list object for the same domain lets findLookalike reuse the target it derived from it.
  const hit = recipientLists.get(domain);
  if (hit) return hit;
  if (recipientLists.size >= MAX_RECIPIENT_DOMAINS) recipientLists.clear();
  const list = [{ kind: 'org' as const, name: domain, domains: [domain], aliases: [] }];
  recipientLists.set(domain, list);
  return list;
}

const NO_ENTITIES: readonly ProtectedEntity[] = Object.freeze([]);
// A mailbox sees one or a few recipient domains; the bound only keeps a scanner
// fed with thousands of recipients from growing the cache without limit.
const MAX_RECIPIENT_DOMAINS = 32;
const recipientLists = new Map<string, readonly ProtectedEntity[]>();

/** What one host imitates: a protected domain, else a mixed-script label, else nothing. */
interface HostVerdict {
  match: LookalikeMatch | undefined;
  mixed: string | undefined;
}

/** The verdict on a host that imitates nothing, shared by every such host. */
const NO_VERDICT: HostVerdict = Object.freeze({ match: undefined, mixed: undefined });

/**
 * One analysis' checks. Senders, answer addresses and links often share a host
 * (a newsletter from news@x.example linking to x.example): each distinct host is
 * judged once per message. A class keeps the visitors on the prototype.
 */
class LookalikeCheck implements RuleVisitors {
  /** Hosts judged so far; while links are walked, exactly the link hosts seen. */
  private readonly judged = new Map<string, HostVerdict>();
  private readonly hosts: HostParser;

  constructor(
    private readonly context: RuleContext,
    private readonly entities: readonly ProtectedEntity[],
    private readonly leading: readonly ProtectedEntity[],
  ) {
    this.hosts = context.shared(HOST_PARSES);
  }

  private judge(host: string): HostVerdict {
    let verdict = this.judged.get(host);
    if (!verdict) {
      const match = findLookalike(host, this.entities, this.leading, this.hosts);
      const mixed = match ? undefined : mixedScriptLabel(host);
      verdict = match || mixed ? { match, mixed } : NO_VERDICT;
      this.judged.set(host, verdict);
    }
    return verdict;
  }

  private checkAddress(address: MailAddress | undefined, where: 'sender' | 'replyTo', header: string): void {
    const host = hostOfAddress(address);
    if (!host) return;
    const { match, mixed } = this.judge(host);
    if (match) report(this.context, where, host, match, 'high', header);
    else if (mixed) reportMixedScript(this.context, host, mixed, 'medium', header);
  }

  private checkLink(url: string): void {
    const host = this.context.hostOf(url);
    if (!host || this.judged.size >= MAX_LINK_HOSTS || this.judged.has(host)) return;
    const { match, mixed } = this.judge(host);
    if (match) report(this.context, 'link', host, match, 'medium', undefined, url);
    else if (mixed) reportMixedScript(this.context, host, mixed, 'medium');
  }

  link(link: LinkRef): void {
    this.checkLink(link.url);
  }

  end(): void {
    const message = this.context.message;
    // Plain-text mail has no <a> elements: its bare URLs are the links.
    if (!message.html) for (const url of urlsInText(message.text ?? '')) this.checkLink(url);
    // Addresses come after every link, so link hosts were bounded by MAX_LINK_HOSTS alone.
    this.checkAddress(message.from, 'sender', 'From');
    const replyTo = message.replyTo;
    for (let i = 0; i < replyTo.length && i < 10; i++) this.checkAddress(replyTo[i], 'replyTo', 'Reply-To');
  }
}

export const lureLookalikeDomain: Rule = {
  meta: {
    id: 'lure/lookalike-domain',
    category: 'lure',
    severity: 'high',
    description: 'A sender, reply-to or link domain imitates the organisation\'s, a VIP\'s, a news outlet\'s or a brand\'s domain.',
    messageIds: ['sender', 'replyTo', 'link', 'mixedScript'],
  },
  create(context) {
    const entities = protectedEntities(context.policy);
    return new LookalikeCheck(context, entities, recipientOrganisation(context, entities, context.message.recipient));
  },
};
