// What the message talks about: a press pretext, pressure to act now, requests
// for credentials, and the topics campaigns against parliamentarians use as
// bait. These are context, not verdicts: alone they never make a message
// dangerous (only an explicit request for credentials weighs as medium). The
// fake-press rule combines the press pretext with who sent it and tracking.
import { matchContent, type ContentHits, type Topic } from '../content';
import type { Rule, RuleContext } from '../rule';
import type { MailMessage, Policy } from '../types';

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

function termsFor(hits: ContentHits, topics: readonly Topic[]): string[] {
  return topics.flatMap((topic) => hits[topic]?.phrases ?? []);
}

function displayNameOf(message: MailMessage): string {
  return [message.from?.name ?? '', message.sender?.name ?? ''].join(' ');
}

export interface MessageHits {
  displayName: ContentHits;
  subject: ContentHits;
  body: ContentHits;
}

// lure/content and lure/fake-press both read the hits; keyed by the policy object,
// which analyze() creates per call, so one analysis scans each text once and
// nothing outlives it.
const hitsByAnalysis = new WeakMap<Policy, { message: MailMessage; bodyText: string; hits: MessageHits }>();

/** Lexicon hits for each part of the message, each text scanned once. */
export function matchMessage(message: MailMessage, bodyText: string): MessageHits {
  return { displayName: matchContent(displayNameOf(message)), subject: matchContent(message.subject), body: matchContent(bodyText) };
}

/** matchMessage, computed once per analysis. */
export function messageHits(context: RuleContext): MessageHits {
  const bodyText = context.bodyText();
  const cached = hitsByAnalysis.get(context.policy);
  if (cached && cached.message === context.message && cached.bodyText === bodyText) return cached.hits;
  const hits = matchMessage(context.message, bodyText);
  hitsByAnalysis.set(context.policy, { message: context.message, bodyText, hits });
  return hits;
}

/** Where (if anywhere) the message presents itself as coming from a journalist or newsroom. */
export function findPressPretext(hits: MessageHits): PressPretext | undefined {
  for (const place of ['displayName', 'subject', 'body'] as const) {
    const terms = termsFor(hits[place], PRETEXT_TOPICS[place]);
    if (terms.length > 0) return { place, terms };
  }
  return undefined;
}

/** Distinct phrases of one topic across the whole message. */
function phrasesAnywhere(hits: MessageHits, topic: Topic): string[] {
  return [...new Set([hits.subject, hits.displayName, hits.body].flatMap((h) => h[topic]?.phrases ?? []))];
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
