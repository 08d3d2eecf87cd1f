// What the message talks about: a press pretext, pressure to act now, requests
// for credentials, and the topics campaigns against parliamentarians use as
// bait. These are context, not verdicts: alone they never make a message
// dangerous (only an explicit request for credentials weighs as medium). The
// fake-press rule combines the press pretext with who sent it and tracking.
import { matchContent, type ContentHits, type Topic } from '../content';
import type { Rule, RuleContext } from '../rule';
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

// lure/fake-press needs the hits lure/content computes, in the same analysis and
// only then: lure/content's end() leaves them here, keyed by the message, and
// lure/fake-press clears the entry in create(), before any rule's end() of the
// analysis, so what it reads in after() was written by this analysis or not at all.
// Without lure/content in the rule list it scans the texts itself.
const hitsOfThisAnalysis = new WeakMap<MailMessage, MessageHits>();

/** Lexicon hits for each part of the message, each text scanned once. */
export function matchMessage(message: MailMessage, bodyText: string): MessageHits {
  return { displayName: matchContent(displayNameOf(message)), subject: matchContent(message.subject), body: matchContent(bodyText) };
}

/** For lure/fake-press's create(): forget hits left by an earlier analysis of this message. */
export function startSharingHits(message: MailMessage): void {
  hitsOfThisAnalysis.delete(message);
}

/** The hits lure/content found in this analysis, or matchMessage when it did not run. */
export function messageHits(context: RuleContext): MessageHits {
  return hitsOfThisAnalysis.get(context.message) ?? matchMessage(context.message, context.bodyText());
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
        const { message } = context;
        const hits = matchMessage(message, context.bodyText());
        hitsOfThisAnalysis.set(message, hits);
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
