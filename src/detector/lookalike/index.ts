// Lookalike domains: hosts built to be mistaken for a protected entity's domain.
// Techniques, strongest evidence first: homoglyphs (confusable characters,
// punycode, mixed scripts), a near-miss spelling, the real name under another
// suffix, the real domain as a subdomain of someone else's, and the real name
// glued to other words with hyphens. A domain an entity really owns is never a
// lookalike, of that entity or any other.
import { DIRECT_HOST_PARSER, type HostParser } from '../domains';
import type { ProtectedEntity } from '../protected';
import { hasConfusableCharacters, isAscii, isMixedScript, skeleton } from './confusables';
import { textBagExceeds, visualDistance } from './distance';
import { toUnicodeHost } from './punycode';
import { imitatesNoTarget } from './prefilter';
import {
  MIN_COMPARED_LABEL, MIN_NAMED_LABEL, labelShape, letterMask, moreBitsThan, nearMissAllowance, nearMissBuckets, targetIndex, type Target, type TargetIndex,
} from './targets';

export type LookalikeTechnique =
  | 'edit-distance' | 'confusable' | 'idn-mixed-script' | 'punycode' | 'subdomain' | 'combosquat' | 'tld-swap';

export interface LookalikeMatch {
  entity: ProtectedEntity;
  /** The entity's real domain the host imitates. */
  protectedDomain: string;
  technique: LookalikeTechnique;
  /** Human-readable specifics, e.g. the decoded Unicode label or the distance. */
  detail: string;
}

interface Candidate {
  host: string;
  registrable: string;
  asciiLabel: string;
  label: string;
  suffix: string;
  skeleton: string;
  punycode: boolean;
}

/** The host as candidates are judged: trimmed, lower-cased, without its root dot, bounded. */
function normalisedHost(host: string): string {
  // Hosts from URLs and addresses nearly always are already: checked in one pass, not copied.
  if (host.length <= 253 && isNormalAsciiHost(host)) return host;
  let ascii = host.trim().toLowerCase();
  if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  return ascii.slice(0, 253);
}

/** Printable ASCII without capitals, not ending in "." nor starting or ending in a space: trim and lower-case keep it. */
function isNormalAsciiHost(host: string): boolean {
  const last = host.length - 1;
  if (last < 0 || host.charCodeAt(0) <= 32 || host.charCodeAt(last) <= 32 || host.charCodeAt(last) === 46) return false;
  for (let i = 0; i <= last; i++) {
    const code = host.charCodeAt(i);
    if (code >= 127 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

/** `asciiLabel` and `suffix` are tldts' (lower-case) domainWithoutSuffix and publicSuffix of `host`. */
function candidateOf(host: string, registrable: string, asciiLabel: string, suffix: string): Candidate {
  // Nearly no label is an ACE label: only those are decoded.
  const punycode = asciiLabel.includes('xn--');
  const label = punycode ? toUnicodeHost(asciiLabel) : asciiLabel;
  return { host, registrable, asciiLabel, label, suffix, skeleton: skeleton(label), punycode };
}

/**
 * False when firstHomoglyph finds no target: a printable ASCII label that is its own
 * skeleton is lower case (skeleton() lower-cases), so hasConfusableCharacters finds
 * nothing to fold in it. Most labels are; their skeleton is then not even looked up.
 */
function mayCarryHomoglyph(c: Candidate): boolean {
  if (c.skeleton !== c.label) return true;
  const label = c.label;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return true;
  }
  return false;
}

function homoglyph(c: Candidate, t: Target): LookalikeMatch | undefined {
  if (t.label.length < MIN_NAMED_LABEL || c.skeleton !== t.skeleton || c.label === t.label) return undefined;
  const technique: LookalikeTechnique = isMixedScript(c.label) ? 'idn-mixed-script' : c.punycode ? 'punycode' : 'confusable';
  return { entity: t.entity, protectedDomain: t.domain, technique, detail: c.punycode ? `${c.asciiLabel} = ${c.label}` : c.label };
}

function nearMiss(c: Candidate, t: Target): LookalikeMatch | undefined {
  if (t.common || t.label.length < MIN_COMPARED_LABEL || c.label.length < MIN_COMPARED_LABEL) return undefined;
  const max = nearMissAllowance(t, c.suffix === t.suffix);
  if (max === 0 || Math.abs(c.skeleton.length - t.skeleton.length) * 0.5 > max) return undefined;
  if (textBagExceeds(c.skeleton, t.bag, max)) return undefined;
  const d = visualDistance(c.skeleton, t.skeleton, max);
  if (d === 0 || d > max) return undefined;
  return { entity: t.entity, protectedDomain: t.domain, technique: 'edit-distance', detail: `${c.label} ~ ${t.label}` };
}

function tldSwap(c: Candidate, t: Target): LookalikeMatch | undefined {
  if (t.common || t.label.length < MIN_COMPARED_LABEL || c.label !== t.label || c.suffix === t.suffix) return undefined;
  return { entity: t.entity, protectedDomain: t.domain, technique: 'tld-swap', detail: `${c.registrable} ≠ ${t.domain}` };
}

function asSubdomain(c: Candidate, t: Target, hostDotted: string): LookalikeMatch | undefined {
  if (t.label.length < MIN_NAMED_LABEL) return undefined;
  // "bbc.co.uk.login.example", "paypal.com-secure.example": the real domain, whole, in front of
  // someone else's registrable domain (the host's own registrable domain is known not to be it).
  const at = hostDotted.indexOf(`.${t.domain}`);
  if (at < 0) return undefined;
  const next = hostDotted[at + t.domain.length + 1];
  if (next !== '.' && next !== '-') return undefined;
  return { entity: t.entity, protectedDomain: t.domain, technique: 'subdomain', detail: `${c.host} → ${c.registrable}` };
}

// Words glued to a protected name to make a plausible service address. A three-letter
// name ("rte", "bbc", "dhl") is only a combosquat with one of them ("bbc-news", not
// "rte-france", which is the French grid operator).
const LURE_TOKENS = new Set([
  'news', 'nieuws', 'nachrichten', 'actu', 'info', 'infos', 'media', 'press', 'presse', 'pers', 'journal', 'live',
  'world', 'international', 'europe', 'eu', 'login', 'signin', 'logon', 'secure', 'security', 'verify', 'verification',
  'account', 'accounts', 'auth', 'mail', 'email', 'webmail', 'support', 'service', 'services', 'help', 'helpdesk',
  'update', 'portal', 'pay', 'payment', 'billing', 'invoice', 'delivery', 'parcel', 'tracking', 'track', 'shipping',
  'package', 'paket', 'colis', 'pakket', 'id', 'office', 'docs', 'drive', 'share', 'file', 'files', 'cloud', 'app',
  'online', 'official', 'team', 'notification', 'alert', 'be', 'nl', 'fr', 'de', 'uk', 'com', 'net', 'org', 'co',
]);

function combosquat(c: Candidate, t: Target, tokens: readonly string[]): LookalikeMatch | undefined {
  if (t.common || t.label.length < MIN_NAMED_LABEL) return undefined;
  if (!tokens.includes(t.label) && !`-${c.label}-`.includes(t.hyphenated)) return undefined;
  if (t.label.length < MIN_COMPARED_LABEL && !tokens.some((token) => token !== t.label && LURE_TOKENS.has(token))) return undefined;
  return { entity: t.entity, protectedDomain: t.domain, technique: 'combosquat', detail: c.label };
}

function sortedUnique(ids: number[]): number[] {
  ids.sort((a, b) => a - b);
  return ids.filter((id, i) => i === 0 || ids[i - 1] !== id);
}

function firstHomoglyph(c: Candidate, index: TargetIndex): LookalikeMatch | undefined {
  if (!mayCarryHomoglyph(c)) return undefined;
  const ids = index.bySkeleton.get(c.skeleton);
  // Only the candidate may carry the disguise: "stem" is not a fake "stern". A fact of the
  // candidate, so asked once rather than of each target sharing its skeleton.
  if (!ids || (!hasConfusableCharacters(c.label) && /^[\x20-\x7e]*$/.test(c.label))) return undefined;
  for (const id of ids) {
    const match = homoglyph(c, index.targets[id] as Target);
    if (match) return match;
  }
  return undefined;
}

/**
 * The first target within nearMiss's distance. The bucket holds the targets of a
 * compatible skeleton length; a letter class on one side only needs an edit of at
 * least 0.5 of its own, so more of them than the bucket allows rules a target out
 * on bit masks, before any letter counting or distance table.
 */
function firstNearMiss(c: Candidate, index: TargetIndex): LookalikeMatch | undefined {
  if (c.label.length < MIN_COMPARED_LABEL) return undefined;
  const bucket = nearMissBuckets(index, c.suffix)[c.skeleton.length];
  if (!bucket) return undefined;
  const mask = letterMask(c.skeleton);
  const { ids, masks, classLimits } = bucket;
  for (let k = 0; k < ids.length; k++) {
    const other = masks[k] as number;
    const limit = classLimits[k] as number;
    if (moreBitsThan(mask & ~other, limit) || moreBitsThan(other & ~mask, limit)) continue;
    const match = nearMiss(c, index.targets[ids[k] as number] as Target);
    if (match) return match;
  }
  return undefined;
}

function firstTldSwap(c: Candidate, index: TargetIndex): LookalikeMatch | undefined {
  const ids = index.byLabel.get(c.label);
  if (ids) for (const id of ids) {
    const match = tldSwap(c, index.targets[id] as Target);
    if (match) return match;
  }
  return undefined;
}

/** Targets whose domain starts at a label boundary of the host and ends before a dot or hyphen. */
function firstSubdomain(c: Candidate, index: TargetIndex): LookalikeMatch | undefined {
  // A target domain starts with its first label, which must be a whole label of the host
  // other than the last (a domain has a label after it): most hosts have no such label of
  // the right length and first and last letters, so the string work below is skipped.
  const host = c.host;
  let mayMatch = false;
  for (let start = 0; start < host.length; ) {
    const end = host.indexOf('.', start);
    if (end < 0) break;
    if (end > start && index.firstLabelShapes.has(labelShape(host, start, end))) {
      mayMatch = true;
      break;
    }
    start = end + 1;
  }
  if (!mayMatch) return undefined;
  const haystack = `.${host}.`;
  let ids: number[] | undefined;
  for (let start = 0; start >= 0 && start < haystack.length - 1; start = haystack.indexOf('.', start + 1)) {
    const labelEnd = haystack.indexOf('.', start + 1);
    if (labelEnd < 0 || !index.firstLabels.has(haystack.slice(start + 1, labelEnd))) continue;
    const limit = Math.min(haystack.length, start + 2 + index.longestDomain);
    for (let end = start + 2; end < limit; end++) {
      const ch = haystack[end];
      if (ch !== '.' && ch !== '-') continue;
      const found = index.byDomain.get(haystack.slice(start + 1, end));
      if (found) (ids ??= []).push(...found);
    }
  }
  if (!ids) return undefined;
  for (const id of sortedUnique(ids)) {
    const match = asSubdomain(c, index.targets[id] as Target, haystack);
    if (match) return match;
  }
  return undefined;
}

/** Targets whose label (dots as hyphens) is a run of the candidate label's hyphen-separated tokens. */
function firstCombosquat(c: Candidate, index: TargetIndex): LookalikeMatch | undefined {
  const label = c.label;
  if (!label.includes('-')) return undefined;
  // Every run starts with a token that starts some target label: compared by shape
  // first, so most hyphenated hosts are done without splitting.
  let mayMatch = false;
  for (let start = 0; start <= label.length && !mayMatch; ) {
    let end = label.indexOf('-', start);
    if (end < 0) end = label.length;
    mayMatch = end === start ? index.firstDashedTokens.has('') : index.firstDashedTokenShapes.has(labelShape(label, start, end));
    start = end + 1;
  }
  if (!mayMatch) return undefined;
  const tokens = label.split('-');
  const ids: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let run = '';
    for (let j = i; j < Math.min(tokens.length, i + index.mostDashedTokens); j++) {
      run = j === i ? (tokens[j] ?? '') : `${run}-${tokens[j] ?? ''}`;
      const found = index.byDashedLabel.get(run);
      if (found) ids.push(...found);
    }
  }
  for (const id of sortedUnique(ids)) {
    const match = combosquat(c, index.targets[id] as Target, tokens);
    if (match) return match;
  }
  return undefined;
}

/**
 * The protected entity this host imitates, or undefined (also for the entities' own domains).
 * `leading` entities count as if they came first in the list: a caller adding one entity
 * per message (the reader's own domain) keeps the large list's index as it is.
 * `hosts` answers tldts.parse: an analysis passes its shared memo (HOST_PARSES).
 */
export function findLookalike(
  host: string,
  protectedEntities: readonly ProtectedEntity[],
  leading: readonly ProtectedEntity[] = NONE,
  hosts: HostParser = DIRECT_HOST_PARSER,
): LookalikeMatch | undefined {
  const ascii = normalisedHost(host);
  if (!ascii) return undefined;
  const index = targetIndex(protectedEntities);
  const lead = leading.length > 0 ? targetIndex(leading) : undefined;
  // An entity's own domain (a sender at a webmail brand, most often) is its own registrable
  // domain, which lookalikeOf settles as owned: no need to look it up.
  if (index.ownedDomains.has(ascii) || lead?.ownedDomains.has(ascii)) return undefined;
  // Most hosts are plain and like no target under any suffix: settled without the Public Suffix List.
  if (imitatesNoTarget(ascii, index) && (!lead || imitatesNoTarget(ascii, lead))) return undefined;
  return lookalikeOf(ascii, index, lead, hosts);
}

/** findLookalike without its shortcut for plain hosts: every host goes through the Public Suffix List. */
export function findLookalikeByParsing(
  host: string,
  protectedEntities: readonly ProtectedEntity[],
  leading: readonly ProtectedEntity[] = NONE,
  hosts: HostParser = DIRECT_HOST_PARSER,
): LookalikeMatch | undefined {
  const ascii = normalisedHost(host);
  return ascii ? lookalikeOf(ascii, targetIndex(protectedEntities), leading.length > 0 ? targetIndex(leading) : undefined, hosts) : undefined;
}

/** findLookalike of a normalised host, `index` and `lead` being the targetIndex of its entities and of its leading ones. */
function lookalikeOf(ascii: string, index: TargetIndex, lead: TargetIndex | undefined, hosts: HostParser): LookalikeMatch | undefined {
  const parsed = hosts.parse(ascii);
  const registrable = parsed.domain;
  const asciiLabel = parsed.domainWithoutSuffix;
  const suffix = parsed.publicSuffix;
  if (parsed.isIp || !registrable || !asciiLabel || !suffix) return undefined;
  // A domain an entity owns is settled before its label is decoded or folded.
  if (index.ownedDomains.has(registrable)) return undefined;
  if (!lead) return firstMatch(candidateOf(ascii, registrable, asciiLabel, suffix), index);
  if (lead.ownedDomains.has(registrable)) return undefined;
  // Techniques in order of strength; within each, the leading targets first.
  const c = candidateOf(ascii, registrable, asciiLabel, suffix);
  return firstHomoglyph(c, lead) ?? firstHomoglyph(c, index)
    ?? firstNearMiss(c, lead) ?? firstNearMiss(c, index)
    ?? firstTldSwap(c, lead) ?? firstTldSwap(c, index)
    ?? firstSubdomain(c, lead) ?? firstSubdomain(c, index)
    ?? firstCombosquat(c, lead) ?? firstCombosquat(c, index);
}

const NONE: readonly ProtectedEntity[] = Object.freeze([]);

/** Techniques in order of strength: the first that matches any target decides. */
function firstMatch(candidate: Candidate, index: TargetIndex): LookalikeMatch | undefined {
  return firstHomoglyph(candidate, index)
    ?? firstNearMiss(candidate, index)
    ?? firstTldSwap(candidate, index)
    ?? firstSubdomain(candidate, index)
    ?? firstCombosquat(candidate, index);
}

/** A host label mixing Latin with Cyrillic/Greek/Armenian letters, decoded; undefined when none does. */
export function mixedScriptLabel(host: string): string | undefined {
  // Lower-casing, trimming and cutting ASCII leaves it ASCII: a host with neither a
  // non-ASCII character nor an ACE prefix in any case has nothing to decode or mix.
  if (isAscii(host) && !hasAcePrefix(host)) return undefined;
  const lowered = host.trim().toLowerCase().slice(0, 253);
  // ASCII with no ACE label decodes to ASCII, and ASCII letters are all Latin.
  if (isAscii(lowered) && !lowered.includes('xn--')) return undefined;
  const unicode = toUnicodeHost(lowered);
  return unicode.split('.').find((label) => isMixedScript(label));
}

/** "xn--" in any letter case. */
function hasAcePrefix(host: string): boolean {
  for (let at = host.indexOf('--'); at >= 0; at = host.indexOf('--', at + 1)) {
    if (at >= 2 && (host.charCodeAt(at - 2) | 32) === 120 && (host.charCodeAt(at - 1) | 32) === 110) return true;
  }
  return false;
}

export { imitatesNoTarget } from './prefilter';
export { skeleton, isMixedScript } from './confusables';
export { toUnicodeHost, decodePunycode } from './punycode';
export { editDistance, visualDistance } from './distance';
