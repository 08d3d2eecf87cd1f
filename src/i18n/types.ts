export const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a non-technical reader needs about one finding. Placeholders: {name}. */
export interface FindingText {
  /** A short title, e.g. "Hidden tracking image". */
  title: string;
  /** What it is, in one or two plain sentences. */
  explanation: string;
  /** What the sender learns or wants from the reader. */
  senderLearns: string;
  /** What to do. */
  action: string;
}

export type FindingCatalogue = Record<string, Record<Language, FindingText>>;
