// Links that lie about where they go, or go somewhere a click should not.
// The strongest signal is link text that shows one web address while the link
// opens another; "Read more" / "Lire la suite" is never a mismatch, only text
// that itself parses as a domain or URL. Click-tracking redirects that carry
// the shown address in their query are left to the tracking rules.
import { isShortener } from '../catalogues/shorteners';
import { matchParsedTracker } from '../catalogues/trackers';
import { DIRECT_HOST_PARSER, HOST_PARSES, type HostParser } from '../domains';
import { knownHttpHref } from '../html/url';
import { entityOwning, protectedEntities } from '../protected';
import type { LinkRef, ReportDescriptor, Rule, RuleContext, RuleVisitors } from '../rule';
import type { Finding } from '../types';
import {
  cleanHref, inspectUrl, schemeOf, stripEdges, urlsInText, writtenParsesAsResolved, type LinkFinding, type LinkReporter,
} from './lure-links-url';

export { cleanHref, urlsInText };

const MAX_LINK_TEXT = 2048;
const MAX_FINDINGS_PER_KIND = 10;

/** TLDs that are far more often file extensions: "readme.md" in link text is a file name, not a claim about a site. */
const FILE_LIKE_TLDS = new Set(['md', 'py', 'zip', 'mov', 'pm', 'ps']);
/**
 * Registrable domains of mass-mail click redirectors whose URLs do not carry the
 * destination in clear. Their newsletters routinely show "www.org.example" over
 * such a link; that is click tracking (reported by the tracking rules), not deceit.
 */
const CLICK_REDIRECT_DOMAINS = new Set([
  'list-manage.com', 'mailchi.mp', 'sendgrid.net', 'rs6.net', 'awstrack.me', 'mailgun.org', 'mlsend.com',
  'mailerlite.com', 'sendinblue.com', 'brevo.com', 'sibforms.com', 'r.mailjet.com', 'mjt.lu', 'createsend.com',
  'cmail19.com', 'cmail20.com', 'hubspotlinks.com', 'hs-sites.com', 'mkt.com', 'mktoweb.com', 'pardot.com',
  'exacttarget.com', 'salesforce.com', 'mcusercontent.com', 'campaign-archive.com', 'substack.com', 'klclick.com',
  'klclick1.com', 'klclick2.com', 'klclick3.com', 'eloqua.com', 'en25.com', 'constantcontact.com', 'icptrack.com',
  'emlnk.com', 'emltrk.com', 'sendibt3.com', 'sendibm3.com', 'mandrillapp.com', 'sparkpostmail.com', 'spmailtechno.com',
  'getresponse.com', 'gr8.com', 'aweber.com', 'convertkit-mail.com', 'ck.page', 'beehiiv.com', 'mlsend2.com',
  'tinyletter.com', 'emailsrvr.com', 'dotdigital.com', 'dmtrk.net', 'trk.klclick.com', 'safelinks.protection.outlook.com',
  'urldefense.com', 'urldefense.proofpoint.com', 'mimecast.com', 'linkprotect.cudasvc.com',
]);
/**
 * Platforms that link between their own domains in their own mail ("pic.twitter.com"
 * shown over a t.co link). Brands the organisation cares about live in the brand
 * catalogue; these are only here so their routine cross-links are not called deceit.
 */
const SIBLING_DOMAINS: readonly (readonly string[])[] = [
  ['twitter.com', 'x.com', 't.co', 'twimg.com'],
  ['facebook.com', 'fb.com', 'fb.me', 'fb.watch', 'facebook.net', 'messenger.com'],
  ['instagram.com', 'instagr.am'],
  ['linkedin.com', 'lnkd.in'],
  ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
  ['wikipedia.org', 'wikimedia.org', 'wikidata.org'],
];

function areSiblings(a: string, b: string): boolean {
  return SIBLING_DOMAINS.some((group) => group.includes(a) && group.includes(b));
}

/** Parses URLs as `new URL(url)` does (an analysis passes its shared memo, context.parseUrl). */
export interface UrlParser {
  parseUrl(url: string): Readonly<URL> | undefined;
}

const DIRECT_URL_PARSER: UrlParser = {
  parseUrl(url) {
    try {
      return new URL(url);
    } catch {
      return undefined;
    }
  },
};

const WRAPPING_PUNCTUATION = new Set([...'"\'“”‘’«»<>()[]{},;:!?.']);

/** Distinct link texts whose shown addresses are remembered per message. */
const MAX_REMEMBERED_TEXTS = 1024;

interface ShownAddress {
  host: string;
  registrable: string;
  https: boolean;
}

/**
 * Web addresses the link text itself shows ("www.bank.example", "https://x.example/login").
 * Ordinary words never qualify: a token must have a scheme, start with "www.",
 * or be a bare host on a real public suffix that is not also a file extension.
 */
export function addressesShownIn(text: string, hosts: HostParser = DIRECT_HOST_PARSER, urls: UrlParser = DIRECT_URL_PARSER): ShownAddress[] {
  const shown: ShownAddress[] = [];
  const clipped = (text.length > MAX_LINK_TEXT ? text.slice(0, MAX_LINK_TEXT) : text).trim();
  const tokens = clipped.split(/\s+/);
  for (const rawToken of tokens) {
    // Every token taken below holds a ":" (after http or https), a "." or a "%": most words hold none.
    if (rawToken.indexOf('.') < 0 && rawToken.indexOf(':') < 0 && rawToken.indexOf('%') < 0) continue;
    const token = stripEdges(rawToken, WRAPPING_PUNCTUATION, true);
    if (token.length < 4 || token.length > 512) continue;
    const scheme = schemeOf(token);
    let hostPart: string;
    let bare = false;
    if (scheme === 'http' || scheme === 'https') {
      // A plain URL's parse is known without the parser: its host is read off the href it gives.
      const known = knownHttpHref(token);
      if (known !== undefined) {
        const hostStart = known.charCodeAt(4) === 115 ? 8 : 7;
        hostPart = known.slice(hostStart, known.indexOf('/', hostStart));
      } else {
        const url = urls.parseUrl(token);
        if (!url) continue;
        hostPart = url.hostname;
      }
    } else if (scheme !== undefined && !/^[a-z0-9-]+\.[a-z]/i.test(token)) {
      continue; // mailto:, tel:, "Note:" …
    } else {
      if (token.includes('@')) continue; // an e-mail address names a mailbox, not the link's destination
      // A plain ASCII word without a dot or a percent escape cannot name a dotted host: skip the PSL.
      if (cannotSpellDottedHost(token)) continue;
      hostPart = token.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '');
      bare = !hostPart.toLowerCase().startsWith('www.');
    }
    const parsed = hosts.parse(hostPart.toLowerCase());
    if (!parsed.hostname || !parsed.hostname.includes('.')) continue;
    if (!parsed.isIp && (!parsed.domain || parsed.isIcann !== true)) continue;
    if (bare && !isBareAddressClaim(hostPart, tokens.length, parsed.publicSuffix ?? '')) continue;
    const registrable = parsed.isIp ? parsed.hostname : parsed.domain!;
    shown.push({ host: parsed.hostname, registrable, https: scheme === 'https' });
  }
  return shown;
}

/**
 * tldts names a host by slicing it out of its input, percent-decoded and lower-cased
 * (no IDNA mapping of "。" or "．"): without a "." or a "%" no dotted host can come out.
 */
function cannotSpellDottedHost(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code === 46 || code === 37) return false;
  }
  return true;
}

/**
 * A host written without scheme or "www." is read as an address only when it is
 * the whole link text, in lower case, and not a file name: "ASP.NET" or
 * "readme.md" are names; "paypal.com" as the entire text of a link is a claim.
 */
function isBareAddressClaim(written: string, tokenCount: number, suffix: string): boolean {
  if (tokenCount !== 1 || FILE_LIKE_TLDS.has(suffix)) return false;
  const writtenSuffix = written.slice(written.length - suffix.length);
  return writtenSuffix === writtenSuffix.toLowerCase();
}

/**
 * True when the href carries the shown domain as a URL value in its path or
 * query ("…/click?u=https://www.shown.example/…", "…?url=shown.example"):
 * a redirect that lands where the text says. A mere mention in the path
 * ("evil.example/shown.example/login") does not count.
 */
function redirectsToShown(href: string, shownRegistrable: string): boolean {
  let decoded = href;
  for (let round = 0; round < 2; round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break;
    }
  }
  const lower = decoded.toLowerCase();
  const schemeEnd = lower.indexOf('//');
  const pathStart = schemeEnd >= 0 ? lower.indexOf('/', schemeEnd + 2) : 0;
  if (pathStart < 0) return false;
  let from = pathStart;
  for (let tries = 0; tries < 20; tries++) {
    const at = lower.indexOf(shownRegistrable, from);
    if (at < 0) return false;
    let start = at;
    while (start > pathStart && at - start < 253 && /[a-z0-9.-]/.test(lower[start - 1]!)) start--;
    const before = lower.slice(Math.max(0, start - 2), start);
    const after = lower[at + shownRegistrable.length];
    const endsHost = after === undefined || !/[a-z0-9-]/.test(after);
    if (endsHost && (before === '//' || before.endsWith('='))) return true;
    from = at + shownRegistrable.length;
  }
  return false;
}

/** The reader's address as a link could carry it: readable or URL-encoded, compared without case. */
class RecipientForms {
  private readonly address: string;
  private readonly encoded: string | undefined;

  constructor(recipient: string) {
    this.address = recipient.toLowerCase();
    let encoded: string | undefined;
    try {
      encoded = encodeURIComponent(this.address).toLowerCase();
    } catch {
      // a lone surrogate cannot be URL-encoded, so it cannot appear encoded either
    }
    this.encoded = encoded;
  }

  /** Both forms hold "@" (plainly or as "%40"): an href with neither is not lower-cased and searched. */
  foundIn(href: string): boolean {
    if (!href.includes('@') && !href.includes('%40')) return false;
    const lower = href.toLowerCase();
    return lower.includes(this.address) || (this.encoded !== undefined && lower.includes(this.encoded));
  }
}

/**
 * False when the text cannot show a web address, so it need not be split and
 * looked up. addressesShownIn only accepts a token with an "http:" or "https:"
 * scheme, or one holding a "%" or a "." (cannotSpellDottedHost). A "." followed
 * by a space or ending the text ends its token, and is stripped from it with the
 * other wrapping punctuation: "Read more.", "Click here:" and "Lire l'article
 * complet" cannot show one.
 */
export function mayShowAddress(text: string): boolean {
  // Native searches: a loop over every character costs more while the rule is still cold.
  if (text.indexOf('%') >= 0) return true;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const next = text.charCodeAt(dot + 1);
    // NaN past the end; any other character than a space or line break keeps the dot in its token.
    if (next === next && next !== 32 && next !== 10 && next !== 13 && next !== 9) return true;
  }
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (endsWithHttp(text, colon) || (colon > 0 && (text.charCodeAt(colon - 1) | 32) === 115 && endsWithHttp(text, colon - 1))) return true;
  }
  return false;
}

/** text[end - 4, end) is "http" in any letter case. */
function endsWithHttp(text: string, end: number): boolean {
  return end >= 4 && (text.charCodeAt(end - 4) | 32) === 104 && (text.charCodeAt(end - 3) | 32) === 116
    && (text.charCodeAt(end - 2) | 32) === 116 && (text.charCodeAt(end - 1) | 32) === 112;
}

const SEVERITY: Readonly<Record<LinkFinding, ReportDescriptor['severity']>> = {
  textMismatch: 'high', userinfoTrick: 'high', scriptScheme: 'high', dataScheme: 'medium', fileScheme: 'medium',
  ipHost: 'medium', executableLink: 'medium', punycodeHost: 'low', shortener: 'low', httpsDowngrade: 'low',
  archiveLink: 'low', recipientInLink: 'low',
};

export const lureLinks: Rule = {
  meta: {
    id: 'lure/links',
    category: 'lure',
    severity: 'medium',
    description: 'Links whose text shows another address, hidden behind IPs, user-info or shorteners, script/data/file schemes, or pointing at executables.',
    messageIds: ['textMismatch', 'httpsDowngrade', 'ipHost', 'userinfoTrick', 'shortener', 'scriptScheme', 'dataScheme', 'fileScheme', 'punycodeHost', 'executableLink', 'archiveLink', 'recipientInLink'],
  },
  create(context) {
    return new LinkVisitors(context);
  },
};

/**
 * The rule's visitors as one object whose methods live on the prototype, and
 * whose bookkeeping is created on first use: most messages report nothing here.
 */
class LinkVisitors implements RuleVisitors, LinkReporter {
  private reported: Set<string> | undefined;
  private perKind: Map<LinkFinding, number> | undefined;
  private recipientLinks: string[] | undefined;
  private readonly recipient: string | undefined;
  private recipientForms: RecipientForms | undefined;
  private orgDomains: string[] | undefined;
  // Link texts repeat ("Read more", the same shown address under logo and headline):
  // tokenise and look each one up in the Public Suffix List once per message.
  private shownByText: Map<string, readonly ShownAddress[]> | undefined;
  private hostParses: HostParser | undefined;

  constructor(private readonly context: RuleContext) {
    const recipient = context.message.recipient;
    this.recipient = recipient?.includes('@') ? recipient.trim() : undefined;
  }

  link(link: LinkRef): void {
    // The href as written shows tricks (a decimal IP) that the resolved URL normalises away;
    // the resolved URL is right for relative links under <base href>.
    const written = cleanHref(link.raw);
    const writtenScheme = schemeOf(written);
    const href = writtenScheme !== undefined ? written : cleanHref(link.url);
    const scheme = writtenScheme ?? schemeOf(href);
    // "http://site.example" as written parses to the walker's "http://site.example/": reuse that parse.
    const parseAs = writtenScheme !== undefined && written !== link.url && writtenParsesAsResolved(written, link.raw, writtenScheme)
      ? link.url : href;
    // Text that cannot show an address is never joined, split or looked up.
    // Without a title the text alone is read: addressesShownIn trims the joining space away anyway.
    const title = link.title;
    const text = title ? (mayShowAddress(link.text) || mayShowAddress(title) ? `${link.text} ${title}` : undefined)
      : mayShowAddress(link.text) ? link.text : undefined;
    // The walker's http(s) URL is written out by the URL parser: its host and path can be read off it.
    this.inspect(href, scheme, text, parseAs, parseAs === link.url && (link.scheme === 'http' || link.scheme === 'https'));
  }

  end(): void {
    const message = this.context.message;
    if (message.html) return;
    for (const url of urlsInText(message.text ?? '')) {
      const href = cleanHref(url);
      this.inspect(href, schemeOf(href), undefined, href, false);
    }
  }

  after(findings: readonly Finding[]): void {
    // The tracking rules report the reader's address in URLs too; only add it when they did not.
    const first = this.recipientLinks?.[0];
    if (!first || findings.some((f) => f.rule === 'tracking/identity-leak')) return;
    let host = '';
    try {
      host = new URL(first).hostname;
    } catch {
      // not a URL we can name the host of
    }
    this.report('recipientInLink', 'recipient', { params: { host, recipient: this.recipient ?? '' }, evidence: { url: first.slice(0, 512), host } });
  }

  report(messageId: LinkFinding, key: string, descriptor: Omit<ReportDescriptor, 'messageId'>): void {
    // One finding per kind and target: a newsletter with forty bit.ly links has one shortener problem.
    const identity = `${messageId}\u0000${key}`;
    if (this.reported?.has(identity)) return;
    // A hostile message can hold thousands of distinct bad links; a few examples make the point.
    const count = this.perKind?.get(messageId) ?? 0;
    if (count >= MAX_FINDINGS_PER_KIND) return;
    (this.perKind ??= new Map()).set(messageId, count + 1);
    (this.reported ??= new Set()).add(identity);
    this.context.report({ severity: SEVERITY[messageId], ...descriptor, messageId });
  }

  /** The analysis' shared host parses: the lookalike check parses the same link hosts. */
  private hosts(): HostParser {
    return (this.hostParses ??= this.context.shared(HOST_PARSES));
  }

  private shownIn(text: string): readonly ShownAddress[] {
    let shown = this.shownByText?.get(text);
    if (shown === undefined) {
      shown = addressesShownIn(text, this.hosts(), this.context);
      this.shownByText ??= new Map();
      if (this.shownByText.size < MAX_REMEMBERED_TEXTS) this.shownByText.set(text, shown);
    }
    return shown;
  }

  /**
   * `href` is already cleaned (cleanHref), `scheme` is schemeOf(href), `parseAs` parses as
   * href does, and `serialised` says it is the walker's http(s) URL (see inspectUrl).
   */
  private inspect(href: string, scheme: string | undefined, text: string | undefined, parseAs: string, serialised: boolean): void {
    const context = this.context;
    const host = inspectUrl(href, scheme, context, this, parseAs, serialised);
    if (this.recipient && (this.recipientForms ??= new RecipientForms(this.recipient)).foundIn(href)) (this.recipientLinks ??= []).push(href);
    if (host === undefined || text === undefined) return;
    const shownAddresses = this.shownIn(text);
    if (shownAddresses.length === 0) return;
    // `host` is the hostname parseAs parses to, and `scheme` its protocol: the URL itself is
    // parsed only for the click-tracker check.
    // Only the hostname "." has no registrable domain: it then stands for itself.
    const actual = context.registrableDomain(host) ?? host;
    for (const shown of shownAddresses) {
      if (shown.registrable === actual) {
        if (shown.https && scheme === 'http') {
          this.report('httpsDowngrade', shown.host, { params: { host: shown.host }, evidence: { url: href.slice(0, 512), host: shown.host } });
        }
        continue;
      }
      const viaShortener = isShortener(host, context);
      // inspectUrl found a host, so parseAs parses.
      if (!viaShortener && (CLICK_REDIRECT_DOMAINS.has(actual) || matchParsedTracker(context.parseUrl(parseAs) as Readonly<URL>, 'click'))) continue;
      if (redirectsToShown(href, shown.registrable)) continue;
      // One organisation under two of its own domains (vrt.be / vrtnws.be) is not a disguise.
      const owner = entityOwning(shown.registrable, protectedEntities(context.policy));
      if ((owner && owner.domains.includes(actual)) || areSiblings(shown.registrable, actual)) continue;
      // Landing on the organisation's own site (its link gateway, its intranet) deceives no one about where they go.
      this.orgDomains ??= (context.policy.orgDomains ?? []).map((d) => context.registrableDomain(d) ?? d.toLowerCase());
      if (this.orgDomains.includes(actual)) continue;
      this.report('textMismatch', `${shown.registrable}\u0000${actual}`, {
        // Behind a shortener the destination is unknown, not proven different: suspicious, not proof.
        ...(viaShortener ? { severity: 'medium' as const } : {}),
        params: { shown: shown.host, actual: host },
        evidence: { url: href.slice(0, 512), host, detail: `text shows ${shown.host}` },
      });
      break;
    }
  }
}
