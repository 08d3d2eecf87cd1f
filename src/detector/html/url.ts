// URL resolution with the platform URL parser (no fetching, no DNS): turns
// what the HTML says into what the client would request.

export interface ResolvedUrl {
  /** Absolute URL, or the trimmed raw value when it cannot be resolved. */
  url: string;
  /** Lower-cased scheme without ":", or "" when unknown (relative without base). */
  scheme: string;
  /** True when showing the message would make a network request for it. */
  remote: boolean;
  /** The parsed URL when it resolved, so later readers of `url` need not parse it again. */
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

export function resolveUrl(raw: string, base: string | undefined): ResolvedUrl {
  const trimmed = raw.trim();
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
