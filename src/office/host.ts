/**
 * The Office.js surface Clearsight uses — the complete list, so the demo's fake
 * host (src/demo) and the test fake (test/helpers/fake-office.ts) can implement
 * exactly this and nothing more. Only src/office/ touches the `Office` global;
 * everything else goes through the `MailHost` interface below.
 *
 * Globals and enums (values as in the real Office.js):
 * - `Office.onReady(): Promise<{ host, platform }>` (callback form not used)
 * - `Office.AsyncResultStatus.Succeeded` ("succeeded") / `.Failed` ("failed")
 * - `Office.CoercionType.Html` ("html")
 * - `Office.EventType.ItemChanged` ("olkItemSelectedChanged")
 * - `Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage` ("informationalMessage")
 *
 * Context:
 * - `Office.context.displayLanguage` — e.g. "fr-FR"
 * - `Office.context.officeTheme` — `{ bodyBackgroundColor, bodyForegroundColor, controlBackgroundColor,
 *   controlForegroundColor }` as "#rrggbb"; may be undefined on some hosts
 * - `Office.context.requirements.isSetSupported('Mailbox', '1.8')`
 * - `Office.context.mailbox.userProfile.emailAddress`
 * - `Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, handler, callback?)`
 *   (pinned taskpane; the handler receives `{ type }` and re-reads `mailbox.item`)
 *
 * The item (`Office.context.mailbox.item`, read mode; `null` when nothing is selected):
 * - `body.getAsync(Office.CoercionType.Html, callback)` — callback gets an AsyncResult
 *   `{ status, value: string, error?: { name, message, code } }`
 * - `getAllInternetHeadersAsync(callback)` (Mailbox 1.8) — value is the raw header block
 *   (CRLF lines, folded continuation lines start with space/tab)
 * - `getAsFileAsync(callback)` (Mailbox 1.14) — base64 .eml, used by src/report only
 * - `from`, `sender`: `{ displayName, emailAddress }`; `to`, `cc`: arrays of the same
 * - `subject`, `internetMessageId`, `dateTimeCreated` (Date)
 * - `attachments`: `[{ id, name, contentType, size, isInline, attachmentType }]`
 * - `notificationMessages.replaceAsync(key, { type, message, icon, persistent }, callback)`
 *   and `notificationMessages.removeAsync(key, callback)`
 *
 * Outlook rewrites `<img src>` in the HTML it returns to a proxy URL and keeps the
 * sender's URL in an `originalsrc` attribute; the fake host should do the same
 * when it wants to exercise that path.
 */
import type { MailMessage } from '../detector/types';

/** What reading the selected item produced. */
export type ItemReadResult =
  | {
      kind: 'item';
      message: MailMessage;
      /** False when the host could not give us the internet headers (Mailbox < 1.8 or the call failed). */
      headersAvailable: boolean;
      /** Machine-readable notes about what could not be read, e.g. "headers-unsupported". */
      limitations: ItemLimitation[];
    }
  | { kind: 'no-item' };

export type ItemLimitation = 'headers-unsupported' | 'headers-failed' | 'body-empty';

/** The theme colours Office reports; any may be missing on a given host. */
export interface HostTheme {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

/** Everything the taskpane needs from its host. The real implementation is `createOfficeHost`. */
export interface MailHost {
  readCurrentItem(): Promise<ItemReadResult>;
  /** Calls the handler whenever the reader selects another message; resolves when registered. */
  onItemChanged(handler: () => void): Promise<void>;
  /** Shows (or replaces) the one Clearsight notification on the item; never throws. */
  showItemNotification(text: string): Promise<void>;
  getDisplayLanguage(): string | undefined;
  getOfficeTheme(): HostTheme | undefined;
}
