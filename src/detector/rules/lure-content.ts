// What the message talks about: a press pretext, pressure to act now, requests
// for credentials, and the topics campaigns against parliamentarians use as
// bait. These are context, not verdicts: alone they never make a message
// dangerous (only an explicit request for credentials weighs as medium). The
// fake-press rule combines the press pretext with who sent it and tracking.
import { NO_CONTENT_HITS, matchContent, type ContentHits, type Topic } from '../content';
import { analysisSlot, type Rule, type RuleContext } from '../rule';
import type { MailMessage } from '../types';

export type PretextPlace = 'displayName' | 'subject' | 'body';

export interface PressPretext {
  place: PretextPlace;
  terms: string[];
}

/** The topics that make each part of a message read as coming from the press. */
const PRETEXT_TOPICS: Record<PretextPlace, readonly Topic[]> = {
  // A sender calling themselves "editor" or "interview desk" is presenting as press.
  displayName: ['press', 'pressWeak', 'pressApproach'],
  // "Interview" in a subject is usually a newsletter headline; "journalist" or a request is not.
  subject: ['press', 'pressApproach'],
  // Bodies mention journalists all the time; only an approach to the reader counts.
  body: ['pressApproach'],
};

/** The phrases of `topics` in one part of the message, in topic order; undefined when there are none. */
function termsFor(hits: ContentHits, topics: readonly Topic[]): string[] | undefined {
  let terms: string[] | undefined;
  for (const topic of topics) {
    const phrases = hits[topic]?.phrases;
    if (phrases && phrases.length > 0) terms = terms ? terms.concat(phrases) : phrases.slice();
  }
  return terms;
}

function displayNameOf(message: MailMessage): string {
  return `${message.from?.name ?? ''} ${message.sender?.name ?? ''}`;
}

export interface MessageHits {
  displayName: ContentHits;
  subject: ContentHits;
  body: ContentHits;
}

/** Lexicon hits for each part of the message, each text scanned once. */
export function matchMessage(message: MailMessage, bodyText: string): MessageHits {
  // Without a From or Sender name there is only the space between them to read.
  const named = Boolean(message.from?.name) || Boolean(message.sender?.name);
  return { displayName: named ? matchContent(displayNameOf(message)) : NO_CONTENT_HITS, subject: matchContent(message.subject), body: matchContent(bodyText) };
}

// lure/content and lure/fake-press read the same hits; whichever asks first in
// an analysis scans the texts (after the walk, when the body text is complete).
const MESSAGE_HITS = analysisSlot<{ hits?: MessageHits }>('lure/message-hits', () => ({}));

/** The lexicon hits of this analysis' message. Call from end() or after(). */
export function messageHits(context: RuleContext): MessageHits {
  const slot = context.shared(MESSAGE_HITS);
  slot.hits ??= matchMessage(context.message, context.bodyText());
  return slot.hits;
}

const PLACES: readonly PretextPlace[] = ['displayName', 'subject', 'body'];

/** Where (if anywhere) the message presents itself as coming from a journalist or newsroom. */
export function findPressPretext(hits: MessageHits): PressPretext | undefined {
  for (const place of PLACES) {
    const terms = termsFor(hits[place], PRETEXT_TOPICS[place]);
    if (terms) return { place, terms };
  }
  return undefined;
}

const NO_PHRASES: readonly string[] = [];

/** Distinct phrases of one topic across the whole message (subject, display name, body). */
function phrasesAnywhere(hits: MessageHits, topic: Topic): readonly string[] {
  const inSubject = hits.subject[topic];
  const inName = hits.displayName[topic];
  const inBody = hits.body[topic];
  if (!inSubject && !inName && !inBody) return NO_PHRASES;
  const phrases: string[] = [];
  for (const hit of [inSubject, inName, inBody]) {
    for (const phrase of hit?.phrases ?? NO_PHRASES) if (!phrases.includes(phrase)) phrases.push(phrase);
  }
  return phrases;
}

function quoteTerms(terms: readonly string[]): string {
  return terms.slice(0, 4).map((t) => `“${t.replace(/\*$/, '…')}”`).join(', ');
}

export const lureContent: Rule = {
  meta: {
    id: 'lure/content',
    category: 'lure',
    severity: 'info',
    description: 'Context from the wording (EN/FR/NL/DE): press pretext, urgency, credential requests, sensitive topics.',
    messageIds: ['pressPretext', 'urgency', 'credentialRequest', 'sensitiveTopic'],
  },
  create(context) {
    return {
      end() {
        const hits = messageHits(context);
        // Most mail uses none of the lexicons' phrases: then there is nothing to report.
        if (hits.displayName === NO_CONTENT_HITS && hits.subject === NO_CONTENT_HITS && hits.body === NO_CONTENT_HITS) return;
        const pretext = findPressPretext(hits);
        if (pretext) {
          context.report({
            messageId: 'pressPretext',
            severity: 'info',
            params: { terms: quoteTerms(pretext.terms) },
            evidence: { detail: `${pretext.place}: ${pretext.terms.join(', ')}` },
          });
        }

        const urgency = phrasesAnywhere(hits, 'urgency');
        if (urgency.length > 0) {
          context.report({ messageId: 'urgency', severity: 'low', params: { terms: quoteTerms(urgency) }, evidence: { detail: urgency.join(', ') } });
        }
        // Asking for a password is a lure on its own; merely mentioning one is
        // common (list footers, IT notices) and only counts when pressed for time.
        const request = phrasesAnywhere(hits, 'credentialRequest');
        const mention = phrasesAnywhere(hits, 'credentials');
        if (request.length > 0 || (mention.length > 0 && urgency.length > 0)) {
          const terms = request.length > 0 ? request : mention;
          context.report({
            messageId: 'credentialRequest',
            severity: request.length > 0 ? 'medium' : 'low',
            params: { terms: quoteTerms(terms) },
            evidence: { detail: terms.join(', ') },
          });
        }
        const sensitive = phrasesAnywhere(hits, 'sensitive');
        if (sensitive.length > 0) {
          context.report({ messageId: 'sensitiveTopic', severity: 'info', params: { terms: quoteTerms(sensitive) }, evidence: { detail: sensitive.join(', ') } });
        }
      },
    };
  },
};
