// Per-analysis memo of URL and host work. The walker, the tracking rules, the
// link rules and the lookalike check all ask about the same few URLs and hosts;
// parsing each once per message instead of once per rule is most of what they
// shared. One memo lives exactly as long as one analyze() call.
import { hostOf, hostPart, type HostParser } from './domains';

/** Beyond this many distinct keys a hostile message gets no caching, only correct answers. */
const MAX_ENTRIES = 4096;

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
    const host = hostOf(url);
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
