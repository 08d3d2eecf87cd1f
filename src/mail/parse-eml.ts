// Raw RFC 5322 / MIME → MailMessage. postal-mime does the MIME work (transfer
// encodings, charsets through TextDecoder with fallbacks, RFC 2047/2231); this
// module decides what the detector sees and refuses input that is not mail.
import PostalMime, { decodeWords, type Attachment, type Email } from 'postal-mime';
import type { MailAttachment, MailHeader, MailMessage } from '../detector/types';
import { firstAddress, flattenAddresses } from './addresses';
import { repairC1 } from './c1-repair';
import { lineEnd, startsWithFromSpace, toBytes } from './bytes';
import { MailParseError } from './errors';

export interface ParseOptions {
  /** The mailbox owner's address; see inferRecipient for the scanner's default. */
  recipient?: string;
}

/** RFC 5322 allows 998 octets per line; a longer first line is not a header. */
const MAX_HEADER_LINE = 998;

export async function parseEml(raw: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): Promise<MailMessage> {
  return (await parseEmlWithAttached(raw, options)).message;
}

export interface ParsedWithAttached {
  message: MailMessage;
  /** Raw bytes of each attached message/rfc822 part (forwarded or reported mail), in order. */
  attachedMessages: Uint8Array[];
}

/**
 * Like parseEml, and also hands back the attached messages so a caller (the
 * scanner) can analyse them on their own: a phishing mail reported to IT as an
 * attachment must not hide behind its harmless wrapper.
 */
export async function parseEmlWithAttached(raw: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): Promise<ParsedWithAttached> {
  let bytes = toBytes(raw);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  // Some tools save a single message with its mbox "From " envelope line.
  if (startsWithFromSpace(bytes, 0)) bytes = bytes.subarray(Math.min(bytes.length, lineEnd(bytes, 0) + 1));
  assertLooksLikeMail(bytes);

  let email: Email;
  try {
    // Attached messages stay attachments: what they contain is not displayed
    // (and cannot track) until the reader opens them, so they must not change
    // the verdict of the message that carries them.
    email = await PostalMime.parse(bytes, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw new MailParseError(`not a readable email: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const attachedMessages = email.attachments
    .filter((part) => part.mimeType === 'message/rfc822' && typeof part.content !== 'string')
    .map((part) => (part.content instanceof Uint8Array ? part.content : new Uint8Array(part.content as ArrayBuffer)));
  return { message: toMailMessage(email, options), attachedMessages };
}

function assertLooksLikeMail(bytes: Uint8Array): void {
  if (bytes.length === 0 || isBlank(bytes, 0)) throw new MailParseError('not an email: the input is empty');
  const end = Math.min(lineEnd(bytes, 0), MAX_HEADER_LINE);
  let nameLength = 0;
  let trailingBlank = false;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte === 0x3a) {
      if (nameLength > 0) return;
      break;
    }
    // Obsolete syntax allows blanks between the name and the colon (RFC 5322 §4.5.1).
    if ((byte === 0x20 || byte === 0x09) && nameLength > 0) {
      trailingBlank = true;
      continue;
    }
    // Field names are printable US-ASCII without spaces (RFC 5322 §2.2).
    if (byte < 33 || byte > 126 || trailingBlank) break;
    nameLength++;
  }
  throw new MailParseError('not an email: the first line is not a header field ("Name: value")');
}

function isBlank(bytes: Uint8Array, from: number): boolean {
  const limit = Math.min(bytes.length, from + 4096);
  for (let i = from; i < limit; i++) {
    const byte = bytes[i];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return limit === bytes.length;
}

function toMailMessage(email: Email, options: ParseOptions): MailMessage {
  const headers: MailHeader[] = email.headers.map((h) => ({ name: h.originalKey.trim(), value: decodeHeaderValue(h.value) }));
  const html = repairC1(email.html || undefined);
  const message: MailMessage = {
    headers,
    replyTo: flattenAddresses(email.replyTo),
    to: flattenAddresses(email.to),
    cc: flattenAddresses(email.cc),
    subject: repairC1(email.subject ?? ''),
    attachments: toAttachments(email.attachments, html),
  };
  const from = firstAddress(email.from);
  if (from) message.from = from;
  const sender = firstAddress(email.sender);
  if (sender) message.sender = sender;
  // postal-mime passes an unparseable Date through as written; only ISO goes in `date`.
  if (email.date && isIsoDate(email.date)) message.date = email.date;
  if (email.messageId) message.messageId = email.messageId.trim();
  if (html) message.html = html;
  if (email.text) message.text = repairC1(email.text);
  if (options.recipient) message.recipient = options.recipient.trim().toLowerCase();
  return message;
}

function decodeHeaderValue(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return repairC1(decodeWords(value));
  } catch {
    return value;
  }
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value);
}

function toAttachments(list: readonly Attachment[], html: string | undefined): MailAttachment[] {
  let lowerHtml: string | undefined;
  return list.map((part) => {
    const contentId = stripAngles(part.contentId);
    let referenced = Boolean(part.related);
    if (!referenced && contentId && html) {
      lowerHtml ??= html.toLowerCase();
      referenced = lowerHtml.includes(`cid:${contentId.toLowerCase()}`);
    }
    const attachment: MailAttachment = {
      name: repairC1(part.filename ?? defaultName(part)),
      contentType: part.mimeType,
      size: byteSize(part.content),
      inline: part.disposition === 'inline' || referenced,
    };
    if (contentId) attachment.contentId = contentId;
    return attachment;
  });
}

function stripAngles(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const inner = trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1).trim() : trimmed;
  return inner || undefined;
}

function byteSize(content: Attachment['content']): number {
  if (typeof content === 'string') return new TextEncoder().encode(content).length;
  return content.byteLength;
}

/** A forwarded message usually has no file name; its subject says what it is. */
function defaultName(part: Attachment): string {
  if (part.mimeType !== 'message/rfc822' || typeof part.content === 'string') return '';
  const subject = headerFromBlock(part.content instanceof Uint8Array ? part.content : new Uint8Array(part.content), 'subject');
  const cleaned = subject ? decodeHeaderValue(subject).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 120) : '';
  return `${cleaned || 'message'}.eml`;
}

/** The unfolded value of one header in a raw header block (first 64 KiB only). */
function headerFromBlock(bytes: Uint8Array, wanted: string): string | undefined {
  const block = new TextDecoder('utf-8').decode(bytes.subarray(0, 65536));
  const end = block.search(/\r?\n\r?\n/);
  const lines = (end === -1 ? block : block.slice(0, end)).split(/\r?\n/);
  let value: string | undefined;
  for (const line of lines) {
    if (value !== undefined) {
      if (line.startsWith(' ') || line.startsWith('\t')) {
        value += line;
        continue;
      }
      return value.trim();
    }
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted) value = line.slice(colon + 1);
  }
  return value?.trim();
}
