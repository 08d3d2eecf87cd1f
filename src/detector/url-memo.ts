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

  private readonly parsed = new Map<string, Readonly<URL> | null>();
  private readonly hosts = new Map<string, string | null>();
  private readonly registrables = new Map<string, string | null>();

  /** `new URL(url)`, or undefined when it does not parse. Callers must not modify the result. */
  parseUrl(url: string): Readonly<URL> | undefined {
    const cached = this.parsed.get(url);
    if (cached !== undefined) return cached ?? undefined;
    let result: URL | null;
    try {
      result = new URL(url);
    } catch {
      result = null;
    }
    if (this.parsed.size < MAX_ENTRIES) this.parsed.set(url, result);
    return result ?? undefined;
  }

  /** Hands over a URL the walker already parsed, so rules asking for its href reuse it. */
  remember(url: Readonly<URL>): void {
    // Each read of href builds a new string from the native URL: read it once.
    const href = url.href;
    if (this.parsed.size < MAX_ENTRIES && !this.parsed.has(href)) this.parsed.set(href, url);
  }

  /** Same answer as domains.hostOf, computed once per URL. */
  hostOf(url: string): string | undefined {
    const cached = this.hosts.get(url);
    if (cached !== undefined) return cached ?? undefined;
    const host = hostOf(url);
    if (this.hosts.size < MAX_ENTRIES) this.hosts.set(url, host ?? null);
    return host;
  }

  /**
   * Same answer as domains.registrableDomain, computed once per host or address
   * from the one tldts parse of the host that every rule of the analysis shares.
   */
  registrableDomain(hostOrAddress: string): string | undefined {
    const cached = this.registrables.get(hostOrAddress);
    if (cached !== undefined) return cached ?? undefined;
    const host = hostPart(hostOrAddress);
    const domain = host ? (this.hostParses.parse(host).domain ?? host) : undefined;
    if (this.registrables.size < MAX_ENTRIES) this.registrables.set(hostOrAddress, domain ?? null);
    return domain;
  }
}
