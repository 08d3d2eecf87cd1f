import { findingCatalogue, fillPlaceholders, LANGUAGES } from '..';
import { lureLookalikeDomain } from '../../detector/rules/lure-lookalike';
import { authRules } from '../../detector/rules/lure-auth';
import { senderRules } from '../../detector/rules/lure-sender';

const rules = [...senderRules, ...authRules, lureLookalikeDomain];
const keys = rules.flatMap((rule) => rule.meta.messageIds.map((id) => `${rule.meta.id}.${id}`));

describe('sender-identity texts', () => {
  it.each(keys)('%s has all four texts in every language', (key) => {
    const entry = findingCatalogue[key];
    expect(entry).toBeDefined();
    for (const language of LANGUAGES) {
      const text = entry?.[language];
      expect(text).toBeDefined();
      for (const field of ['title', 'explanation', 'senderLearns', 'action'] as const) expect(text?.[field].trim().length).toBeGreaterThan(0);
    }
  });

  it.each(keys)('%s uses the same placeholders in every language', (key) => {
    const entry = findingCatalogue[key]!;
    const placeholders = (language: (typeof LANGUAGES)[number]) =>
      [...new Set(Object.values(entry[language]).join(' ').match(/\{\w+\}/g) ?? [])].sort();
    for (const language of LANGUAGES) expect(placeholders(language)).toEqual(placeholders('en'));
  });

  it('translations differ from English', () => {
    for (const key of keys) for (const language of ['fr', 'nl', 'de'] as const) expect(findingCatalogue[key]?.[language].title).not.toBe(findingCatalogue[key]?.en.title);
  });

  it('fills the parameters the rules report', () => {
    const text = findingCatalogue['lure/impersonation.newsOutlet']!.fr;
    expect(fillPlaceholders(text.explanation, { entity: 'BBC', actual: 'gmail.com', expected: 'bbc.co.uk' })).toContain('BBC');
  });
});
