import { categoryFromOptions, handleSpamReport, type SpamReportDeps } from '../../src/commands/spam-report';
import type { ReportConfig } from '../../src/config/schema';
import { reportText } from '../../src/i18n/report';
import { completeSpamReport, spamReportCompletedOptions, type AfterReport, type SpamReportCompletion } from '../../src/office/report-actions';
import type { ReportPayload } from '../../src/report/payload';
import { ReportService } from '../../src/report/service';
import { memoryStorage } from '../../src/report/storage';
import { message } from '../helpers/message';

const office = {
  MailboxEnums: { MoveSpamItemTo: { JunkFolder: 'junkFolder', DeletedItemsFolder: 'deletedItemsFolder', CustomFolder: 'customFolder', NoMove: 'noMove' } },
} as unknown as typeof Office;

type Reply = { status: number; body: unknown } | Error;

function setup(options: { config?: Partial<ReportConfig>; reply?: Reply; eml?: string | null; afterReport?: AfterReport } = {}) {
  const received: { body: ReportPayload; headers: Record<string, string> }[] = [];
  const reply = options.reply ?? { status: 201, body: { id: 'CS-9' } };
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    received.push({ body: JSON.parse(init.body as string) as ReportPayload, headers: init.headers as Record<string, string> });
    if (reply instanceof Error) throw reply;
    return new Response(JSON.stringify(reply.body), { status: reply.status });
  }) as unknown as typeof fetch;
  const config: ReportConfig = {
    reportEndpoint: 'https://reports.example/api/reports', reportToken: 'secret-token-123456', afterReport: options.afterReport ?? 'junk',
    categories: ['phishing', 'tracking', 'spam', 'unsure'], ...options.config,
  };
  const opened: unknown[] = [];
  const service = new ReportService({
    config,
    host: {
      readEml: async () => { throw new Error('the handler passes the eml it already read'); },
      openMessageForm: (form) => opened.push(form), itemId: () => 'item-1', reporter: () => 'me@parliament.example',
      client: { addinVersion: '0.1.0', host: 'Outlook' },
    },
    storage: memoryStorage(), fetch: fetchImpl, now: Date.now, random: () => 0.5,
    randomBytes: (n) => new Uint8Array(n).fill(7), setTimer: () => 0, clearTimer: () => {},
  }, 'event-runtime');
  const completions: SpamReportCompletion[] = [];
  const deps: SpamReportDeps = {
    service,
    afterReport: config.afterReport,
    language: 'de',
    readEml: async () => (options.eml === null ? { kind: 'omitted', reason: 'unsupported' } : { kind: 'eml', base64: options.eml ?? 'RnJvbTogYQ==' }),
    readItem: async () => message({ messageId: '<read@x>', subject: 'Read through Office' }),
    parseEml: async () => message({ messageId: '<parsed@x>', subject: 'Parsed from eml', from: { name: 'P', address: 'p@press.example' } }),
    analyze: () => ({ level: 'danger', score: 9, findings: [], reasons: [] }),
    complete: (completion) => completions.push(completion),
    wait: () => new Promise(() => {}), // delivery attempts resolve on their own in these tests
  };
  return { deps, received, completions, opened };
}

describe('categoryFromOptions', () => {
  it('maps the manifest options in order, the most serious ticked box winning', () => {
    expect(categoryFromOptions([true, false, false, false])).toBe('phishing');
    expect(categoryFromOptions([false, true, false, false])).toBe('tracking');
    expect(categoryFromOptions([false, true, true, false])).toBe('tracking');
    expect(categoryFromOptions([false, false, false, true])).toBe('unsure');
    expect(categoryFromOptions([])).toBe('unsure');
    expect(categoryFromOptions(undefined)).toBe('unsure');
  });
});

describe('handleSpamReport', () => {
  it('sends the eml with the selected option and free text, then moves the item as configured', async () => {
    const { deps, received, completions } = setup();
    expect(await handleSpamReport({ options: [false, false, true, false], freeText: '  Werbung  ' }, deps)).toBe('sent');
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toMatchObject({
      category: 'spam', comment: 'Werbung', eml: 'RnJvbTogYQ==', message: { internetMessageId: '<parsed@x>' }, verdict: { level: 'danger' },
    });
    expect(received[0]!.headers['Idempotency-Key']).toBe(received[0]!.body.idempotencyKey);
    expect(completions).toEqual([{ afterReport: 'junk', keepItem: false, dialog: { title: 'Clearsight', description: reportText('de', 'postDialogSent') } }]);
  });

  it('reads the item through Office when no eml is available, and flags it', async () => {
    const { deps, received } = setup({ eml: null });
    await handleSpamReport({ options: [true] }, deps);
    expect(received[0]!.body).toMatchObject({ message: { internetMessageId: '<read@x>' }, emlOmitted: { reason: 'unsupported' } });
    expect(received[0]!.body.eml).toBeUndefined();
  });

  it('still moves the item when offline: the queued report carries the eml', async () => {
    const { deps, completions } = setup({ reply: new TypeError('Failed to fetch'), afterReport: 'deleted' });
    expect(await handleSpamReport({ options: [true] }, deps)).toBe('queued');
    expect(completions[0]).toMatchObject({ afterReport: 'deleted', keepItem: false, dialog: { description: reportText('de', 'postDialogQueued') } });
  });

  it('leaves the item where it is when the server refuses the report', async () => {
    const { deps, completions } = setup({ reply: { status: 401, body: { error: 'A valid bearer token is required.' } } });
    expect(await handleSpamReport({ options: [true] }, deps)).toBe('failed');
    expect(completions[0]).toMatchObject({ keepItem: true });
    expect(completions[0]!.dialog!.description).toContain('HTTP 401: A valid bearer token is required.');
  });

  it('opens the mailbox form without moving anything when only a mailbox is configured', async () => {
    const { deps, completions, opened, received } = setup({ config: { reportEndpoint: undefined, reportMailbox: 'security@parliament.example' } });
    expect(await handleSpamReport({ options: [true] }, deps)).toBe('form-opened');
    expect(opened).toHaveLength(1);
    expect(received).toHaveLength(0);
    expect(completions[0]).toMatchObject({ keepItem: true });
  });

  it('always completes the event, even when something throws', async () => {
    const { deps, completions } = setup();
    deps.parseEml = async () => { throw new Error('broken message'); };
    expect(await handleSpamReport({}, deps)).toBe('failed');
    expect(completions).toHaveLength(1);
    expect(completions[0]!.dialog!.description).toContain('broken message');
  });
});

describe('completion options sent to Outlook', () => {
  it.each([
    ['junk', false, 'junkFolder'],
    ['deleted', false, 'deletedItemsFolder'],
    ['leave', false, 'noMove'],
    ['junk', true, 'noMove'],
    ['deleted', true, 'noMove'],
  ] as const)('afterReport %s, keepItem %s → moveItemTo %s', (afterReport, keepItem, moveItemTo) => {
    expect(spamReportCompletedOptions(office, { afterReport, keepItem })).toEqual({ moveItemTo, onErrorDeleteItem: false });
  });

  it('passes the post-processing dialog and calls event.completed exactly once', () => {
    const completed = jest.fn();
    completeSpamReport(office, { completed }, { afterReport: 'junk', keepItem: false, dialog: { title: 'T', description: 'D' } });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ moveItemTo: 'junkFolder', onErrorDeleteItem: false, showPostProcessingDialog: { title: 'T', description: 'D' } });
  });
});

describe('readItemSummary (the fallback when getAsFileAsync fails)', () => {
  it('reads what the item offers without the body', async () => {
    const { readItemSummary } = await import('../../src/office/report-actions');
    const fake = {
      context: {
        mailbox: {
          userProfile: { emailAddress: 'me@parliament.example' },
          item: {
            subject: 'Hello', internetMessageId: '<id@x>', dateTimeCreated: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
            from: { displayName: ' Desk ', emailAddress: 'desk@news.example' }, to: [{ displayName: 'Me', emailAddress: 'me@parliament.example' }],
          },
        },
      },
    } as unknown as typeof Office;
    expect(readItemSummary(fake)).toEqual({
      headers: [], replyTo: [], cc: [], attachments: [], subject: 'Hello', messageId: '<id@x>', date: '2026-01-02T03:04:05.000Z',
      from: { name: 'Desk', address: 'desk@news.example' }, to: [{ name: 'Me', address: 'me@parliament.example' }], recipient: 'me@parliament.example',
    });
    expect(readItemSummary({ context: { mailbox: { item: null } } } as unknown as typeof Office)).toBeUndefined();
  });
});
