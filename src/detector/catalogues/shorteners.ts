// Link shorteners hide where a link really goes until it is clicked, and most
// count every click: a common wrapper for lures and for per-recipient tracking.
// Matching is on the exact host or its registrable domain.
import { registrableDomain, type RegistrableDomainSource, type RegistrableLookup } from '../domains';
import { DomainSuffixIndex } from './domain-suffixes';

export const URL_SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'j.mp', 't.co', 'tinyurl.com', 'goo.gl', 'g.co', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly', 'rebrand.ly',
  'cutt.ly', 'shorturl.at', 't.ly', 'rb.gy', 'tiny.cc', 'lnkd.in', 's.id', 'bl.ink', 'short.io', 'shorte.st', 'adf.ly',
  'tiny.one', 'clck.ru', 'qr.ae', 'x.co', 'soo.gd', 'bit.do', 'mcaf.ee', 'trib.al', 'dlvr.it', 'ift.tt', 'fb.me',
  'youtu.be', 'amzn.to', 'amzn.eu', 'a.co', 'surl.li', 'shorturl.asia', 'urlz.fr', 'tinu.be', 'kutt.it', 'u.to',
  'lstu.fr', 'bre.is', 'gg.gg', 'did.li', 'qrco.de', 'linktr.ee', '1url.com', 'shorturl.com', 'snip.ly', 'po.st',
  'hubs.ly', 'hubs.la', 'smarturl.it', 'wp.me', 'aka.ms', 'db.tt', 'we.tl', 'ln.run', 'zpr.io', 'tr.im', 'cli.gs',
  'vk.cc', 'dwz.cn', 'url.cn', 't.cn', 'sina.lt', 'reurl.cc', 'pse.is', 'lihi.cc', 'lihi1.com', 'ppt.cc', 'bit.ws',
]);

/**
 * True for a link-shortener host (e.g. "bit.ly" or "www.bit.ly"). A rule passes its
 * analysis' memoised registrable-domain lookup (or its context) so each host costs one PSL walk.
 */
export function isShortener(
  host: string,
  domainOf: RegistrableLookup = registrableDomain,
): boolean {
  // Hosts from URLs are already plain (lower case, trimmed): one pass over them decides, and
  // the PSL is asked only when a parent domain is listed (the registrable domain of a plain
  // host is the host or one of its parent domains).
  let listed = SHORTENER_INDEX.lookUpPlainHost(host);
  let normalised = host;
  if (listed === 'not-plain') {
    const h = host.trim().toLowerCase();
    normalised = h.endsWith('.') ? h.slice(0, -1) : h;
    listed = URL_SHORTENERS.has(normalised) ? 'host' : SHORTENER_INDEX.lookUpPlainHost(normalised);
  }
  if (listed === 'host') return true;
  if (listed === 'none') return false;
  const registrable = typeof domainOf === 'function' ? domainOf(normalised) : domainOf.registrableDomain(normalised);
  return registrable !== undefined && URL_SHORTENERS.has(registrable);
}

const SHORTENER_INDEX = new DomainSuffixIndex<true>();
for (const domain of URL_SHORTENERS) SHORTENER_INDEX.add(domain, true);

// How many labels the listed domains have ("bit.ly": two): a parent domain with
// fewer or more cannot be listed, so it is neither cut out nor looked up.
const labelCounts = [...URL_SHORTENERS].map((domain) => domain.split('.').length);
const FEWEST_LABELS = Math.min(...labelCounts);
const MOST_LABELS = Math.max(...labelCounts);

/**
 * isShortener for a host already known to be plain: lower-case ASCII letters, digits,
 * hyphens and dots, with no empty label (as a URL's host read off a plain URL is).
 * The host and the few parent domains that could be listed are looked up whole, with
 * native searches, instead of a pass over every character.
 */
export function isShortenerPlainHost(host: string, domainOf: RegistrableDomainSource): boolean {
  if (URL_SHORTENERS.has(host)) return true;
  let dot = host.length;
  for (let labels = 1; labels <= MOST_LABELS; labels++) {
    dot = host.lastIndexOf('.', dot - 1);
    if (dot < 0) return false;
    if (labels >= FEWEST_LABELS && URL_SHORTENERS.has(host.slice(dot + 1))) {
      const registrable = domainOf.registrableDomain(host);
      return registrable !== undefined && URL_SHORTENERS.has(registrable);
    }
  }
  return false;
}
