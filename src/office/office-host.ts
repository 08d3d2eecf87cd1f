// The real MailHost, backed by Office.js. Every Office call is wrapped so a
// failure becomes an OfficeCallError naming the call, never a silent undefined.
import type { MailAddress, MailAttachment, MailHeader, MailMessage } from '../detector/types';
import { OfficeCallError } from './errors';
import { parseHeaderBlock } from './headers';
import type { HostTheme, ItemLimitation, ItemReadResult, MailHost } from './host';
import { exposeOriginalImageSources } from './image-sources';

/** The one notification key: replaceAsync with a fixed key replaces our message instead of stacking them. */
export const NOTIFICATION_KEY = 'clearsight-summary';
/** Outlook rejects informational messages longer than this. */
export const NOTIFICATION_MAX_LENGTH = 150;
/** Resource id of the 16 px icon in manifest.xml; Informational messages require an icon. */
export const NOTIFICATION_ICON = 'Icon.16x16';

type OfficeApi = typeof Office;
type ReadItem = Office.MessageRead;

export interface OfficeHostOptions {
  /** Where failures that must not interrupt the reader are logged. */
  log?: (message: string, error?: unknown) => void;
}

export function createOfficeHost(office: OfficeApi = globalThis.Office, options: OfficeHostOptions = {}): MailHost {
  const log = options.log ?? ((message, error) => console.warn(`[clearsight] ${message}`, error));
  return {
    readCurrentItem: () => readCurrentItem(office),
    onItemChanged: (handler) => onItemChanged(office, handler),
    showItemNotification: (text) => showItemNotification(office, text).catch((error: unknown) => {
      log('could not show the item notification', error);
    }),
    getDisplayLanguage: () => office.context?.displayLanguage,
    getOfficeTheme: () => readTheme(office),
  };
}

export async function readCurrentItem(office: OfficeApi): Promise<ItemReadResult> {
  const mailbox = office.context?.mailbox;
  const item = mailbox?.item as ReadItem | null | undefined;
  if (!item) return { kind: 'no-item' };

  const html = await callAsync<string>(office, 'body.getAsync', (cb) => item.body.getAsync(office.CoercionType.Html, cb));
  const limitations: ItemLimitation[] = [];
  let headers: MailHeader[] = [];
  let headersAvailable = false;
  if (supportsHeaders(office) && typeof item.getAllInternetHeadersAsync === 'function') {
    try {
      const block = await callAsync<string>(office, 'getAllInternetHeadersAsync', (cb) => item.getAllInternetHeadersAsync(cb));
      headers = parseHeaderBlock(block ?? '');
      headersAvailable = true;
    } catch {
      // Some messages (drafts, some shared mailboxes) have no headers to give;
      // the body can still be analysed, and the UI says the sender checks were limited.
      limitations.push('headers-failed');
    }
  } else {
    limitations.push('headers-unsupported');
  }
  if (!html) limitations.push('body-empty');

  const message: MailMessage = {
    headers,
    from: toAddress(item.from),
    sender: toAddress(item.sender),
    replyTo: await replyToFrom(headers),
    to: (item.to ?? []).map(toAddress).filter(isDefined),
    cc: (item.cc ?? []).map(toAddress).filter(isDefined),
    subject: item.subject ?? '',
    date: toIsoDate(item.dateTimeCreated),
    messageId: item.internetMessageId || undefined,
    html: html ? exposeOriginalImageSources(html) : undefined,
    attachments: (item.attachments ?? []).map(toAttachment),
    recipient: mailbox?.userProfile?.emailAddress || undefined,
  };
  return { kind: 'item', message: dropUndefined(message), headersAvailable, limitations };
}

export async function onItemChanged(office: OfficeApi, handler: () => void): Promise<void> {
  await callAsync<void>(office, 'mailbox.addHandlerAsync', (cb) =>
    office.context.mailbox.addHandlerAsync(office.EventType.ItemChanged, () => handler(), cb));
}

export async function showItemNotification(office: OfficeApi, text: string): Promise<void> {
  const item = office.context?.mailbox?.item as ReadItem | null | undefined;
  if (!item) return;
  const details: Office.NotificationMessageDetails = {
    type: office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
    message: truncate(text, NOTIFICATION_MAX_LENGTH),
    icon: NOTIFICATION_ICON,
    persistent: false,
  };
  await callAsync<void>(office, 'notificationMessages.replaceAsync', (cb) =>
    item.notificationMessages.replaceAsync(NOTIFICATION_KEY, details, cb));
}

export function truncate(text: string, max: number): string {
  const chars = Array.from(text); // never cut a surrogate pair in half
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function supportsHeaders(office: OfficeApi): boolean {
  try {
    return office.context.requirements.isSetSupported('Mailbox', '1.8');
  } catch {
    return false;
  }
}

function readTheme(office: OfficeApi): HostTheme | undefined {
  const theme = office.context?.officeTheme;
  if (!theme) return undefined;
  return { bodyBackgroundColor: theme.bodyBackgroundColor, bodyForegroundColor: theme.bodyForegroundColor };
}

/** Turns one callback-style Office call into a promise that rejects with OfficeCallError. */
function callAsync<T>(office: OfficeApi, call: string, start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new OfficeCallError(call, result.error?.message || 'unknown error', result.error?.code));
      });
    } catch (error) {
      reject(new OfficeCallError(call, error instanceof Error ? error.message : String(error)));
    }
  });
}

function toAddress(details: Office.EmailAddressDetails | undefined | null): MailAddress | undefined {
  if (!details) return undefined;
  return { name: (details.displayName ?? '').trim(), address: (details.emailAddress ?? '').trim() };
}

function toAttachment(details: Office.AttachmentDetails): MailAttachment {
  return { name: details.name ?? '', contentType: details.contentType ?? '', size: details.size ?? 0, inline: Boolean(details.isInline) };
}

/**
 * Read mode has no replyTo property, so it comes from the headers when we have
 * them. The address parser loads only when a Reply-To is present.
 */
async function replyToFrom(headers: MailHeader[]): Promise<MailAddress[]> {
  const field = headers.find((h) => h.name.toLowerCase() === 'reply-to');
  if (!field) return [];
  const { addressParser, decodeWords } = await import('postal-mime');
  const out: MailAddress[] = [];
  for (const entry of addressParser(field.value.slice(0, 10_000))) {
    const members = entry.group ?? [entry];
    for (const member of members) {
      out.push({ name: decodeWords(member.name ?? '').trim(), address: (member.address ?? '').trim() });
    }
  }
  return out;
}

function toIsoDate(value: Date | undefined): string | undefined {
  if (!value) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

function dropUndefined(message: MailMessage): MailMessage {
  const copy = { ...message } as Record<string, unknown>;
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as unknown as MailMessage;
}
