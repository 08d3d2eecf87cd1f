import { BUILT_IN_LEXICON } from './matcher';
import { ASCII_SYMBOL, ASCII_SYMBOLS, tokenize } from './normalize';
import { LEXICON } from './lexicons';

function isLive(word: string): boolean {
  const [a, b, c] = [0, 1, 2].map((k) => ASCII_SYMBOL[word.charCodeAt(k)]!);
  const index = (a! * ASCII_SYMBOLS + b!) * ASCII_SYMBOLS + c!;
  return (BUILT_IN_LEXICON.liveTrigrams[index >>> 5]! & (1 << (index & 31))) !== 0;
}

describe('live trigrams of the lexicon automaton', () => {
  it('keep alive the first three letters of every lexicon word (any longer word may start with them)', () => {
    const words = LEXICON.flatMap((entry) => entry.phrases.flatMap((phrase) => tokenize(phrase.replace(/\*$/, ''))));
    const asciiWords = words.filter((word) => /^[a-z0-9]{3,}$/.test(word));
    expect(asciiWords.length).toBeGreaterThan(100);
    for (const word of asciiWords) expect([word, isLive(word)]).toEqual([word, true]);
  });

  it('mark dead what no lexicon word starts with', () => {
    for (const word of ['qqq', 'zzz', 'xyz', 'the', 'and', '999']) {
      const startsSome = LEXICON.some((entry) => entry.phrases.some((phrase) => tokenize(phrase).some((w) => w.startsWith(word))));
      expect([word, isLive(word)]).toEqual([word, startsSome]);
    }
  });
});
