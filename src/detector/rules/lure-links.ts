// Links that lie about where they go, or go somewhere a click should not.
// The strongest signal is link text that shows one web address while the link
// opens another; "Read more" / "Lire la suite" is never a mismatch, only text
// that itself parses as a domain or URL. Click-tracking redirects that carry
// the shown address in their query are left to the tracking rules.
import { parse as parseDomain } from 'tldts';
import { isShortener } from '../catalogues/shorteners';
import { matchParsedTracker } from '../catalogues/trackers';
import { entityOwning, protectedEntities } from '../protected';
import type { ReportDescriptor, Rule } from '../rule';
import type { Finding } from '../types';

/** Longest href we inspect; longer ones are cut (still checked by prefix). */
const MAX_URL_LENGTH = 8192;
/** Bare URLs picked out of a plain-text body. */
const MAX_TEXT_URLS = 500;
const MAX_LINK_TEXT = 2048;
const MAX_FINDINGS_PER_KIND = 10;

// No "com": redirectors end their paths in host names ("…/inlinks/*http://site.com").
const EXECUTABLE_EXTENSIONS = new Set([
  'exe', 'scr', 'msi', 'msix', 'appx', 'js', 'jse', 'vbs', 'vbe', 'wsf', 'hta', 'lnk', 'bat', 'cmd', 'ps1', 'jar',
  'pif', 'cpl', 'reg', 'dll', 'apk', 'dmg', 'pkg',
]);
const ARCHIVE_EXTENSIONS = new Set(['zip', 'rar', '7z', 'iso', 'img', 'vhd', 'vhdx', 'cab', 'ace', 'arj', 'tar', 'gz', 'tgz', 'bz2', 'xz', 'z']);
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

type LinkFinding = 'textMismatch' | 'httpsDowngrade' | 'ipHost' | 'userinfoTrick' | 'shortener' | 'scriptScheme'
  | 'dataScheme' | 'fileScheme' | 'punycodeHost' | 'executableLink' | 'archiveLink' | 'recipientInLink';

/** The scheme a browser would see: leading controls/spaces dropped, tabs and newlines removed anywhere. */
export function cleanHref(raw: string): string {
  // Almost every href is already clean: check with native searches before copying it through two regexes.
  if (raw.length <= MAX_URL_LENGTH && (raw.length === 0 || raw.charCodeAt(0) > 0x20)
    && raw.indexOf('\t') < 0 && raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0) return raw;
  const cut = raw.length > MAX_URL_LENGTH ? raw.slice(0, MAX_URL_LENGTH) : raw;
  return cut.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Lower-cased "scheme" of "scheme:…" (a letter, then up to 31 of [a-zA-Z0-9+.-]), or undefined. */
function schemeOf(href: string): string | undefined {
  if (!isAsciiLetter(href.charCodeAt(0))) return undefined;
  const limit = Math.min(href.length, 33);
  for (let i = 1; i < limit; i++) {
    const code = href.charCodeAt(i);
    if (code === 58) return lowerScheme(href, i);
    if (!(isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46)) return undefined;
  }
  return undefined;
}

/** The scheme before position `colon`, without allocating for the usual "http"/"https". */
function lowerScheme(href: string, colon: number): string {
  if ((colon === 4 || colon === 5) && (href.charCodeAt(0) | 32) === 104 && (href.charCodeAt(1) | 32) === 116
    && (href.charCodeAt(2) | 32) === 116 && (href.charCodeAt(3) | 32) === 112) {
    if (colon === 4) return 'http';
    if ((href.charCodeAt(4) | 32) === 115) return 'https';
  }
  return href.slice(0, colon).toLowerCase();
}

function parseUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** The host exactly as written in the href (so "3232235777" is not hidden by URL normalisation). */
function writtenHost(href: string): string {
  const start = href.indexOf('//');
  if (start < 0) return '';
  let end = start + 2;
  while (end < href.length) {
    const code = href.charCodeAt(end);
    if (code === 47 || code === 63 || code === 35 || code === 92) break; // / ? # \
    end++;
  }
  const authority = href.slice(start + 2, end);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
}

function isIpLiteral(hostname: string): boolean {
  if (hostname.startsWith('[')) return true;
  // A dotted quad starts and ends with a digit: most hosts are ruled out without the regex.
  const first = hostname.charCodeAt(0);
  const last = hostname.charCodeAt(hostname.length - 1);
  if (!(first >= 48 && first <= 57 && last >= 48 && last <= 57)) return false;
  return /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** For a bracketed IPv6 host or a dotted quad (as isIpLiteral accepts). */
function isPrivateIp(hostname: string): boolean {
  if (hostname.startsWith('[')) {
    const v6 = hostname.slice(1, -1).toLowerCase();
    return v6 === '::1' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe8') || v6.startsWith('fe9')
      || v6.startsWith('fea') || v6.startsWith('feb');
  }
  const firstDot = hostname.indexOf('.');
  const a = decimalAt(hostname, 0, firstDot);
  const b = decimalAt(hostname, firstDot + 1, hostname.indexOf('.', firstDot + 1));
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** The decimal number written in text[start, end) (digits only, as a dotted quad's parts are). */
function decimalAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** Longest extension in EXECUTABLE_EXTENSIONS or ARCHIVE_EXTENSIONS ("msix", "vhdx"). */
const LONGEST_FLAGGED_EXTENSION = 4;

/** The linked file when its extension is executable or an archive, else undefined. */
function flaggedFile(url: Readonly<URL>): { file: string; extension: string } | undefined {
  let path = url.pathname;
  // A special URL's path is printable ASCII with everything else percent-encoded: without
  // "%" decoding is the identity and there is no whitespace to trim, so the extension can
  // be read (and most links dismissed) without copying the path.
  if (!path.includes('%')) {
    const dot = path.lastIndexOf('.');
    if (dot <= path.lastIndexOf('/') + 1 || dot === path.length - 1 || path.length - dot - 1 > LONGEST_FLAGGED_EXTENSION) return undefined;
    const extension = path.slice(dot + 1).toLowerCase();
    if (!EXECUTABLE_EXTENSIONS.has(extension) && !ARCHIVE_EXTENSIONS.has(extension)) return undefined;
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // Malformed escapes: inspect the path as written.
  }
  const file = path.slice(path.lastIndexOf('/') + 1).trim();
  const dot = file.lastIndexOf('.');
  if (dot <= 0 || dot === file.length - 1) return undefined;
  const extension = file.slice(dot + 1).toLowerCase();
  return EXECUTABLE_EXTENSIONS.has(extension) || ARCHIVE_EXTENSIONS.has(extension) ? { file, extension } : undefined;
}

const WRAPPING_PUNCTUATION = new Set([...'"\'“”‘’«»<>()[]{},;:!?.']);
const TRAILING_URL_PUNCTUATION = new Set([...'.,;:!?)]']);

/** `text` without leading/trailing characters from `set`, by index loops (no regex backtracking). */
function stripEdges(text: string, set: ReadonlySet<string>, leading: boolean): string {
  let start = 0;
  let end = text.length;
  if (leading) while (start < end && set.has(text[start]!)) start++;
  while (end > start && set.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

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
export function addressesShownIn(text: string): ShownAddress[] {
  const shown: ShownAddress[] = [];
  const clipped = (text.length > MAX_LINK_TEXT ? text.slice(0, MAX_LINK_TEXT) : text).trim();
  const tokens = clipped.split(/\s+/);
  for (const rawToken of tokens) {
    const token = stripEdges(rawToken, WRAPPING_PUNCTUATION, true);
    if (token.length < 4 || token.length > 512) continue;
    const scheme = schemeOf(token);
    let hostPart: string;
    let bare = false;
    if (scheme === 'http' || scheme === 'https') {
      const url = parseUrl(token);
      if (!url) continue;
      hostPart = url.hostname;
    } else if (scheme !== undefined && !/^[a-z0-9-]+\.[a-z]/i.test(token)) {
      continue; // mailto:, tel:, "Note:" …
    } else {
      if (token.includes('@')) continue; // an e-mail address names a mailbox, not the link's destination
      // A plain ASCII word without a dot or a percent escape cannot name a dotted host: skip the PSL.
      if (cannotSpellDottedHost(token)) continue;
      hostPart = token.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '');
      bare = !hostPart.toLowerCase().startsWith('www.');
    }
    const parsed = parseDomain(hostPart.toLowerCase());
    if (!parsed.hostname || !parsed.hostname.includes('.')) continue;
    if (!parsed.isIp && (!parsed.domain || parsed.isIcann !== true)) continue;
    if (bare && !isBareAddressClaim(hostPart, tokens.length, parsed.publicSuffix ?? '')) continue;
    const registrable = parsed.isIp ? parsed.hostname : parsed.domain!;
    shown.push({ host: parsed.hostname, registrable, https: scheme === 'https' });
  }
  return shown;
}

function cannotSpellDottedHost(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code === 46 || code === 37 || code >= 128) return false;
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

type Report = (id: LinkFinding, key: string, descriptor: Omit<ReportDescriptor, 'messageId'>) => void;

/** Every check that needs only the URL, shared by HTML links and bare URLs in plain text. */
function inspectUrl(
  href: string,
  scheme: string | undefined,
  parse: (href: string) => Readonly<URL> | undefined,
  domainOf: (host: string) => string | undefined,
  report: Report,
): Readonly<URL> | undefined {
  if (scheme === 'javascript' || scheme === 'vbscript') {
    report('scriptScheme', scheme, { params: { scheme }, evidence: { url: href.slice(0, 512), detail: scheme } });
    return undefined;
  }
  if (scheme === 'data') {
    const mediaType = href.slice(5, 64).split(/[;,]/, 1)[0]!.trim().toLowerCase() || 'text/plain';
    const active = /html|xml|svg|script/.test(mediaType);
    report('dataScheme', mediaType, { severity: active ? 'high' : 'medium', params: { mediaType }, evidence: { url: href.slice(0, 80), detail: mediaType } });
    return undefined;
  }
  if (scheme === 'file') {
    report('fileScheme', href.slice(0, 200), { params: { target: href.slice(7, 120) }, evidence: { url: href.slice(0, 512) } });
    return undefined;
  }
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'ftp') return undefined;
  const url = parse(href);
  if (!url || !url.hostname) return undefined;
  const host = url.hostname.toLowerCase();

  if (url.username || url.password) {
    let shown = url.username;
    try {
      shown = decodeURIComponent(url.username);
    } catch {
      // keep as written
    }
    report('userinfoTrick', `${shown}@${host}`, { params: { shown, host }, evidence: { url: href.slice(0, 512), host, detail: shown } });
  }
  if (isIpLiteral(host)) {
    const written = writtenHost(href).toLowerCase();
    const disguised = written !== host && !written.startsWith('[');
    const isPrivate = isPrivateIp(host);
    report('ipHost', host, {
      severity: isPrivate && !disguised ? 'low' : 'medium',
      params: { host, written: written || host },
      evidence: { url: href.slice(0, 512), host, detail: disguised ? `written as ${written}` : undefined },
    });
  } else {
    // "xn--" at the start of any label.
    if (host.startsWith('xn--') || host.includes('.xn--')) {
      report('punycodeHost', host, { params: { host }, evidence: { url: href.slice(0, 512), host } });
    }
    if (isShortener(host, domainOf)) {
      report('shortener', host, { params: { host }, evidence: { url: href.slice(0, 512), host } });
    }
  }
  const file = flaggedFile(url);
  if (file && EXECUTABLE_EXTENSIONS.has(file.extension)) {
    report('executableLink', file.file, { params: { file: file.file, extension: file.extension, host }, evidence: { url: href.slice(0, 512), host, detail: file.file } });
  } else if (file && ARCHIVE_EXTENSIONS.has(file.extension)) {
    report('archiveLink', file.file, { params: { file: file.file, extension: file.extension, host }, evidence: { url: href.slice(0, 512), host, detail: file.file } });
  }
  return url;
}

/**
 * False when the text cannot show a web address, so it need not be split and
 * looked up: every address addressesShownIn accepts holds a ".", a ":" (after
 * its scheme), a "%" escape or a non-ASCII character. "Read more" never does.
 */
function mayShowAddress(text: string): boolean {
  return /[.:%\u0080-\uffff]/.test(text);
}

/** Bare http(s) URLs in plain text, found with indexOf (no regex over the body). */
export function urlsInText(text: string): string[] {
  const urls: string[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  while (urls.length < MAX_TEXT_URLS) {
    const http = lower.indexOf('http', from);
    if (http < 0) break;
    const isUrl = lower.startsWith('http://', http) || lower.startsWith('https://', http);
    if (!isUrl) {
      from = http + 4;
      continue;
    }
    let end = http;
    while (end < text.length && end - http < MAX_URL_LENGTH && !/[\s<>"'`]/.test(text[end]!)) end++;
    urls.push(stripEdges(text.slice(http, end), TRAILING_URL_PUNCTUATION, false));
    from = end;
  }
  return urls;
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
    // Most messages report nothing here: the bookkeeping is created on first use.
    let reported: Set<string> | undefined;
    let perKind: Map<LinkFinding, number> | undefined;
    let recipientLinks: string[] | undefined;
    const recipient = context.message.recipient?.includes('@') ? context.message.recipient.trim() : undefined;
    let recipientForms: RecipientForms | undefined;
    let orgDomains: string[] | undefined;

    const report: Report = (messageId, key, descriptor) => {
      // One finding per kind and target: a newsletter with forty bit.ly links has one shortener problem.
      const identity = `${messageId}\u0000${key}`;
      if (reported?.has(identity)) return;
      // A hostile message can hold thousands of distinct bad links; a few examples make the point.
      const count = perKind?.get(messageId) ?? 0;
      if (count >= MAX_FINDINGS_PER_KIND) return;
      (perKind ??= new Map()).set(messageId, count + 1);
      (reported ??= new Set()).add(identity);
      context.report({ severity: SEVERITY[messageId], ...descriptor, messageId });
    };

    const parseHref = (href: string) => context.parseUrl(href);
    // Link texts repeat ("Read more", the same shown address under logo and headline):
    // tokenise and look each one up in the Public Suffix List once per message.
    let shownByText: Map<string, readonly ShownAddress[]> | undefined;
    const shownIn = (text: string): readonly ShownAddress[] => {
      let shown = shownByText?.get(text);
      if (shown === undefined) {
        shown = addressesShownIn(text);
        shownByText ??= new Map();
        if (shownByText.size < MAX_REMEMBERED_TEXTS) shownByText.set(text, shown);
      }
      return shown;
    };
    const domainOf = (host: string) => context.registrableDomain(host);

    /** `href` is already cleaned (cleanHref) and `scheme` is schemeOf(href). */
    const inspect = (href: string, scheme: string | undefined, text: string | undefined) => {
      const url = inspectUrl(href, scheme, parseHref, domainOf, report);
      if (recipient && (recipientForms ??= new RecipientForms(recipient)).foundIn(href)) (recipientLinks ??= []).push(href);
      if (!url || text === undefined) return;
      const shownAddresses = shownIn(text);
      if (shownAddresses.length === 0) return;
      const actual = context.registrableDomain(url.hostname) ?? url.hostname;
      for (const shown of shownAddresses) {
        if (shown.registrable === actual) {
          if (shown.https && url.protocol === 'http:') {
            report('httpsDowngrade', shown.host, { params: { host: shown.host }, evidence: { url: href.slice(0, 512), host: shown.host } });
          }
          continue;
        }
        const viaShortener = isShortener(url.hostname, domainOf);
        if (!viaShortener && (CLICK_REDIRECT_DOMAINS.has(actual) || matchParsedTracker(url, 'click'))) continue;
        if (redirectsToShown(href, shown.registrable)) continue;
        // One organisation under two of its own domains (vrt.be / vrtnws.be) is not a disguise.
        const owner = entityOwning(shown.registrable, protectedEntities(context.policy));
        if ((owner && owner.domains.includes(actual)) || areSiblings(shown.registrable, actual)) continue;
        // Landing on the organisation's own site (its link gateway, its intranet) deceives no one about where they go.
        orgDomains ??= (context.policy.orgDomains ?? []).map((d) => context.registrableDomain(d) ?? d.toLowerCase());
        if (orgDomains.includes(actual)) continue;
        report('textMismatch', `${shown.registrable}\u0000${actual}`, {
          // Behind a shortener the destination is unknown, not proven different: suspicious, not proof.
          ...(viaShortener ? { severity: 'medium' as const } : {}),
          params: { shown: shown.host, actual: url.hostname },
          evidence: { url: href.slice(0, 512), host: url.hostname, detail: `text shows ${shown.host}` },
        });
        break;
      }
    };

    return {
      link(link) {
        // The href as written shows tricks (a decimal IP) that the resolved URL normalises away;
        // the resolved URL is right for relative links under <base href>.
        const written = cleanHref(link.raw);
        const writtenScheme = schemeOf(written);
        const href = writtenScheme !== undefined ? written : cleanHref(link.url);
        const scheme = writtenScheme ?? schemeOf(href);
        // Text that cannot show an address is never joined, split or looked up.
        const title = link.title ?? '';
        inspect(href, scheme, mayShowAddress(link.text) || mayShowAddress(title) ? `${link.text} ${title}` : undefined);
      },
      end() {
        if (context.message.html) return;
        for (const url of urlsInText(context.message.text ?? '')) {
          const href = cleanHref(url);
          inspect(href, schemeOf(href), undefined);
        }
      },
      after(findings: readonly Finding[]) {
        // The tracking rules report the reader's address in URLs too; only add it when they did not.
        const first = recipientLinks?.[0];
        if (!first || findings.some((f) => f.rule === 'tracking/identity-leak')) return;
        let host = '';
        try {
          host = new URL(first).hostname;
        } catch {
          // not a URL we can name the host of
        }
        report('recipientInLink', 'recipient', { params: { host, recipient: recipient ?? '' }, evidence: { url: first.slice(0, 512), host } });
      },
    };
  },
};
