// Host and registrable-domain helpers over the Public Suffix List (tldts).
// Pure: tldts ships the list as data, nothing is fetched.
import { getDomain, getHostname, parse } from 'tldts';
import { analysisSlot } from './rule';

/** Lower-cased host of an absolute URL, or undefined for relative/opaque URLs. */
export function hostOf(url: string): string | undefined {
  // No options: tldts reads validHosts only for the registrable domain, and an options
  // object would be copied onto its defaults on every call.
  const host = getHostname(url);
  return host ? host.toLowerCase() : undefined;
}

/** The registrable domain ("bbc.co.uk" for "news.bbc.co.uk"), or the host itself for IPs and unknown suffixes. */
export function registrableDomain(hostOrAddress: string): string | undefined {
  const host = hostPart(hostOrAddress);
  if (!host) return undefined;
  // tldts' defaults leave private suffixes out, as wanted here.
  return getDomain(host) ?? host;
}

/** Anything that answers registrableDomain's questions: a rule's context memoises them per analysis. */
export interface RegistrableDomainSource {
  registrableDomain(hostOrAddress: string): string | undefined;
}

/** registrableDomain itself, or anything answering as it does: a function or a source such as a rule context. */
export type RegistrableLookup = ((hostOrAddress: string) => string | undefined) | RegistrableDomainSource;

/** The lower-cased host of a host or address, without a trailing dot ("" when there is none). */
export function hostPart(hostOrAddress: string): string {
  const at = hostOrAddress.lastIndexOf('@');
  const trimmed = (at >= 0 ? hostOrAddress.slice(at + 1) : hostOrAddress).trim().toLowerCase();
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}

/**
 * Four decimals 0-255 without leading zeros, between dots: an IPv4 address as the
 * URL parser writes it, and as tldts reads it (isIp, no domain).
 */
export function isCanonicalIpv4(host: string): boolean {
  let start = 0;
  for (let part = 0; part < 4; part++) {
    const end = part < 3 ? host.indexOf('.', start) : host.length;
    const length = end - start;
    if (end < 0 || length === 0 || length > 3) return false;
    for (let i = start; i < end; i++) {
      const code = host.charCodeAt(i);
      if (code < 48 || code > 57) return false;
    }
    if (length > 1 && host.charCodeAt(start) === 48) return false;
    if (length === 3 && Number(host.slice(start, end)) > 255) return false;
    start = end + 1;
  }
  return true;
}

/** True when the host equals one of the domains or is a subdomain of one. */
export function isWithinDomains(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase();
  return domains.some((d) => {
    const domain = d.toLowerCase();
    return h === domain || h.endsWith(`.${domain}`);
  });
}

/** What tldts' parse() says of a host: read it, never modify it (it may be shared). */
export type HostParse = Readonly<ReturnType<typeof parse>>;

/** Anything that answers tldts.parse(host) with its default options. */
export interface HostParser {
  parse(host: string): HostParse;
}

/** tldts.parse itself, for callers outside an analysis. */
export const DIRECT_HOST_PARSER: HostParser = { parse: (host) => parse(host) };

/** Beyond this many distinct hosts a hostile message gets no caching, only correct answers. */
const MAX_PARSED_HOSTS = 1024;

/**
 * tldts.parse once per host per analysis: the host a link text shows is usually
 * the host the link opens, which the lookalike check parses too.
 */
export class HostParses implements HostParser {
  private readonly parsed = new Map<string, HostParse>();

  parse(host: string): HostParse {
    let result = this.parsed.get(host);
    if (result === undefined) {
      result = parse(host);
      if (this.parsed.size < MAX_PARSED_HOSTS) this.parsed.set(host, result);
    }
    return result;
  }
}

/** The analysis' shared HostParses (context.shared(HOST_PARSES)). */
export const HOST_PARSES = analysisSlot('host-parses', () => new HostParses());
