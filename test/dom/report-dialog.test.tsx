import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Verdict } from '../../src/detector/types';
import { reportText } from '../../src/i18n/report';
import { createReportIntegration } from '../../src/report/ReportAction';
import { createPaneReportIntegration } from '../../src/report/pane';
import { ReportDialog } from '../../src/report/ReportDialog';
import { ReportService, type ReportHost } from '../../src/report/service';
import { memoryStorage } from '../../src/report/storage';
import type { ReportConfig } from '../../src/config/schema';
import type { ReportPayload } from '../../src/report/payload';
import { message } from '../helpers/message';

const verdict: Verdict = {
  level: 'caution', score: 5, reasons: [],
  findings: [{ rule: 'tracking/tiny-image', category: 'tracking', severity: 'medium', messageKey: 'k', params: {}, evidence: {} }],
};
const mail = message({ messageId: '<m@news.example>', subject: 'Interview', from: { name: 'Desk', address: 'desk@news.example' } });

// jsdom has no fetch Response; the delivery code only reads these members.
function jsonResponse(status: number, body: unknown): Response {
  const text = JSON.stringify(body);
  return { status, type: 'basic', headers: { get: () => null }, text: async () => text } as unknown as Response;
}

type Responder = (body: ReportPayload, headers: Record<string, string>) => Response | Promise<Response>;

function setup(options: { config?: Partial<ReportConfig>; respond?: Responder } = {}) {
  const received: ReportPayload[] = [];
  let respond: Responder = options.respond ?? (() => jsonResponse(201, { id: 'CS-1234' }));
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string) as ReportPayload;
    received.push(body);
    return respond(body, init.headers as Record<string, string>);
  }) as unknown as typeof fetch;
  const opened: unknown[] = [];
  const host: ReportHost = {
    readEml: async () => ({ kind: 'eml', base64: 'RnJvbTogYQ==' }),
    openMessageForm: (form) => opened.push(form),
    itemId: () => 'item-1',
    reporter: () => 'me@parliament.example',
    client: { addinVersion: '0.1.0' },
  };
  const config: ReportConfig = { reportEndpoint: 'https://reports.example/api/reports', afterReport: 'leave', categories: ['phishing', 'tracking', 'spam', 'unsure'], ...options.config };
  const service = new ReportService({
    config, host, storage: memoryStorage(), fetch: fetchImpl, now: Date.now, random: () => 0.5,
    randomBytes: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
    setTimer: () => 0, clearTimer: () => {},
  }, 'pane');
  const onClose = jest.fn();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ReportDialog service={service} message={mail} verdict={verdict} language="en" open onClose={onClose} />
    </FluentProvider>,
  );
  return { ...view, service, received, opened, onClose, setRespond: (r: Responder) => { respond = r; } };
}

const en = (key: Parameters<typeof reportText>[1], params?: Record<string, string | number>) => reportText('en', key, params);

describe('ReportDialog', () => {
  it('sends the chosen category and comment, then shows the reference', async () => {
    const user = userEvent.setup();
    const { received } = setup();
    // Clearsight found tracking, so that is preselected.
    expect(screen.getByRole('radio', { name: en('categoryTracking') })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: en('categoryPhishing') }));
    await user.type(screen.getByRole('textbox'), 'I do not know them');
    expect(received).toHaveLength(0); // nothing leaves before Send
    await user.click(screen.getByRole('button', { name: en('send') }));
    expect(await screen.findByText(en('sentBody', { reference: 'CS-1234' }))).toBeInTheDocument();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ category: 'phishing', comment: 'I do not know them', eml: 'RnJvbTogYQ==', reporter: 'me@parliament.example' });
  });

  it('offers only the categories IT configured', () => {
    setup({ config: { categories: ['spam', 'phishing'] } });
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['phishing', 'spam']);
  });

  it('says the report is queued when offline', async () => {
    const user = userEvent.setup();
    setup({ respond: () => { throw new TypeError('Failed to fetch'); } });
    await user.click(screen.getByRole('button', { name: en('send') }));
    expect(await screen.findByText(en('queuedTitle'))).toBeInTheDocument();
    expect(screen.getByText(en('queuedOffline'))).toBeInTheDocument();
  });

  it('shows a permanent failure with its reason, and Retry delivers', async () => {
    const user = userEvent.setup();
    const { setRespond, received } = setup({ respond: () => jsonResponse(401, { message: 'invalid token' }) });
    await user.click(screen.getByRole('button', { name: en('send') }));
    expect(await screen.findByText(en('failedTitle'))).toBeInTheDocument();
    expect(screen.getByText(/HTTP 401: invalid token/)).toBeInTheDocument();
    setRespond(() => jsonResponse(201, { id: 'CS-77' }));
    await user.click(screen.getByRole('button', { name: en('retry') }));
    expect(await screen.findByText(en('sentBody', { reference: 'CS-77' }))).toBeInTheDocument();
    expect(received).toHaveLength(2);
  });

  it('opens a pre-filled message when only a mailbox is configured', async () => {
    const user = userEvent.setup();
    const { opened, received } = setup({ config: { reportEndpoint: undefined, reportMailbox: 'security@parliament.example' } });
    expect(screen.getByText(en('mailboxIntro'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en('openMessage') }));
    expect(await screen.findByText(en('formOpenedTitle'))).toBeInTheDocument();
    expect(opened).toHaveLength(1);
    expect(received).toHaveLength(0);
  });

  it('says so when the message was already reported', async () => {
    const user = userEvent.setup();
    const { service, received } = setup();
    await service.submit({ message: mail, verdict, category: 'spam' });
    await service.outbox!.flush();
    await user.click(screen.getByRole('button', { name: en('send') }));
    expect(await screen.findByText(en('alreadyReported', { reference: 'CS-1234' }))).toBeInTheDocument();
    expect(received).toHaveLength(1);
  });
});

describe('createReportIntegration', () => {
  it('plugs nothing in when reporting is not configured, so the pane keeps its disabled button', () => {
    const service = new ReportService({
      config: undefined, host: {} as ReportHost, storage: memoryStorage(), fetch: jest.fn(), now: Date.now, random: Math.random,
      randomBytes: (n) => new Uint8Array(n), setTimer: () => 0, clearTimer: () => {},
    }, 'pane');
    expect(createReportIntegration(service)).toEqual({});
  });

  it('renders a Report button that opens the dialog', async () => {
    const user = userEvent.setup();
    const { service } = setup();
    const { ReportAction } = createReportIntegration(service);
    render(<FluentProvider theme={webLightTheme}>{ReportAction && <ReportAction message={mail} verdict={verdict} language="fr" />}</FluentProvider>);
    await user.click(screen.getByRole('button', { name: reportText('fr', 'reportButton') }));
    await waitFor(() => expect(screen.getByText(reportText('fr', 'dialogTitle'))).toBeInTheDocument());
  });
});

describe('createPaneReportIntegration', () => {
  const office = { onReady: async () => ({}), context: { mailbox: { item: null } } } as unknown as typeof Office;

  async function renderPane(config: Partial<ReportConfig> | undefined) {
    const { ReportAction } = createPaneReportIntegration({
      office,
      loadConfig: async () => (config ? ({ report: { afterReport: 'leave', categories: ['phishing'], ...config } } as never) : undefined),
    });
    render(<FluentProvider theme={webLightTheme}>{ReportAction && <ReportAction message={mail} verdict={verdict} language="nl" />}</FluentProvider>);
  }

  it('keeps the button disabled, saying why, without a report configuration', async () => {
    await renderPane(undefined);
    await waitFor(() => expect(screen.getByRole('button', { name: reportText('nl', 'reportButton') })).toHaveAttribute('aria-disabled', 'true'));
    await waitFor(() => expect(document.body.textContent).toContain(reportText('nl', 'notConfigured')));
  });

  it('enables the button once the configuration names an endpoint', async () => {
    window.localStorage.clear();
    await renderPane({ reportEndpoint: 'https://reports.example/api/reports' });
    await waitFor(() => expect(screen.getByRole('button', { name: reportText('nl', 'reportButton') })).toBeEnabled());
    expect(screen.getByRole('button', { name: reportText('nl', 'reportButton') })).not.toHaveAttribute('aria-disabled', 'true');
  });
});

describe('ReportDialog accessibility', () => {
  it('has no axe violations in the form and in the sent state', async () => {
    const axe = (await import('axe-core')).default;
    const user = userEvent.setup();
    setup();
    const check = async () => {
      const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await check();
    await user.click(screen.getByRole('button', { name: en('send') }));
    await screen.findByText(en('sentTitle'));
    await check();
  });
});
