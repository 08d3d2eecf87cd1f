// Every finding a rule can emit must read well in all four languages, and the
// catalogue must hold nothing that no rule emits.
import { allRules } from '../../src/detector';
import { messageKey } from '../../src/detector/rule';
import { describeFinding, fillPlaceholders, findingCatalogue, LANGUAGES } from '../../src/i18n';
import type { FindingText } from '../../src/i18n';

const FIELDS: (keyof FindingText)[] = ['title', 'explanation', 'senderLearns', 'action'];
const emittedKeys = allRules.flatMap((rule) => rule.meta.messageIds.map((id) => messageKey(rule.meta.id, id)));

function placeholders(text: FindingText): string[] {
  const names = new Set<string>();
  for (const field of FIELDS) {
    for (const match of text[field].matchAll(/\{(\w{1,40})\}/g)) names.add(match[1]!);
  }
  return [...names].sort();
}

describe('finding texts', () => {
  it('covers at least the lure families', () => {
    expect(emittedKeys).toEqual(expect.arrayContaining(['lure/links.textMismatch', 'lure/attachments.executable', 'lure/content.urgency', 'lure/fake-press.posingAsOutlet']));
  });

  it.each(emittedKeys)('%s has a title, explanation, senderLearns and action in en, fr, nl, de', (key) => {
    const entry = findingCatalogue[key];
    expect(entry).toBeDefined();
    for (const language of LANGUAGES) {
      for (const field of FIELDS) {
        const text = entry?.[language]?.[field] ?? '';
        if (text.trim().length === 0) throw new Error(`${key} ${language}.${field} is empty`);
      }
    }
  });

  it.each(emittedKeys.filter((key) => findingCatalogue[key]))('%s uses the same placeholders in every language', (key) => {
    const entry = findingCatalogue[key]!;
    const english = placeholders(entry.en);
    for (const language of LANGUAGES) {
      expect({ language, placeholders: placeholders(entry[language]) }).toEqual({ language, placeholders: english });
    }
  });

  it('has no orphan keys', () => {
    const emitted = new Set(emittedKeys);
    expect(Object.keys(findingCatalogue).filter((key) => !emitted.has(key))).toEqual([]);
  });

  it('translations differ from English (not copied over)', () => {
    const copied = emittedKeys.filter((key) => {
      const entry = findingCatalogue[key];
      return entry && (['fr', 'nl', 'de'] as const).some((l) => entry[l].explanation === entry.en.explanation);
    });
    expect(copied).toEqual([]);
  });

  it('fills placeholders from params and leaves unknown ones visible', () => {
    expect(fillPlaceholders('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    const text = describeFinding({ messageKey: 'lure/links.textMismatch', params: { shown: 'www.bank.example', actual: 'evil.example' } }, 'fr');
    expect(text.explanation).toContain('www.bank.example');
    expect(text.explanation).toContain('evil.example');
    expect(text.explanation).not.toMatch(/\{\w+\}/);
  });
});
