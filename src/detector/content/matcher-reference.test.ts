// The matcher reads raw text once, folding code point by code point and walking
// a trie; this checks it against the plain definition it must equal: fold the
// whole text, cut it into tokens with `tokenize`, compare tokens as strings.
import fc from 'fast-check';
import { LEXICON, type LexiconEntry } from './lexicons';
import { compileLexicon, matchContent, MAX_SCANNED_CHARS, type ContentHits } from './matcher';
import { tokenize } from './normalize';

interface Phrase { words: string[]; stem: boolean; topic: string; languages: string[]; source: string }

/** Every phrase once (same topic and words), in lexicon order, with the languages listing it. */
function phrasesOf(entries: readonly LexiconEntry[]): Phrase[] {
  const byIdentity = new Map<string, Phrase>();
  for (const entry of entries) {
    for (const source of entry.phrases) {
      const stem = source.endsWith('*');
      const words = tokenize(stem ? source.slice(0, -1) : source);
      const identity = `${entry.topic} ${words.join(' ')}${stem ? '*' : ''}`;
      const known = byIdentity.get(identity);
      if (known) { if (!known.languages.includes(entry.language)) known.languages.push(entry.language); continue; }
      byIdentity.set(identity, { words, stem, topic: entry.topic, languages: [entry.language], source });
    }
  }
  return [...byIdentity.values()];
}

function matchesAt(tokens: readonly string[], at: number, phrase: Phrase): boolean {
  if (at + phrase.words.length > tokens.length) return false;
  return phrase.words.every((word, k) => {
    const token = tokens[at + k]!;
    return k === phrase.words.length - 1 && phrase.stem ? token.startsWith(word) : token === word;
  });
}

/** At each token: the phrases starting with it (lexicon order), then the one-word stems it starts with, shortest first. */
function referenceMatch(text: string, entries: readonly LexiconEntry[]): ContentHits {
  const phrases = phrasesOf(entries);
  const oneWordStems = phrases.filter((p) => p.stem && p.words.length === 1);
  const others = phrases.filter((p) => !(p.stem && p.words.length === 1));
  const tokens = tokenize(text.slice(0, MAX_SCANNED_CHARS));
  const hits: Record<string, { phrases: string[]; languages: Set<string>; count: number }> = {};
  const record = (phrase: Phrase) => {
    const hit = hits[phrase.topic] ??= { phrases: [], languages: new Set(), count: 0 };
    hit.count++;
    phrase.languages.forEach((language) => hit.languages.add(language));
    if (hit.phrases.length < 8 && !hit.phrases.includes(phrase.source)) hit.phrases.push(phrase.source);
  };
  tokens.forEach((token, at) => {
    for (const phrase of others) if (phrase.words[0] === token && matchesAt(tokens, at, phrase)) record(phrase);
    const stems = oneWordStems.filter((p) => token.startsWith(p.words[0]!));
    const lengths = [...new Set(stems.map((p) => p.words[0]!.length))].sort((a, b) => a - b);
    for (const length of lengths) for (const phrase of stems) if (phrase.words[0]!.length === length) record(phrase);
  });
  return hits as ContentHits;
}

/** Words whose folding changes their length or splits them, to test offsets and boundaries. */
const TRICKY: LexiconEntry[] = [
  { topic: 'sensitive', language: 'en', phrases: ['fi nance', 'tm', 'office', 'strasse', 'ij', 'a b c', 'xxxx*', 'cafe*', 'fi nanc*', 'cafe au lait', 'ab'] },
  { topic: 'urgency', language: 'fr', phrases: ['deja', 'ete', 'noel*', 'ss', 'u2'] },
];

const PIECES = [
  // lexicon words and their pieces, in several spellings
  'journalist', 'Journaliste', 'JOURNALIST', 'request', 'for', 'comment', 'i', 'am', 'a', 'I’m', 'verify your account',
  'Bestätigen Sie Ihr Konto', 'Menschenrechtslage', 'Uiguren', 'Ouïghours', 'Tibet', 'tibetan', 'dès que possible',
  'mot de passe', 'droits de l’homme', 'within 24 hours', 'urgent', 'x', 'xxxx', 'xxxxy', 'ab', 'fi', 'nance', 'nanced', 'office', 'café', 'cafe', 'au', 'lait',
  'déjà', 'été', 'Noël', 'b', 'c', 'strasse', 'u', '2',
  // separators and characters that fold specially
  ' ', '  ', '\n', '-', "'", '’', ',', '.', '\u00a0', '\u200c', '\u200b', '\u00ad', '…', '—', '“',
  'e\u0301', '\u0301', '\u0308', '²', 'σ', 'ß', 'ẞ', 'İ', 'ø', 'Æ', 'Å', 'K', '①', '😀', '👍🏽', '𝐀𝐁', '字', 'ｆｕｌｌ', '\u0345',
  // a word long enough to be dropped, and one just short enough to be kept
  'a'.repeat(49), 'b'.repeat(48), `journalist${'x'.repeat(40)}`, `tibet${'a'.repeat(38)}`, `xxxx${'q'.repeat(40)}`,
];

/** Characters only whole-text folding handles exactly (the matcher then folds the whole text first). */
const WHOLE_TEXT_ONLY = ['ﬁ', 'ﬃ', 'ﬀ', '™', '½', 'Σ', 'ΑΣ', 'Ĳ', 'Ǆ', 'ǅ', 'ŉ', '\ud800', '\udc00'];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.array(fc.constantFrom(...PIECES, ...WHOLE_TEXT_ONLY), { maxLength: 40 }).map((parts) => parts.join(''));

describe('content matcher against its definition (fold, tokenize, compare strings)', () => {
  const tricky = compileLexicon(TRICKY);

  it.each([['folded as it is read', text], ['folded whole first', anyText]])(
    'finds the same hits as the reference on the built-in lexicon (%s)', (_how, texts) => {
      fc.assert(fc.property(texts, (t) => {
        expect(matchContent(t)).toEqual(referenceMatch(t, LEXICON));
      }), { numRuns: 2000 });
    },
  );

  it.each([['folded as it is read', text], ['folded whole first', anyText]])(
    'finds the same hits as the reference on words whose folding changes length (%s)', (_how, texts) => {
      fc.assert(fc.property(texts, (t) => {
        expect(matchContent(t, tricky)).toEqual(referenceMatch(t, TRICKY));
      }), { numRuns: 2000 });
    },
  );

  it('agrees on handpicked cases: ligatures, marks, dropped long words, the scan limit', () => {
    const cases = [
      'ﬁ nance', 'oﬃce', 'Oﬃce', 'ca\u0301fe au lait', 'café au lait', 'a\u0301 b c', '™', 'Straße', 'strasse', 'ĳ', 'Ĳ',
      `request ${'q'.repeat(60)} for comment`, `request for ${'q'.repeat(48)} comment`, 'Noël', 'NOËL', 'deja\u0300', 'u²',
      `tibet${'a'.repeat(41)}𝐀𝐁`, `tibet${'a'.repeat(42)}𝐀𝐁`, `\u0301tibet${'a'.repeat(44)}`, `x \u0301\u0301tibet${'a'.repeat(43)}`, `tibet${'é'.repeat(43)}`, `tibet${'e\u0301'.repeat(43)}`, `tibet${'…'.repeat(20)}`,
      `${'z '.repeat(MAX_SCANNED_CHARS / 2 - 2)}journalist`, `${'z '.repeat(MAX_SCANNED_CHARS / 2 - 6)}journalist`,
    ];
    for (const t of cases) {
      expect(matchContent(t)).toEqual(referenceMatch(t, LEXICON));
      expect(matchContent(t, tricky)).toEqual(referenceMatch(t, TRICKY));
    }
    expect(matchContent('oﬃce', tricky).sensitive?.phrases).toEqual(['office']);
    expect(matchContent(`request ${'q'.repeat(60)} for comment`).pressApproach?.phrases).toEqual(['request for comment']);
    // A word's length is counted after folding: 48 letters are kept, 49 dropped.
    expect(matchContent(`tibet${'a'.repeat(41)}𝐀𝐁`).sensitive?.count).toBe(1);
    expect(matchContent(`tibet${'a'.repeat(42)}𝐀𝐁`).sensitive).toBeUndefined();
    expect(matchContent(`tibet${'e\u0301'.repeat(43)}`).sensitive?.count).toBe(1);
    // A mark before a word belongs to no word: it neither lengthens nor shortens the next one.
    expect(matchContent(`x \u0301tibet${'a'.repeat(44)}`).sensitive).toBeUndefined();
    expect(matchContent(`x \u0301tibet${'a'.repeat(43)}`).sensitive?.count).toBe(1);
  });

  it('matches the same with a lexicon too big for 16-bit automaton rows', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}q${(i * 7919).toString(36)}`);
    const big: LexiconEntry[] = [{ topic: 'sensitive', language: 'en', phrases: [...words, `${words[5]} ${words[6]}*`] }];
    const lexicon = compileLexicon(big);
    expect(lexicon.rows).toBeInstanceOf(Uint32Array);
    const sample = `x ${words[0]}, ${words[2999]} y ${words[5]} ${words[6]}zz ${words[7]}e\u0301`;
    expect(matchContent(sample, lexicon)).toEqual(referenceMatch(sample, big));
    expect(matchContent(sample, lexicon).sensitive?.count).toBe(4);
  });
});
