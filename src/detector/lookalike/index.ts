// Lookalike domains: hosts built to be mistaken for a protected entity's domain.
// Techniques, strongest evidence first: homoglyphs (confusable characters,
// punycode, mixed scripts), a near-miss spelling, the real name under another
// suffix, the real domain as a subdomain of someone else's, and the real name
// glued to other words with hyphens. A domain an entity really owns is never a
// lookalike, of that entity or any other.
import { parse } from 'tldts';
import { isCommonWord } from '../names';
import type { ProtectedEntity } from '../protected';
import { hasConfusableCharacters, isAscii, isMixedScript, skeleton } from './confusables';
import { bagExceeds, letterBag, visualDistance, type LetterBag } from './distance';
import { toUnicodeHost } from './punycode';

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

interface Target {
  entity: ProtectedEntity;
  domain: string;
  label: string;
  suffix: string;
  skeleton: string;
  /** Everyday-word labels ("office", "orange") only count when written with homoglyphs. */
  common: boolean;
  /** "bbc-co-uk": the domain as hyphenated tokens, for combosquats. */
  hyphenated: string;
  bag: LetterBag | undefined;
}

const MIN_COMPARED_LABEL = 4;
const MIN_NAMED_LABEL = 3;
const LONG_LABEL = 8;

/**
 * The targets of one entity list, with lookups that narrow each check to the few
 * targets it could possibly match. Every lookup returns a superset of the targets
 * its check accepts, in list order, so the first match is the same as a full scan.
 */
interface TargetIndex {
  targets: Target[];
  ownedDomains: Set<string>;
  bySkeleton: Map<string, number[]>;
  byLabel: Map<string, number[]>;
  byDomain: Map<string, number[]>;
  /** Label with dots as hyphens, the run of tokens a combosquat host must contain. */
  byDashedLabel: Map<string, number[]>;
  /** Near-miss eligible long labels by skeleton length (they may match under any suffix). */
  nearByLength: Map<number, number[]>;
  /** Near-miss eligible short labels by suffix and skeleton length (they must keep their suffix). */
  nearBySuffixLength: Map<string, number[]>;
  /** letterMask of each target's skeleton, by position. */
  letterMasks: number[];
  /** nearMissCandidates answers by "suffix length", filled as hosts are seen. */
  nearMissLists: Map<string, readonly number[]>;
  /** First label (up to the first dot) of every target domain. */
  firstLabels: Set<string>;
  longestDomain: number;
  mostDashedTokens: number;
}

const indexCache = new WeakMap<readonly ProtectedEntity[], TargetIndex>();

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Under a brand's own top-level domain ("mail.microsoft") the suffix carries the
 * name and the label is an everyday word: "mail.example" imitates nobody.
 */
function suffixIsTheName(label: string, suffix: string, entity: ProtectedEntity): boolean {
  if (suffix.includes('.')) return false;
  const words = [entity.name, ...entity.aliases].flatMap((name) => name.toLowerCase().split(/[^a-z0-9]+/));
  return words.includes(suffix) && !words.includes(label);
}

function indexOf(entities: readonly ProtectedEntity[]): TargetIndex {
  const hit = indexCache.get(entities);
  if (hit) return hit;
  const index: TargetIndex = {
    targets: [], ownedDomains: new Set(), bySkeleton: new Map(), byLabel: new Map(), byDomain: new Map(),
    byDashedLabel: new Map(), nearByLength: new Map(), nearBySuffixLength: new Map(), nearMissLists: new Map(), letterMasks: [], firstLabels: new Set(), longestDomain: 0, mostDashedTokens: 0,
  };
  for (const entity of entities) {
    for (const domain of entity.domains) {
      index.ownedDomains.add(domain);
      const parsed = parse(domain);
      const label = parsed.domainWithoutSuffix;
      if (!label || !parsed.publicSuffix) continue;
      const labelSkeleton = skeleton(label);
      const target: Target = { entity, domain, label, suffix: parsed.publicSuffix, skeleton: labelSkeleton, common: isCommonWord(label) || suffixIsTheName(label, parsed.publicSuffix, entity), hyphenated: `-${domain.split('.').join('-')}-`, bag: letterBag(labelSkeleton) };
      const at = index.targets.push(target) - 1;
      index.letterMasks.push(letterMask(labelSkeleton));
      pushTo(index.bySkeleton, labelSkeleton, at);
      pushTo(index.byLabel, label, at);
      pushTo(index.byDomain, domain, at);
      const firstDot = domain.indexOf('.');
      index.firstLabels.add(firstDot < 0 ? domain : domain.slice(0, firstDot));
      const dashed = label.split('.').join('-');
      pushTo(index.byDashedLabel, dashed, at);
      index.mostDashedTokens = Math.max(index.mostDashedTokens, dashed.split('-').length);
      index.longestDomain = Math.max(index.longestDomain, domain.length);
      if (!target.common && label.length >= MIN_COMPARED_LABEL) {
        if (label.length >= LONG_LABEL) pushTo(index.nearByLength, labelSkeleton.length, at);
        else pushTo(index.nearBySuffixLength, `${target.suffix} ${labelSkeleton.length}`, at);
      }
    }
  }
  indexCache.set(entities, index);
  return index;
}

interface Candidate {
  host: string;
  registrable: string;
  asciiLabel: string;
  label: string;
  suffix: string;
  subdomain: string;
  skeleton: string;
  punycode: boolean;
  /** ".host." for whole-label searches. */
  hostDotted: string;
  labelTokens: string[];
  labelHyphenated: string;
  /** Filled by nearMiss when a target survives the mask filter; null for non-ASCII skeletons. */
  bag: LetterBag | null | undefined;
  letterMask: number;
}

function candidateOf(host: string): Candidate | undefined {
  const ascii = host.trim().toLowerCase().replace(/\.$/, '').slice(0, 253);
  if (!ascii) return undefined;
  const parsed = parse(ascii);
  if (parsed.isIp || !parsed.domain || !parsed.domainWithoutSuffix || !parsed.publicSuffix) return undefined;
  const label = toUnicodeHost(parsed.domainWithoutSuffix);
  const labelSkeleton = skeleton(label);
  return {
    host: ascii,
    registrable: parsed.domain,
    asciiLabel: parsed.domainWithoutSuffix,
    label,
    suffix: parsed.publicSuffix,
    subdomain: parsed.subdomain ?? '',
    skeleton: labelSkeleton,
    punycode: parsed.domainWithoutSuffix.includes('xn--'),
    hostDotted: `.${ascii}.`,
    labelTokens: label.split('-'),
    labelHyphenated: `-${label}-`,
    bag: undefined,
    letterMask: letterMask(labelSkeleton),
  };
}

function homoglyph(c: Candidate, t: Target): LookalikeMatch | undefined {
  if (t.label.length < MIN_NAMED_LABEL || c.skeleton !== t.skeleton || c.label === t.label) return undefined;
  // Only the candidate may carry the disguise: "stem" is not a fake "stern".
  if (!hasConfusableCharacters(c.label) && /^[\x20-\x7e]*$/.test(c.label)) return undefined;
  const technique: LookalikeTechnique = isMixedScript(c.label) ? 'idn-mixed-script' : c.punycode ? 'punycode' : 'confusable';
  return { entity: t.entity, protectedDomain: t.domain, technique, detail: c.punycode ? `${c.asciiLabel} = ${c.label}` : c.label };
}

function nearMiss(c: Candidate, t: Target): LookalikeMatch | undefined {
  if (t.common || t.label.length < MIN_COMPARED_LABEL || c.label.length < MIN_COMPARED_LABEL) return undefined;
  // A name misspelt *and* under another suffix is more often a different name (qmail.org is
  // not gmail.com, laxpress.com not lexpress.fr): then only a subtle edit of a long name counts.
  const sameSuffix = c.suffix === t.suffix;
  if (!sameSuffix && t.label.length < LONG_LABEL) return undefined;
  const max = t.label.length >= LONG_LABEL && sameSuffix ? 1 : 0.5;
  if (Math.abs(c.skeleton.length - t.skeleton.length) * 0.5 > max) return undefined;
  if (c.bag === undefined) c.bag = letterBag(c.skeleton) ?? null;
  if (bagExceeds(c.bag ?? undefined, t.bag, max)) return undefined;
  const d = visualDistance(c.skeleton, t.skeleton, max);
  if (d === 0 || d > max) return undefined;
  return { entity: t.entity, protectedDomain: t.domain, technique: 'edit-distance', detail: `${c.label} ~ ${t.label}` };
}

function tldSwap(c: Candidate, t: Target): LookalikeMatch | undefined {
  if (t.common || t.label.length < MIN_COMPARED_LABEL || c.label !== t.label || c.suffix === t.suffix) return undefined;
  return { entity: t.entity, protectedDomain: t.domain, technique: 'tld-swap', detail: `${c.registrable} ≠ ${t.domain}` };
}

function asSubdomain(c: Candidate, t: Target): LookalikeMatch | undefined {
  if (t.label.length < MIN_NAMED_LABEL) return undefined;
  // "bbc.co.uk.login.example", "paypal.com-secure.example": the real domain, whole, in front of
  // someone else's registrable domain (the host's own registrable domain is known not to be it).
  const haystack = c.hostDotted;
  const at = haystack.indexOf(`.${t.domain}`);
  if (at < 0) return undefined;
  const next = haystack[at + t.domain.length + 1];
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

function combosquat(c: Candidate, t: Target): LookalikeMatch | undefined {
  if (t.common || t.label.length < MIN_NAMED_LABEL || !c.label.includes('-')) return undefined;
  if (!c.labelTokens.includes(t.label) && !c.labelHyphenated.includes(t.hyphenated)) return undefined;
  if (t.label.length < MIN_COMPARED_LABEL && !c.labelTokens.some((token) => token !== t.label && LURE_TOKENS.has(token))) return undefined;
  return { entity: t.entity, protectedDomain: t.domain, technique: 'combosquat', detail: c.label };
}

type Check = (c: Candidate, t: Target) => LookalikeMatch | undefined;

function sortedUnique(ids: number[]): number[] {
  ids.sort((a, b) => a - b);
  return ids.filter((id, i) => i === 0 || ids[i - 1] !== id);
}

/**
 * Targets whose skeleton is within two characters of the candidate's length (a bound
 * nearMiss implies), and for short labels only those under the candidate's suffix.
 */
function nearMissCandidates(c: Candidate, index: TargetIndex): readonly number[] {
  if (c.label.length < MIN_COMPARED_LABEL) return [];
  // Hosts repeat suffixes and lengths: keep the merged list per pair (bounded,
  // since unknown suffixes come from the message).
  const key = `${c.suffix} ${c.skeleton.length}`;
  let ids = index.nearMissLists.get(key);
  if (!ids) {
    ids = mergeNearMissLists(c, index);
    if (index.nearMissLists.size < MAX_NEAR_MISS_LISTS) index.nearMissLists.set(key, ids);
  }
  // Each character one side has and the other lacks needs an edit of at least 0.5,
  // and the distance allowed is at most 1: more than two such characters on either
  // side rule the target out. Counted on bit masks, with no call per target.
  const mask = c.letterMask;
  const survivors: number[] = [];
  for (const id of ids) {
    const other = index.letterMasks[id] ?? 0;
    if (bitCount(mask & ~other) <= 2 && bitCount(other & ~mask) <= 2) survivors.push(id);
  }
  return survivors;
}

/**
 * One bit per character class (code unit mod 32). A bit set in one mask and not the
 * other proves a character present in one string and absent from the other.
 */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const MAX_NEAR_MISS_LISTS = 2048;

function mergeNearMissLists(c: Candidate, index: TargetIndex): number[] {
  const ids: number[] = [];
  const length = c.skeleton.length;
  for (let l = length - 2; l <= length + 2; l++) {
    const long = index.nearByLength.get(l);
    if (long) ids.push(...long);
    const short = index.nearBySuffixLength.get(`${c.suffix} ${l}`);
    if (short) ids.push(...short);
  }
  return ids.length > 1 ? sortedUnique(ids) : ids;
}

/** Targets whose domain starts at a label boundary of the host and ends before a dot or hyphen. */
function subdomainCandidates(c: Candidate, index: TargetIndex): number[] {
  const ids: number[] = [];
  const haystack = c.hostDotted;
  for (let start = haystack.indexOf('.'); start >= 0 && start < haystack.length - 1; start = haystack.indexOf('.', start + 1)) {
    // A domain starting here begins with its first label, which a dot ends.
    const labelEnd = haystack.indexOf('.', start + 1);
    if (labelEnd < 0 || !index.firstLabels.has(haystack.slice(start + 1, labelEnd))) continue;
    const limit = Math.min(haystack.length, start + 2 + index.longestDomain);
    for (let end = start + 2; end < limit; end++) {
      const ch = haystack[end];
      if (ch !== '.' && ch !== '-') continue;
      const found = index.byDomain.get(haystack.slice(start + 1, end));
      if (found) ids.push(...found);
    }
  }
  return sortedUnique(ids);
}

/** Targets whose label (dots as hyphens) is a run of the candidate label's hyphen-separated tokens. */
function combosquatCandidates(c: Candidate, index: TargetIndex): number[] {
  if (!c.label.includes('-')) return [];
  const ids: number[] = [];
  const tokens = c.labelTokens;
  for (let i = 0; i < tokens.length; i++) {
    let run = '';
    for (let j = i; j < Math.min(tokens.length, i + index.mostDashedTokens); j++) {
      run = j === i ? (tokens[j] ?? '') : `${run}-${tokens[j] ?? ''}`;
      const found = index.byDashedLabel.get(run);
      if (found) ids.push(...found);
    }
  }
  return sortedUnique(ids);
}

const CHECKS: readonly (readonly [Check, (c: Candidate, index: TargetIndex) => readonly number[]])[] = [
  [homoglyph, (c, index) => index.bySkeleton.get(c.skeleton) ?? []],
  [nearMiss, nearMissCandidates],
  [tldSwap, (c, index) => index.byLabel.get(c.label) ?? []],
  [asSubdomain, subdomainCandidates],
  [combosquat, combosquatCandidates],
];

/** The protected entity this host imitates, or undefined (also for the entities' own domains). */
export function findLookalike(host: string, protectedEntities: readonly ProtectedEntity[]): LookalikeMatch | undefined {
  const candidate = candidateOf(host);
  if (!candidate) return undefined;
  const index = indexOf(protectedEntities);
  if (index.ownedDomains.has(candidate.registrable)) return undefined;
  for (const [check, candidatesOf] of CHECKS) {
    for (const id of candidatesOf(candidate, index)) {
      const match = check(candidate, index.targets[id] as Target);
      if (match) return match;
    }
  }
  return undefined;
}

/** A host label mixing Latin with Cyrillic/Greek/Armenian letters, decoded; undefined when none does. */
export function mixedScriptLabel(host: string): string | undefined {
  const lowered = host.trim().toLowerCase().slice(0, 253);
  // ASCII with no ACE label decodes to ASCII, and ASCII letters are all Latin.
  if (isAscii(lowered) && !lowered.includes('xn--')) return undefined;
  const unicode = toUnicodeHost(lowered);
  return unicode.split('.').find((label) => isMixedScript(label));
}

export { skeleton, isMixedScript } from './confusables';
export { toUnicodeHost, decodePunycode } from './punycode';
export { editDistance, visualDistance } from './distance';
