// What the tracking rules share: which resources count, and which single rule
// speaks for a given resource. A 1×1, hidden, catalogued pixel is one tracker;
// the reader should see it once, under its most telling name, not four times.
import { matchParsedTracker, type TrackerMatch } from '../catalogues/trackers';
import { isWithinDomains } from '../domains';
import type { ResourceKind, ResourceRef, RuleContext } from '../rule';
import type { MailMessage, Policy, Severity } from '../types';
import { findTokenInParsedUrl } from './tracking-token-heuristics';

/** Kinds whose element box is what the reader would see, so its size and visibility mean something. */
const BOXED_KINDS = new Set<ResourceKind>(['image', 'input-image', 'svg-image', 'background']);

/** Largest box (CSS px, both sides) that still counts as a pixel rather than an image. */
export const PIXEL_MAX_SIDE = 2;
/** With only one side known, it must be this thin to count (a 600×1 divider has both sides known). */
export const PIXEL_MAX_SINGLE_SIDE = 1;

export type ResourceRole = 'known-tracker' | 'tiny-image' | 'hidden-image' | 'unique-token' | 'remote-resource';

export interface ResourceClassification {
  role?: ResourceRole;
  host: string;
  tracker?: TrackerMatch;
  tiny: boolean;
  hiddenBy?: string;
  token?: string;
}

export function isTinyBox(width: number | undefined, height: number | undefined): boolean {
  if (width !== undefined && height !== undefined) return width <= PIXEL_MAX_SIDE && height <= PIXEL_MAX_SIDE;
  if (width !== undefined) return width <= PIXEL_MAX_SINGLE_SIDE;
  if (height !== undefined) return height <= PIXEL_MAX_SINGLE_SIDE;
  return false;
}

/** URLs longer than this are judged on their start: hosts, paths and tokens sit early. */
const MAX_URL_EXAMINED = 16 * 1024;

interface UrlFacts {
  host?: string;
  tracker?: TrackerMatch;
  token?: string;
}

/**
 * URL-only facts, computed once per analysis: every rule asks about the same
 * resources. Keyed by the policy object, which analyze() creates per call, so
 * the cache lives exactly as long as one analysis and is never shared.
 */
const urlFactsByAnalysis = new WeakMap<Policy, Map<string, UrlFacts>>();
const MAX_CACHED_URLS = 10_000;

function urlFacts(url: string, context: RuleContext): UrlFacts {
  const policy = context.policy;
  let cache = urlFactsByAnalysis.get(policy);
  if (!cache) {
    cache = new Map();
    urlFactsByAnalysis.set(policy, cache);
  }
  const cached = cache.get(url);
  if (cached) return cached;
  const examined = url.length > MAX_URL_EXAMINED ? url.slice(0, MAX_URL_EXAMINED) : url;
  const host = context.hostOf(examined);
  let facts: UrlFacts = {};
  if (host && !isWithinDomains(host, policy.orgDomains)) {
    const parsed = context.parseUrl(examined);
    facts = parsed
      ? { host, ...optional('tracker', matchParsedTracker(parsed, 'open')), ...optional('token', findTokenInParsedUrl(parsed)) }
      : { host };
  }
  if (cache.size < MAX_CACHED_URLS) cache.set(url, facts);
  return facts;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The host of a remote fetch to somewhere outside the reader's own organisation, else undefined. */
export function isForeignRemote(ref: ResourceRef, context: RuleContext): string | undefined {
  if (!ref.remote) return undefined;
  return urlFacts(ref.url, context).host;
}

/**
 * Decides which tracking rule reports a resource. Precedence, most telling
 * first: a catalogued tracker, a pixel-sized box, a hidden box, a per-reader
 * token, and finally "loads remote content" for non-image kinds.
 */
export function classifyResource(ref: ResourceRef, context: RuleContext): ResourceClassification | undefined {
  if (!ref.remote) return undefined;
  const { host, tracker, token: urlToken } = urlFacts(ref.url, context);
  if (!host) return undefined;
  const boxed = BOXED_KINDS.has(ref.kind) && ref.node !== undefined;
  const tiny = boxed && isTinyBox(ref.width, ref.height);
  const hiddenBy = boxed ? ref.hiddenBy : undefined;
  const token = BOXED_KINDS.has(ref.kind) ? urlToken : undefined;
  const facts: ResourceClassification = {
    host, tiny,
    ...(tracker ? { tracker } : {}),
    ...(hiddenBy ? { hiddenBy } : {}),
    ...(token ? { token } : {}),
  };
  if (tracker) return { ...facts, role: 'known-tracker' };
  if (tiny) return { ...facts, role: 'tiny-image' };
  if (hiddenBy) return { ...facts, role: 'hidden-image' };
  if (token) return { ...facts, role: 'unique-token' };
  if (ref.kind !== 'image') return { ...facts, role: 'remote-resource' };
  return facts;
}

/** True when the policy says this sender's tracking is expected (it then only informs). */
export function isTrustedSender(message: MailMessage, policy: Policy): boolean {
  const address = (message.from?.address ?? '').trim().toLowerCase();
  if (!address) return false;
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return policy.trustedSenders.some((entry) => {
    const trusted = entry.trim().toLowerCase();
    if (trusted.includes('@')) return trusted === address;
    return domain === trusted || domain.endsWith(`.${trusted}`);
  });
}

/** The rule's severity, lowered to info for trusted senders. */
export function trackingSeverity(context: RuleContext, severity: Severity): Severity {
  return isTrustedSender(context.message, context.policy) ? 'info' : severity;
}

/** Human-facing "1×1" style size, or "?" for an unknown side. */
export function formatSize(width: number | undefined, height: number | undefined): string {
  return `${width ?? '?'}×${height ?? '?'}`;
}
