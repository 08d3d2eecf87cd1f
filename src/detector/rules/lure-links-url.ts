// What a link's URL alone gives away, before any look at its text: a script,
// data or file scheme, an IP address or user-info where a host name belongs,
// a shortener, a punycode host, an executable or archive at the end of the path.
// Split from lure-links.ts, which adds the text-versus-destination checks.
import { isShortener, isShortenerPlainHost } from '../catalogues/shorteners';
import { isCanonicalIpv4 } from '../domains';
import { serialisedHttpParts } from '../html/url';
import type { ReportDescriptor, RuleContext } from '../rule';

/** Longest href we inspect; longer ones are cut (still checked by prefix). */
const MAX_URL_LENGTH = 8192;
/** Bare URLs picked out of a plain-text body. */
const MAX_TEXT_URLS = 500;

// No "com": redirectors end their paths in host names ("…/inlinks/*http://site.com").
const EXECUTABLE_EXTENSIONS = new Set([
  'exe', 'scr', 'msi', 'msix', 'appx', 'js', 'jse', 'vbs', 'vbe', 'wsf', 'hta', 'lnk', 'bat', 'cmd', 'ps1', 'jar',
  'pif', 'cpl', 'reg', 'dll', 'apk', 'dmg', 'pkg',
]);
const ARCHIVE_EXTENSIONS = new Set(['zip', 'rar', '7z', 'iso', 'img', 'vhd', 'vhdx', 'cab', 'ace', 'arj', 'tar', 'gz', 'tgz', 'bz2', 'xz', 'z']);

export type LinkFinding = 'textMismatch' | 'httpsDowngrade' | 'ipHost' | 'userinfoTrick' | 'shortener' | 'scriptScheme'
  | 'dataScheme' | 'fileScheme' | 'punycodeHost' | 'executableLink' | 'archiveLink' | 'recipientInLink';

/** Where inspectUrl sends what it finds (the rule dedupes and caps them). */
export interface LinkReporter {
  report(id: LinkFinding, key: string, descriptor: Omit<ReportDescriptor, 'messageId'>): void;
}

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
export function schemeOf(href: string): string | undefined {
  // Nearly every link: no character-by-character read.
  if (href.startsWith('https:')) return 'https';
  if (href.startsWith('http:')) return 'http';
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

/** The host exactly as written in the href (so "3232235777" is not hidden by URL normalisation). */
export function writtenHost(href: string): string {
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
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  // Without the port: the digits after the last ":" (what /:\d*$/ would cut), found without a regex.
  const colon = host.lastIndexOf(':');
  return colon >= 0 && allDigits(host, colon + 1, host.length) ? host.slice(0, colon) : host;
}

/** text[start, end) is ASCII digits only (or empty). */
function allDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * For a hostname as the URL parser gives it: an IPv6 address in brackets, or an
 * IPv4 address, which the parser always writes as a canonical dotted quad.
 */
export function isIpLiteral(hostname: string): boolean {
  return hostname.startsWith('[') || isCanonicalIpv4(hostname);
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

/** The linked file when the extension of the URL's path is executable or an archive, else undefined. */
function flaggedFile(pathname: string): { file: string; extension: string } | undefined {
  let path = pathname;
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

const TRAILING_URL_PUNCTUATION = new Set([...'.,;:!?)]']);

/** `text` without leading/trailing characters from `set`, by index loops (no regex backtracking). */
export function stripEdges(text: string, set: ReadonlySet<string>, leading: boolean): string {
  let start = 0;
  let end = text.length;
  if (leading) while (start < end && set.has(text[start]!)) start++;
  while (end > start && set.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * Every check that needs only the URL, shared by HTML links and bare URLs in plain text.
 * `parseAs` is a string that parses to the same URL as `href` (the walker's resolved URL,
 * already parsed, when writtenParsesAsResolved says so), else `href` itself. `serialised`
 * says `parseAs` is the walker's http(s) resolution of the link, written out by the URL
 * parser: a plain host is then read off the string (serialisedHttpParts), not parsed.
 * Returns the lower-cased hostname when parseAs is an http(s) or ftp URL with a host.
 */
export function inspectUrl(
  href: string, scheme: string | undefined, context: RuleContext, reporter: LinkReporter, parseAs: string = href, serialised = false,
): string | undefined {
  if (scheme === 'javascript' || scheme === 'vbscript') {
    reporter.report('scriptScheme', scheme, { params: { scheme }, evidence: { url: href.slice(0, 512), detail: scheme } });
    return undefined;
  }
  if (scheme === 'data') {
    const mediaType = href.slice(5, 64).split(/[;,]/, 1)[0]!.trim().toLowerCase() || 'text/plain';
    const active = /html|xml|svg|script/.test(mediaType);
    reporter.report('dataScheme', mediaType, { severity: active ? 'high' : 'medium', params: { mediaType }, evidence: { url: href.slice(0, 80), detail: mediaType } });
    return undefined;
  }
  if (scheme === 'file') {
    reporter.report('fileScheme', href.slice(0, 200), { params: { target: href.slice(7, 120) }, evidence: { url: href.slice(0, 512) } });
    return undefined;
  }
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'ftp') return undefined;
  const plain = serialised ? serialisedHttpParts(parseAs) : undefined;
  let host: string;
  let pathname: string;
  const plainHost = plain !== undefined;
  if (plainHost) {
    // No user-info to look for: the URL parser put none in the authority.
    host = plain.host;
    pathname = plain.path;
  } else {
    const url = context.parseUrl(parseAs);
    const hostname = url?.hostname;
    if (!url || !hostname) return undefined;
    host = hostname.toLowerCase();
    pathname = url.pathname;
    // The URL parser only finds user-info before an "@": without one, no need to ask for it.
    if (href.includes('@') && (url.username || url.password)) {
      let shown = url.username;
      try {
        shown = decodeURIComponent(url.username);
      } catch {
        // keep as written
      }
      reporter.report('userinfoTrick', `${shown}@${host}`, { params: { shown, host }, evidence: { url: href.slice(0, 512), host, detail: shown } });
    }
  }
  if (isIpLiteral(host)) {
    const written = writtenHost(href).toLowerCase();
    const disguised = written !== host && !written.startsWith('[');
    const isPrivate = isPrivateIp(host);
    reporter.report('ipHost', host, {
      severity: isPrivate && !disguised ? 'low' : 'medium',
      params: { host, written: written || host },
      evidence: { url: href.slice(0, 512), host, detail: disguised ? `written as ${written}` : undefined },
    });
  } else {
    // "xn--" at the start of any label.
    if (host.startsWith('xn--') || host.includes('.xn--')) {
      reporter.report('punycodeHost', host, { params: { host }, evidence: { url: href.slice(0, 512), host } });
    }
    if (plainHost ? isShortenerPlainHost(host, context) : isShortener(host, context)) {
      reporter.report('shortener', host, { params: { host }, evidence: { url: href.slice(0, 512), host } });
    }
  }
  const file = flaggedFile(pathname);
  if (file && EXECUTABLE_EXTENSIONS.has(file.extension)) {
    reporter.report('executableLink', file.file, { params: { file: file.file, extension: file.extension, host }, evidence: { url: href.slice(0, 512), host, detail: file.file } });
  } else if (file && ARCHIVE_EXTENSIONS.has(file.extension)) {
    reporter.report('archiveLink', file.file, { params: { file: file.file, extension: file.extension, host }, evidence: { url: href.slice(0, 512), host, detail: file.file } });
  }
  return host;
}

/**
 * True when new URL(written) is certain to equal the walker's resolution of
 * `raw` (new URL(raw.trim(), base)), so the URL the walker already parsed can
 * stand in for parsing the href as written once more. `written` is
 * cleanHref(raw) and `scheme` its scheme. It holds when: the scheme is
 * special and followed by "//" (a base URL then plays no part); nothing was
 * cut; and trim() removes nothing the URL parser keeps, i.e. the last
 * character above U+0020 is ASCII (leading ones are controls or spaces, since
 * written starts with its scheme). cleanHref only drops characters the parser
 * drops too: leading controls and spaces, tabs and newlines.
 */
export function writtenParsesAsResolved(written: string, raw: string, scheme: string): boolean {
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'ftp') return false;
  if (raw.length > MAX_URL_LENGTH) return false;
  const slashes = scheme.length + 1;
  if (written.charCodeAt(slashes) !== 47 || written.charCodeAt(slashes + 1) !== 47) return false;
  let last = raw.length - 1;
  while (last >= 0 && raw.charCodeAt(last) <= 0x20) last--;
  return last >= 0 && raw.charCodeAt(last) < 0x80;
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

