// What the lure/content and lure/fake-press rules look for, as data. Phrases are
// written in plain lower case; matching folds case and accents on both sides, so
// "Ouïghour" and "ouighour" are the same entry. A trailing "*" on the last word
// matches any word starting with it ("menschenrecht*" covers
// "Menschenrechte", "Menschenrechtslage"); keep such stems at 4+ letters.
//
// Topics:
//   press          — a press identity: "journalist", "Redaktion". Counts as a press
//                    pretext in the display name and the subject.
//   pressWeak      — words newsletters use all the time ("interview", "editor"):
//                    only a pretext when they are in the display name.
//   pressApproach  — a journalist approaching the reader ("request for comment",
//                    "je suis journaliste"): a pretext anywhere, body included.
//   urgency        — pressure to act now.
//   credentials    — talk of passwords or log-in details.
//   credentialRequest — asking the reader to enter or confirm them.
//   sensitive      — topics the 2021 campaign and similar ones used as bait.
export type Topic =
  | 'press' | 'pressWeak' | 'pressApproach' | 'urgency' | 'credentials' | 'credentialRequest' | 'sensitive';

export type LexiconLanguage = 'en' | 'fr' | 'nl' | 'de';

export interface LexiconEntry {
  topic: Topic;
  language: LexiconLanguage;
  phrases: readonly string[];
}

export const LEXICON: readonly LexiconEntry[] = [
  // ── Press identity ──────────────────────────────────────────────────────
  { topic: 'press', language: 'en', phrases: ['journalist', 'journalists', 'reporter', 'correspondent', 'newsroom', 'news desk', 'staff writer', 'press inquiry', 'press enquiry', 'media inquiry', 'media enquiry'] },
  { topic: 'press', language: 'fr', phrases: ['journaliste', 'redaction', 'redacteur', 'redactrice', 'correspondant', 'correspondante', 'redacteur en chef', 'redactrice en chef', 'demande presse'] },
  { topic: 'press', language: 'nl', phrases: ['verslaggever', 'verslaggeefster', 'redactie', 'redacteur', 'hoofdredacteur', 'correspondent', 'persvraag'] },
  { topic: 'press', language: 'de', phrases: ['journalistin', 'reporterin', 'redaktion', 'redakteur', 'redakteurin', 'chefredakteur', 'chefredakteurin', 'korrespondent', 'korrespondentin', 'presseanfrage', 'medienanfrage'] },
  { topic: 'pressWeak', language: 'en', phrases: ['editor', 'interview'] },
  { topic: 'pressWeak', language: 'fr', phrases: ['entretien', 'interview'] },
  { topic: 'pressWeak', language: 'nl', phrases: ['interview'] },
  { topic: 'pressWeak', language: 'de', phrases: ['interview', 'stellungnahme'] },

  // ── A journalist approaching the reader ────────────────────────────────
  { topic: 'pressApproach', language: 'en', phrases: [
    'request for comment', 'requests for comment', 'interview request', 'request an interview',
    'for an interview', 'i am a journalist', 'i m a journalist', 'i am a reporter', 'i m a reporter',
    'i am writing a story', 'i am working on a story', 'i m working on a story', 'i am working on an article',
    'i m working on an article', 'for a story', 'for an article i am writing', 'on the record',
  ] },
  { topic: 'pressApproach', language: 'fr', phrases: [
    'demande de commentaire', 'demande d interview', 'demande d entretien', 'je suis journaliste',
    'pour un article', 'accorder un entretien', 'recueillir votre reaction',
  ] },
  { topic: 'pressApproach', language: 'nl', phrases: [
    'verzoek om commentaar', 'verzoek om een reactie', 'verzoek om een interview', 'interviewverzoek',
    'ik ben journalist', 'ik ben verslaggever', 'voor een artikel',
  ] },
  { topic: 'pressApproach', language: 'de', phrases: [
    'bitte um stellungnahme', 'interviewanfrage', 'ich bin journalist', 'ich bin journalistin',
    'fur einen artikel', 'fur einen beitrag', 'um ein interview',
  ] },

  // ── Urgency ─────────────────────────────────────────────────────────────
  { topic: 'urgency', language: 'en', phrases: [
    'urgent', 'urgently', 'immediately', 'as soon as possible', 'asap', 'within 24 hours', 'within 48 hours',
    'action required', 'immediate action', 'final notice', 'last warning', 'expires today', 'right away',
  ] },
  { topic: 'urgency', language: 'fr', phrases: [
    'urgent', 'urgente', 'urgence', 'immediatement', 'des que possible', 'dans les 24 heures', 'sous 24 heures',
    'sans delai', 'action requise', 'dernier avertissement', 'au plus vite',
  ] },
  { topic: 'urgency', language: 'nl', phrases: [
    'dringend', 'onmiddellijk', 'spoed', 'zo snel mogelijk', 'binnen 24 uur', 'binnen 48 uur', 'actie vereist',
    'laatste waarschuwing', 'per direct',
  ] },
  { topic: 'urgency', language: 'de', phrases: [
    'dringend', 'sofort', 'umgehend', 'eilig', 'so schnell wie moglich', 'innerhalb von 24 stunden',
    'innerhalb von 48 stunden', 'handlungsbedarf', 'letzte mahnung', 'letzte warnung', 'unverzuglich',
  ] },

  // ── Credentials ─────────────────────────────────────────────────────────
  { topic: 'credentials', language: 'en', phrases: ['password', 'passwords', 'passcode', 'login details', 'log in details', 'sign in details', 'credentials'] },
  { topic: 'credentials', language: 'fr', phrases: ['mot de passe', 'mots de passe', 'identifiants', 'code d acces'] },
  { topic: 'credentials', language: 'nl', phrases: ['wachtwoord', 'wachtwoorden', 'inloggegevens', 'toegangscode'] },
  { topic: 'credentials', language: 'de', phrases: ['passwort', 'passworter', 'kennwort', 'zugangsdaten', 'anmeldedaten'] },
  { topic: 'credentialRequest', language: 'en', phrases: [
    'verify your account', 'verify your identity', 'verify your password', 'verify your login', 'verify your email',
    'confirm your password', 'confirm your account', 'confirm your login', 'confirm your identity',
    'confirm your credentials', 'validate your account', 'enter your password', 're enter your password',
    'your account will be suspended', 'your account has been suspended', 'your mailbox is full',
    'update your login details', 'sign in to verify', 'log in to verify', 'login to verify',
  ] },
  { topic: 'credentialRequest', language: 'fr', phrases: [
    'verifiez votre compte', 'verifier votre compte', 'confirmez votre mot de passe', 'confirmer votre mot de passe',
    'confirmez votre identite', 'confirmer votre identite', 'confirmez vos identifiants', 'saisissez votre mot de passe',
    'votre compte sera suspendu', 'votre compte a ete suspendu', 'mettre a jour vos identifiants', 'validez votre compte',
  ] },
  { topic: 'credentialRequest', language: 'nl', phrases: [
    'bevestig uw account', 'bevestig je account', 'verifieer uw account', 'verifieer je account',
    'bevestig uw wachtwoord', 'bevestig je wachtwoord', 'voer uw wachtwoord in', 'voer je wachtwoord in',
    'bevestig uw inloggegevens', 'uw account wordt geblokkeerd', 'uw account wordt opgeschort', 'uw mailbox is vol',
  ] },
  { topic: 'credentialRequest', language: 'de', phrases: [
    'bestatigen sie ihr konto', 'verifizieren sie ihr konto', 'bestatigen sie ihr passwort', 'geben sie ihr passwort',
    'bestatigen sie ihre zugangsdaten', 'verifizieren sie ihre identitat', 'bestatigen sie ihre identitat',
    'ihr konto wird gesperrt', 'ihr konto wurde gesperrt', 'ihr postfach ist voll',
  ] },

  // ── Sensitive topics ────────────────────────────────────────────────────
  { topic: 'sensitive', language: 'en', phrases: [
    'uyghur*', 'uighur*', 'xinjiang', 'tibet*', 'hong kong', 'hongkong', 'taiwan*', 'ipac',
    'inter parliamentary alliance on china', 'sanctions', 'human rights', 'dalai lama', 'falun gong', 'falungong',
    'tiananmen', 'xi jinping', 'chinese communist party',
  ] },
  { topic: 'sensitive', language: 'fr', phrases: [
    'ouighour*', 'ouigour*', 'droits humains', 'droits de l homme', 'parti communiste chinois',
  ] },
  { topic: 'sensitive', language: 'nl', phrases: ['oeigoer*', 'sancties', 'mensenrechten', 'communistische partij van china'] },
  { topic: 'sensitive', language: 'de', phrases: ['uigur*', 'sanktionen', 'menschenrecht*', 'kommunistische partei chinas'] },
];
