import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { Finding, MailMessage, Policy, Verdict } from '../../src/detector/types';
import { DEFAULT_POLICY } from '../../src/detector/types';
import { describeFinding, LANGUAGES, type Language } from '../../src/i18n';
import { uiText } from '../../src/i18n/ui';
import { createOfficeHost } from '../../src/office';
import { App } from '../../src/taskpane/App';
import type { PolicyLoadResult } from '../../src/taskpane/policy';
import { createFakeOffice, type FakeItemData, type FakeOfficeOptions } from '../helpers/fake-office';

const LONG_URL = `https://t.mailer-tracking.example/open/8f3a9c0b2d?recipient=${'a1b2c3d4'.repeat(12)}&campaign=press-2021`;

const receipt = (overrides: Partial<Finding> = {}): Finding => ({
  rule: 'tracking/read-receipt', category: 'tracking', severity: 'medium', messageKey: 'tracking/read-receipt.requested',
  params: { to: 'track@mailer.example' }, evidence: { header: 'Disposition-Notification-To', detail: 'track@mailer.example' }, openTracking: true, ...overrides,
});
const pixel: Finding = receipt({ rule: 'tracking/tiny-image', messageKey: 'tracking/read-receipt.requested', evidence: { url: LONG_URL, element: 'img' } });
const lure: Finding = { rule: 'lure/news-impersonation', category: 'lure', severity: 'high', messageKey: 'tracking/read-receipt.requested', params: { to: 'the desk' }, evidence: { host: 'courier-daily.example' } };

const verdicts: Record<'safe' | 'caution' | 'danger', Verdict> = {
  safe: { level: 'safe', score: 0, findings: [], reasons: [] },
  caution: { level: 'caution', score: 6, findings: [receipt(), pixel], reasons: ['tracking/read-receipt.requested'] },
  danger: { level: 'danger', score: 9, findings: [lure, pixel], reasons: ['tracking/read-receipt.requested'] },
};

const ITEM: FakeItemData = {
  html: '<p>Dear colleague</p>', headers: 'From: a@b.example\r\nSubject: s\r\n',
  from: { displayName: 'Daily Courier', emailAddress: 'news@courier-daily.example' }, subject: 'Interview',
};

function setup(options: {
  language?: Language; office?: FakeOfficeOptions; verdict?: Verdict;
  analyze?: (m: MailMessage, p: Policy) => Promise<Verdict>; policy?: () => Promise<PolicyLoadResult>; copy?: (t: string) => Promise<void>;
} = {}) {
  const fake = createFakeOffice({ item: ITEM, displayLanguage: `${options.language ?? 'en'}-XX`, ...options.office });
  const host = createOfficeHost(fake.office, { log: () => {} });
  const analyze = jest.fn(options.analyze ?? (() => Promise.resolve(options.verdict ?? verdicts.safe)));
  const copy = jest.fn(options.copy ?? (() => Promise.resolve()));
  const view = render(<App host={host} analyzeMessage={analyze} loadPolicy={options.policy} copyText={copy} />);
  return { ...view, fake, analyze, copy };
}

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe.each(LANGUAGES)('taskpane in %s', (language) => {
  const t = (key: Parameters<typeof uiText>[1], params?: Record<string, string | number>) => uiText(language, key, params);

  it('shows a spinner while the message is read, then the result', async () => {
    let release!: (v: Verdict) => void;
    const { container } = setup({ language, analyze: () => new Promise((resolve) => { release = resolve; }) });
    expect(await screen.findByText(t('loading'))).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await act(async () => release(verdicts.safe));
    expect(await screen.findByText(t('safeTitle'))).toBeInTheDocument();
    expect(screen.queryByText(t('loading'))).not.toBeInTheDocument();
  });

  it('says so when no message is selected', async () => {
    const { container, analyze } = setup({ language, office: { item: null } });
    expect(await screen.findByRole('heading', { name: t('emptyTitle') })).toBeInTheDocument();
    expect(analyze).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('shows Office’s reason on error and reads the message again on Retry', async () => {
    const failing = createFakeOffice({ item: ITEM, displayLanguage: language, failures: { 'body.getAsync': { message: 'Mailbox unavailable', code: 9020 } } });
    const working = createFakeOffice({ item: ITEM });
    const host = createOfficeHost(failing.office, { log: () => {} });
    const readCurrentItem = jest.spyOn(host, 'readCurrentItem');
    const { container } = render(<App host={host} analyzeMessage={() => Promise.resolve(verdicts.caution)} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(t('errorTitle'));
    expect(alert).toHaveTextContent(t('errorBody', { reason: 'Mailbox unavailable (9020)' }));
    await expectNoAxeViolations(container);
    readCurrentItem.mockImplementation(() => createOfficeHost(working.office).readCurrentItem());
    await userEvent.click(screen.getByRole('button', { name: t('retry') }));
    expect(await screen.findByText(t('cautionTitle'))).toBeInTheDocument();
    expect(readCurrentItem).toHaveBeenCalledTimes(2);
  });

  it.each(['safe', 'caution', 'danger'] as const)('shows the %s banner with its sentence and actions', async (level) => {
    const { container, fake } = setup({ language, verdict: verdicts[level] });
    const title = { safe: t('safeTitle'), caution: t('cautionTitle'), danger: t('dangerTitle') }[level];
    const bannerTitle = await screen.findByText(title);
    const banner = bannerTitle.closest('[data-level]') as HTMLElement;
    expect(banner).toHaveAttribute('data-level', level);
    const reason = describeFinding(receipt(), language).title;
    const sentence = { safe: t('safeBody'), caution: t('cautionBody', { reason }), danger: t('dangerBody', { reason }) }[level];
    expect(banner).toHaveTextContent(sentence);
    if (level === 'danger') expect(banner).toHaveAttribute('role', 'alert');
    else expect(banner).not.toHaveAttribute('role', 'alert');
    expect(within(banner).getByRole('button', { name: t('report') })).toHaveAttribute('aria-disabled', 'true');
    expect(within(banner).getByRole('button', { name: t('showDetails') })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(t('localOnly'))).toBeInTheDocument();
    expect(screen.queryByTestId('headers-missing')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    await waitFor(() => expect(fake.notifications).toHaveLength(1));
    expect(fake.notifications[0]!.details.message.startsWith(level === 'safe' ? t('summarySafe') : t('summaryPrefix'))).toBe(true);
  });

  it('expands the findings, grouped and explained, and moves focus to them', async () => {
    const { container } = setup({ language, verdict: verdicts.danger });
    await userEvent.click(await screen.findByRole('button', { name: t('showDetails') }));
    const heading = await screen.findByRole('heading', { level: 2, name: t('findingsHeading') });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('button', { name: t('hideDetails') })).toHaveAttribute('aria-expanded', 'true');
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual([t('groupSender'), t('groupTracking')]);
    const text = describeFinding(lure, language);
    expect(screen.getAllByRole('heading', { level: 4, name: text.title }).length).toBeGreaterThan(0);
    expect(screen.getAllByText(text.senderLearns).length).toBeGreaterThan(0);
    expect(screen.getAllByText(text.action).length).toBeGreaterThan(0);
    expect(screen.getAllByText(t('severityHigh')).length).toBe(1);
    // The impersonated host is emphasised, as text.
    expect(screen.getByText('courier-daily.example').tagName).toBe('STRONG');
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: t('hideDetails') }));
    expect(screen.queryByRole('heading', { name: t('findingsHeading') })).not.toBeInTheDocument();
  });

  it('shortens long evidence URLs, shows the full one on demand and copies it', async () => {
    const { copy, container } = setup({ language, verdict: verdicts.caution });
    await userEvent.click(await screen.findByRole('button', { name: t('showDetails') }));
    const shown = await screen.findByTestId('evidence-url');
    expect(shown.textContent).not.toBe(LONG_URL);
    expect(shown.textContent).toContain('…');
    expect(within(shown).getByText('t.mailer-tracking.example').tagName).toBe('STRONG');
    const expand = screen.getByRole('button', { name: t('showFullAddress') });
    await userEvent.click(expand);
    expect(screen.getByTestId('evidence-url').textContent).toBe(LONG_URL);
    expect(screen.getByRole('button', { name: t('showShortAddress') })).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('button', { name: t('copyAddress') }));
    expect(copy).toHaveBeenCalledWith(LONG_URL);
    expect(await screen.findByText(t('copied'))).toBeInTheDocument();
    // Evidence is text: no link or image built from a message URL.
    expect(container.querySelector('a[href], img, iframe')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('says so when copying fails', async () => {
    setup({ language, verdict: verdicts.caution, copy: () => Promise.reject(new Error('denied')) });
    await userEvent.click(await screen.findByRole('button', { name: t('showDetails') }));
    await userEvent.click(await screen.findByRole('button', { name: t('copyAddress') }));
    expect(await screen.findByText(t('copyFailed'))).toBeInTheDocument();
  });

  it('notes that sender checks were limited when headers are unavailable', async () => {
    const { analyze, container } = setup({ language, office: { mailbox18: false }, verdict: verdicts.caution });
    expect(await screen.findByTestId('headers-missing')).toHaveTextContent(t('headersMissing'));
    expect(analyze.mock.calls[0]![0].headers).toEqual([]);
    await expectNoAxeViolations(container);
  });

  it('warns about a bad config naming the field, and still analyses with the default policy', async () => {
    const policy = () => Promise.resolve<PolicyLoadResult>({ policy: DEFAULT_POLICY, warning: { kind: 'invalid-field', field: 'vips[1].domains[0]', detail: 'x' } });
    const { analyze, container } = setup({ language, verdict: verdicts.caution, policy });
    expect(await screen.findByTestId('config-warning')).toHaveTextContent(t('configWarning', { field: 'vips[1].domains[0]' }));
    expect(await screen.findByText(t('cautionTitle'))).toBeInTheDocument();
    expect(analyze.mock.calls[0]![1]).toBe(DEFAULT_POLICY);
    await expectNoAxeViolations(container);
  });
});

describe('taskpane behaviour', () => {
  it('analyses again when the reader selects another message', async () => {
    const analyze = jest.fn((m: MailMessage) => Promise.resolve(m.subject === 'Second' ? verdicts.danger : verdicts.safe));
    const { fake } = setup({ analyze });
    expect(await screen.findByText(uiText('en', 'safeTitle'))).toBeInTheDocument();
    act(() => fake.selectItem({ ...ITEM, subject: 'Second' }));
    expect(await screen.findByText(uiText('en', 'dangerTitle'))).toBeInTheDocument();
    expect(analyze).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(fake.notifications).toHaveLength(2));
    expect(new Set(fake.notifications.map((n) => n.key)).size).toBe(1);
  });

  it('uses the report integration when one is provided', async () => {
    const onReport = jest.fn();
    const fake = createFakeOffice({ item: ITEM });
    render(<App host={createOfficeHost(fake.office)} analyzeMessage={() => Promise.resolve(verdicts.danger)} report={{ onReport }} />);
    await userEvent.click(await screen.findByRole('button', { name: uiText('en', 'report') }));
    expect(onReport).toHaveBeenCalledWith(expect.objectContaining({ verdict: verdicts.danger, language: 'en' }));
  });

  it('explains the disabled Report button with a tooltip', async () => {
    setup({ verdict: verdicts.caution });
    const button = await screen.findByRole('button', { name: uiText('en', 'report') });
    await userEvent.hover(button);
    expect(await screen.findByText(uiText('en', 'reportNotConfigured'))).toBeInTheDocument();
  });

  it('falls back to English for other display languages', async () => {
    setup({ office: { displayLanguage: 'es-ES' }, verdict: verdicts.safe });
    expect(await screen.findByText(uiText('en', 'safeTitle'))).toBeInTheDocument();
  });
});
