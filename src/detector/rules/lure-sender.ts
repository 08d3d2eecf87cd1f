// Who the message claims to be from, against where it really comes from:
// display names that spell another address, names of protected people,
// newsrooms, brands or the organisation on an unrelated domain, answers
// redirected elsewhere, and free webmail posing as an organisation.
import { isFreemail } from '../catalogues/freemail';
import { wordTokens } from '../names';
import { entityNamedIn, entityOwning, protectedEntities, type ProtectedEntity } from '../protected';
import type { Rule, RuleContext } from '../rule';
import type { MailAddress } from '../types';
import { addressDomain, angleAddress, domainsInDisplayName, isWebmailAddress, senderFacts } from './sender-facts';

// Consumer mailboxes anyone can open under any name: owning brand or not
// (Google, Microsoft, Apple), a message from one is a person, not the company.
const PERSONAL_MAILBOX_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'icloud.com', 'me.com', 'mac.com',
]);

const KIND_MESSAGE: Record<ProtectedEntity['kind'], string> = {
  org: 'organisation', vip: 'vip', news: 'newsOutlet', brand: 'brand',
};

function ownsSenderDomain(entity: ProtectedEntity, domain: string): boolean {
  return entity.domains.includes(domain) && !PERSONAL_MAILBOX_DOMAINS.has(domain);
}

/** "X via Y" from a mailing list or from a platform that sends on people's behalf. */
function relayedName(context: RuleContext, name: string, senderDomain: string, entities: readonly ProtectedEntity[]): boolean {
  if (!/\svia\s/i.test(name.slice(0, 300))) return false;
  if (senderFacts(context).listMail()) return true;
  const owner = entityOwning(senderDomain, entities, context);
  return owner !== undefined && owner.kind === 'brand' && !PERSONAL_MAILBOX_DOMAINS.has(senderDomain);
}

export const lureDisplayNameAddress: Rule = {
  meta: {
    id: 'lure/display-name-address',
    category: 'lure',
    severity: 'medium',
    description: 'The display name shows an address or domain other than the real sender\'s domain.',
    messageIds: ['otherDomain', 'protectedDomain'],
  },
  create(context) {
    return {
      end() {
        const from = context.message.from;
        // A name without a dot shows no domain (nearly every name): nothing to compare.
        if (!from?.name || !from.name.includes('.')) return;
        const senderDomain = senderFacts(context).fromDomain();
        if (!senderDomain) return;
        const entities = protectedEntities(context.policy);
        // Lists and platforms rewrite From as "'jane@example.org' via Group": the address is the author's.
        if (relayedName(context, from.name, senderDomain, entities)) return;
        for (const shown of domainsInDisplayName(from.name)) {
          if (shown === senderDomain) continue;
          const owner = entityOwning(shown, entities, context);
          // The same organisation under another of its own domains is not a disguise.
          if (owner && ownsSenderDomain(owner, senderDomain)) continue;
          context.report({
            messageId: owner ? 'protectedDomain' : 'otherDomain',
            severity: owner ? 'high' : 'medium',
            params: { shown, actual: senderDomain, address: from.address, ...(owner ? { entity: owner.name } : {}) },
            evidence: { header: 'From', detail: `${from.name} <${from.address}>` },
          });
          return;
        }
      },
    };
  },
};

// Display names an outside sender uses to pass as the organisation's own IT or
// mail service: "IT Support", "Mailbox Administrator", "Service informatique".
// At least one IT word, and nothing but service words around it, so a vendor's
// "Acme IT Support" or a plain "Support" does not qualify.
const IT_WORDS = new Set([
  'it', 'ict', 'helpdesk', 'servicedesk', 'webmail', 'mailbox', 'postmaster', 'sysadmin', 'informatique', 'informatica',
  'email', 'mail', 'outlook', 'exchange', 'quarantine', 'password', 'wachtwoord', 'passwort', 'ict-dienst', 'it-abteilung',
]);
const SERVICE_WORDS = new Set([
  'support', 'desk', 'help', 'service', 'services', 'team', 'department', 'departement', 'dienst', 'abteilung',
  'administrator', 'admin', 'administration', 'security', 'securite', 'beveiliging', 'sicherheit', 'account', 'accounts',
  'notification', 'notifications', 'alert', 'center', 'centre', 'system', 'systems', 'systeme', 'technical', 'technique',
  'technische', 'de', 'la', 'le', 'du', 'des', 'het', 'der', 'die', 'and', 'et', 'en', 'und', 'office', 'staff', 'internal',
  'interne', 'intern', 'reset', 'expiry', 'upgrade',
]);

function looksLikeInternalService(name: string): boolean {
  const tokens = wordTokens(name);
  return tokens.length > 0 && tokens.length <= 6 && tokens.some((t) => IT_WORDS.has(t))
    && tokens.every((t) => IT_WORDS.has(t) || SERVICE_WORDS.has(t));
}

function reportImpersonation(context: RuleContext, entity: ProtectedEntity, senderDomain: string, address: string, name: string, relayed = false): void {
  context.report({
    messageId: KIND_MESSAGE[entity.kind],
    // "Jane Doe via DocuSign", "'Jane Doe' via Staff list": a platform or list relaying
    // on someone's behalf. Anyone can open such an account under any name, so it still
    // counts, but it is not the forged sender a lookalike or webmail address is.
    severity: relayed ? 'medium' : 'high',
    params: { entity: entity.name, kind: entity.kind, actual: senderDomain, address, expected: entity.domains.slice(0, 3).join(', ') },
    evidence: { header: 'From', detail: `${name} <${address}>` },
  });
}

export const lureImpersonation: Rule = {
  meta: {
    id: 'lure/impersonation',
    category: 'lure',
    severity: 'high',
    description: 'The display name names a protected person, newsroom, brand or the organisation, but the address is not theirs.',
    messageIds: ['newsOutlet', 'vip', 'brand', 'organisation', 'vipAddress', 'internalService'],
  },
  create(context) {
    return {
      end() {
        const from = context.message.from;
        if (!from?.name) return;
        const facts = senderFacts(context);
        // Nearly every name names no one: the sender's registrable domain is then not needed.
        if (!facts.hasFromDomain()) return;
        const entity = facts.namedEntity();
        if (!entity) {
          if (facts.fromOrganisation() === 'outside' && looksLikeInternalService(from.name)) {
            const address = from.address.trim().toLowerCase();
            context.report({ messageId: 'internalService', severity: 'medium', params: { name: from.name, actual: facts.fromDomain() as string, address }, evidence: { header: 'From', detail: `${from.name} <${from.address}>` } });
          }
          return;
        }
        const senderDomain = facts.fromDomain() as string;
        const entities = protectedEntities(context.policy);
        const address = from.address.trim().toLowerCase();
        const evidence = { header: 'From', detail: `${from.name} <${from.address}>` };
        if (entity.kind === 'vip') {
          const known = entity.addresses ?? [];
          if (known.includes(address)) return;
          if (ownsSenderDomain(entity, senderDomain)) {
            // Same name and domain, unknown mailbox: an alias or a namesake, or a spoof.
            if (known.length > 0) {
              context.report({
                messageId: 'vipAddress',
                severity: 'medium',
                params: { entity: entity.name, kind: 'vip', address, expected: known.slice(0, 3).join(', ') },
                evidence,
              });
            }
            return;
          }
          reportImpersonation(context, entity, senderDomain, address, from.name, relayedName(context, from.name, senderDomain, entities));
          return;
        }
        // The organisation's own system mail is signed "Microsoft Outlook" and the like;
        // a forged internal address is the authentication rules' business.
        if (facts.fromOrganisation() === 'inside') return;
        if (ownsSenderDomain(entity, senderDomain)) return;
        reportImpersonation(context, entity, senderDomain, address, from.name, relayedName(context, from.name, senderDomain, entities));
      },
    };
  },
};

export const lureHeaderMismatch: Rule = {
  meta: {
    id: 'lure/header-mismatch',
    category: 'lure',
    severity: 'low',
    description: 'Replies or bounces go to a different domain than the From address (Reply-To, Return-Path, Sender).',
    messageIds: ['replyTo', 'replyToFreemail', 'returnPathFreemail', 'sender'],
  },
  create(context) {
    return {
      end() {
        const message = context.message;
        const facts = senderFacts(context);
        if (!facts.hasFromDomain()) return;
        // Whether the message is list mail, or comes from webmail, matters only once an
        // answer or bounce address differs; the From domain is looked up only then too.
        const replyTos = message.replyTo;
        for (let i = 0; i < replyTos.length && i < 10; i++) {
          const replyTo = replyTos[i] as MailAddress;
          if (facts.sameHostAsFrom(replyTo)) continue;
          const domain = addressDomain(replyTo, context);
          const fromDomain = facts.fromDomain() as string;
          if (!domain || domain === fromDomain || sameEntity(context, fromDomain, domain)) continue;
          const list = facts.listMail();
          const toFreemail = isWebmailAddress(replyTo.address) && !facts.fromWebmail();
          // A list answering at the list address is normal; a webmail answer address under a corporate From is not.
          if (list && !toFreemail) continue;
          context.report({
            messageId: toFreemail ? 'replyToFreemail' : 'replyTo',
            severity: toFreemail ? (list ? 'low' : 'medium') : 'low',
            params: { from: message.from?.address ?? '', replyTo: replyTo.address, fromDomain, replyToDomain: domain },
            evidence: { header: 'Reply-To', detail: replyTo.address },
          });
        }
        // Bulk mailers always bounce to their own domain; only a webmail bounce address says something.
        const returnPath = facts.headers().returnPath;
        if (returnPath && !facts.fromWebmail()) {
          const address = angleAddress(returnPath);
          // Webmail first: most bounce addresses are not, and then no domain needs looking up.
          const domain = isWebmailAddress(address) ? addressDomain({ name: '', address }, context) : undefined;
          if (domain && domain !== facts.fromDomain()) {
            context.report({
              messageId: 'returnPathFreemail',
              severity: 'low',
              params: { from: message.from?.address ?? '', returnPath: address, returnPathDomain: domain },
              evidence: { header: 'Return-Path', detail: address },
            });
          }
        }
        // List servers put themselves in Sender on every post they relay.
        if (!message.sender || facts.sameHostAsFrom(message.sender) || facts.listMail()) return;
        const senderDomain = addressDomain(message.sender, context);
        if (senderDomain && senderDomain !== facts.fromDomain()) {
          context.report({
            messageId: 'sender',
            severity: 'low',
            params: { from: message.from?.address ?? '', sender: message.sender.address, senderDomain },
            evidence: { header: 'Sender', detail: message.sender.address },
          });
        }
      },
    };
  },
};

/** bbc.co.uk answering at bbc.com is one organisation, not a diversion. */
function sameEntity(context: RuleContext, a: string, b: string): boolean {
  const owner = entityOwning(a, protectedEntities(context.policy), context);
  return owner !== undefined && owner.domains.includes(b) && !isFreemail(b);
}

// Words that make a display name an organisation, a newsroom or a job title
// rather than a person: "Press Office", "Redactie", "Jane Doe, Correspondent".
const ORGANISATION_WORDS = new Set([
  'news', 'nieuws', 'nachrichten', 'actualites', 'redaction', 'redactie', 'redaktion', 'newsroom', 'press', 'presse',
  'pers', 'persdienst', 'media', 'magazine', 'magazin', 'journal', 'gazette', 'tribune', 'herald', 'daily', 'weekly',
  'radio', 'tv', 'television', 'televisie', 'fernsehen', 'agency', 'agence', 'agentur', 'bureau', 'desk', 'office',
  'service', 'services', 'support', 'helpdesk', 'team', 'department', 'departement', 'dienst', 'ministry', 'ministere',
  'ministerie', 'ministerium', 'embassy', 'ambassade', 'botschaft', 'foundation', 'fondation', 'stichting', 'stiftung',
  'institute', 'institut', 'instituut', 'university', 'universite', 'universiteit', 'universitat', 'parliament',
  'parlement', 'parlament', 'commission', 'council', 'conseil', 'committee', 'comite', 'association', 'vereniging',
  'verein', 'federation', 'bank', 'gmbh', 'ltd', 'inc', 'llc', 'plc', 'secretariat', 'administration', 'administrator',
  'journalist', 'journaliste', 'correspondent', 'correspondant', 'korrespondent', 'korrespondentin', 'editor',
  'redacteur', 'redakteur', 'redakteurin', 'reporter', 'producer', 'producteur', 'director', 'directeur', 'direktor',
  'ambassador', 'ambassadeur', 'botschafter', 'minister', 'ministre', 'spokesperson', 'spokesman', 'woordvoerder',
  'sprecher', 'sprecherin', 'chief', 'head', 'officer',
]);

const SIGNATURE_LINES = 15;
const SIGNATURE_TAIL = 2000;
const MAX_SIGNATURE_LINE = 100;
const MAX_SIGNATURE_WORDS = 6;

function organisationWordIn(name: string): string | undefined {
  return wordTokens(name).find((t) => ORGANISATION_WORDS.has(t));
}

/**
 * A news outlet or the organisation named on a short, signature-like line near the
 * end of the body ("Deutsche Welle | Brussels bureau"). Brands are left out: people
 * mention them in passing and webmail footers advertise them.
 */
function signatureEntity(body: string, entities: readonly ProtectedEntity[]): ProtectedEntity | undefined {
  const tail = body.slice(-SIGNATURE_TAIL);
  // The last SIGNATURE_LINES short, non-empty lines, found from the end without
  // splitting the whole tail, then read top to bottom.
  const lines: string[] = [];
  for (let end = tail.length; end >= 0 && lines.length < SIGNATURE_LINES; ) {
    // lastIndexOf would look at index 0 again for end 0: the first line is then empty.
    const start = end === 0 ? 0 : tail.lastIndexOf('\n', end - 1) + 1;
    const line = tail.slice(start, end).trim();
    if (line.length > 0 && line.length <= MAX_SIGNATURE_LINE) lines.push(line);
    end = start - 1;
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string;
    // Naming comes first: most lines name nobody, and then their words need no counting.
    const entity = entityNamedIn(line, entities);
    if (entity && (entity.kind === 'news' || entity.kind === 'org') && wordTokens(line).length <= MAX_SIGNATURE_WORDS) return entity;
  }
  return undefined;
}

export const lureFreemailSender: Rule = {
  meta: {
    id: 'lure/freemail-sender',
    category: 'lure',
    severity: 'medium',
    description: 'A free webmail account presents itself as an organisation, a newsroom or an official.',
    messageIds: ['organisation', 'signsAsEntity', 'personal'],
  },
  create(context) {
    return {
      end() {
        const from = context.message.from;
        const facts = senderFacts(context);
        if (!from || !facts.fromWebmail()) return;
        const domain = facts.fromDomain();
        if (!domain) return;
        const entities = protectedEntities(context.policy);
        const evidence = { header: 'From', detail: `${from.name} <${from.address}>` };
        // A display name naming a protected entity is reported as impersonation already.
        if (from.name && facts.namedEntity()) return;
        const word = from.name ? organisationWordIn(from.name) : undefined;
        if (word) {
          context.report({ messageId: 'organisation', params: { name: from.name, word, domain, address: from.address }, evidence });
          return;
        }
        const signed = signatureEntity(context.bodyText(), entities);
        if (signed) {
          context.report({ messageId: 'signsAsEntity', params: { entity: signed.name, domain, address: from.address }, evidence });
          return;
        }
        context.report({ messageId: 'personal', severity: 'info', params: { domain, address: from.address }, evidence });
      },
    };
  },
};

export const lureExternalSender: Rule = {
  meta: {
    id: 'lure/external-sender',
    category: 'lure',
    severity: 'info',
    description: 'The sender is outside the organisation (only when the policy lists the organisation\'s domains).',
    messageIds: ['external'],
  },
  create(context) {
    return {
      end() {
        const org = context.policy.orgDomains ?? [];
        if (org.length === 0) return;
        const facts = senderFacts(context);
        const domain = facts.fromDomain();
        if (!domain) return;
        if (facts.fromOrganisation() === 'inside') return;
        context.report({ messageId: 'external', params: { domain, address: context.message.from?.address ?? '' }, evidence: { header: 'From', detail: domain } });
      },
    };
  },
};

export const senderRules: readonly Rule[] = [lureDisplayNameAddress, lureImpersonation, lureHeaderMismatch, lureFreemailSender, lureExternalSender];
