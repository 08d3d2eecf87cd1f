// Host and registrable-domain helpers over the Public Suffix List (tldts).
// Pure: tldts ships the list as data, nothing is fetched.
import { getDomain, getHostname } from 'tldts';

/** Lower-cased host of an absolute URL, or undefined for relative/opaque URLs. */
export function hostOf(url: string): string | undefined {
  const host = getHostname(url, { validHosts: ['localhost'] });
  return host ? host.toLowerCase() : undefined;
}

/** The registrable domain ("bbc.co.uk" for "news.bbc.co.uk"), or the host itself for IPs and unknown suffixes. */
export function registrableDomain(hostOrAddress: string): string | undefined {
  const at = hostOrAddress.lastIndexOf('@');
  const host = (at >= 0 ? hostOrAddress.slice(at + 1) : hostOrAddress).trim().toLowerCase().replace(/\.$/, '');
  if (!host) return undefined;
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}

/** True when the host equals one of the domains or is a subdomain of one. */
export function isWithinDomains(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase();
  return domains.some((d) => {
    const domain = d.toLowerCase();
    return h === domain || h.endsWith(`.${domain}`);
  });
}
