// The detector's public contract. Everything here is plain data so the same
// verdict can be produced in the taskpane, the scanner, a Web Worker and tests.

export interface MailAddress {
  /** Display name as the sender wrote it (decoded from RFC 2047), may be empty. */
  name: string;
  /** The addr-spec, e.g. "press@example.org". May be empty for broken headers. */
  address: string;
}

export interface MailHeader {
  name: string;
  value: string;
}

export interface MailAttachment {
  name: string;
  contentType: string;
  size: number;
  inline: boolean;
  contentId?: string;
}

export interface MailMessage {
  /** Raw header fields in the order they appear (unfolded, decoded where safe). */
  headers: MailHeader[];
  from?: MailAddress;
  sender?: MailAddress;
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** ISO 8601 where known. */
  date?: string;
  messageId?: string;
  html?: string;
  text?: string;
  attachments: MailAttachment[];
  /** The mailbox owner's address, used to spot their identity leaking into URLs. */
  recipient?: string;
}

export type Category = 'tracking' | 'lure';
/** `info` is used for findings that are explained but do not count (e.g. trusted senders). */
export type Severity = 'info' | 'low' | 'medium' | 'high';
export type Level = 'safe' | 'caution' | 'danger';

export interface Evidence {
  url?: string;
  host?: string;
  element?: string;
  header?: string;
  detail?: string;
}

export type MessageParams = Record<string, string | number>;

export interface Finding {
  /** Stable id, prefixed by category, e.g. "tracking/tiny-image". */
  rule: string;
  category: Category;
  severity: Severity;
  evidence: Evidence;
  /** Key into the i18n catalogues (src/i18n), e.g. "tracking.tinyImage". */
  messageKey: string;
  params: MessageParams;
  /** True for tracking that opens/reads the message (pixels, remote resources, receipts). */
  openTracking?: boolean;
}

export interface Verdict {
  level: Level;
  score: number;
  findings: Finding[];
  /** Keys of the reasons that decided the level, most important first (for the banner). */
  reasons: string[];
}

export interface VipEntry {
  name: string;
  addresses?: string[];
  domains?: string[];
}

export interface NamedDomains {
  name: string;
  domains: string[];
  /** Extra spellings of the name that appear in display names. */
  aliases?: string[];
}

export interface Policy {
  /** The organisation's own registrable domains (e.g. "parliament.example"). */
  orgDomains: string[];
  vips: VipEntry[];
  /** Addresses or domains whose tracking is expected; their tracking drops to info. */
  trustedSenders: string[];
  newsOutlets: NamedDomains[];
  brands: NamedDomains[];
  defaultLanguage: 'en' | 'fr' | 'nl' | 'de';
}

export const DEFAULT_POLICY: Policy = Object.freeze({
  orgDomains: [],
  vips: [],
  trustedSenders: [],
  newsOutlets: [],
  brands: [],
  defaultLanguage: 'en',
}) as Policy;
