// Our catalogue of mass-mail and sales-mail services' open-tracking images and
// click-tracking redirects, kept as data. Host names are public facts (they
// appear in every message these services send); the list is ours. A service
// is listed only with a host or path that is used for tracking: a company's
// main web site is not a tracker, and a logo from it must not read as one.
// Services that track only through each customer's own domain (Lemlist,
// Reply.io, Woodpecker, Mailshake, Braze…) are left to the generic rules.
//
// Matching is deliberately simple and linear: a URL's host must equal the
// pattern host or end with "." + it, and its path must start with pathPrefix.
// In a host pattern, "#" stands for one or more digits inside a label
// ("cmail#.com" matches cmail19.com); "*" for any run of characters inside
// one label. No regular expression ever runs over a URL from a message.

import { DomainSuffixIndex } from './domain-suffixes';

export type TrackerKind = 'open' | 'click' | 'both';

export interface TrackerPattern {
  vendor: string;
  /** Host or registrable domain; subdomains match too. "*" alone means any host (path-only signature). */
  host: string;
  /** Lower-case path prefix, starting with "/". */
  pathPrefix?: string;
  kind: TrackerKind;
}

const p = (vendor: string, host: string, kind: TrackerKind, pathPrefix?: string): TrackerPattern =>
  (pathPrefix ? { vendor, host, pathPrefix, kind } : { vendor, host, kind });

export const TRACKERS: readonly TrackerPattern[] = [
  p('Mailchimp', 'list-manage.com', 'open', '/track/open'),
  p('Mailchimp', 'list-manage.com', 'click', '/track/click'),
  p('SendGrid', 'sendgrid.net', 'open', '/wf/open'),
  p('SendGrid', 'sendgrid.net', 'click', '/wf/click'),
  p('SendGrid', 'ct.sendgrid.net', 'click'),
  p('SendGrid', 'sendgrid.net', 'click', '/ls/click'),
  p('Amazon SES', 'awstrack.me', 'both'),
  p('HubSpot', 'hubspotlinks.com', 'click'),
  p('HubSpot', 'track.hubspot.com', 'both'),
  p('HubSpot', 'hubspotemail.net', 'both'),
  p('HubSpot', 'hubspotfree.net', 'both'),
  p('HubSpot', 'hsms06.com', 'both'),
  p('HubSpot Sales', 'sidekickopen#.com', 'both'),
  p('HubSpot Sales', 'signaux.com', 'both'),
  p('HubSpot Sales', 'signauxtrois.com', 'both'),
  p('HubSpot Sales', 'senal.com', 'both'),
  p('HubSpot Sales', 'sigopn.com', 'both'),
  p('Salesforce Marketing Cloud', 'exct.net', 'both'),
  p('Salesforce Marketing Cloud', 'exacttarget.com', 'open', '/open.aspx'),
  p('Salesforce Marketing Cloud', 'click.exacttarget.com', 'click'),
  p('Salesforce Marketing Cloud', 'nova.collect.igodigital.com', 'open'),
  p('Salesforce Pardot', 'pi.pardot.com', 'both'),
  p('Salesforce Pardot', 'go.pardot.com', 'click', '/l/'),
  p('Salesforce Pardot', 'pardot.com', 'click', '/r/'),
  p('Mailgun', 'mailgun.org', 'both'),
  p('Mailgun', 'email.mailgun.net', 'open', '/o/'),
  p('Mailgun', 'email.mailgun.net', 'click', '/c/'),
  p('Postmark', 'pstmrk.it', 'both'),
  p('Campaign Monitor', 'cmail#.com', 'both'),
  p('Campaign Monitor', 'createsend#.com', 'both'),
  p('Campaign Monitor', 'createsend.com', 'both', '/t/'),
  p('Brevo (Sendinblue)', 'sendibt#.com', 'both'),
  p('Brevo (Sendinblue)', 'sendibm#.com', 'both'),
  p('Brevo (Sendinblue)', 'sendibw#.com', 'both'),
  p('Brevo (Sendinblue)', 't.sendinblue.com', 'both'),
  p('Klaviyo', 'klclick.com', 'both'),
  p('Klaviyo', 'klclick#.com', 'both'),
  p('Klaviyo', 'klaviyomail.com', 'both'),
  p('Klaviyo', 'trk.klaviyo.com', 'both'),
  p('Mailjet', 'mjt.lu', 'both'),
  p('Marketo', 'mktoweb.com', 'click'),
  p('Marketo', 'mktoresp.com', 'both'),
  p('Marketo', 'marketo.com', 'both', '/trk'),
  p('Oracle Eloqua', 'en25.com', 'both'),
  p('Oracle Eloqua', 't.eloqua.com', 'both'),
  p('Oracle Responsys', 'responsys.net', 'both'),
  p('Oracle Responsys', 'rsys#.net', 'both'),
  p('Oracle Bronto', 'bm23.com', 'both', '/t/'),
  p('Oracle Bronto', 'bm5150.com', 'both', '/t/'),
  p('Iterable', 'links.iterable.com', 'both'),
  p('Customer.io', 'track.customer.io', 'both'),
  p('Customer.io', 'customeriomail.com', 'both'),
  p('Substack', 'substack.com', 'open', '/o/'),
  p('Substack', 'substack.com', 'click', '/redirect/'),
  p('Substack', 'mg#.substack.com', 'both'),
  p('Substack', 'eotrx.substackcdn.com', 'open'),
  p('ConvertKit (Kit)', 'convertkit-mail.com', 'both'),
  p('ConvertKit (Kit)', 'convertkit-mail#.com', 'both'),
  p('ActionKit', 'track.sp.actionkit.com', 'both'),
  p('NationBuilder', 'nationbuilder.com', 'both', '/r/'),
  p('EveryAction', 'click.everyaction.com', 'both'),
  p('Granicus GovDelivery', 'links.govdelivery.com', 'both', '/track'),
  p('Yesware', 't.yesware.com', 'both'),
  p('Mailtrack', 'mailtrack.io', 'both', '/trace'),
  p('Mailtrack', 'mltrk.io', 'both'),
  p('Streak', 'mailfoogae.appspot.com', 'both'),
  p('Streak', 'streaklinks.com', 'click'),
  p('Superhuman', 'r.superhuman.com', 'both'),
  p('Superhuman', 'r.sup.sh', 'open'),
  p('Mixmax', 'track.mixmax.com', 'both'),
  p('Mixmax', 'email.mixmax.com', 'both'),
  p('Outreach', 'outrch.com', 'both'),
  p('Outreach', 'app.outreach.io', 'both', '/api/mailings'),
  p('Outreach', 'getoutreach.com', 'open', '/api/mailings/opened'),
  p('Salesloft', 'salesloft.com', 'open', '/email_trackers'),
  p('Salesloft', 'salesloftlinks.com', 'both'),
  p('GMass', 'track.gmass.co', 'both'),
  p('GMass', 'gmass.co', 'click', '/r/'),
  p('GMass', 'gmtrack.net', 'both'),
  p('ContactMonkey', 'contactmonkey.com', 'open', '/api/v1/tracker'),
  p('ContactMonkey', 'tracking.contactmonkey.com', 'both'),
  p('Constant Contact', 'rs6.net', 'both'),
  p('Constant Contact', 'constantcontact.com', 'open', '/images/p1x1.gif'),
  p('Sailthru', 'sailthru.com', 'both', '/trk'),
  p('Sailthru', 'trk.sailthru.com', 'both'),
  p('Acoustic (Silverpop)', 'mkt#.net', 'open', '/open'),
  p('Acoustic (Silverpop)', 'mkt#.com', 'open', '/open'),
  p('Emarsys', 'emarsys.net', 'both'),
  p('Emarsys', 'emarsys.com', 'both', '/e2t/'),
  p('Omnisend', 'links.omnisend.com', 'click'),
  p('MailerLite', 'mlsend.com', 'both'),
  p('ActiveCampaign', 'activehosted.com', 'both', '/lt.php'),
  p('ActiveCampaign', 'acemln*.com', 'both'),
  p('ActiveCampaign', 'emsend#.com', 'both'),
  p('Drip', 'dripemail2.com', 'both'),
  p('AWeber', 'openrate.aweber.com', 'open'),
  p('AWeber', 'clicks.aweber.com', 'click'),
  p('GetResponse', 'getresponse.com', 'open', '/open.html'),
  p('GetResponse', 'gr8.com', 'click'),
  p('Zoho Campaigns', 'maillist-manage.com', 'both'),
  p('Zoho Campaigns', 'zcsend.net', 'both'),
  p('SparkPost', 'spgo.io', 'click'),
  p('SparkPost', 'sparkpostmail.com', 'both'),
  p('SparkPost', 'sparkpostmail#.com', 'both'),
  p('Mandrill', 'mandrillapp.com', 'both', '/track'),
  p('Intercom', 'via.intercom.io', 'both'),
  p('Intercom', 'intercom-mail.com', 'both'),
  p('Intercom', 'intercom-mail-#.com', 'both'),
  p('Zendesk Sell', 'futuresimple.com', 'open', '/api/v1/sprite.png'),
  p('FreshMail', 'freshmail.com', 'open', '/external/'),
  p('LinkedIn', 'linkedin.com', 'open', '/emimp/'),
  p('Dotdigital', 'trackedlink.net', 'both'),
  p('Dotdigital', 'dmtrk.net', 'both'),
  p('Selligent', 'slgnt.eu', 'both'),
  p('Selligent', 'slgnt.us', 'both'),
  p('Selligent', 'emsecure.net', 'both'),
  p('Selligent', 'strongview.com', 'both', '/t'),
  p('Adobe Campaign', 'neolane.net', 'both'),
  p('Adobe', 'demdex.net', 'open'),
  p('Litmus', 'emltrk.com', 'open'),
  p('Email on Acid', 'eoapxl.com', 'open'),
  p('Bananatag', 'bl-1.com', 'both'),
  p('Cirrus Insight', 'tracking.cirrusinsight.com', 'both'),
  p('Boomerang', 'mailstat.us', 'both'),
  p('Polymail', 'polymail.io', 'open', '/v2/z'),
  p('Polymail', 'polymail.io', 'both', '/track'),
  p('Front', 'frontapp.com', 'open', '/oc/'),
  p('Hunter', 'hunter.io', 'open', '/pixel'),
  p('Hunter', 'mlnk.io', 'both'),
  p('Canary Mail', 'canarymail.io', 'both', '/track'),
  p('Canary Mail', 'pixels.canarymail.io', 'open'),
  p('Mailbutler', 'mailbutler.io', 'both', '/tracking'),
  p('Keap (Infusionsoft)', 'infusionsoft.com', 'click', '/app/linkclick'),
  p('Emma', 'e2ma.net', 'both', '/track'),
  p('SendPulse', 'stat-pulse.com', 'both'),
  p('iContact', 'icptrack.com', 'both'),
  p('Blueshift', 'blueshiftmail.com', 'both'),
  p('Close', 'close.com', 'open', '/email_opened'),
  p('Segment', 'email.segment.com', 'both'),
  p('ToutApp', 'go.toutapp.com', 'both'),
  p('Gem', 'zen.sr', 'both'),
  p('Google Analytics', 'google-analytics.com', 'open', '/collect'),
  p('Meta (Facebook)', 'facebook.com', 'open', '/tr'),
  p('GitHub', 'github.com', 'open', '/notifications/beacon/'),
  p('Bitly', 'bit.ly', 'click'),
  // Path signatures that services keep on customers' own branded tracking hosts.
  p('SendGrid (branded domain)', '*', 'open', '/wf/open'),
  p('SendGrid (branded domain)', '*', 'click', '/wf/click'),
  p('SendGrid (branded domain)', '*', 'click', '/ls/click'),
  p('Mandrill or Mailchimp (branded domain)', '*', 'open', '/track/open.php'),
];

/** One pattern label, split once at load: an exact label, or prefix + "#" (digits) or "*" (anything) + suffix. */
interface LabelPattern {
  text: string;
  wildcard?: '#' | '*';
  prefix: string;
  suffix: string;
}

/** A catalogue entry as the index stores it for one use ("open" or "click"). */
interface IndexedPattern {
  /** Catalogue position: the lowest matching position wins, as in a scan of the catalogue in order. */
  position: number;
  vendor: string;
  pathPrefix: string | undefined;
  /** Labels left of the exact tail the entry is filed under, right to left; only these need label matching. */
  rest: readonly LabelPattern[];
}

/**
 * Per use, the catalogue filed under each pattern's exact tail: the whole host
 * when it has no wildcard ("list-manage.com"), else the labels right of its
 * last wildcard label ("com" for "cmail#.com"). A host then costs one Map
 * lookup per label boundary instead of a comparison with every entry.
 */
interface UseIndex {
  byTail: DomainSuffixIndex<TailEntries>;
  /** Entries whose rightmost label is a wildcard (none today): tried against every host. */
  untailed: readonly IndexedPattern[];
  /** Path-only signatures ("*" hosts), in catalogue order. */
  pathOnly: readonly IndexedPattern[];
}

/**
 * The entries filed under one tail. Most of them need a label left of the tail
 * that starts with a given letter ("cmail#.com" needs a "c…" label before
 * "com"), so every ".com" host would otherwise be compared with a dozen
 * patterns; bucketed by that letter, it meets at most the few that could match.
 */
interface TailEntries {
  /** Entries that accept any label left of the tail, or need none, in catalogue order. */
  anyInitial: readonly IndexedPattern[];
  /** Char code a left label starts with → the entries needing it merged with anyInitial, in catalogue order; undefined when no entry needs one. */
  byInitial: ReadonlyMap<number, readonly IndexedPattern[]> | undefined;
}

/** The character the label left of the tail must start with for this entry to match, or undefined when any will do. */
function requiredInitial(entry: IndexedPattern): number | undefined {
  const nearest = entry.rest[0];
  if (nearest === undefined) return undefined;
  const literal = nearest.wildcard === undefined ? nearest.text : nearest.prefix;
  return literal.length > 0 ? literal.charCodeAt(0) : undefined;
}

function tailEntries(list: readonly IndexedPattern[]): TailEntries {
  const anyInitial = list.filter((entry) => requiredInitial(entry) === undefined);
  const initials = new Set<number>();
  for (const entry of list) {
    const initial = requiredInitial(entry);
    if (initial !== undefined) initials.add(initial);
  }
  if (initials.size === 0) return { anyInitial, byInitial: undefined };
  const byInitial = new Map<number, readonly IndexedPattern[]>();
  for (const initial of initials) {
    byInitial.set(initial, list.filter((entry) => {
      const needed = requiredInitial(entry);
      return needed === undefined || needed === initial;
    }));
  }
  return { anyInitial, byInitial };
}

/** The entries of `entries` that could match when the tail starts at host[tailStart] (0, or just after a "."). */
function candidatesFor(entries: TailEntries, host: string, tailStart: number): readonly IndexedPattern[] {
  const { byInitial } = entries;
  const dot = tailStart - 1;
  if (byInitial === undefined || dot <= 0) return entries.anyInitial;
  const labelStart = host.lastIndexOf('.', dot - 1) + 1;
  if (labelStart === dot) return entries.anyInitial;
  return byInitial.get(host.charCodeAt(labelStart)) ?? entries.anyInitial;
}

function compileLabel(pattern: string): LabelPattern {
  const at = wildcardIndex(pattern);
  if (at < 0) return { text: pattern, prefix: '', suffix: '' };
  return { text: pattern, wildcard: pattern[at] as '#' | '*', prefix: pattern.slice(0, at), suffix: pattern.slice(at + 1) };
}

/** Position of the first "#" or "*" in a pattern label, or -1. */
function wildcardIndex(pattern: string): number {
  const hash = pattern.indexOf('#');
  const star = pattern.indexOf('*');
  return hash < 0 ? star : star < 0 ? hash : Math.min(hash, star);
}

function buildIndex(use: 'open' | 'click'): UseIndex {
  const byTail = new Map<string, IndexedPattern[]>();
  const pathOnly: IndexedPattern[] = [];
  TRACKERS.forEach((entry, position) => {
    if (entry.kind !== 'both' && entry.kind !== use) return;
    if (entry.host === '*') {
      pathOnly.push({ position, vendor: entry.vendor, pathPrefix: entry.pathPrefix, rest: [] });
      return;
    }
    const labels = entry.host.split('.');
    let lastWildcard = -1;
    labels.forEach((label, at) => {
      if (wildcardIndex(label) >= 0) lastWildcard = at;
    });
    const tail = labels.slice(lastWildcard + 1).join('.');
    const rest = labels.slice(0, lastWildcard + 1).reverse().map(compileLabel);
    const list = byTail.get(tail);
    const indexed = { position, vendor: entry.vendor, pathPrefix: entry.pathPrefix, rest };
    if (list) list.push(indexed);
    else byTail.set(tail, [indexed]);
  });
  const index = new DomainSuffixIndex<TailEntries>();
  for (const [tail, list] of byTail) if (tail !== '') index.add(tail, tailEntries(list));
  return { byTail: index, untailed: byTail.get('') ?? [], pathOnly };
}

const INDEX_BY_USE = { open: buildIndex('open'), click: buildIndex('click') } as const;

/** True when host[start, end) is one or more ASCII digits. */
function isDigits(host: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const code = host.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether the label host[start, end) matches the pattern, compared in place (no label is copied out). */
function labelMatches(pattern: LabelPattern, host: string, start: number, end: number): boolean {
  const { wildcard, prefix, suffix } = pattern;
  const length = end - start;
  if (wildcard === undefined) return length === pattern.text.length && host.startsWith(pattern.text, start);
  if (length <= prefix.length + suffix.length - (wildcard === '*' ? 1 : 0)) return false;
  if (!host.startsWith(prefix, start) || !host.startsWith(suffix, end - suffix.length)) return false;
  return wildcard === '#' ? isDigits(host, start + prefix.length, end - suffix.length) : true;
}

/** True when the labels of host[0, end) match `rest`, right to left (end = -1: the host has no labels left). */
function restMatches(rest: readonly LabelPattern[], host: string, end: number): boolean {
  for (const pattern of rest) {
    if (end < 0) return false;
    const dot = end > 0 ? host.lastIndexOf('.', end - 1) : -1;
    if (!labelMatches(pattern, host, dot + 1, end)) return false;
    end = dot;
  }
  return true;
}

/** path.toLowerCase().startsWith(prefix) for a lower-case ASCII prefix, without copying an ASCII path. */
function pathStartsWith(path: string, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) {
    let code = path.charCodeAt(i);
    // Lower-casing can turn a non-ASCII character into ASCII ("K", Kelvin sign): let the full rule decide.
    if (code >= 128) return path.toLowerCase().startsWith(prefix);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/** The lowest-positioned entry of `list` below `best` whose path prefix and remaining labels match. */
function firstMatch(
  list: readonly IndexedPattern[], best: IndexedPattern | undefined, host: string, end: number, path: string,
): IndexedPattern | undefined {
  for (const entry of list) {
    if (best !== undefined && entry.position > best.position) return best;
    if (entry.pathPrefix !== undefined && !pathStartsWith(path, entry.pathPrefix)) continue;
    if (restMatches(entry.rest, host, end)) return entry;
  }
  return best;
}

export interface TrackerMatch {
  vendor: string;
  host: string;
  /** True when only a path signature matched (a branded domain), not a known host. */
  pathOnly: boolean;
}

/**
 * Which catalogued service this URL belongs to, for loading ("open") or for
 * clicking ("click"). Specific host patterns win over path-only signatures.
 */
export function matchTracker(url: string, use: 'open' | 'click'): TrackerMatch | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return matchParsedTracker(parsed, use);
}

/** matchTracker for a URL the caller has already parsed. */
export function matchParsedTracker(parsed: Readonly<URL>, use: 'open' | 'click'): TrackerMatch | undefined {
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return matchTrackerHost(parsed.hostname.toLowerCase(), parsed.pathname, use);
}

/**
 * matchParsedTracker for an http(s) URL known by its lower-case hostname and
 * its pathname, for callers that read them off a URL's text without parsing it.
 */
export function matchTrackerHost(host: string, path: string, use: 'open' | 'click'): TrackerMatch | undefined {
  const index = INDEX_BY_USE[use];
  let best: IndexedPattern | undefined;
  if (index.untailed.length > 0) best = firstMatch(index.untailed, best, host, host.length, path);
  // Each parent domain and the host itself ("example", "b.example", "a.b.example"),
  // hashed while walking the host from its end: no suffix is copied out to look it up.
  // The hash step is extendHash written out: this loop runs for every character of
  // every host, and a call per character is most of its cost before the JIT warms up.
  const byTail = index.byTail;
  let hash = 0;
  for (let i = host.length - 1; i >= 0; i--) {
    const code = host.charCodeAt(i);
    if (code === 46) {
      const entries = byTail.at(host, i + 1, hash);
      if (entries !== undefined) best = firstMatch(candidatesFor(entries, host, i + 1), best, host, i, path);
    }
    hash = (Math.imul(hash, 31) + code) | 0;
  }
  const whole = byTail.at(host, 0, hash);
  if (whole !== undefined) best = firstMatch(whole.anyInitial, best, host, -1, path);
  if (best !== undefined) return { vendor: best.vendor, host, pathOnly: false };
  for (const entry of index.pathOnly) {
    if (entry.pathPrefix === undefined || pathStartsWith(path, entry.pathPrefix)) return { vendor: entry.vendor, host, pathOnly: true };
  }
  return undefined;
}

/** Number of distinct vendors in the catalogue (for docs and tests). */
export function catalogueVendorCount(): number {
  return new Set(TRACKERS.map((t) => t.vendor)).size;
}
