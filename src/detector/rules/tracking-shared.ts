// What the tracking rules share: which resources count, and which single rule
// speaks for a given resource. A 1×1, hidden, catalogued pixel is one tracker;
// the reader should see it once, under its most telling name, not four times.
import { matchParsedTracker, matchTrackerHost, type TrackerMatch } from '../catalogues/trackers';
import { isWithinDomains } from '../domains';
import { serialisedHttpParts, type HttpUrlParts } from '../html/url';
import { analysisSlot, type ResourceRef, type RuleContext } from '../rule';
import type { MailMessage, Policy, Severity } from '../types';
import { findTokenInParsedUrl, findTokenInPathAndQuery } from './tracking-token-heuristics';

/** Largest box (CSS px, both sides) that still counts as a pixel rather than an image. */
export const PIXEL_MAX_SIDE = 2;
/** With only one side known, it must be this thin to count (a 600×1 divider has both sides known). */
export const PIXEL_MAX_SINGLE_SIDE = 1;

export type ResourceRole = 'known-tracker' | 'tiny-image' | 'hidden-image' | 'unique-token' | 'remote-resource';

/** A remote resource outside the organisation that one of the tracking rules reports. */
export interface ResourceClassification {
  role: ResourceRole;
  host: string;
  tracker: TrackerMatch | undefined;
  tiny: boolean;
  hiddenBy: string | undefined;
  token: string | undefined;
}

export function isTinyBox(width: number | undefined, height: number | undefined): boolean {
  if (width !== undefined && height !== undefined) return width <= PIXEL_MAX_SIDE && height <= PIXEL_MAX_SIDE;
  if (width !== undefined) return width <= PIXEL_MAX_SINGLE_SIDE;
  if (height !== undefined) return height <= PIXEL_MAX_SINGLE_SIDE;
  return false;
}

/** URLs longer than this are judged on their start: hosts, paths and tokens sit early. */
const MAX_URL_EXAMINED = 16 * 1024;

/** What the address alone says, before the host is looked at. */
interface UrlFacts {
  tracker: TrackerMatch | undefined;
  token: string | undefined;
}

const NO_FACTS: UrlFacts = Object.freeze({ tracker: undefined, token: undefined });

/**
 * The catalogued tracker `url` reaches for `use`. `plain` is serialisedHttpParts(url),
 * passed in for callers that read it for more: its host and path spare the URL parser.
 */
export function matchTrackerUrl(url: string, plain: HttpUrlParts | undefined, use: 'open' | 'click', context: RuleContext): TrackerMatch | undefined {
  if (plain) return matchTrackerHost(plain.host, plain.path, use);
  const parsed = context.parseUrl(url);
  return parsed && matchParsedTracker(parsed, use);
}

/** What one analysis has worked out about its resources, shared by the tracking rules. */
interface AnalysisFacts {
  byUrl: Map<string, UrlFacts>;
  /** Each resource goes to five tracking rules in a row: the last one classified answers the other four. */
  lastRef: ResourceRef | undefined;
  lastClassification: ResourceClassification | undefined;
}

const RESOURCE_FACTS = analysisSlot<AnalysisFacts>('tracking/resource-facts', () => ({ byUrl: new Map(), lastRef: undefined, lastClassification: undefined }));
const MAX_CACHED_URLS = 10_000;

/** URL-only facts, computed once per analysis: the same image often comes back at another size. */
function urlFacts(url: string, context: RuleContext, analysis: AnalysisFacts): UrlFacts {
  const cached = analysis.byUrl.get(url);
  if (cached) return cached;
  const examined = url.length > MAX_URL_EXAMINED ? url.slice(0, MAX_URL_EXAMINED) : url;
  const plain = url.length <= MAX_URL_EXAMINED ? serialisedHttpParts(url) : undefined;
  const tracker = matchTrackerUrl(examined, plain, 'open', context);
  let token: string | undefined;
  if (plain) {
    token = findTokenInPathAndQuery(plain.path, plain.search);
  } else {
    // matchTrackerUrl parsed it already: this is the memo's answer.
    const parsed = context.parseUrl(examined);
    token = parsed && findTokenInParsedUrl(parsed);
  }
  const facts = tracker || token ? { tracker, token } : NO_FACTS;
  if (analysis.byUrl.size < MAX_CACHED_URLS) analysis.byUrl.set(url, facts);
  return facts;
}

/**
 * Per rule and analysis, the tracking resource rules' common entry: which role
 * a resource plays. A base class so that each rule's visitors are one object
 * holding the shared facts, not a closure per message and a slot look-up per resource.
 */
export class ResourceClassifier {
  private analysis: AnalysisFacts | undefined;

  constructor(protected readonly context: RuleContext) {}

  /**
   * Decides which tracking rule reports a resource, or undefined when none
   * does. Precedence, most telling first: a catalogued tracker, a pixel-sized
   * box, a hidden box, a per-reader token, and finally "loads remote content"
   * for non-image kinds.
   */
  protected classify(ref: ResourceRef): ResourceClassification | undefined {
    if (!ref.remote) return undefined;
    const analysis = (this.analysis ??= this.context.shared(RESOURCE_FACTS));
    if (analysis.lastRef === ref) return analysis.lastClassification;
    const classification = classify(ref, this.context, analysis);
    analysis.lastRef = ref;
    analysis.lastClassification = classification;
    return classification;
  }
}

function classify(ref: ResourceRef, context: RuleContext, analysis: AnalysisFacts): ResourceClassification | undefined {
  const url = ref.url;
  const { tracker, token: urlToken } = urlFacts(url, context, analysis);
  const kind = ref.kind;
  const boxedKind = kind === 'image' || kind === 'input-image' || kind === 'svg-image' || kind === 'background';
  const boxed = boxedKind && ref.node !== undefined;
  const tiny = boxed && isTinyBox(ref.width, ref.height);
  const hiddenBy = boxed && ref.hiddenBy ? ref.hiddenBy : undefined;
  const token = boxedKind && urlToken ? urlToken : undefined;
  const role: ResourceRole | undefined = tracker ? 'known-tracker' : tiny ? 'tiny-image' : hiddenBy ? 'hidden-image'
    : token ? 'unique-token' : kind !== 'image' ? 'remote-resource' : undefined;
  // An ordinary visible image plays no role: its host is never needed.
  if (role === undefined) return undefined;
  const host = context.hostOf(url.length > MAX_URL_EXAMINED ? url.slice(0, MAX_URL_EXAMINED) : url);
  if (!host || isWithinDomains(host, context.policy.orgDomains)) return undefined;
  return { role, host, tracker, tiny, hiddenBy, token };
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
