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

interface CompiledPattern extends TrackerPattern {
  labels: string[];
  matchers: LabelPattern[];
}

function compileLabel(pattern: string): LabelPattern {
  const at = wildcardIndex(pattern);
  if (at < 0) return { text: pattern, prefix: '', suffix: '' };
  return { text: pattern, wildcard: pattern[at] as '#' | '*', prefix: pattern.slice(0, at), suffix: pattern.slice(at + 1) };
}

const COMPILED: readonly CompiledPattern[] = TRACKERS.map((t) => {
  const labels = t.host === '*' ? [] : t.host.split('.').reverse();
  return { ...t, labels, matchers: labels.map(compileLabel) };
});

/** Two rightmost labels ("com.mailchimp"), when the pattern spells them without wildcards. */
function patternKey(labels: readonly string[]): string | undefined {
  const [top, second] = labels;
  if (top === undefined || second === undefined || /[#*]/.test(top) || /[#*]/.test(second)) return undefined;
  return `${top}.${second}`;
}

/**
 * Catalogue positions by the host's two rightmost labels, so a URL is compared only
 * with the patterns that could match its host, plus those (path-only signatures,
 * wildcard domains) that must always be tried. Positions keep catalogue order.
 */
const BY_HOST_KEY = new Map<string, number[]>();
const ALWAYS_TRIED: number[] = [];
COMPILED.forEach((entry, position) => {
  const key = patternKey(entry.labels);
  if (key === undefined) ALWAYS_TRIED.push(position);
  else {
    const list = BY_HOST_KEY.get(key);
    if (list) list.push(position);
    else BY_HOST_KEY.set(key, [position]);
  }
});

// Merged and sorted once at load rather than per URL.
for (const [key, list] of BY_HOST_KEY) BY_HOST_KEY.set(key, [...list, ...ALWAYS_TRIED].sort((a, b) => a - b));

function candidatePositions(hostLabelsReversed: readonly string[]): readonly number[] {
  return BY_HOST_KEY.get(`${hostLabelsReversed[0] ?? ''}.${hostLabelsReversed[1] ?? ''}`) ?? ALWAYS_TRIED;
}

function isDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Position of the first "#" or "*" in a pattern label, or -1. */
function wildcardIndex(pattern: string): number {
  const hash = pattern.indexOf('#');
  const star = pattern.indexOf('*');
  return hash < 0 ? star : star < 0 ? hash : Math.min(hash, star);
}

function labelMatches(pattern: LabelPattern, label: string): boolean {
  const { wildcard, prefix, suffix } = pattern;
  if (wildcard === undefined) return pattern.text === label;
  if (label.length <= prefix.length + suffix.length - (wildcard === '*' ? 1 : 0)) return false;
  if (!label.startsWith(prefix) || !label.endsWith(suffix)) return false;
  return wildcard === '#' ? isDigits(label.slice(prefix.length, label.length - suffix.length)) : true;
}

function hostMatches(matchers: readonly LabelPattern[], hostLabelsReversed: readonly string[]): boolean {
  if (matchers.length === 0) return true;
  if (hostLabelsReversed.length < matchers.length) return false;
  for (let i = 0; i < matchers.length; i++) {
    if (!labelMatches(matchers[i]!, hostLabelsReversed[i] ?? '')) return false;
  }
  return true;
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
  const host = parsed.hostname.toLowerCase();
  const hostLabels = host.split('.').reverse();
  const path = parsed.pathname.toLowerCase();
  let pathOnly: CompiledPattern | undefined;
  for (const position of candidatePositions(hostLabels)) {
    const entry = COMPILED[position] as CompiledPattern;
    if (entry.kind !== 'both' && entry.kind !== use) continue;
    if (entry.pathPrefix !== undefined && !path.startsWith(entry.pathPrefix)) continue;
    if (entry.host === '*') {
      pathOnly ??= entry;
      continue;
    }
    if (hostMatches(entry.matchers, hostLabels)) return { vendor: entry.vendor, host, pathOnly: false };
  }
  return pathOnly ? { vendor: pathOnly.vendor, host, pathOnly: true } : undefined;
}

/** Number of distinct vendors in the catalogue (for docs and tests). */
export function catalogueVendorCount(): number {
  return new Set(TRACKERS.map((t) => t.vendor)).size;
}
