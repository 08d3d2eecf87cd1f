import { NO_CONTENT_HITS, compileLexicon, matchContent, tokenize } from '.';

describe('content tokenizer', () => {
  it('folds case and accents and splits on apostrophes and hyphens', () => {
    expect(tokenize("Droits de l’Homme — Inter-Parliamentary, OUÏGHOUR dès")).toEqual(
      ['droits', 'de', 'l', 'homme', 'inter', 'parliamentary', 'ouighour', 'des'],
    );
  });
});

describe('content matcher', () => {
  it.each([
    ['en', 'We are a JOURNALIST team', 'press', 'journalist'],
    ['fr', 'Je suis journaliste au Monde', 'pressApproach', 'je suis journaliste'],
    ['fr', 'La Rédaction vous écrit', 'press', 'redaction'],
    ['nl', 'Verzoek om commentaar van de redactie', 'pressApproach', 'verzoek om commentaar'],
    ['de', 'Bitte um Stellungnahme bis Freitag', 'pressApproach', 'bitte um stellungnahme'],
    ['en', 'Please reply within 24 hours', 'urgency', 'within 24 hours'],
    ['fr', 'Répondez dès que possible', 'urgency', 'des que possible'],
    ['de', 'Bestätigen Sie Ihr Konto hier', 'credentialRequest', 'bestatigen sie ihr konto'],
    ['nl', 'Vul uw wachtwoord in', 'credentials', 'wachtwoord'],
    ['de', 'Lage der Uiguren in Xinjiang', 'sensitive', 'uigur*'],
    ['de', 'Die Menschenrechtslage', 'sensitive', 'menschenrecht*'],
    ['en', 'the Inter-Parliamentary Alliance on China (IPAC)', 'sensitive', 'inter parliamentary alliance on china'],
    ['fr', 'les droits de l\'homme', 'sensitive', 'droits de l homme'],
  ] as const)('%s: finds %j as %s', (_lang, text, topic, phrase) => {
    expect(matchContent(text)[topic]?.phrases).toContain(phrase);
  });

  it.each([
    ['words inside other words', 'The reporters’ guild'.replace('reporters', 'misreporterx')],
    ['a phrase split across a sentence with extra words', 'verify the account of your password'],
    ['ordinary text', 'Minutes of the committee meeting are attached.'],
    ['"Tibet" without word boundary before it', 'antitibetan'],
  ])('does not match %s', (_what, text) => {
    const hits = matchContent(text);
    expect(hits.press).toBeUndefined();
    expect(hits.credentialRequest).toBeUndefined();
    expect(hits.sensitive).toBeUndefined();
  });

  it('counts repeated phrases once in the list but in the count', () => {
    const hit = matchContent('urgent urgent URGENT').urgency;
    expect(hit?.phrases).toEqual(['urgent']);
    expect(hit?.count).toBe(3);
  });

  it('only scans the first 200 000 characters', () => {
    const text = `${'lorem '.repeat(40_000)} journalist`;
    expect(matchContent(text).press).toBeUndefined();
    expect(matchContent(`journalist ${'lorem '.repeat(40_000)}`).press?.count).toBe(1);
  });

  it('rejects stems that are too short and phrases that are too long', () => {
    expect(() => compileLexicon([{ topic: 'sensitive', language: 'en', phrases: ['ti*'] }])).toThrow(/shorter/);
    expect(() => compileLexicon([{ topic: 'sensitive', language: 'en', phrases: ['a b c d e f g h i'] }])).toThrow(/words/);
  });

  // The timeout turns a hang or a quadratic blow-up into a failure; speed itself is benchmarked.
  it('gets through adversarial input (many first-word hits that never complete)', () => {
    const text = 'verify your '.repeat(15_000);
    expect(matchContent(text).credentialRequest).toBeUndefined();
    expect(matchContent(`${text}verify your password`).credentialRequest?.count).toBe(1);
  }, 30_000);
});

describe('content matcher results', () => {
  it('answers a text without phrases with the shared empty result, any other with hits of its own', () => {
    for (const text of ['', ' ', 'Lunch on Friday?', 'Bürobedarf Müller', 'x'.repeat(60)]) expect(matchContent(text)).toBe(NO_CONTENT_HITS);
    expect(Object.isFrozen(NO_CONTENT_HITS) && Object.keys(NO_CONTENT_HITS)).toEqual([]);
    const first = matchContent('Please reply within 24 hours');
    const second = matchContent('Please reply within 24 hours');
    expect(first).not.toBe(NO_CONTENT_HITS);
    expect(first).not.toBe(second);
    expect(first.urgency?.phrases).toEqual(['within 24 hours']);
    // A one-word stem alone (no phrase starting there) still makes a result.
    expect(matchContent('Menschenrechte').sensitive?.count).toBe(1);
  });
});
