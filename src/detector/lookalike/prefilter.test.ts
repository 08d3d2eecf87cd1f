import fc from 'fast-check';
import { findLookalike, findLookalikeByParsing, imitatesNoTarget } from '.';
import type { HostParser } from '../domains';
import { DIRECT_HOST_PARSER } from '../domains';
import { protectedEntities, type ProtectedEntity } from '../protected';
import { DEFAULT_POLICY, type Policy } from '../types';
import { textBagExceeds, visualDistance } from './distance';
import { LONG_LABEL, targetIndex } from './targets';

const policy: Policy = { ...DEFAULT_POLICY, orgDomains: ['parliament.be'], vips: [{ name: 'Jane Doe', addresses: ['jane.doe@parliament.be'] }] };
const entities = protectedEntities(policy);
const index = targetIndex(entities);
const reader: readonly ProtectedEntity[] = [{ kind: 'org', name: 'mailhost.eu', domains: ['mailhost.eu'], aliases: [] }];

// Labels near the targets: their skeletons with one or two edits of the kinds nearMiss weighs.
const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const skeletons = index.targets.map((t) => t.skeleton);
const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace', 'swap'), fc.constantFrom(...alphabet));
function applyEdits(text: string, edits: readonly (readonly [number, string, string])[]): string {
  let out = text;
  for (const [at, kind, ch] of edits) {
    const i = at % (out.length + 1);
    if (kind === 'insert') out = out.slice(0, i) + ch + out.slice(i);
    else if (kind === 'delete' && i < out.length) out = out.slice(0, i) + out.slice(i + 1);
    else if (kind === 'replace' && i < out.length) out = out.slice(0, i) + ch + out.slice(i + 1);
    else if (kind === 'swap' && i + 1 < out.length) out = out.slice(0, i) + out[i + 1] + out[i] + out.slice(i + 2);
  }
  return out;
}
const nearLabel = fc.tuple(fc.constantFrom(...skeletons), fc.array(edit, { minLength: 1, maxLength: 2 })).map(([s, edits]) => applyEdits(s, edits));
// Target labels with one letter written as what a skeleton folds back to it ("paypa1", "rnicrosoft").
const pairs: readonly (readonly [string, string])[] = [['l', '1'], ['o', '0'], ['m', 'rn'], ['d', 'cl'], ['w', 'vv'], ['i', '1']];
const homoglyphLabel = fc.tuple(fc.constantFrom(...index.targets.map((t) => t.label)), fc.constantFrom(...pairs)).map(([l, [from, to]]) => l.replace(from, to));
const label = fc.oneof(
  nearLabel,
  homoglyphLabel,
  fc.constantFrom(...index.targets.map((t) => t.label), ...index.targets.map((t) => t.domain.split('.')[0]!)),
  fc.constantFrom('www', 'news', 'click', 'mail', 'email', 'login', 'secure', 'links', 'go', 'e', 'a-b', 'x9'),
  fc.tuple(nearLabel, fc.constantFrom('login', 'news', 'secure', '')).map(([a, b]) => (b ? `${a}-${b}` : a)),
);
const suffix = fc.constantFrom(...new Set(index.targets.map((t) => t.suffix)), 'com', 'co.uk', 'zz', 'example');
const dottedQuad = fc.array(fc.constantFrom('0', '1', '10', '010', '127', '255', '256'), { minLength: 4, maxLength: 4 }).map((parts) => parts.join('.'));
const host = fc.oneof(
  { arbitrary: fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), suffix).map(([labels, s]) => `${labels.join('.')}.${s}`), weight: 9 },
  { arbitrary: dottedQuad, weight: 1 },
);

describe('imitatesNoTarget', () => {
  it('never hides a lookalike: findLookalike answers as if every host were parsed', () => {
    let decided = 0;
    fc.assert(fc.property(host, fc.boolean(), (h, withReader) => {
      const lead = withReader ? reader : [];
      if (imitatesNoTarget(h, index)) decided++;
      expect(findLookalike(h, entities, lead)).toEqual(findLookalikeByParsing(h, entities, lead));
    }), { numRuns: 4000, seed: 7 });
    // The shortcut must be taken often enough for the property to test it.
    expect(decided).toBeGreaterThan(400);
  });

  it('finds every target a near label is within nearMiss distance of, under any suffix', () => {
    const lenient = (text: string) => index.nearMissEligible.some((id) => {
      const t = index.targets[id]!;
      const max = t.label.length >= LONG_LABEL ? 1 : 0.5;
      if (Math.abs(text.length - t.skeleton.length) * 0.5 > max || textBagExceeds(text, t.bag, max)) return false;
      const d = visualDistance(text, t.skeleton, max);
      return d > 0 && d <= max;
    });
    let near = 0;
    fc.assert(fc.property(nearLabel, (text) => {
      if (!/^[a-z2-9-]{4,}$/.test(text) || /rn|vv|cl/.test(text) || !lenient(text)) return;
      near++;
      expect(imitatesNoTarget(`${text}.zz`, index)).toBe(false);
    }), { numRuns: 20000, seed: 11 });
    expect(near).toBeGreaterThan(5000);
  });

  it('answers for every domain an entity owns as the Public Suffix List path does', () => {
    const owned = [...index.ownedDomains, ...reader[0]!.domains, 'localhost', 'co.uk', '10.0.0.1'];
    for (const domain of owned) {
      expect(findLookalike(domain, entities)).toEqual(findLookalikeByParsing(domain, entities));
      expect(findLookalike(domain, entities, reader)).toEqual(findLookalikeByParsing(domain, entities, reader));
    }
    const policyWithOdd: Policy = { ...policy, orgDomains: ['parliament.be', 'localhost', 'www.ck', 'a.b.ck', 'co.uk', '192.0.2.1'] };
    const odd = protectedEntities(policyWithOdd);
    for (const domain of targetIndex(odd).ownedDomains) expect(findLookalike(domain, odd)).toEqual(findLookalikeByParsing(domain, odd));
  });

  it('settles unrelated plain hosts without the Public Suffix List, and leaves the rest to it', () => {
    const asked: string[] = [];
    const counting: HostParser = { parse: (h) => (asked.push(h), DIRECT_HOST_PARSER.parse(h)) };
    expect(findLookalike('news.weekly-letters.example', entities, [], counting)).toBeUndefined();
    expect(findLookalike('www.gardening-society.org', entities, [], counting)).toBeUndefined();
    expect(findLookalike('hotmail.com', entities, [], counting)).toBeUndefined();
    expect(findLookalike('mailhost.eu', entities, reader, counting)).toBeUndefined();
    expect(asked).toEqual([]);
    expect(findLookalike('paypa1.com', entities, [], counting)?.entity.name).toBe('PayPal');
    expect(findLookalike('linkedln.com', entities, [], counting)?.entity.name).toBe('LinkedIn');
    expect(findLookalike('mai1host.eu', entities, reader, counting)?.protectedDomain).toBe('mailhost.eu');
    expect(asked).toEqual(['paypa1.com', 'linkedln.com', 'mai1host.eu']);
  });

  it('leaves hosts that are not plain undecided', () => {
    for (const h of ['', 'Example.com', 'xn--pypal-4ve.com', 'a..b', 'a_b.com', 'bücher.de', 'news.example.', 'a b.com']) {
      expect(imitatesNoTarget(h, index)).toBe(false);
    }
    // An IPv4 address as the URL parser writes it has no domain to compare.
    expect(imitatesNoTarget('10.0.0.1', index)).toBe(true);
    // Labels a skeleton folds are judged by their skeleton: "c1ick" is no one, "paypa1" is PayPal.
    expect(imitatesNoTarget('c1ick.news-letters.example', index)).toBe(true);
    expect(imitatesNoTarget('paypa1.com', index)).toBe(false);
    expect(imitatesNoTarget('rnicrosoft.example', index)).toBe(false);
  });
});
