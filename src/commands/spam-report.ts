// Outlook's own Report button (integrated spam reporting). Outlook shows the
// preprocessing dialog from the manifest, then raises SpamReporting; this
// handler builds the same report the pane would, hands it to the same outbox,
// and tells Outlook where to move the message. Everything Office-specific is
// injected, so the decisions here are tested without Outlook.
import type { MailMessage, Verdict } from '../detector/types';
import type { Language } from '../i18n/types';
import { reportText } from '../i18n/report';
import type { AfterReport, SpamReportCompletion } from '../office/report-actions';
import type { EmlResult } from '../report/build';
import { REPORT_CATEGORIES, type ReportCategory } from '../report/payload';
import { statusOf, type ReportService } from '../report/service';

/** The order of <Option> elements under ReportingOptions in manifest.xml. */
export const MANIFEST_OPTION_ORDER: readonly ReportCategory[] = REPORT_CATEGORIES;

export interface SpamReportingInput {
  options?: boolean[];
  freeText?: string;
}

export interface SpamReportDeps {
  service: ReportService;
  afterReport: AfterReport;
  language: Language;
  readEml(): Promise<EmlResult>;
  /** Reads the item through Office when there is no .eml to parse. */
  readItem(): Promise<MailMessage | undefined>;
  parseEml(base64: string): Promise<MailMessage>;
  analyze(message: MailMessage): Verdict | Promise<Verdict>;
  complete(completion: SpamReportCompletion): void;
  /** How long to wait for the first delivery attempt before letting Outlook continue. */
  deliveryBudgetMs?: number;
  wait?: (ms: number) => Promise<void>;
}

export type SpamReportOutcome = 'sent' | 'queued' | 'failed' | 'form-opened' | 'unavailable';

/** Several boxes may be ticked (checkbox mode): the most serious one wins. */
export function categoryFromOptions(options: boolean[] | undefined): ReportCategory {
  const chosen = MANIFEST_OPTION_ORDER.filter((_category, index) => options?.[index] === true);
  return chosen[0] ?? 'unsure';
}

export async function handleSpamReport(input: SpamReportingInput, deps: SpamReportDeps): Promise<SpamReportOutcome> {
  const t = (key: Parameters<typeof reportText>[1], params?: Record<string, string>) => reportText(deps.language, key, params);
  let completed = false;
  // Outlook waits for exactly one completed() call; a second would throw.
  const finish = (outcome: SpamReportOutcome, keepItem: boolean, description: string): SpamReportOutcome => {
    if (!completed) {
      completed = true;
      deps.complete({ afterReport: deps.afterReport, keepItem, dialog: { title: t('postDialogTitle'), description } });
    }
    return outcome;
  };
  try {
    const eml = deps.service.mode === 'endpoint' ? await deps.readEml() : ({ kind: 'omitted', reason: 'unsupported' } as const);
    const message = eml.kind === 'eml' ? await deps.parseEml(eml.base64) : await deps.readItem();
    if (!message) return finish('failed', true, t('postDialogFailed', { reason: 'no message selected' }));
    const verdict = await deps.analyze(message);
    const comment = input.freeText?.trim();
    const result = await deps.service.submit({
      message, verdict, category: categoryFromOptions(input.options), ...(comment ? { comment } : {}),
    }, eml);

    if (result.kind === 'unavailable') return finish('unavailable', true, t(result.reason === 'no-reporter' ? 'noReporter' : 'notConfigured'));
    // The user still has to press Send; moving the message now would be premature.
    if (result.kind === 'form-opened') return finish('form-opened', true, t('formOpenedBody'));

    const outbox = deps.service.outbox!;
    const wait = deps.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    await Promise.race([outbox.flush(), wait(deps.deliveryBudgetMs ?? 20_000)]);
    const entry = (await outbox.get(result.key)) ?? result.entry;
    const status = statusOf(entry);
    if (status.state === 'sent') return finish('sent', false, t('postDialogSent'));
    if (status.state === 'failed') return finish('failed', true, t('postDialogFailed', { reason: status.reason }));
    // Queued: the stored report carries the .eml, so the message may move as configured —
    // unless storage could only keep it without the .eml; then the mailbox copy is the evidence.
    return finish('queued', entry.emlStripped === true, t('postDialogQueued'));
  } catch (error) {
    return finish('failed', true, t('postDialogFailed', { reason: error instanceof Error ? error.message : String(error) }));
  }
}
