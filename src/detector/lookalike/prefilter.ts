// The common case of the lookalike check, settled before any Public Suffix List
// walk: a plain host none of whose labels could be the label findLookalike
// compares with a target. Each technique's first lookup is asked for every
// label but the last (whichever of them the suffix list would pick), so a
// "no" here is a "no" from findLookalike; anything unusual answers "undecided".
import { isCanonicalIpv4 } from '../domains';
import { FOLDS_AFTER, skeleton } from './confusables';
import { textBagExceeds, visualDistance } from './distance';
import { MIN_COMPARED_LABEL, labelShape, letterMask, moreBitsThan, nearMissAllowance, nearMissAnchors, pairAt, type Target, type TargetIndex } from './targets';

/**
 * True when findLookalike cannot match any of the index's targets for this host, whatever
 * its public suffix: the label it compares is then one of the host's labels but the last,
 * and each of those passes the first lookup of every technique unmatched. Answers false
 * (undecided) unless the host is plain: lower-case ASCII letters, digits and hyphens in
 * non-empty labels and no "xn--" (tldts reads such a host as written), or an IPv4 address.
 * A label with characters a skeleton folds (such as "0" or "rn") is compared by its
 * skeleton; any other plain label is its own skeleton and carries no homoglyph.
 */
export function imitatesNoTarget(host: string, index: TargetIndex): boolean {
  const n = host.length;
  if (n === 0 || n > 253 || host.indexOf('xn--') >= 0) return false;
  // An IPv4 address has no domain to compare.
  if (isCanonicalIpv4(host)) return true;
  let start = 0;
  let previous = 0;
  let mask = 0;
  let hyphen = false;
  let folds = false;
  // Read once: a CommonJS build turns each use of an imported binding into a getter call.
  const foldsAfter = FOLDS_AFTER;
  for (let i = 0; i < n; i++) {
    const code = host.charCodeAt(i);
    if (code === 46) {
      if (i === start || !labelImitatesNone(host, start, i, mask, hyphen, folds, index)) return false;
      start = i + 1;
      previous = 0;
      mask = 0;
      hyphen = false;
      folds = false;
      continue;
    }
    if (code === 45) hyphen = true;
    else if (!(code >= 97 && code <= 122) && !(code >= 48 && code <= 57)) return false;
    if (foldsAfter[previous * 128 + code] === 1) folds = true;
    mask |= 1 << (code & 31);
    previous = code;
  }
  // The last label is a suffix, never compared; it only has to be there.
  return start < n;
}

/**
 * host[start, end) is plain but for `folds` (see imitatesNoTarget), `mask` its letterMask:
 * no technique's lookup finds a target for it.
 */
function labelImitatesNone(host: string, start: number, end: number, mask: number, hyphen: boolean, folds: boolean, index: TargetIndex): boolean {
  const length = end - start;
  const shape = labelShape(host, start, end);
  // Shapes rule out nearly every label without slicing it off the host.
  let label: string | undefined;
  // The first label of a target domain (subdomain), a distinctive target label (tld swap).
  if (index.firstLabelShapes.has(shape) && index.firstLabels.has(label ??= host.slice(start, end))) return false;
  if (length >= MIN_COMPARED_LABEL && index.labelShapes.has(shape) && index.byLabel.has(label ??= host.slice(start, end))) return false;
  if (hyphen) {
    // A token that starts some target's dashed label (combosquat), as firstCombosquat tests.
    for (let tokenStart = start; tokenStart <= end; ) {
      let tokenEnd = host.indexOf('-', tokenStart);
      if (tokenEnd < 0 || tokenEnd > end) tokenEnd = end;
      if (tokenEnd === tokenStart ? index.firstDashedTokens.has('')
        : index.firstDashedTokenShapes.has(labelShape(host, tokenStart, tokenEnd)) && index.firstDashedTokens.has(host.slice(tokenStart, tokenEnd))) return false;
      tokenStart = tokenEnd + 1;
    }
  }
  if (folds) {
    // A label a skeleton folds ("c1ick", "rnodern") carries homoglyphs of its skeleton's
    // targets, and is near or not by its skeleton.
    const folded = skeleton(label ??= host.slice(start, end));
    if (index.bySkeleton.has(folded)) return false;
    return length < MIN_COMPARED_LABEL || !nearAnyTarget(folded, 0, folded.length, letterMask(folded), index);
  }
  return length < MIN_COMPARED_LABEL || !nearAnyTarget(host, start, end, mask, index);
}

/** True when nearMiss could accept skeleton host[start, end) (letterMask `mask`) for a target sharing an anchor with it. */
function nearAnyTarget(host: string, start: number, end: number, mask: number, index: TargetIndex): boolean {
  const length = end - start;
  // A target nearMiss could accept shares an anchor with the label (see NearMissAnchors).
  const anchors = nearMissAnchors(index);
  if (nearTargetIn(anchors.first.get(pairAt(host, start)), host, start, end, mask, index)
    || nearTargetIn(anchors.last.get(pairAt(host, end - 2)), host, start, end, mask, index)) return true;
  if (length === 4 && nearTargetIn(anchors.outer.get(host.charCodeAt(start) * 65536 + host.charCodeAt(end - 1)), host, start, end, mask, index)) return true;
  for (let at = start + 2; at <= start + 4 && at + 2 <= end; at++) if (nearTargetIn(anchors.middle.get(pairAt(host, at)), host, start, end, mask, index)) return true;
  const short = anchors.shortByLength;
  for (let other = Math.max(0, length - 2); other <= length + 2 && other < short.length; other++) if (nearTargetIn(short[other], host, start, end, mask, index)) return true;
  return false;
}

/** True when nearMiss, under the target's own suffix (its most lenient case), accepts host[start, end) for one of `ids`. */
function nearTargetIn(ids: readonly number[] | undefined, host: string, start: number, end: number, mask: number, index: TargetIndex): boolean {
  if (!ids) return false;
  const length = end - start;
  let label: string | undefined;
  for (const id of ids) {
    const t = index.targets[id] as Target;
    const max = nearMissAllowance(t, true);
    if (Math.abs(length - t.skeleton.length) * 0.5 > max) continue;
    // Each edit costs at least 0.5: a letter class on one side only takes one (as firstNearMiss).
    const other = t.mask;
    const classLimit = 2 * max;
    if (moreBitsThan(mask & ~other, classLimit) || moreBitsThan(other & ~mask, classLimit)) continue;
    label ??= host.slice(start, end);
    if (textBagExceeds(label, t.bag, max)) continue;
    const d = visualDistance(label, t.skeleton, max);
    if (d > 0 && d <= max) return true;
  }
  return false;
}
