import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MailMessage, Verdict } from '../../src/detector/types';
import { uiText } from '../../src/i18n/ui';
import { createOfficeHost, OfficeCallError } from '../../src/office';
import { App } from '../../src/taskpane/App';
import { copyToClipboard } from '../../src/taskpane/components/Evidence';
import { AnalysisTimeoutError } from '../../src/worker/errors';
import { createFakeOffice } from '../helpers/fake-office';

const safe: Verdict = { level: 'safe', score: 0, findings: [], reasons: [] };
const caution: Verdict = {
  level: 'caution', score: 3, reasons: ['tracking/read-receipt.requested'],
  findings: [{ rule: 'tracking/read-receipt', category: 'tracking', severity: 'medium', messageKey: 'tracking/read-receipt.requested', params: { to: 'x@y.example' }, evidence: { header: 'Disposition-Notification-To' } }],
};

describe('taskpane edge cases', () => {
  it('never lets a slow, older analysis overwrite the message now selected', async () => {
    const fake = createFakeOffice({ item: { subject: 'First', html: '<p>one</p>' } });
    let releaseFirst!: (v: Verdict) => void;
    const analyze = jest.fn((m: MailMessage) => (m.subject === 'First' ? new Promise<Verdict>((r) => { releaseFirst = r; }) : Promise.resolve(safe)));
    render(<App host={createOfficeHost(fake.office)} analyzeMessage={analyze} />);
    await waitFor(() => expect(analyze).toHaveBeenCalledTimes(1));
    act(() => fake.selectItem({ subject: 'Second', html: '<p>two</p>' }));
    expect(await screen.findByText(uiText('en', 'safeTitle'))).toBeInTheDocument();
    await act(async () => releaseFirst(caution));
    expect(screen.queryByText(uiText('en', 'cautionTitle'))).not.toBeInTheDocument();
    expect(screen.getByText(uiText('en', 'safeTitle'))).toBeInTheDocument();
  });

  it('never renders the message itself, nor anything it points to', async () => {
    const html = '<p>Secret body text</p><img src="https://proxy.example/x" originalsrc="https://t.example/p.gif"><a href="https://evil.example">click</a>';
    const fake = createFakeOffice({ item: { subject: 'S', html } });
    const { container } = render(<App host={createOfficeHost(fake.office)} analyzeMessage={() => Promise.resolve(caution)} />);
    await screen.findByText(uiText('en', 'cautionTitle'));
    expect(container.textContent).not.toContain('Secret body text');
    expect(container.querySelector('img, a[href], iframe, object, embed')).toBeNull();
  });

  it('shows the error state when the analysis itself fails', async () => {
    const fake = createFakeOffice({ item: { subject: 'S' } });
    render(<App host={createOfficeHost(fake.office)} analyzeMessage={() => Promise.reject(new Error('detector exploded'))} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(uiText('en', 'errorBody', { reason: 'detector exploded' }));
  });

  it('says the message is too complex, not that Outlook failed, when the analysis runs out of time', async () => {
    const fake = createFakeOffice({ item: { subject: 'S' } });
    render(<App host={createOfficeHost(fake.office)} analyzeMessage={() => Promise.reject(new AnalysisTimeoutError(20_000))} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(uiText('en', 'tooComplexBody'));
    expect(alert).not.toHaveTextContent(uiText('en', 'errorBody', { reason: '' }).trim());
    expect(screen.getByRole('button', { name: uiText('en', 'retry') })).toBeInTheDocument();
  });

  it('shows the error state, with Retry, when the result cannot be rendered', async () => {
    const fake = createFakeOffice({ item: { subject: 'S' } });
    const broken = { level: 'caution', score: 1, reasons: ['x'], findings: null } as unknown as Verdict;
    const analyze = jest.fn().mockResolvedValueOnce(broken).mockResolvedValue(safe);
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      render(<App host={createOfficeHost(fake.office)} analyzeMessage={analyze} />);
      expect(await screen.findByRole('alert')).toHaveTextContent(uiText('en', 'errorTitle'));
      await userEvent.click(screen.getByRole('button', { name: uiText('en', 'retry') }));
      expect(await screen.findByText(uiText('en', 'safeTitle'))).toBeInTheDocument();
    } finally {
      quiet.mockRestore();
      warn.mockRestore();
    }
  });

  it('turns an Office call that throws synchronously into OfficeCallError', async () => {
    const fake = createFakeOffice({ item: { subject: 'S' } });
    (fake.office.context.mailbox.item as unknown as { body: { getAsync: () => never } }).body.getAsync = () => { throw new Error('not available in this host'); };
    const error = await createOfficeHost(fake.office).readCurrentItem().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({ call: 'body.getAsync', officeMessage: 'not available in this host' });
  });

  it('follows the Office theme: dark background → dark Fluent theme', async () => {
    const dark = createFakeOffice({ item: { subject: 'S' }, bodyBackgroundColor: '#1f1f1f' });
    const light = createFakeOffice({ item: { subject: 'S' }, bodyBackgroundColor: '#ffffff' });
    const a = render(<App host={createOfficeHost(dark.office)} analyzeMessage={() => Promise.resolve(safe)} />);
    const b = render(<App host={createOfficeHost(light.office)} analyzeMessage={() => Promise.resolve(safe)} />);
    await waitFor(() => expect(screen.getAllByText(uiText('en', 'safeTitle'))).toHaveLength(2));
    // FluentProvider writes its theme as CSS variables into a <style id="<provider class>">.
    const themeCss = (c: HTMLElement) => {
      const provider = c.querySelector('.fui-FluentProvider') as HTMLElement;
      const id = Array.from(provider.classList).find((name) => name.startsWith('fui-FluentProvider_'));
      const sheet = (document.getElementById(id ?? '') as HTMLStyleElement | null)?.sheet;
      return Array.from(sheet?.cssRules ?? []).map((rule) => rule.cssText).join('\n');
    };
    expect(themeCss(a.container)).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    expect(themeCss(b.container)).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
  });
});

describe('copyToClipboard', () => {
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  afterEach(() => {
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it('uses the Clipboard API when available', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await copyToClipboard('https://t.example/a');
    expect(writeText).toHaveBeenCalledWith('https://t.example/a');
  });

  it('falls back to a hidden textarea when the Clipboard API refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    let copied = '';
    (document as { execCommand?: unknown }).execCommand = jest.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement | null)?.value ?? '';
      return true;
    });
    await copyToClipboard('https://t.example/b');
    expect(copied).toBe('https://t.example/b');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('rejects when neither way works, so the pane can say so', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    (document as { execCommand?: unknown }).execCommand = jest.fn(() => false);
    await expect(copyToClipboard('x')).rejects.toThrow();
    expect(document.querySelector('textarea')).toBeNull();
  });
});
