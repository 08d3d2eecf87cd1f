// The one entry point the pane and the Report button share: decides between
// the endpoint and the mailbox, builds the payload, queues and delivers it.
import type { ReportConfig } from '../config/schema';
import type { MailMessage, Verdict } from '../detector/types';
import { buildReportPayload, type EmlResult } from './build';
import { postReport } from './delivery';
import type { RandomBytes } from './identity';
import { buildMailboxReportForm, type MailboxReportForm } from './mailbox';
import { REPORT_CATEGORIES, type ReportCategory } from './payload';
import { Outbox, type OutboxEntry } from './queue';
import type { OutboxStorage } from './storage';

export type ReportMode = 'endpoint' | 'mailbox' | 'unavailable';

export function reportModeOf(config: ReportConfig | undefined): ReportMode {
  if (config?.reportEndpoint) return 'endpoint';
  if (config?.reportMailbox) return 'mailbox';
  return 'unavailable';
}

/** The categories IT offers, in our fixed order. */
export function offeredCategories(config: ReportConfig | undefined): ReportCategory[] {
  const wanted = config?.categories;
  return wanted?.length ? REPORT_CATEGORIES.filter((c) => wanted.includes(c)) : [...REPORT_CATEGORIES];
}

/** What the host gives the report feature; src/office supplies the real ones. */
export interface ReportHost {
  readEml(): Promise<EmlResult>;
  openMessageForm(form: MailboxReportForm): void;
  itemId(): string | undefined;
  reporter(): string | undefined;
  client: { addinVersion: string; host?: string; platform?: string };
}

export interface ReportServiceDeps {
  config: ReportConfig | undefined;
  host: ReportHost;
  storage: OutboxStorage;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  randomBytes: RandomBytes;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

export interface ReportRequest {
  message: MailMessage;
  verdict: Pick<Verdict, 'level' | 'score' | 'findings'>;
  category: ReportCategory;
  comment?: string;
}

export type SubmitResult =
  | { kind: 'queued'; key: string; duplicate: boolean; entry: OutboxEntry }
  | { kind: 'form-opened' }
  | { kind: 'unavailable'; reason: 'not-configured' | 'no-reporter' };

/** What the UI shows for one report. */
export type ReportStatus =
  | { state: 'sending' }
  | { state: 'sent'; reference: string }
  | { state: 'queued'; offline: boolean; reason?: string; nextAttemptAt: number }
  | { state: 'failed'; reason: string };

export function statusOf(entry: OutboxEntry): ReportStatus {
  switch (entry.state) {
    case 'sending':
      return { state: 'sending' };
    case 'sent':
      return { state: 'sent', reference: entry.reference ?? '' };
    case 'failed':
      return { state: 'failed', reason: entry.lastError ?? 'unknown error' };
    default:
      // Never attempted yet counts as sending: the first attempt follows at once.
      if (entry.attempts === 0) return { state: 'sending' };
      return { state: 'queued', offline: entry.offline ?? false, nextAttemptAt: entry.nextAttemptAt, ...(entry.lastError ? { reason: entry.lastError } : {}) };
  }
}

export class ReportService {
  readonly mode: ReportMode;
  readonly categories: ReportCategory[];
  readonly outbox: Outbox | undefined;

  constructor(private readonly deps: ReportServiceDeps, instanceId: string) {
    this.mode = reportModeOf(deps.config);
    this.categories = offeredCategories(deps.config);
    const endpoint = deps.config?.reportEndpoint;
    const token = deps.config?.reportToken;
    this.outbox = endpoint
      ? new Outbox({
        storage: deps.storage,
        now: deps.now,
        random: deps.random,
        setTimer: deps.setTimer,
        clearTimer: deps.clearTimer,
        instanceId,
        send: (payload) => postReport(payload, { endpoint, ...(token ? { token } : {}) }, { fetch: deps.fetch, now: deps.now }),
      })
      : undefined;
  }

  /**
   * Only ever called from an explicit user action: this is the one place
   * Clearsight sends anything about a message anywhere.
   */
  async submit(request: ReportRequest, emlAlreadyRead?: EmlResult): Promise<SubmitResult> {
    if (this.mode === 'mailbox') {
      const form = buildMailboxReportForm({
        reportMailbox: this.deps.config!.reportMailbox!,
        message: request.message,
        verdict: request.verdict,
        category: request.category,
        ...(request.comment ? { comment: request.comment } : {}),
        ...(this.deps.host.itemId() ? { itemId: this.deps.host.itemId()! } : {}),
      });
      this.deps.host.openMessageForm(form);
      return { kind: 'form-opened' };
    }
    if (!this.outbox) return { kind: 'unavailable', reason: 'not-configured' };
    const reporter = this.deps.host.reporter() ?? request.message.recipient;
    if (!reporter) return { kind: 'unavailable', reason: 'no-reporter' };
    const eml = emlAlreadyRead ?? (await this.deps.host.readEml());
    const payload = buildReportPayload(
      {
        message: request.message,
        verdict: request.verdict,
        reporter,
        category: request.category,
        ...(request.comment ? { comment: request.comment } : {}),
        eml,
        client: this.deps.host.client,
      },
      { now: this.deps.now, randomBytes: this.deps.randomBytes },
    );
    const { entry, duplicate } = await this.outbox.enqueue(payload);
    // Reporting again while a report waits is a fair hint to try now.
    if (!duplicate || entry.state === 'queued') void this.outbox.flush({ ignoreBackoff: duplicate });
    return { kind: 'queued', key: entry.key, duplicate, entry };
  }
}
