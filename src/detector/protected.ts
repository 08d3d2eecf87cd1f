// The entities a message may pretend to be: the organisation itself, its VIPs,
// news outlets and brands (built-in catalogues plus the policy's own lists).
// Display-name matching lives here too, because "is this name one of ours?"
// must be answered the same way by every rule.
import { BRANDS } from './catalogues/brands';
import { NEWS_OUTLETS } from './catalogues/news-outlets';
import { registrableDomain, type RegistrableLookup } from './domains';
import { foldForeignHomoglyphs, isMixedScript } from './lookalike/confusables';
import { foldAccents, indexOfRun, wordTokens } from './names';
import type { NamedDomains, Policy } from './types';

export type ProtectedKind = 'org' | 'vip' | 'news' | 'brand';

export interface ProtectedEntity {
  kind: ProtectedKind;
  name: string;
  /** Registrable domains the entity really sends from (lower-case). */
  domains: string[];
  /** Other spellings of the name, as written (matching normalises them). */
  aliases: string[];
  /** Exact mailbox addresses (VIPs), lower-case. */
  addresses?: string[];
}

// Keyed on the four lists the entities are built from, one WeakMap level per list,
// not on the policy object: analyze() completes each caller's policy into a new
// object whenever a field was reassigned, and a worker receives a structured clone
// per message, while the lists usually stay the same arrays. Nothing is kept alive
// once the lists are dropped.
type ByBrands = WeakMap<object, ProtectedEntity[]>;
type ByOutlets = WeakMap<object, ByBrands>;
type ByVips = WeakMap<object, ByOutlets>;
const cache = new WeakMap<object, ByVips>();
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Every protected entity for this policy: org, VIPs, policy outlets/brands, then the built-in
 * catalogues. Only the organisation has kind "org", and it always comes first.
 */
export function protectedEntities(policy: Policy): ProtectedEntity[] {
  // Every sender rule asks, once per message: four lookups, no key array or closure.
  const orgDomains = policy.orgDomains ?? EMPTY;
  let byVips = cache.get(orgDomains);
  if (byVips === undefined) cache.set(orgDomains, (byVips = new WeakMap()));
  const vips = policy.vips ?? EMPTY;
  let byOutlets = byVips.get(vips);
  if (byOutlets === undefined) byVips.set(vips, (byOutlets = new WeakMap()));
  const newsOutlets = policy.newsOutlets ?? EMPTY;
  let byBrands = byOutlets.get(newsOutlets);
  if (byBrands === undefined) byOutlets.set(newsOutlets, (byBrands = new WeakMap()));
  const brands = policy.brands ?? EMPTY;
  let entities = byBrands.get(brands);
  if (entities === undefined) byBrands.set(brands, (entities = buildEntities(policy)));
  return entities;
}

/** True when the policy behind this list names the organisation (protectedEntities puts it first). */
export function hasOrganisation(entities: readonly ProtectedEntity[]): boolean {
  return entities[0]?.kind === 'org';
}

function cleanDomains(domains: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const d of domains ?? []) {
    const r = registrableDomain(d);
    if (r) out.add(r);
  }
  return [...out];
}

function fromCatalogue(kind: 'news' | 'brand', entries: readonly NamedDomains[]): ProtectedEntity[] {
  return entries.map((e) => ({ kind, name: e.name, domains: cleanDomains(e.domains), aliases: [...(e.aliases ?? [])] }));
}

function buildEntities(policy: Policy): ProtectedEntity[] {
  const entities: ProtectedEntity[] = [];
  const orgDomains = cleanDomains(policy.orgDomains);
  if (orgDomains.length > 0) {
    // The policy gives no organisation name, only domains; a display name that
    // spells one of them ("parliament.example IT desk") claims to be the org.
    entities.push({ kind: 'org', name: orgDomains[0] ?? '', domains: orgDomains, aliases: [...orgDomains] });
  }
  for (const vip of policy.vips ?? []) {
    if (!vip.name?.trim()) continue;
    const addresses = (vip.addresses ?? []).map((a) => a.trim().toLowerCase()).filter((a) => a.includes('@'));
    const domains = cleanDomains([...(vip.domains ?? []), ...addresses]);
    entities.push({ kind: 'vip', name: vip.name.trim(), domains: domains.length > 0 ? domains : orgDomains, aliases: [], addresses });
  }
  entities.push(...fromCatalogue('news', policy.newsOutlets ?? []));
  entities.push(...fromCatalogue('brand', policy.brands ?? []));
  entities.push(...fromCatalogue('news', NEWS_OUTLETS));
  entities.push(...fromCatalogue('brand', BRANDS));
  return entities;
}

// Leading articles do not make a name distinctive: "Le Monde" is as common a
// phrase as "monde", "Die Zeit" as "Zeit".
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'de', 'het', 'die', 'der', 'das', 'el', 'il']);


// Words that may sit next to a weak name without making it a different name:
// "NOS Nieuws", "AP News Desk", "KBC Security Team".
const CONTEXT_WORDS = new Set([
  'news', 'nieuws', 'nachrichten', 'actualite', 'actualites', 'info', 'infos', 'redaction', 'redactie', 'redaktion',
  'newsroom', 'desk', 'press', 'presse', 'pers', 'persbureau', 'journal', 'magazine', 'magazin', 'online', 'breaking',
  'international', 'europe', 'world', 'team', 'service', 'services', 'support', 'security', 'account', 'accounts',
  'billing', 'notification', 'notifications', 'alert', 'alerts', 'customer', 'parcel', 'delivery', 'store', 'id',
  'noreply', 'no', 'reply', 'bank', 'tv', 'radio', 'digital', 'editorial', 'editor', 'editors', 'politics',
  'politique', 'politiek', 'politik', 'business', 'newsletter', 'nieuwsbrief', 'lettre', 'daily', 'weekly', 'today',
  'aktuell', 'heute', 'official', 'officiel', 'via', 'from', 'the', 'le', 'la', 'de', 'het', 'die', 'der', 'inc', 'ltd',
  'nv', 'sa', 'gmbh', 'bv', 'agency', 'agence', 'agentur', 'media', 'group', 'groupe', 'groep', 'verification',
  'verify', 'helpdesk', 'help', 'centre', 'center', 'klantendienst', 'kundenservice', 'clientele', 'paket', 'pakket',
  'colis', 'sendung', 'zending', 'shipment', 'shipping', 'tracking', 'livraison', 'levering', 'zustellung', 'app',
  'mobile', 'pay', 'payment', 'payments', 'invoice', 'invoices', 'cloud', 'web', 'login', 'signin', 'sign', 'in',
  'de', 'be', 'nl', 'fr', 'com', 'uk', 'eu', 'us',
]);

interface Alias {
  entity: ProtectedEntity;
  raw: string;
  tokens: string[];
  weak: boolean;
  /** All-capitals acronyms ("NOS", "ING", "AP") must appear in capitals too ("nos", "Ing." are words). */
  capitals: boolean;
  /** Length of the tokens joined by spaces: the longer name wins. */
  spelledLength: number;
}

interface AliasIndex {
  aliases: Alias[];
  /** Positions in `aliases` by first token: only those can match a text lacking the others. */
  byFirstToken: Map<string, number[]>;
  /** tokenHash of every first token, as a bit set: a word whose bit is clear starts no name. */
  firstTokenBits: Uint32Array;
}

const TOKEN_HASH_BITS = 1 << 16;

/** Hash of a word's character codes, folded into the range of a first-token bit set. */
function tokenHash(token: string): number {
  let hash = 0;
  for (let i = 0; i < token.length; i++) hash = (Math.imul(hash, 31) + token.charCodeAt(i)) | 0;
  return hash & (TOKEN_HASH_BITS - 1);
}

/**
 * For ASCII text, whether some word of it (as wordTokens splits and lower-cases it)
 * may be the first word of a name: false means certainly none. Undefined for other
 * text, whose words need wordTokens' Unicode folding. Hashes the words as it scans,
 * so the common case (a name that is nobody's) builds no string at all.
 */
function asciiWordMayStartName(text: string, bits: Uint32Array): boolean | undefined {
  let hash = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    let code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (code >= 0x80) return undefined;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      hash = (Math.imul(hash, 31) + code) | 0;
      inWord = true;
    } else if (inWord) {
      const bit = hash & (TOKEN_HASH_BITS - 1);
      if (((bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0) return true;
      hash = 0;
      inWord = false;
    }
  }
  return false;
}

const aliasCache = new WeakMap<readonly ProtectedEntity[], AliasIndex>();

function aliasesOf(entities: readonly ProtectedEntity[]): AliasIndex {
  const hit = aliasCache.get(entities);
  if (hit) return hit;
  const out: Alias[] = [];
  for (const entity of entities) {
    const spellings = new Set([entity.name, ...entity.aliases]);
    if (entity.kind === 'vip') {
      // "Doe, Jane" and "Jane Doe" are the same person.
      const parts = wordTokens(entity.name);
      if (parts.length >= 2) spellings.add([...parts.slice(1), parts[0]].join(' '));
    }
    for (const raw of spellings) {
      const tokens = wordTokens(raw);
      if (tokens.length === 0) continue;
      const core = tokens.filter((t, i) => !(i < tokens.length - 1 && ARTICLES.has(t)));
      // One-word names ("Bloomberg", "Forbes", "Stern") are surnames and everyday words
      // too; they only count standing alone or beside words like "News" or "Team".
      const weak = core.length === 1;
      const letters = foldAccents(raw).replace(/[^\p{L}]/gu, '');
      const capitals = letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
      out.push({ entity, raw, tokens, weak, capitals, spelledLength: tokens.join(' ').length });
    }
  }
  const byFirstToken = new Map<string, number[]>();
  const firstTokenBits = new Uint32Array(TOKEN_HASH_BITS / 32);
  out.forEach((alias, position) => {
    const first = alias.tokens[0] as string;
    const list = byFirstToken.get(first);
    if (list) list.push(position);
    else byFirstToken.set(first, [position]);
    const bit = tokenHash(first);
    firstTokenBits[bit >>> 5] = (firstTokenBits[bit >>> 5] as number) | (1 << (bit & 31));
  });
  const index = { aliases: out, byFirstToken, firstTokenBits };
  aliasCache.set(entities, index);
  return index;
}

// Separators between the parts of a display name: "Jane Doe | NOS", "Jane Doe (AP)".
const SEGMENT_SPLIT = /[,|()/:;"<>[\]\u00b7\u2022\u2013\u2014]|\s-\s|\s@\s|\bvia\b/giu;

function segments(text: string): string[] {
  return text.split(SEGMENT_SPLIT).map((s) => s.trim()).filter((s) => s.length > 0);
}

function weakAliasMatches(alias: Alias, text: string): boolean {
  for (const segment of segments(text)) {
    const tokens = wordTokens(segment);
    const at = indexOfRun(tokens, alias.tokens);
    if (at < 0) continue;
    const rest = [...tokens.slice(0, at), ...tokens.slice(at + alias.tokens.length)];
    if (!rest.every((t) => CONTEXT_WORDS.has(t))) continue;
    if (alias.capitals && !foldAccents(segment).includes(foldAccents(alias.raw))) continue;
    return true;
  }
  return false;
}

/**
 * The protected entity a display name (or a short signature line) names, if any.
 * Whole words only; names that are short or everyday words ("AP", "Time", "Le Monde")
 * must stand alone or next to words like "News" or "Team". The longest name wins.
 */
export function entityNamedIn(text: string, entities: readonly ProtectedEntity[]): ProtectedEntity | undefined {
  const bounded = text.slice(0, 500);
  // ASCII has no homoglyphs to fold, so when no word of it starts a name, nothing is named.
  if (asciiWordMayStartName(bounded, aliasesOf(entities).firstTokenBits) === false) return undefined;
  const found = namedIn(bounded, entities);
  if (found) return found;
  // "ВВС News" written with Cyrillic letters reads as BBC to a person, not to a string compare.
  const folded = foldForeignHomoglyphs(bounded);
  return folded !== bounded && wordTokens(text).some((w) => isMixedScript(w) || /^[^\p{Script=Latin}]+$/u.test(w))
    ? namedIn(folded, entities)
    : undefined;
}

function namedIn(bounded: string, entities: readonly ProtectedEntity[]): ProtectedEntity | undefined {
  const tokens = wordTokens(bounded);
  if (tokens.length === 0) return undefined;
  const { aliases, byFirstToken } = aliasesOf(entities);
  // Only aliases whose first word is in the text can occur in it; visit them in list order.
  // Most names contain no such word: then nothing is collected or sorted.
  let positions: number[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const found = byFirstToken.get(token);
    if (found && tokens.indexOf(token) === i) (positions ??= []).push(...found);
  }
  if (!positions) return undefined;
  positions.sort((a, b) => a - b);
  let best: Alias | undefined;
  for (const position of positions) {
    const alias = aliases[position] as Alias;
    if (best && alias.spelledLength <= best.spelledLength) continue;
    if (indexOfRun(tokens, alias.tokens) < 0) continue;
    if (alias.weak && !weakAliasMatches(alias, bounded)) continue;
    best = alias;
  }
  return best?.entity;
}

const ownerCache = new WeakMap<readonly ProtectedEntity[], Map<string, ProtectedEntity>>();

/** Each domain's first owner in list order, as entities.find would pick it. */
function ownersOf(entities: readonly ProtectedEntity[]): Map<string, ProtectedEntity> {
  const hit = ownerCache.get(entities);
  if (hit) return hit;
  const owners = new Map<string, ProtectedEntity>();
  for (const entity of entities) for (const domain of entity.domains) if (!owners.has(domain)) owners.set(domain, entity);
  ownerCache.set(entities, owners);
  return owners;
}

/**
 * The entity owning this registrable domain (or address), if any. Rules pass their
 * context, whose registrableDomain is memoised: they ask about the same few domains repeatedly.
 */
export function entityOwning(
  domainOrAddress: string,
  entities: readonly ProtectedEntity[],
  domainOf: RegistrableLookup = registrableDomain,
): ProtectedEntity | undefined {
  const domain = typeof domainOf === 'function' ? domainOf(domainOrAddress) : domainOf.registrableDomain(domainOrAddress);
  if (!domain) return undefined;
  return ownersOf(entities).get(domain);
}
