// URL resolution with the platform URL parser (no fetching, no DNS): turns
// what the HTML says into what the client would request.

export interface ResolvedUrl {
  /** Absolute URL, or the trimmed raw value when it cannot be resolved. */
  url: string;
  /** Lower-cased scheme without ":", or "" when unknown (relative without base). */
  scheme: string;
  /** True when showing the message would make a network request for it. */
  remote: boolean;
  /**
   * The parsed URL when the platform parser had to run, so later readers of
   * `url` need not parse it again. Undefined when it did not resolve, and when
   * the answer was known without the parser (see knownHttpHref).
   */
  parsed: URL | undefined;
}

const NETWORK_SCHEMES = new Set(['http', 'https', 'ftp']);

/** Reads "scheme:" off the front of a string without a regex, bounded to 32 chars. */
function leadingScheme(value: string): string {
  const limit = Math.min(value.length, 32);
  for (let i = 0; i < limit; i++) {
    const code = value.charCodeAt(i);
    if (code === 58) return i > 0 ? value.slice(0, i).toLowerCase() : '';
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    const other = i > 0 && ((code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46);
    if (!letter && !other) return '';
  }
  return '';
}

/**
 * An absolute http(s) URL the WHATWG parser gives back unchanged but for
 * lower-casing its scheme and host and adding the "/" a URL without a path
 * gains: a host of dot-separated ASCII labels whose last starts with a letter
 * (so it is not read as a number), or a dotted-decimal IPv4 address already
 * written as the parser writes it; no port or user-info; no path segment
 * starting with "." or "%2e" (dot segments); and after the host only
 * characters no percent-encoding set of their part holds (the query of a
 * special scheme also escapes "'"; "?" is data once the query began).
 * Deliberately narrower than the parser: ^, `, {, }, backslash, spaces, a
 * second "#" and anything non-ASCII take the parser's path, and so does "|"
 * in the path, which Chromium (Outlook's web view) percent-encodes there
 * although Node's parser and the WHATWG standard keep it.
 */
const KNOWN_HTTP_URL = /^[hH][tT][tT][pP][sS]?:\/\/(?:(?:[a-zA-Z0-9-]+\.)*[a-zA-Z][a-zA-Z0-9-]*|(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))(?:(?:\/(?!\.|%2[Ee])[\w\-.~!$&'()*+,;=:@[\]%]*)+(?:\?[\w\-.~!$&()*+,;=:@[\]|%/?]*)?(?:#[\w\-.~!$&'()*+,;=:@[\]|%/?]*)?)?$/;

/**
 * `new URL(url).href` when `url` is an absolute http(s) URL whose parse is
 * known without running the parser, else undefined. Most links and images in
 * mail are such plain URLs, and parsing each one cost the walk more than the
 * rest of its work on it; one native regex test is far cheaper than the parser
 * (or a character loop, which runs unoptimised for most of a message).
 */
export function knownHttpHref(url: string): string | undefined {
  if (!KNOWN_HTTP_URL.test(url)) return undefined;
  const pathStart = url.indexOf('/', 8);
  const origin = pathStart < 0 ? url : url.slice(0, pathStart);
  // ASCII only (the pattern saw to it), so this is the parser's case folding.
  const lowerOrigin = origin.toLowerCase();
  // Punycode labels are validated (and may be refused) by the parser.
  if (lowerOrigin.includes('xn--')) return undefined;
  if (pathStart < 0) return `${lowerOrigin}/`;
  return lowerOrigin === origin ? url : lowerOrigin + url.slice(pathStart);
}

/** What the rules read of an http(s) URL: lower-case hostname, pathname, and search ("?…", possibly just "?"). */
export interface HttpUrlParts {
  host: string;
  path: string;
  search: string;
}

/**
 * An http(s) URL's start up to the path's "/", with a host the parser keeps as
 * written: lower-case ASCII labels of letters, digits and "-", the last starting
 * with a letter, or an IPv4 address in its canonical dotted form (no leading
 * zeros, which the parser would read as octal). Linear: each repetition of a
 * group ends at its own ".", and the two alternatives differ in their last label.
 */
const SERIALISED_PLAIN_HOST = /^https?:\/\/(?:(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*|(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))\//;

/**
 * The parts of `url` read off its text, when it is an http(s) URL as the walker
 * hands it over (the parser's serialisation, or knownHttpHref's, which is the
 * same) and its host is plain; else undefined, and the caller parses. Most links
 * and images are such URLs, and slicing three strings costs a fraction of the
 * parser it spares. Not for URLs written by the sender: "HTTP://A.example/./x"
 * reads differently before serialisation.
 */
export function serialisedHttpParts(url: string): HttpUrlParts | undefined {
  // One native regex test rather than a loop over the host: most calls run in
  // code V8 has not optimised yet, where the loop cost about what the parser did.
  // No port, user-info or punycode get through.
  if (!SERIALISED_PLAIN_HOST.test(url)) return undefined;
  const hostStart = url.charCodeAt(4) === 115 ? 8 : 7;
  const hostEnd = url.indexOf('/', hostStart);
  if (url.lastIndexOf('xn--', hostEnd) >= hostStart) return undefined;
  const query = url.indexOf('?', hostEnd);
  const fragment = url.indexOf('#', hostEnd);
  const hasQuery = query >= 0 && (fragment < 0 || query < fragment);
  const pathEnd = hasQuery ? query : fragment >= 0 ? fragment : url.length;
  return {
    host: url.slice(hostStart, hostEnd),
    path: url.slice(hostEnd, pathEnd),
    search: hasQuery ? url.slice(query, fragment >= 0 ? fragment : url.length) : '',
  };
}

export function resolveUrl(raw: string, base: string | undefined): ResolvedUrl {
  const trimmed = raw.trim();
  // An absolute URL ignores the base: when its parse is known, skip the parser.
  const known = knownHttpHref(trimmed);
  if (known !== undefined) return { url: known, scheme: known.charCodeAt(4) === 115 ? 'https' : 'http', remote: true, parsed: undefined };
  const scheme = leadingScheme(trimmed);
  // data: URLs can be megabytes; they never leave the machine, so don't copy them through URL.
  if (scheme === 'data' || scheme === 'cid' || scheme === 'javascript' || scheme === 'mailto') {
    return { url: trimmed, scheme, remote: false, parsed: undefined };
  }
  // A protocol-relative URL takes the scheme of the page; mail clients use https.
  const effectiveBase = base ?? (trimmed.startsWith('//') ? 'https://protocol-relative.invalid/' : undefined);
  // Without a base only a URL with a scheme parses, and a scheme ends at a ':'.
  // "#", "/images/x.gif", "{{link}}" would otherwise cost a thrown TypeError each.
  if (effectiveBase === undefined && !trimmed.includes(':')) return { url: trimmed, scheme, remote: false, parsed: undefined };
  try {
    const parsed = effectiveBase !== undefined ? new URL(trimmed, effectiveBase) : new URL(trimmed);
    const parsedScheme = parsed.protocol.slice(0, -1).toLowerCase();
    return { url: parsed.href, scheme: parsedScheme, remote: NETWORK_SCHEMES.has(parsedScheme), parsed };
  } catch {
    return { url: trimmed, scheme, remote: false, parsed: undefined };
  }
}
