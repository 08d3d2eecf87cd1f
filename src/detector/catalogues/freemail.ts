// Free webmail providers: anyone can open an account there under any display
// name, so an organisation, newsroom or brand writing from one deserves a look.
// Matching is on the registrable domain (so "mail.gmx.net" is gmx.net).
import { registrableDomain } from '../domains';

// Providers that run the same service under many country suffixes.
const MULTI_SUFFIX: Record<string, readonly string[]> = {
  hotmail: ['com', 'be', 'fr', 'nl', 'de', 'co.uk', 'it', 'es', 'ch', 'at', 'lu'],
  live: ['com', 'be', 'fr', 'nl', 'de', 'co.uk', 'it', 'ch', 'at'],
  outlook: ['com', 'be', 'fr', 'nl', 'de', 'es', 'it'],
  yahoo: ['com', 'be', 'fr', 'nl', 'de', 'co.uk', 'it', 'es', 'ca', 'co.jp', 'com.hk', 'com.tw'],
  gmx: ['com', 'net', 'de', 'at', 'ch', 'fr', 'es', 'co.uk'],
  yandex: ['com', 'ru', 'by', 'kz', 'ua'],
};

const SINGLE = [
  'gmail.com', 'googlemail.com', 'msn.com', 'windowslive.com', 'ymail.com', 'rocketmail.com', 'aol.com', 'aim.com',
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'web.de', 'ya.ru', 'mail.ru', 'inbox.ru', 'bk.ru', 'list.ru',
  'internet.ru', 'rambler.ru', 'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com',
  'aliyun.com', 'icloud.com', 'me.com', 'mac.com', 'zoho.com', 'zohomail.com', 'zohomail.eu', 'tutanota.com', 'tutanota.de',
  'tutamail.com', 'tuta.io', 'tuta.com', 'mail.com', 'email.com', 'usa.com', 'post.com', 'europe.com', 'gmx.us',
  'skynet.be', 'telenet.be', 'proximus.be', 'scarlet.be', 'voo.be', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net',
  'sfr.fr', 'neuf.fr', 'bbox.fr', 't-online.de', 'freenet.de', 'arcor.de', 'posteo.de', 'posteo.net', 'mailbox.org',
  'kpnmail.nl', 'ziggo.nl', 'planet.nl', 'home.nl', 'hetnet.nl', 'xs4all.nl', 'libero.it', 'virgilio.it', 'seznam.cz',
  'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'naver.com', 'daum.net', 'hanmail.net', 'rediffmail.com', 'fastmail.com',
  'fastmail.fm', 'hushmail.com', 'disroot.org', 'riseup.net', 'cock.li', 'guerrillamail.com', 'mailinator.com',
  'yopmail.com', 'temp-mail.org', '10minutemail.com', 'sharklasers.com', 'btinternet.com',
];

function buildFreemailSet(): Set<string> {
  const set = new Set<string>(SINGLE);
  for (const [label, suffixes] of Object.entries(MULTI_SUFFIX)) {
    for (const suffix of suffixes) set.add(`${label}.${suffix}`);
  }
  return set;
}

export const FREEMAIL_DOMAINS: ReadonlySet<string> = buildFreemailSet();

/** True when the domain (or address, or host) belongs to a free webmail provider. */
export function isFreemail(domain: string): boolean {
  const registrable = registrableDomain(domain);
  return registrable !== undefined && FREEMAIL_DOMAINS.has(registrable);
}
