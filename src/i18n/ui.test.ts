import { LANGUAGES } from './types';
import { pickLanguage } from './index';
import { pickUiLanguage, uiStrings, uiText } from './ui';

const placeholders = (text: string) => [...text.matchAll(/\{(\w{1,40})\}/g)].map((m) => m[1]).sort();

describe('taskpane strings', () => {
  const englishKeys = Object.keys(uiStrings.en).sort();

  it.each(LANGUAGES)('%s has every key, none empty, with the same placeholders as English', (language) => {
    const strings = uiStrings[language] as Record<string, string>;
    expect(Object.keys(strings).sort()).toEqual(englishKeys);
    for (const key of englishKeys) {
      expect(strings[key]?.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(strings[key]!) }).toEqual({ key, placeholders: placeholders((uiStrings.en as Record<string, string>)[key]!) });
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s is actually translated', (language) => {
    const same = englishKeys.filter((key) => (uiStrings[language] as Record<string, string>)[key] === (uiStrings.en as Record<string, string>)[key]);
    // A few words are the same across languages (the product name, "Details", "Links", "Tracking"...).
    expect(same.length).toBeLessThan(englishKeys.length / 5);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(uiText('fr', 'errorBody', { reason: 'X' })).toBe('Outlook a signalé : X');
    expect(uiText('de', 'errorBody')).toContain('{reason}');
  });
});

it('picks the UI language by the same rule as the finding texts', () => {
  for (const tag of ['fr-FR', 'nl-BE', 'de_AT', 'EN-gb', 'es-ES', '', undefined, 'fr', 'frr-DE', '-fr']) {
    expect(pickUiLanguage(tag)).toBe(pickLanguage(tag));
    expect(pickUiLanguage(tag, 'de')).toBe(pickLanguage(tag, 'de'));
  }
});
