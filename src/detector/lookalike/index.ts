// Lookalike domains: hosts built to be mistaken for a protected entity's domain.
// Techniques, strongest evidence first: homoglyphs (confusable characters,
// punycode, mixed scripts), a near-miss spelling, the real name under another
// suffix, the real domain as a subdomain of someone else's, and the real name
// glued to other words with hyphens. A domain an entity really owns is never a
// lookalike, of that entity or any other.
import { parse } from 'tldts';
import { isCommonWord } from '../names';
import type { ProtectedEntity } from '../protected';
import { hasConfusableCharacters, isMixedScript, skeleton } from './confusables';
import { bagLowerBound, letterBag, visualDistance } from './distance';
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
  bag: Int32Array | undefined;
}

const MIN_COMPARED_LABEL = 4;
const MIN_NAMED_LABEL = 3;
const LONG_LABEL = 8;

const targetCache = new WeakMap<readonly ProtectedEntity[], Target[]>();

function targetsOf(entities: readonly ProtectedEntity[]): Target[] {
  const hit = targetCache.get(entities);
  if (hit) return hit;
  const targets: Target[] = [];
  for (const entity of entities) {
    for (const domain of entity.domains) {
      const parsed = parse(domain);
      const label = parsed.domainWithoutSuffix;
      if (!label || !parsed.publicSuffix) continue;
      targets.push({ entity, domain, label, suffix: parsed.publicSuffix, skeleton: skeleton(label), common: isCommonWord(label), hyphenated: `-${domain.split('.').join('-')}-`, bag: letterBag(skeleton(label)) });
    }
  }
  targetCache.set(entities, targets);
  return targets;
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
  bag: Int32Array | undefined;
}

function candidateOf(host: string): Candidate | undefined {
  const ascii = host.trim().toLowerCase().replace(/\.$/, '').slice(0, 253);
  if (!ascii) return undefined;
  const parsed = parse(ascii);
  if (parsed.isIp || !parsed.domain || !parsed.domainWithoutSuffix || !parsed.publicSuffix) return undefined;
  const label = toUnicodeHost(parsed.domainWithoutSuffix);
  return {
    host: ascii,
    registrable: parsed.domain,
    asciiLabel: parsed.domainWithoutSuffix,
    label,
    suffix: parsed.publicSuffix,
    subdomain: parsed.subdomain ?? '',
    skeleton: skeleton(label),
    punycode: parsed.domainWithoutSuffix.includes('xn--'),
    hostDotted: `.${ascii}.`,
    labelTokens: label.split('-'),
    labelHyphenated: `-${label}-`,
    bag: letterBag(skeleton(label)),
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
  if (Math.abs(c.skeleton.length - t.skeleton.length) * 0.5 > max || bagLowerBound(c.bag, t.bag) > max) return undefined;
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

const CHECKS = [homoglyph, nearMiss, tldSwap, asSubdomain, combosquat] as const;

/** The protected entity this host imitates, or undefined (also for the entities' own domains). */
export function findLookalike(host: string, protectedEntities: readonly ProtectedEntity[]): LookalikeMatch | undefined {
  const candidate = candidateOf(host);
  if (!candidate) return undefined;
  if (protectedEntities.some((e) => e.domains.includes(candidate.registrable))) return undefined;
  const targets = targetsOf(protectedEntities);
  for (const check of CHECKS) {
    for (const target of targets) {
      const match = check(candidate, target);
      if (match) return match;
    }
  }
  return undefined;
}

/** A host label mixing Latin with Cyrillic/Greek/Armenian letters, decoded; undefined when none does. */
export function mixedScriptLabel(host: string): string | undefined {
  const unicode = toUnicodeHost(host.trim().toLowerCase().slice(0, 253));
  return unicode.split('.').find((label) => isMixedScript(label));
}

export { skeleton, isMixedScript } from './confusables';
export { toUnicodeHost, decodePunycode } from './punycode';
export { editDistance, visualDistance } from './distance';
