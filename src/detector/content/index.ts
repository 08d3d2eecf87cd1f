// Multilingual content signals: lexicons as data plus a linear phrase matcher.
export { fold, tokenize } from './normalize';
export { LEXICON, type LexiconEntry, type LexiconLanguage, type Topic } from './lexicons';
export {
  BUILT_IN_LEXICON, MAX_SCANNED_CHARS, NO_CONTENT_HITS, compileLexicon, matchContent, mentions,
  type CompiledLexicon, type ContentHits, type TopicHit,
} from './matcher';
