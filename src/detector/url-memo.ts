// Per-analysis memo of URL and host work. The walker, the tracking rules, the
// link rules and the lookalike check all ask about the same few URLs and hosts;
// parsing each once per message instead of once per rule is most of what they
// shared. One memo lives exactly as long as one analyze() call.
import { hostOf, hostPart, type HostParser } from './domains';
import { serialisedHttpParts } from './html/url';

/** Beyond this many distinct keys a hostile message gets no caching, only correct answers. */
const MAX_ENTRIES = 4096;

/** Longest host taken as tldts' answer without asking it: none of its labels can then exceed 63 characters. */
const MAX_PLAIN_HOST = 63;

/**
 * domains.hostOf(url) read off the text when the URL starts as the walker writes
 * an http(s) URL with a plain host (serialisedHttpParts), else undefined: tldts
 * must be asked. Such a host is lower-case ASCII, ends at a "/" and tldts gives it
 * back unchanged unless it refuses it: a label starting or ending with "-", or one
 * too long. That holds for any string so starting, bare URLs of plain-text mail
 * included. Most link and image URLs qualify, and the string test costs a
 * fraction of tldts' scan.
 */
export function plainHostOf(url: string): string | undefined {
  const host = serialisedHttpParts(url)?.host;
  if (host === undefined) return undefined;
  return host.length <= MAX_PLAIN_HOST && host.charCodeAt(0) !== 45 && host.charCodeAt(host.length - 1) !== 45
    && !host.includes('-.') && !host.includes('.-') ? host : undefined;
}

export class UrlMemo {
  /** The analysis' tldts memo (HOST_PARSES), which the link and lookalike rules read too. */
  constructor(private readonly hostParses: HostParser) {}

  // Each made on first use: many messages never ask one of the three questions.
  private parsed: Map<string, Readonly<URL> | null> | undefined = undefined;
  private hosts: Map<string, string | null> | undefined = undefined;
  private registrables: Map<string, string | null> | undefined = undefined;

  /** `new URL(url)`, or undefined when it does not parse. Callers must not modify the result. */
  parseUrl(url: string): Readonly<URL> | undefined {
    const parsed = (this.parsed ??= new Map());
    const cached = parsed.get(url);
    if (cached !== undefined) return cached ?? undefined;
    let result: URL | null;
    try {
      result = new URL(url);
    } catch {
      result = null;
    }
    if (parsed.size < MAX_ENTRIES) parsed.set(url, result);
    return result ?? undefined;
  }

  /** Hands over a URL the walker already parsed, so rules asking for its href reuse it. */
  remember(url: Readonly<URL>): void {
    // Each read of href builds a new string from the native URL: read it once.
    const href = url.href;
    const parsed = (this.parsed ??= new Map());
    if (parsed.size < MAX_ENTRIES && !parsed.has(href)) parsed.set(href, url);
  }

  /** Same answer as domains.hostOf, computed once per URL. */
  hostOf(url: string): string | undefined {
    const hosts = (this.hosts ??= new Map());
    const cached = hosts.get(url);
    if (cached !== undefined) return cached ?? undefined;
    const host = plainHostOf(url) ?? hostOf(url);
    if (hosts.size < MAX_ENTRIES) hosts.set(url, host ?? null);
    return host;
  }

  /**
   * Same answer as domains.registrableDomain, computed once per host or address
   * from the one tldts parse of the host that every rule of the analysis shares.
   */
  registrableDomain(hostOrAddress: string): string | undefined {
    const registrables = (this.registrables ??= new Map());
    const cached = registrables.get(hostOrAddress);
    if (cached !== undefined) return cached ?? undefined;
    const host = hostPart(hostOrAddress);
    const domain = host ? (this.hostParses.parse(host).domain ?? host) : undefined;
    if (registrables.size < MAX_ENTRIES) registrables.set(hostOrAddress, domain ?? null);
    return domain;
  }
}
