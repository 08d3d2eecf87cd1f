// The protected domains a host may imitate, indexed once per entity list so that
// checking one host is a handful of Map lookups: the catalogues hold hundreds of
// domains, a message brings a few hosts, and nearly none of them is a lookalike.
// Every lookup returns a superset of the targets its check accepts, in list
// order, so the first match is the one a full scan of the list would find.
import { parse } from 'tldts';
import { isCommonWord } from '../names';
import type { ProtectedEntity } from '../protected';
import { skeleton } from './confusables';
import { letterBag, type LetterBag } from './distance';

export interface Target {
  entity: ProtectedEntity;
  domain: string;
  label: string;
  suffix: string;
  skeleton: string;
  /** Everyday-word labels ("office", "orange") only count when written with homoglyphs. */
  common: boolean;
  /** "-bbc-co-uk-": the domain as hyphenated tokens, for combosquats. */
  hyphenated: string;
  bag: LetterBag | undefined;
  /** letterMask of the skeleton. */
  mask: number;
}

export const MIN_COMPARED_LABEL = 4;
export const MIN_NAMED_LABEL = 3;
export const LONG_LABEL = 8;

/**
 * The visual distance nearMiss allows between a label and target `t`, 0 for none: 1 to a
 * long name under its own suffix, 0.5 to a short one, or to a long one under another
 * suffix. A name misspelt *and* under another suffix is more often a different name
 * (qmail.org is not gmail.com, laxpress.com not lexpress.fr): then only a subtle edit
 * of a long name counts.
 */
export function nearMissAllowance(t: Target, sameSuffix: boolean): number {
  if (t.label.length >= LONG_LABEL) return sameSuffix ? 1 : 0.5;
  return sameSuffix ? 0.5 : 0;
}

/**
 * The near-miss targets worth comparing with a label of one skeleton length under one
 * suffix, with what the cheap filter needs inline: each target's letter mask and the
 * number of letter classes it may lack or add (twice the distance nearMiss allows).
 */
export interface NearMissBucket {
  ids: Int32Array;
  masks: Int32Array;
  classLimits: Uint8Array;
}

export interface TargetIndex {
  targets: Target[];
  ownedDomains: Set<string>;
  bySkeleton: Map<string, number[]>;
  byLabel: Map<string, number[]>;
  byDomain: Map<string, number[]>;
  /** Label with dots as hyphens, the run of tokens a combosquat host must contain. */
  byDashedLabel: Map<string, number[]>;
  /** Targets nearMiss may accept at all (not everyday words, long enough), in list order. */
  nearMissEligible: number[];
  nearMissSuffixes: Set<string>;
  longestNearMissSkeleton: number;
  /** Near-miss buckets by candidate skeleton length, for a suffix no near-miss target has. */
  nearMissAnySuffix: readonly (NearMissBucket | undefined)[] | undefined;
  /** The same, for each suffix some near-miss target has. */
  nearMissBySuffix: Map<string, readonly (NearMissBucket | undefined)[]>;
  /** labelShape of every byLabel key. */
  labelShapes: Set<number>;
  /** Near-miss targets by anchor, for hosts whose public suffix is not known yet (see nearMissAnchors). */
  anchors: NearMissAnchors | undefined;
  /** First label (up to the first dot) of every target domain. */
  firstLabels: Set<string>;
  /** labelShape of each of firstLabels. */
  firstLabelShapes: Set<number>;
  /** First hyphen-separated token of each byDashedLabel key, and their labelShapes. */
  firstDashedTokens: Set<string>;
  firstDashedTokenShapes: Set<number>;
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

/**
 * One bit per character class (code unit mod 32). A bit set in one mask and not the
 * other proves a character present in one string and absent from the other.
 */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

/** True when more than `limit` (1 or 2) bits are set: clears the lowest set bit `limit` times. */
export function moreBitsThan(bits: number, limit: number): boolean {
  let rest = bits & (bits - 1);
  if (limit > 1) rest &= rest - 1;
  return rest !== 0;
}

/**
 * Length, first and last character of host[start, end) as one small integer: equal
 * labels have equal shapes, so a shape no target's first label has rules the label out
 * without slicing it off the host.
 */
export function labelShape(host: string, start: number, end: number): number {
  return ((end - start) * 65536 + (host.charCodeAt(start) & 255) * 256 + (host.charCodeAt(end - 1) & 255)) | 0;
}

/** What a check compares a host with, for one domain of an entity; undefined when it has no label. */
function targetOf(entity: ProtectedEntity, domain: string): Target | undefined {
  const parsed = parse(domain);
  const label = parsed.domainWithoutSuffix;
  if (!label || !parsed.publicSuffix) return undefined;
  const labelSkeleton = skeleton(label);
  return {
    entity, domain, label, suffix: parsed.publicSuffix, skeleton: labelSkeleton,
    common: isCommonWord(label) || suffixIsTheName(label, parsed.publicSuffix, entity),
    hyphenated: `-${domain.split('.').join('-')}-`, bag: letterBag(labelSkeleton), mask: letterMask(labelSkeleton),
  };
}

/** Targets this list protects, with the lookups each check narrows its scan with. */
export function targetIndex(entities: readonly ProtectedEntity[]): TargetIndex {
  const hit = indexCache.get(entities);
  if (hit) return hit;
  const index: TargetIndex = {
    targets: [], ownedDomains: new Set(), bySkeleton: new Map(), byLabel: new Map(), byDomain: new Map(),
    byDashedLabel: new Map(),
    nearMissEligible: [], nearMissSuffixes: new Set(), longestNearMissSkeleton: 0, nearMissAnySuffix: undefined, nearMissBySuffix: new Map(), labelShapes: new Set(), anchors: undefined, firstLabels: new Set(), firstLabelShapes: new Set(), firstDashedTokens: new Set(), firstDashedTokenShapes: new Set(), longestDomain: 0, mostDashedTokens: 0,
  };
  for (const entity of entities) {
    for (const domain of entity.domains) {
      index.ownedDomains.add(domain);
      const target = targetOf(entity, domain);
      if (!target) continue;
      const { label, skeleton: labelSkeleton } = target;
      const at = index.targets.push(target) - 1;
      // Each lookup holds only the targets its check can accept at all.
      const named = label.length >= MIN_NAMED_LABEL;
      const distinctive = !target.common && named;
      if (named) pushTo(index.bySkeleton, labelSkeleton, at);
      if (distinctive && label.length >= MIN_COMPARED_LABEL) {
        pushTo(index.byLabel, label, at);
        index.labelShapes.add(labelShape(label, 0, label.length));
      }
      if (named) {
        pushTo(index.byDomain, domain, at);
        const firstDot = domain.indexOf('.');
        const firstLabel = firstDot < 0 ? domain : domain.slice(0, firstDot);
        index.firstLabels.add(firstLabel);
        if (firstLabel.length > 0) index.firstLabelShapes.add(labelShape(firstLabel, 0, firstLabel.length));
        index.longestDomain = Math.max(index.longestDomain, domain.length);
      }
      if (distinctive) {
        const dashed = label.split('.').join('-');
        pushTo(index.byDashedLabel, dashed, at);
        const firstToken = dashed.split('-')[0] ?? '';
        index.firstDashedTokens.add(firstToken);
        if (firstToken.length > 0) index.firstDashedTokenShapes.add(labelShape(firstToken, 0, firstToken.length));
        index.mostDashedTokens = Math.max(index.mostDashedTokens, dashed.split('-').length);
      }
      if (!target.common && label.length >= MIN_COMPARED_LABEL) {
        index.nearMissEligible.push(at);
        index.nearMissSuffixes.add(target.suffix);
        index.longestNearMissSkeleton = Math.max(index.longestNearMissSkeleton, labelSkeleton.length);
      }
    }
  }
  indexCache.set(entities, index);
  return index;
}

/**
 * The near-miss buckets for a candidate under this suffix, by its skeleton length.
 * Built on first use per suffix: only the suffixes of near-miss targets get their own
 * (a bounded set); every other suffix shares one list.
 */
export function nearMissBuckets(index: TargetIndex, suffix: string): readonly (NearMissBucket | undefined)[] {
  const own = index.nearMissBySuffix.get(suffix);
  if (own) return own;
  if (!index.nearMissSuffixes.has(suffix)) return (index.nearMissAnySuffix ??= bucketsFor(index, undefined));
  const built = bucketsFor(index, suffix);
  index.nearMissBySuffix.set(suffix, built);
  return built;
}

/**
 * Near-miss targets filed under two-character anchors of their skeleton. nearMiss allows
 * a target at most two edits (one when nearMissAllowance is under 1), each touching at
 * most two adjacent characters. With one edit, a skeleton of 5 or more keeps its first
 * two or its last two characters; one of 4 does too, or else had its middle two swapped
 * and keeps its first and last. With two, a skeleton of 8 or more keeps its first two,
 * its last two, or, when one edit touched each end, its fourth and fifth, shifted by at
 * most one place. A label near a target therefore shares one of these anchors with it,
 * at the same place; shorter skeletons are listed by length instead.
 */
export interface NearMissAnchors {
  first: Map<number, number[]>;
  last: Map<number, number[]>;
  /** First and last characters, of 4-character skeletons allowed one edit. */
  outer: Map<number, number[]>;
  /** Fourth and fifth characters, of targets allowed two edits. */
  middle: Map<number, number[]>;
  shortByLength: (number[] | undefined)[];
}

/** The code units of text[at] and text[at + 1] as one number. */
export function pairAt(text: string, at: number): number {
  return text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);
}

/** The index's anchors, built on first use. */
export function nearMissAnchors(index: TargetIndex): NearMissAnchors {
  if (index.anchors) return index.anchors;
  const anchors: NearMissAnchors = {
    first: new Map(), last: new Map(), outer: new Map(), middle: new Map(), shortByLength: [],
  };
  for (const id of index.nearMissEligible) {
    const target = index.targets[id] as Target;
    const skeletonOfTarget = target.skeleton;
    const length = skeletonOfTarget.length;
    // Every edit costs at least 0.5: an allowance of 1 admits two.
    const twoEdits = nearMissAllowance(target, true) === 1;
    if (length < (twoEdits ? 8 : 4)) {
      (anchors.shortByLength[length] ??= []).push(id);
      continue;
    }
    pushTo(anchors.first, pairAt(skeletonOfTarget, 0), id);
    pushTo(anchors.last, pairAt(skeletonOfTarget, length - 2), id);
    if (twoEdits) pushTo(anchors.middle, pairAt(skeletonOfTarget, 3), id);
    else if (length === 4) pushTo(anchors.outer, skeletonOfTarget.charCodeAt(0) * 65536 + skeletonOfTarget.charCodeAt(3), id);
  }
  index.anchors = anchors;
  return anchors;
}

/**
 * Every edit costs at least 0.5, so a skeleton length apart by more than twice the
 * distance nearMiss allows, or a letter class on one side only in more than twice as
 * many classes, rules a target out.
 */
function bucketsFor(index: TargetIndex, suffix: string | undefined): (NearMissBucket | undefined)[] {
  const idsByLength: (number[] | undefined)[] = [];
  const limitsByLength: (number[] | undefined)[] = [];
  // Targets in list order, so each bucket lists its targets in list order.
  for (const id of index.nearMissEligible) {
    const t = index.targets[id] as Target;
    const classLimit = 2 * nearMissAllowance(t, t.suffix === suffix);
    if (classLimit === 0) continue;
    for (let length = Math.max(0, t.skeleton.length - classLimit); length <= t.skeleton.length + classLimit; length++) {
      (idsByLength[length] ??= []).push(id);
      (limitsByLength[length] ??= []).push(classLimit);
    }
  }
  const buckets: (NearMissBucket | undefined)[] = [];
  for (let length = 0; length <= index.longestNearMissSkeleton + 2; length++) {
    const ids = idsByLength[length];
    buckets.push(ids === undefined ? undefined : {
      ids: Int32Array.from(ids),
      masks: Int32Array.from(ids, (id) => (index.targets[id] as Target).mask),
      classLimits: Uint8Array.from(limitsByLength[length] as number[]),
    });
  }
  return buckets;
}
