// Link shorteners hide where a link really goes until it is clicked, and most
// count every click: a common wrapper for lures and for per-recipient tracking.
// Matching is on the exact host or its registrable domain.
import { registrableDomain } from '../domains';

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
 * analysis' memoised registrable-domain lookup so each host costs one PSL walk.
 */
export function isShortener(host: string, domainOf: (host: string) => string | undefined = registrableDomain): boolean {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (URL_SHORTENERS.has(h)) return true;
  const registrable = domainOf(h);
  return registrable !== undefined && URL_SHORTENERS.has(registrable);
}
