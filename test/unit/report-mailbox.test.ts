import { openReportMessageForm, readItemAsEml } from '../../src/office/report-actions';
import { buildMailboxReportForm, escapeHtml } from '../../src/report/mailbox';
import { ReportService, type ReportHost } from '../../src/report/service';
import { memoryStorage } from '../../src/report/storage';
import { message } from '../helpers/message';
import type { Finding } from '../../src/detector/types';

const evilFinding: Finding = {
  rule: 'lure/<script>', category: 'lure', severity: 'high', evidence: {},
  messageKey: 'unknown.<b>key</b>', params: {},
};

function fakeOffice(options: { mailbox114?: boolean; eml?: string | Error } = {}) {
  const forms: Office.MessageForm[] = [];
  const item = {
    itemId: 'AAMkAD-item-1',
    getAsFileAsync: (callback: (r: Office.AsyncResult<string>) => void) => {
      const result = options.eml instanceof Error
        ? { status: 'failed', error: { message: options.eml.message } }
        : { status: 'succeeded', value: options.eml ?? 'RnJv\r\nbTog' };
      setTimeout(() => callback(result as unknown as Office.AsyncResult<string>), 0);
    },
  };
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: { isSetSupported: (_set: string, version: string) => options.mailbox114 !== false || Number(version.split('.')[1]) < 14 },
      mailbox: { item, displayNewMessageForm: (form: Office.MessageForm) => forms.push(form), userProfile: { emailAddress: 'me@parliament.example' } },
    },
  } as unknown as typeof Office;
  return { office, forms };
}

describe('mailbox fallback', () => {
  const input = {
    reportMailbox: 'security@parliament.example',
    message: { subject: 'Interview <urgent> & "exclusive"', from: { name: 'Eve <Press>', address: 'eve@news.example' } },
    verdict: { level: 'danger' as const, score: 9, findings: [evilFinding] },
    category: 'phishing' as const,
    comment: '<img src=x onerror=alert(1)>',
    itemId: 'AAMkAD-item-1',
  };

  it('opens displayNewMessageForm addressed to the security mailbox with the item attached', () => {
    const { office, forms } = fakeOffice();
    openReportMessageForm(office, buildMailboxReportForm(input));
    expect(forms).toHaveLength(1);
    expect(forms[0]).toEqual({
      toRecipients: ['security@parliament.example'],
      subject: 'Phishing: Interview <urgent> & "exclusive"',
      htmlBody: expect.any(String),
      attachments: [{ type: 'item', itemId: 'AAMkAD-item-1', name: 'Interview <urgent> & "exclusive"' }],
    });
  });

  it('escapes everything that came from the message or the reporter', () => {
    const { htmlBody } = buildMailboxReportForm(input);
    expect(htmlBody).not.toContain('<img');
    expect(htmlBody).not.toContain('<urgent>');
    expect(htmlBody).not.toContain('<script>');
    expect(htmlBody).not.toContain('<b>key</b>');
    expect(htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(htmlBody).toContain('Interview &lt;urgent&gt; &amp; &quot;exclusive&quot;');
    expect(htmlBody).toContain('Eve &lt;Press&gt; &lt;eve@news.example&gt;');
    expect(htmlBody).toContain('danger (score 9)');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('is what the service does when only reportMailbox is configured', async () => {
    const opened: unknown[] = [];
    const host: ReportHost = {
      readEml: jest.fn(), openMessageForm: (form) => opened.push(form), itemId: () => 'item-7', reporter: () => 'me@parliament.example',
      client: { addinVersion: '0.1.0' },
    };
    const fetchSpy = jest.fn();
    const service = new ReportService({
      config: { reportMailbox: 'security@parliament.example', afterReport: 'leave', categories: ['phishing', 'spam'] },
      host, storage: memoryStorage(), fetch: fetchSpy, now: Date.now, random: Math.random,
      randomBytes: (n) => new Uint8Array(n), setTimer: setTimeout, clearTimer: (h) => clearTimeout(h as NodeJS.Timeout),
    }, 'pane');
    expect(service.mode).toBe('mailbox');
    expect(service.categories).toEqual(['phishing', 'spam']);
    const result = await service.submit({ message: message({ subject: 'Hi' }), verdict: { level: 'safe', score: 0, findings: [] }, category: 'spam' });
    expect(result).toEqual({ kind: 'form-opened' });
    expect(opened).toEqual([expect.objectContaining({ to: 'security@parliament.example', subject: 'Phishing: Hi', itemId: 'item-7' })]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(host.readEml).not.toHaveBeenCalled();
  });
});

describe('readItemAsEml', () => {
  it('returns the base64 without line breaks on Mailbox 1.14', async () => {
    expect(await readItemAsEml(fakeOffice().office)).toEqual({ kind: 'eml', base64: 'RnJvbTog' });
  });
  it('flags the eml as unsupported below 1.14', async () => {
    expect(await readItemAsEml(fakeOffice({ mailbox114: false }).office)).toEqual({ kind: 'omitted', reason: 'unsupported' });
  });
  it('flags an error with Outlook’s reason', async () => {
    expect(await readItemAsEml(fakeOffice({ eml: new Error('item too large') }).office)).toEqual({ kind: 'omitted', reason: 'error', detail: 'item too large' });
  });
});
