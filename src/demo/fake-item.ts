// A read-mode Outlook item built from a sample .eml, shaped like Office.js's
// MessageRead for the calls listed in src/office/host.ts. The message HTML only
// ever travels as a string to the task pane, exactly as Outlook hands it over:
// nothing here touches the DOM.
import type { MailAddress, MailMessage } from '../detector/types';

export type FailableCall = 'body' | 'headers' | 'file' | 'notification';

export interface AsyncResultLike<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

type Callback<T> = (result: AsyncResultLike<T>) => void;

export interface NotificationRecord {
  key: string;
  message: string;
  type: string;
}

export interface FakeItemEvents {
  onNotification(record: NotificationRecord | { key: string; removed: true }): void;
}

export interface FakeItemOptions {
  failures: ReadonlySet<FailableCall>;
  events: FakeItemEvents;
  /** Pads the HTML body with a comment of this many KiB, like a newsletter with inlined images. */
  padBodyKiB?: number;
}

// Office's own error for a failed server round trip, which is what a user sees offline.
const SIMULATED_ERROR = { name: 'GenericResponseError', message: 'The demo was asked to make this call fail (?fail=…).', code: 9020 };

/** Office passes an optional options object before the callback; accept both forms. */
function callbackOf<T>(args: unknown[]): Callback<T> | undefined {
  const last = args[args.length - 1];
  return typeof last === 'function' ? (last as Callback<T>) : undefined;
}

function asyncContextOf(args: unknown[]): unknown {
  const first = args[0];
  return first && typeof first === 'object' && 'asyncContext' in first ? (first as { asyncContext: unknown }).asyncContext : undefined;
}

/** Answers later, like Office does, so code that assumes synchronous callbacks fails here too. */
function respond<T>(failed: boolean, value: T, args: unknown[]): void {
  const callback = callbackOf<T>(args);
  const asyncContext = asyncContextOf(args);
  const result: AsyncResultLike<T> = failed
    ? { status: 'failed', value: undefined as T, error: SIMULATED_ERROR, asyncContext }
    : { status: 'succeeded', value, asyncContext };
  setTimeout(() => callback?.(result), 0);
}

function toDetails(address: MailAddress | undefined): { displayName: string; emailAddress: string } | undefined {
  return address ? { displayName: address.name, emailAddress: address.address } : undefined;
}

/** The raw header block, as getAllInternetHeadersAsync returns it: everything before the first empty line. */
export function headerBlock(raw: Uint8Array): string {
  let end = raw.length;
  for (let i = 0; i < raw.length - 1; i++) {
    if (raw[i] === 0x0a && (raw[i + 1] === 0x0a || (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a))) {
      end = i + 1;
      break;
    }
  }
  return new TextDecoder('utf-8').decode(raw.subarray(0, end));
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Outlook hands text-only messages to add-ins as HTML too. */
function bodyHtml(message: MailMessage): string {
  if (message.html !== undefined) return message.html;
  return `<html><body><div>${escapeHtml(message.text ?? '').replace(/\r?\n/g, '<br>')}</div></body></html>`;
}

export function createFakeItem(id: string, raw: Uint8Array, message: MailMessage, options: FakeItemOptions) {
  const { failures, events } = options;
  const padding = options.padBodyKiB ? `<!--${' '.repeat(options.padBodyKiB * 1024)}-->` : '';
  return {
    itemId: id,
    itemType: 'message',
    subject: message.subject,
    from: toDetails(message.from),
    sender: toDetails(message.sender ?? message.from),
    to: message.to.map(toDetails),
    cc: message.cc.map(toDetails),
    internetMessageId: message.messageId ?? '',
    // Outlook always knows when an item arrived; a sample without a Date arrives now.
    dateTimeCreated: message.date ? new Date(message.date) : new Date(),
    attachments: message.attachments.map((attachment, index) => ({
      id: `${id}-attachment-${index}`,
      name: attachment.name,
      contentType: attachment.contentType,
      size: attachment.size,
      isInline: attachment.inline,
      attachmentType: 'file',
    })),
    body: {
      getAsync(coercionType: string, ...rest: unknown[]): void {
        if (coercionType !== 'html' && coercionType !== 'text') throw new Error(`Unknown coercion type ${coercionType}`);
        respond(failures.has('body'), coercionType === 'html' ? bodyHtml(message) + padding : message.text ?? '', rest);
      },
    },
    getAllInternetHeadersAsync(...args: unknown[]): void {
      respond(failures.has('headers'), headerBlock(raw), args);
    },
    getAsFileAsync(...args: unknown[]): void {
      respond(failures.has('file'), base64(raw), args);
    },
    notificationMessages: {
      replaceAsync(key: string, details: { type?: string; message?: string }, ...rest: unknown[]): void {
        const failed = failures.has('notification');
        if (!failed) events.onNotification({ key, message: String(details.message ?? ''), type: String(details.type ?? '') });
        respond(failed, undefined, rest);
      },
      removeAsync(key: string, ...rest: unknown[]): void {
        events.onNotification({ key, removed: true });
        respond(false, undefined, rest);
      },
    },
  };
}

export type FakeItem = ReturnType<typeof createFakeItem>;
