// Function file of the add-in (commands.html, and commands.js for the
// JavaScript-only runtime of classic Outlook on Windows). It registers the
// SpamReporting handler named in manifest.xml (FunctionName onSpamReport).
import { analyze } from '../detector';
import { DEFAULT_POLICY, type Policy } from '../detector/types';
import { pickLanguage } from '../i18n';
import { associateAction, completeSpamReport, readItemAsEml, readItemSummary, type SpamReportingEvent } from '../office/report-actions';
import { parseEml } from '../mail/parse-eml';
import type { ReportConfig } from '../config/schema';
import { parseAddinConfigText, parsePolicy } from '../config';
import { createOfficeReportService, REPORT_CONFIG_CACHE_KEY } from '../report/office-service';
import { defaultOutboxStorage } from '../report/storage';
import { handleSpamReport } from './spam-report';

// Static imports only: the JavaScript-only runtime of classic Outlook cannot
// load further chunks, so this file must be one self-contained bundle.
async function loadSettings(): Promise<{ policy: Policy; report: ReportConfig | undefined }> {
  let text: string | undefined;
  try {
    const response = await fetch('config.json', { cache: 'no-cache', credentials: 'same-origin' });
    if (response.status === 404) return { policy: DEFAULT_POLICY, report: undefined };
    if (response.ok) text = await response.text();
  } catch {
    // Unreachable (offline, or a runtime without a base URL): fall back to the pane's copy below.
  }
  if (text !== undefined) {
    const config = parseAddinConfigText(text, 'config.json');
    return { policy: parsePolicy(config), report: config.report };
  }
  const cached = await defaultOutboxStorage().getItem(REPORT_CONFIG_CACHE_KEY).catch(() => null);
  return { policy: DEFAULT_POLICY, report: cached ? (JSON.parse(cached) as ReportConfig) : undefined };
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function onSpamReport(event: SpamReportingEvent): Promise<void> {
  const office = Office;
  let settings: { policy: Policy; report: ReportConfig | undefined };
  try {
    settings = await loadSettings();
  } catch {
    settings = { policy: DEFAULT_POLICY, report: undefined };
  }
  const recipient = office.context?.mailbox?.userProfile?.emailAddress || undefined;
  await handleSpamReport(
    { options: event.options, freeText: event.freeText },
    {
      service: createOfficeReportService(office, settings.report),
      afterReport: settings.report?.afterReport ?? 'leave',
      language: pickLanguage(office.context?.displayLanguage),
      readEml: () => readItemAsEml(office),
      readItem: async () => readItemSummary(office),
      parseEml: (base64) => parseEml(base64ToBytes(base64), recipient ? { recipient } : {}),
      analyze: (message) => analyze(message, settings.policy),
      complete: (completion) => completeSpamReport(office, event, completion),
    },
  );
}

if (typeof Office !== 'undefined') {
  // Registered at load time: Outlook calls the handler as soon as the file is evaluated.
  associateAction(Office, 'onSpamReport', onSpamReport as (event: never) => unknown);
}
