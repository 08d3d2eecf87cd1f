import { LANGUAGES } from '../../src/i18n/types';
import { reportText, reportTexts, type ReportTextKey } from '../../src/i18n/report';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(reportTexts.en) as ReportTextKey[];

describe.each(LANGUAGES)('report texts in %s', (language) => {
  it('has every key, non-empty, with the same placeholders as English', () => {
    expect(Object.keys(reportTexts[language]).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const text = reportTexts[language][key];
      expect(text.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(reportTexts.en[key]) });
    }
  });

  it('is actually translated (only the product name may stay the same)', () => {
    if (language === 'en') return;
    const same = keys.filter((key) => reportTexts[language][key] === reportTexts.en[key]);
    expect(same).toEqual(['postDialogTitle']);
  });
});

describe('reportText', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(reportText('de', 'sentBody', { reference: 'R-1' })).toContain('Aktenzeichen: R-1');
    expect(reportText('fr', 'failedBody', {})).toContain('{reason}');
  });
});

describe('ADDIN_VERSION', () => {
  it('matches package.json, so reports name the build that sent them', () => {
    const { version } = require('../../package.json') as { version: string };
    expect((require('../../src/report/version') as { ADDIN_VERSION: string }).ADDIN_VERSION).toBe(version);
  });
});
