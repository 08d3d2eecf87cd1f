// The Office.js calls the report feature needs, kept here so src/report and
// src/commands never touch the Office global: they receive these as functions.
import type { MailMessage } from '../detector/types';
import { OfficeCallError } from './errors';

type OfficeApi = typeof Office;

export type EmlRead =
  | { kind: 'eml'; base64: string }
  | { kind: 'omitted'; reason: 'unsupported' | 'error'; detail?: string };

/** The untouched message as base64 .eml (Mailbox 1.14), or why it is unavailable. */
export function readItemAsEml(office: OfficeApi): Promise<EmlRead> {
  const item = office.context?.mailbox?.item as Office.MessageRead | null | undefined;
  if (!item || !supports(office, '1.14') || typeof item.getAsFileAsync !== 'function') {
    return Promise.resolve({ kind: 'omitted', reason: 'unsupported' });
  }
  return new Promise<EmlRead>((resolve) => {
    try {
      item.getAsFileAsync((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded && typeof result.value === 'string' && result.value) {
          resolve({ kind: 'eml', base64: result.value.replace(/\s+/g, '') });
        } else {
          resolve({ kind: 'omitted', reason: 'error', detail: result.error?.message || 'getAsFileAsync returned nothing' });
        }
      });
    } catch (error) {
      resolve({ kind: 'omitted', reason: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  });
}

export interface ReportMessageForm {
  to: string;
  subject: string;
  htmlBody: string;
  /** The reported item, attached as an Outlook item so its headers travel intact. */
  itemId?: string;
  attachmentName: string;
}

/** Opens a pre-filled message for the security mailbox; the user presses Send. */
export function openReportMessageForm(office: OfficeApi, form: ReportMessageForm): void {
  const mailbox = office.context?.mailbox;
  if (!mailbox || typeof mailbox.displayNewMessageForm !== 'function') {
    throw new OfficeCallError('mailbox.displayNewMessageForm', 'not available in this Outlook');
  }
  const parameters: Office.MessageForm = {
    toRecipients: [form.to],
    subject: form.subject,
    htmlBody: form.htmlBody,
    ...(form.itemId
      ? { attachments: [{ type: 'item', itemId: form.itemId, name: form.attachmentName } as Office.MessageFormAttachment] }
      : {}),
  };
  try {
    mailbox.displayNewMessageForm(parameters);
  } catch (error) {
    throw new OfficeCallError('mailbox.displayNewMessageForm', error instanceof Error ? error.message : String(error));
  }
}

/** The id of the selected item, in the form displayNewMessageForm attachments expect. */
export function currentItemId(office: OfficeApi): string | undefined {
  const item = office.context?.mailbox?.item as Office.MessageRead | null | undefined;
  return item?.itemId || undefined;
}

export function reporterAddress(office: OfficeApi): string | undefined {
  return office.context?.mailbox?.userProfile?.emailAddress || undefined;
}

export function hostDescription(office: OfficeApi): { host?: string; platform?: string } {
  try {
    const diagnostics = office.context?.diagnostics;
    return {
      ...(diagnostics?.host ? { host: String(diagnostics.host) } : {}),
      ...(diagnostics?.platform ? { platform: String(diagnostics.platform) } : {}),
    };
  } catch {
    return {};
  }
}

export type AfterReport = 'junk' | 'deleted' | 'leave';

/** What the SpamReporting event handler tells Outlook when it is done. */
export interface SpamReportCompletion {
  afterReport: AfterReport;
  /** When delivery failed outright, the message is left where it is so the user can try again. */
  keepItem: boolean;
  dialog?: { title: string; description: string };
}

/** The subset of SpamReportingEventArgs the handler reads. */
export interface SpamReportingEvent {
  type?: string;
  options?: boolean[];
  freeText?: string;
  completed(options?: Office.SpamReportingEventCompletedOptions): void;
}

export function spamReportCompletedOptions(office: OfficeApi, completion: SpamReportCompletion): Office.SpamReportingEventCompletedOptions {
  const target = completion.keepItem ? 'leave' : completion.afterReport;
  const moveItemTo =
    target === 'junk' ? office.MailboxEnums.MoveSpamItemTo.JunkFolder
      : target === 'deleted' ? office.MailboxEnums.MoveSpamItemTo.DeletedItemsFolder
        : office.MailboxEnums.MoveSpamItemTo.NoMove;
  return {
    moveItemTo,
    // Never delete a message because our processing failed: it is the evidence.
    onErrorDeleteItem: false,
    ...(completion.dialog ? { showPostProcessingDialog: { title: completion.dialog.title, description: completion.dialog.description } } : {}),
  };
}

export function completeSpamReport(office: OfficeApi, event: SpamReportingEvent, completion: SpamReportCompletion): void {
  event.completed(spamReportCompletedOptions(office, completion));
}

/** Registers an event handler named in the manifest (FunctionName). */
export function associateAction(office: OfficeApi, name: string, handler: (event: never) => unknown): void {
  office.actions.associate(name, handler as (event: unknown) => unknown);
}

function supports(office: OfficeApi, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}

/**
 * What the Report button's runtime can read about the item without the body,
 * when getAsFileAsync failed. Kept free of lazy imports: that runtime cannot load chunks.
 */
export function readItemSummary(office: OfficeApi): MailMessage | undefined {
  const mailbox = office.context?.mailbox;
  const item = mailbox?.item as Office.MessageRead | null | undefined;
  if (!item) return undefined;
  const address = (details: Office.EmailAddressDetails | undefined | null) =>
    details ? { name: (details.displayName ?? '').trim(), address: (details.emailAddress ?? '').trim() } : undefined;
  const from = address(item.from);
  const created = item.dateTimeCreated instanceof Date && !Number.isNaN(item.dateTimeCreated.getTime()) ? item.dateTimeCreated.toISOString() : undefined;
  return {
    headers: [],
    replyTo: [],
    to: (item.to ?? []).map(address).filter((a): a is { name: string; address: string } => a !== undefined),
    cc: [],
    subject: item.subject ?? '',
    attachments: [],
    ...(from ? { from } : {}),
    ...(item.internetMessageId ? { messageId: item.internetMessageId } : {}),
    ...(created ? { date: created } : {}),
    ...(mailbox?.userProfile?.emailAddress ? { recipient: mailbox.userProfile.emailAddress } : {}),
  };
}
