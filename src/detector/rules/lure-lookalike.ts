// Sender, reply-to and link hosts that imitate a protected domain (the
// organisation, its VIPs, news outlets, brands). A lookalike sender or answer
// address is made to deceive, so it is high; a link host is medium, because
// it still needs a click and the link rules weigh links too.
import { findLookalike, mixedScriptLabel, type LookalikeMatch } from '../lookalike';
import { isFreemail } from '../catalogues/freemail';
import { HOST_PARSES, isCanonicalIpv4, type HostParser } from '../domains';
import { entityOwning, hasOrganisation, protectedEntities, type ProtectedEntity } from '../protected';
import type { LinkRef, Rule, RuleContext, RuleVisitors } from '../rule';
import type { MailAddress, Severity } from '../types';
import { urlsInText } from './lure-links';

const MAX_LINK_HOSTS = 200;

/**
 * The host domains.hostOf (tldts' getHostname) finds in an "http(s)://host…" URL
 * whose host is plain, read without tldts: lower-case ASCII labels of letters,
 * digits and inner hyphens, 1 to 63 long, the last starting with a letter (so the
 * host cannot end in a number as an IPv4 address does), then "/", "?", "#" or the
 * end. tldts finds such a host valid and returns it as written. Anything else (a
 * port, user-info, escapes, capitals, an IP address, a trailing dot) returns
 * undefined and is left to hostOf. Most link URLs, serialised by the walker, qualify,
 * and so do plain "mailto:" links (plainMailtoHost).
 */
export function plainHttpHost(url: string): string | undefined {
  let start: number;
  if (url.startsWith('https://')) start = 8;
  else if (url.startsWith('http://')) start = 7;
  else if (url.startsWith('mailto:')) return plainMailtoHost(url);
  else return undefined;
  return plainHostAt(url, start, false);
}

/**
 * The host hostOf finds in "mailto:local@host" or "mailto:local@host?…", when the
 * local part is plain ASCII (letters, digits, ".", "_", "+", "-") and the host is
 * plain as plainHttpHost requires: tldts reads the host after the "@" as written.
 */
function plainMailtoHost(url: string): string | undefined {
  let at = 7;
  for (; at < url.length; at++) {
    const code = url.charCodeAt(at);
    if (code === 64) break;
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 95 || code === 43 || code === 45)) return undefined;
  }
  if (at === 7 || at === url.length) return undefined;
  return plainHostAt(url, at + 1, true);
}

/** The plain host starting at `start`, up to "?" (and, unless `mail`, "/" or "#") or the end. */
function plainHostAt(url: string, start: number, mail: boolean): string | undefined {
  let labelStart = start;
  let end = start;
  for (; end < url.length; end++) {
    const code = url.charCodeAt(end);
    if (code === 63 || (!mail && (code === 47 || code === 35))) break; // ? / #
    if (code === 46) {
      if (!isPlainLabel(url, labelStart, end)) return undefined;
      labelStart = end + 1;
    } else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45)) {
      return undefined;
    }
  }
  const lastFirst = url.charCodeAt(labelStart);
  if (end - start > 253 || !isPlainLabel(url, labelStart, end) || lastFirst < 97 || lastFirst > 122) return undefined;
  return url.slice(start, end);
}

/** url[start, end) is 1 to 63 characters long and neither starts nor ends with a hyphen. */
function isPlainLabel(url: string, start: number, end: number): boolean {
  return end > start && end - start <= 63 && url.charCodeAt(start) !== 45 && url.charCodeAt(end - 1) !== 45;
}

/** The host of "http(s)://" + a canonical IPv4 address + the end, "/", "?" or "#": hostOf's answer, without tldts. */
export function plainIpv4Host(url: string): string | undefined {
  let start: number;
  if (url.startsWith('https://')) start = 8;
  else if (url.startsWith('http://')) start = 7;
  else return undefined;
  let end = start;
  while (end < url.length && end - start <= 15) {
    const code = url.charCodeAt(end);
    if (code === 47 || code === 63 || code === 35) break; // / ? #
    end++;
  }
  const host = url.slice(start, end);
  return isCanonicalIpv4(host) ? host : undefined;
}

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

  /** `plain` says the host is lower-case ASCII (plainHttpHost's): only an "xn--" label can then mix scripts. */
  private judge(host: string, plain: boolean): HostVerdict {
    let verdict = this.judged.get(host);
    if (!verdict) {
      const match = findLookalike(host, this.entities, this.leading, this.hosts);
      const mixed = match || (plain && host.indexOf('xn--') < 0) ? undefined : mixedScriptLabel(host);
      verdict = match || mixed ? { match, mixed } : NO_VERDICT;
      this.judged.set(host, verdict);
    }
    return verdict;
  }

  private checkAddress(address: MailAddress | undefined, where: 'sender' | 'replyTo', header: string): void {
    const host = hostOfAddress(address);
    if (!host) return;
    const { match, mixed } = this.judge(host, false);
    if (match) report(this.context, where, host, match, 'high', header);
    else if (mixed) reportMixedScript(this.context, host, mixed, 'medium', header);
  }

  private checkLink(url: string): void {
    // Plain names and IPv4 addresses (common in spam) are read off the URL; tldts reads the rest.
    const plain = plainHttpHost(url) ?? plainIpv4Host(url);
    const host = plain ?? this.context.hostOf(url);
    if (!host || this.judged.size >= MAX_LINK_HOSTS || this.judged.has(host)) return;
    const { match, mixed } = this.judge(host, plain !== undefined);
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
