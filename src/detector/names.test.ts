import { foldAccents, wordTokens } from './names';

// The definition the fast ASCII path must agree with.
const bySpec = (text: string) => text.slice(0, 2000).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);

describe('word tokens', () => {
  it('splits on everything but letters and digits, lower-cased', () => {
    expect(wordTokens("Jane O'Neil-Smith, 3rd (NOS)")).toEqual(['jane', 'o', 'neil', 'smith', '3rd', 'nos']);
    expect(wordTokens('  ')).toEqual([]);
    expect(wordTokens('Libération | Économie')).toEqual(['liberation', 'economie']);
  });

  it('agrees with the Unicode definition on ASCII and non-ASCII names', () => {
    const names = ['BBC News', 'news@bbc.co.uk', 'Der Spiegel_Redaktion', 'ВВС News', 'Zoë Ⅻ ① ﬁle', 'x'.repeat(2100), `${'a '.repeat(999)}é`, 'tab\there', 'İstanbul', '\u212aelvin'];
    for (const name of names) expect(wordTokens(name)).toEqual(bySpec(name));
  });

  it('folds accents and leaves ASCII as it is', () => {
    expect(foldAccents('Libération')).toBe('Liberation');
    expect(foldAccents('Plain ASCII, Mixed Case')).toBe('Plain ASCII, Mixed Case');
    expect(foldAccents('y'.repeat(2500))).toHaveLength(2000);
  });
});
