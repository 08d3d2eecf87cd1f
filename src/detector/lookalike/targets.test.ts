import { protectedEntities } from '../protected';
import { DEFAULT_POLICY } from '../types';
import { letterBag, textBagExceeds, visualDistance, type LetterBag } from './distance';
import { LONG_LABEL, labelShape, letterMask, moreBitsThan, nearMissBuckets, targetIndex } from './targets';

const index = targetIndex(protectedEntities(DEFAULT_POLICY));

/** The reference textBagExceeds answers as: surplus letters counted over two built bags. */
function bagExceeds(a: LetterBag | undefined, b: LetterBag | undefined, max: number): boolean {
  if (!a || !b) return false;
  const limit = 2 * max;
  let extraA = 0;
  let extraB = 0;
  for (const code of a.codes) {
    const n = (a.counts[code] ?? 0) - (b.counts[code] ?? 0);
    if (n > 0) extraA += n;
    else extraB -= n;
    if (extraA > limit || extraB > limit) return true;
  }
  for (const code of b.codes) {
    if (a.counts[code] === 0) extraB += b.counts[code] ?? 0;
    if (extraB > limit) return true;
  }
  return false;
}

describe('target index helpers', () => {
  it('moreBitsThan counts set bits against a limit of 1 or 2', () => {
    expect(moreBitsThan(0, 1)).toBe(false);
    expect(moreBitsThan(0b1000, 1)).toBe(false);
    expect(moreBitsThan(0b1010, 1)).toBe(true);
    expect(moreBitsThan(0b1010, 2)).toBe(false);
    expect(moreBitsThan(0b1011, 2)).toBe(true);
    expect(moreBitsThan(1 << 31, 1)).toBe(false);
  });

  it('labelShape is equal for equal labels wherever they sit in a host', () => {
    expect(labelShape('www.bbc.co.uk', 4, 7)).toBe(labelShape('bbc', 0, 3));
    expect(labelShape('www.bbc.co.uk', 4, 7)).not.toBe(labelShape('bbcc', 0, 4));
    expect(labelShape('abc', 0, 3)).not.toBe(labelShape('abd', 0, 3));
  });

  it('textBagExceeds answers as bagExceeds over letterBag does', () => {
    const words = ['paypal', 'paypa1', 'payqal', 'linkedin', 'linkedln', 'artprice', 'euractiv', 'münchen', 'aaaa', 'a', ''];
    for (const a of words) for (const b of words) for (const max of [0.5, 1]) {
      expect(textBagExceeds(a, letterBag(b), max)).toBe(bagExceeds(letterBag(a), letterBag(b), max));
    }
  });

  it('keeps visualDistance answers when one buffer serves many calls', () => {
    expect(visualDistance('linkedln', 'linkedin', 2)).toBe(0.5);
    expect(visualDistance('euractiv', 'artprice', 1)).toBe(2);
    expect(visualDistance('linkedln', 'linkedin', 2)).toBe(0.5);
    const long = 'ab'.repeat(400);
    expect(visualDistance(long, `${long}c`, 1)).toBe(1);
    expect(visualDistance('googel', 'google', 2)).toBe(0.5);
  });

  it('puts each near-miss target in every bucket a label within its allowance falls in', () => {
    const eligible = index.nearMissEligible.map((id) => [id, index.targets[id]!] as const);
    expect(eligible.length).toBeGreaterThan(100);
    for (const [id, t] of eligible) {
      const own = nearMissBuckets(index, t.suffix);
      const foreign = nearMissBuckets(index, 'no-such-suffix');
      const reach = t.label.length >= LONG_LABEL ? 2 : 1;
      for (let d = -reach; d <= reach; d++) {
        const bucket = own[t.skeleton.length + d];
        const at = bucket ? Array.from(bucket.ids).indexOf(id) : -1;
        expect(at).toBeGreaterThanOrEqual(0);
        expect(bucket!.masks[at]).toBe(letterMask(t.skeleton));
        const inForeign = Array.from(foreign[t.skeleton.length + d]?.ids ?? []).includes(id);
        expect(inForeign).toBe(t.label.length >= LONG_LABEL && Math.abs(d) <= 1);
      }
    }
  });
});
