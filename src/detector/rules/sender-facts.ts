// Facts about who a message says it is from, shared by the sender-identity,
// authentication and lookalike rules.
import { parse } from 'tldts';
import { collectAuthHeader, headerNameIs, type AuthHeaderValues } from '../auth';
import { FREEMAIL_DOMAINS } from '../catalogues/freemail';
import { registrableDomain, type RegistrableLookup } from '../domains';
import { entityNamedIn, protectedEntities, type ProtectedEntity } from '../protected';
import { analysisSlot, type RuleContext } from '../rule';
import type { MailAddress, MailHeader } from '../types';

const MAX_NAME = 300;

/** The host after the trimmed address' last "@", as written; "" for empty or broken addresses. */
function addressHost(address: string | undefined): string {
  const addr = address?.trim() ?? '';
  const at = addr.lastIndexOf('@');
  return at <= 0 || at === addr.length - 1 ? '' : addr.slice(at + 1);
}

/**
 * The webmail domain a host is, lower-cased and without a trailing dot. Lower-casing
 * the host alone gives the same letters as lower-casing the whole address: the "@"
 * before it is no letter to change them.
 */
function webmailDomainOf(host: string): string | undefined {
  let lower = host.toLowerCase();
  if (lower.endsWith('.')) lower = lower.slice(0, -1);
  return FREEMAIL_DOMAINS.has(lower) ? lower : undefined;
}

/**
 * Registrable domain of an address, lower-case; undefined for empty or broken addresses.
 * Rules pass their context, whose lookup is memoised: they ask about the same From domain many times.
 */
export function addressDomain(address: MailAddress | undefined, lookup: RegistrableLookup = registrableDomain): string | undefined {
  const host = addressHost(address?.address);
  if (host.length === 0) return undefined;
  return typeof lookup === 'function' ? lookup(host) : lookup.registrableDomain(host);
}

/**
 * True when the address is a personal webmail mailbox (ann@gmail.com). Service hosts
 * under a webmail domain (bounces@returns.groups.yahoo.com) are not mailboxes.
 */
export function isWebmailAddress(address: string | undefined): boolean {
  return webmailDomainOf(addressHost(address)) !== undefined;
}

/** What the sender and authentication rules read from the header list, found in one pass. */
export interface SenderHeaders extends AuthHeaderValues {
  /** The first Return-Path. */
  returnPath: string | undefined;
  /** The first X-Forefront-Antispam-Report. */
  forefront: string | undefined;
  /**
   * A list header, or Precedence list, bulk or junk: mailing lists and bulk senders
   * legitimately answer from somewhere else.
   */
  listMail: boolean;
}

/**
 * One pass over the headers for everything the sender rules ask of them: each rule
 * walking the list for its own header cost more than the rules' checks themselves.
 */
export function scanSenderHeaders(headers: readonly MailHeader[]): SenderHeaders {
  const found: SenderHeaders = {
    returnPath: undefined, forefront: undefined, listMail: false,
    authenticationResults: undefined, arcAuthenticationResults: undefined, receivedSpf: undefined,
  };
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i] as MailHeader;
    const name = header.name;
    // The names have different lengths, so a switch on it passes over most headers, and
    // their first letters tell them from the common headers of the same length
    // (Subject, Message-ID, Content-Type, DKIM-Signature) without a call. `| 0x20`
    // lower-cases an ASCII letter; headerNameIs still decides.
    switch (name.length) {
      case 7:
        if ((name.charCodeAt(0) | 0x20) === 0x6c && headerNameIs(name, 'list-id')) found.listMail = true;
        break;
      case 9:
        if ((name.charCodeAt(0) | 0x20) === 0x6c && headerNameIs(name, 'list-post')) found.listMail = true;
        break;
      case 10:
        if ((name.charCodeAt(0) | 0x20) === 0x70 && headerNameIs(name, 'precedence') && /^\s*(list|bulk|junk)\b/i.test(header.value)) found.listMail = true;
        break;
      case 11:
        if (found.returnPath === undefined && (name.charCodeAt(0) | 0x20) === 0x72 && headerNameIs(name, 'return-path')) found.returnPath = header.value;
        break;
      case 12:
        if ((name.charCodeAt(0) | 0x20) === 0x72) collectAuthHeader(found, header);
        break;
      case 14:
        if ((name.charCodeAt(0) | 0x20) === 0x78 && headerNameIs(name, 'x-mailing-list')) found.listMail = true;
        break;
      case 16:
        if ((name.charCodeAt(0) | 0x20) === 0x6c && headerNameIs(name, 'list-unsubscribe')) found.listMail = true;
        break;
      case 22:
      case 26:
        collectAuthHeader(found, header);
        break;
      case 27:
        if (found.forefront === undefined && headerNameIs(name, 'x-forefront-antispam-report')) found.forefront = header.value;
        break;
      default:
    }
  }
  return found;
}

/** "<bounce@mailer.example>" → "bounce@mailer.example". */
export function angleAddress(value: string): string {
  const bounded = value.slice(0, 500).trim();
  const open = bounded.indexOf('<');
  const close = bounded.indexOf('>', open + 1);
  return (open >= 0 && close > open ? bounded.slice(open + 1, close) : bounded).trim();
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Drops punctuation around a token ("(bbc.co.uk)." → "bbc.co.uk"); a loop, not an end-anchored regex. */
function trimToAlphanumeric(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !isAlphanumeric(token.charCodeAt(start))) start++;
  while (end > start && !isAlphanumeric(token.charCodeAt(end - 1))) end--;
  return token.slice(start, end);
}

const FAMILIAR_TLDS = new Set([
  'com', 'net', 'org', 'info', 'biz', 'edu', 'gov', 'int', 'mil', 'eu', 'io', 'news', 'media', 'online', 'site', 'app',
  'dev', 'email', 'press', 'world', 'live', 'tv', 'me', 'co', 'xyz', 'top', 'shop', 'store', 'cloud', 'website', 'link',
  'asia', 'global', 'group', 'agency', 'network', 'support', 'services', 'center', 'today', 'page', 'one',
]);

/** Country codes and the generic suffixes readers recognise as web addresses. */
function isFamiliarSuffix(suffix: string): boolean {
  const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
  return tld.length === 2 || FAMILIAR_TLDS.has(tld);
}

/**
 * Domains written inside a display name ("news@bbc.co.uk", "BBC.com"), as registrable
 * domains. Only real public suffixes count, so "Dr. J.Doe" or "v1.5" are not domains.
 */
export function domainsInDisplayName(name: string): string[] {
  const found = new Set<string>();
  for (const rawToken of name.slice(0, MAX_NAME).split(/[\s<>"'(),;[\]|]+/)) {
    const token = trimToAlphanumeric(rawToken).toLowerCase();
    if (!token.includes('.')) continue;
    const host = token.slice(token.lastIndexOf('@') + 1);
    const labels = host.split('.');
    if (labels.length < 2 || labels.length > 8 || !labels.every((l) => /^[a-z0-9-]{1,63}$/.test(l))) continue;
    const parsed = parse(host);
    if (!parsed.isIcann || !parsed.domain || parsed.isIp || !parsed.publicSuffix) continue;
    // "R.Hughes" or "J.Doe" are initials, though .hughes is a TLD: without an "@", only
    // suffixes people really read as web addresses count.
    if (!token.includes('@') && !isFamiliarSuffix(parsed.publicSuffix)) continue;
    if ((parsed.domainWithoutSuffix ?? '').length < 2) continue;
    found.add(parsed.domain);
  }
  return [...found];
}

const UNKNOWN = Symbol('not worked out yet');
type OrganisationStanding = 'inside' | 'outside' | 'none';
type Lazy<T> = T | typeof UNKNOWN;

/**
 * What several sender rules ask about the same message (the From domain, whether it is
 * webmail or list mail, whom the display name names), worked out on first use and
 * shared by every rule of one analysis: naming an entity alone means tokenising the
 * name and looking each word up.
 */
export class SenderFacts {
  private context: RuleContext | undefined;
  private fromHostValue: string | undefined;
  private fromDomainValue: Lazy<string | undefined> = UNKNOWN;
  private fromWebmailValue: Lazy<string | undefined> = UNKNOWN;
  private headersValue: SenderHeaders | undefined;
  private namedEntityValue: Lazy<ProtectedEntity | undefined> = UNKNOWN;
  private fromOrganisationValue: OrganisationStanding | undefined;

  /** Every context of one analysis has the same message, policy and domain memo: the first one serves all. */
  bind(context: RuleContext): this {
    this.context ??= context;
    return this;
  }

  private get bound(): RuleContext {
    if (!this.context) throw new Error('SenderFacts used before bind()');
    return this.context;
  }

  /** The host addressDomain would look up for From, as written; "" when it would answer undefined at once. */
  fromHost(): string {
    this.fromHostValue ??= addressHost(this.bound.message.from?.address);
    return this.fromHostValue;
  }

  /**
   * Same as `Boolean(fromDomain())`, without the public-suffix lookup most messages
   * never need: the registrable domain of a host is never empty once trimming and the
   * trailing dot leave something (tldts' domain is a non-empty tail of it, or none and
   * then the host itself).
   */
  hasFromDomain(): boolean {
    const host = this.fromHost();
    if (host.length === 0) return false;
    const trimmed = host.trim();
    return trimmed.length > 0 && trimmed !== '.';
  }

  /** addressDomain of From. */
  fromDomain(): string | undefined {
    if (this.fromDomainValue === UNKNOWN) {
      const host = this.fromHost();
      // A webmail host is the catalogue's own spelling once lower-cased (no space, one
      // trailing dot at most), and every catalogue entry is a registrable domain (the
      // tests check): the answer is known without a cold public-suffix lookup.
      const webmail = this.fromWebmailDomain();
      this.fromDomainValue = !host ? undefined : webmail !== undefined ? webmail : this.bound.registrableDomain(host);
    }
    return this.fromDomainValue;
  }

  /**
   * True when addressDomain of this address is From's for want of any difference: the
   * host after its last "@" is written exactly as From's. False says nothing.
   */
  sameHostAsFrom(address: MailAddress | undefined): boolean {
    const host = this.fromHost();
    if (host.length === 0) return false;
    const trimmed = address?.address?.trim() ?? '';
    const at = trimmed.lastIndexOf('@');
    return at > 0 && trimmed.length - at - 1 === host.length && trimmed.startsWith(host, at + 1);
  }

  /** isWebmailAddress of From. */
  fromWebmail(): boolean {
    return this.fromWebmailDomain() !== undefined;
  }

  /** The webmail domain From's host is (webmailDomainOf), when isWebmailAddress holds. */
  private fromWebmailDomain(): string | undefined {
    if (this.fromWebmailValue === UNKNOWN) this.fromWebmailValue = webmailDomainOf(this.fromHost());
    return this.fromWebmailValue;
  }

  /** scanSenderHeaders of the message. */
  headers(): SenderHeaders {
    this.headersValue ??= scanSenderHeaders(this.bound.message.headers);
    return this.headersValue;
  }

  /** headers().listMail. */
  listMail(): boolean {
    return this.headers().listMail;
  }

  /**
   * From against the policy's organisation domains: "inside" when its registrable
   * domain is one of theirs, "outside" when the policy names some and it is none,
   * "none" when the policy names none or From has no domain.
   */
  fromOrganisation(): OrganisationStanding {
    if (this.fromOrganisationValue === undefined) {
      const orgDomains = this.bound.policy.orgDomains ?? [];
      let standing: OrganisationStanding = 'none';
      // Without organisation domains (the default policy) From's domain is never looked up.
      for (let i = 0; i < orgDomains.length; i++) {
        const domain = this.bound.registrableDomain(orgDomains[i] as string);
        if (!domain) continue;
        const from = this.fromDomain();
        if (from === undefined) break;
        if (domain === from) {
          standing = 'inside';
          break;
        }
        standing = 'outside';
      }
      this.fromOrganisationValue = standing;
    }
    return this.fromOrganisationValue;
  }

  /** The protected entity the From display name names (entityNamedIn), undefined without a name. */
  namedEntity(): ProtectedEntity | undefined {
    if (this.namedEntityValue === UNKNOWN) {
      const name = this.bound.message.from?.name;
      this.namedEntityValue = name ? entityNamedIn(name, protectedEntities(this.bound.policy)) : undefined;
    }
    return this.namedEntityValue;
  }
}

const SENDER_FACTS = analysisSlot('sender-facts', () => new SenderFacts());

/** This analysis' SenderFacts. */
export function senderFacts(context: RuleContext): SenderFacts {
  return context.shared(SENDER_FACTS).bind(context);
}
