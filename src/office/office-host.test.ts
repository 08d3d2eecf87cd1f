import { createFakeOffice } from '../../test/helpers/fake-office';
import { OfficeCallError } from './errors';
import { createOfficeHost, NOTIFICATION_KEY, NOTIFICATION_MAX_LENGTH } from './office-host';

const HEADERS = [
  'Received: from mta.mailer.example (mta.mailer.example [192.0.2.7])',
  '\tby mx.parliament.example; Mon, 5 Jan 2026 09:00:00 +0000',
  'From: "Daily Courier" <news@courier-daily.example>',
  'Reply-To: =?UTF-8?B?UsOpZGFjdGlvbg==?= <desk@other.example>',
  'Disposition-Notification-To: track@mailer.example',
  'Subject: Interview request',
  '',
].join('\r\n');

const item = {
  html: '<p>Hello</p><img src="https://outlook.office.com/proxy/abc" originalsrc="https://t.mailer.example/o.gif?u=42" width="1">',
  headers: HEADERS,
  from: { displayName: 'Daily Courier ', emailAddress: 'news@courier-daily.example' },
  to: [{ displayName: 'Reader', emailAddress: 'reader@parliament.example' }],
  subject: 'Interview request',
  internetMessageId: '<m1@mailer.example>',
  attachments: [{ id: 'a1', name: 'cv.pdf', contentType: 'application/pdf', size: 1234, isInline: false, attachmentType: 'file' }],
};

describe('createOfficeHost().readCurrentItem', () => {
  it('maps the item into a MailMessage with headers, reply-to and attachments', async () => {
    const fake = createFakeOffice({ item });
    const result = await createOfficeHost(fake.office).readCurrentItem();
    if (result.kind !== 'item') throw new Error('expected an item');
    expect(result.headersAvailable).toBe(true);
    expect(result.limitations).toEqual([]);
    const { message } = result;
    expect(message.from).toEqual({ name: 'Daily Courier', address: 'news@courier-daily.example' });
    expect(message.to).toEqual([{ name: 'Reader', address: 'reader@parliament.example' }]);
    expect(message.recipient).toBe('reader@parliament.example');
    expect(message.messageId).toBe('<m1@mailer.example>');
    expect(message.replyTo).toEqual([{ name: 'Rédaction', address: 'desk@other.example' }]);
    expect(message.attachments).toEqual([{ name: 'cv.pdf', contentType: 'application/pdf', size: 1234, inline: false }]);
    expect(message.headers.map((h) => h.name)).toEqual(['Received', 'From', 'Reply-To', 'Disposition-Notification-To', 'Subject']);
    // The folded Received line is unfolded into one value.
    expect(message.headers[0]?.value).toBe('from mta.mailer.example (mta.mailer.example [192.0.2.7])\tby mx.parliament.example; Mon, 5 Jan 2026 09:00:00 +0000');
  });

  it('shows the detector the original image URL, not Outlook’s proxy', async () => {
    const fake = createFakeOffice({ item });
    const result = await createOfficeHost(fake.office).readCurrentItem();
    if (result.kind !== 'item') throw new Error('expected an item');
    expect(result.message.html).toContain('src="https://t.mailer.example/o.gif?u=42"');
    expect(result.message.html).not.toContain('outlook.office.com/proxy');
  });

  it('analyses without headers and says so when Mailbox 1.8 is unsupported', async () => {
    const fake = createFakeOffice({ item, mailbox18: false });
    const result = await createOfficeHost(fake.office).readCurrentItem();
    if (result.kind !== 'item') throw new Error('expected an item');
    expect(result.headersAvailable).toBe(false);
    expect(result.limitations).toEqual(['headers-unsupported']);
    expect(result.message.headers).toEqual([]);
    expect(fake.calls).not.toContain('getAllInternetHeadersAsync');
    expect(result.message.html).toContain('<p>Hello</p>');
  });

  it('keeps going without headers when the header call fails', async () => {
    const fake = createFakeOffice({ item, failures: { getAllInternetHeadersAsync: { message: 'Item not found', code: 9002 } } });
    const result = await createOfficeHost(fake.office).readCurrentItem();
    if (result.kind !== 'item') throw new Error('expected an item');
    expect(result.headersAvailable).toBe(false);
    expect(result.limitations).toEqual(['headers-failed']);
  });

  it('rejects with OfficeCallError naming the call when the body cannot be read', async () => {
    const fake = createFakeOffice({ item, failures: { 'body.getAsync': { message: 'The internet connection is down', code: 5001 } } });
    const error = await createOfficeHost(fake.office).readCurrentItem().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({ call: 'body.getAsync', officeMessage: 'The internet connection is down', code: 5001 });
  });

  it('returns a typed no-item result when nothing is selected', async () => {
    const fake = createFakeOffice({ item: null });
    await expect(createOfficeHost(fake.office).readCurrentItem()).resolves.toEqual({ kind: 'no-item' });
  });
});

describe('item changes and notifications', () => {
  it('calls the handler when the reader selects another message', async () => {
    const fake = createFakeOffice({ item });
    const host = createOfficeHost(fake.office);
    const handler = jest.fn();
    await host.onItemChanged(handler);
    fake.selectItem({ ...item, subject: 'Second' });
    expect(handler).toHaveBeenCalledTimes(1);
    const next = await host.readCurrentItem();
    expect(next.kind === 'item' && next.message.subject).toBe('Second');
  });

  it('replaces one notification under a fixed key, informational, with an icon, at most 150 characters', async () => {
    const fake = createFakeOffice({ item });
    const host = createOfficeHost(fake.office);
    await host.showItemNotification('Clearsight: 1 tracker');
    await host.showItemNotification(`Clearsight: ${'very long explanation '.repeat(20)}`);
    expect(fake.notifications).toHaveLength(2);
    expect(new Set(fake.notifications.map((n) => n.key))).toEqual(new Set([NOTIFICATION_KEY]));
    const last = fake.notifications[1]!.details;
    expect(last).toMatchObject({ type: 'informationalMessage', persistent: false, icon: 'Icon.16x16' });
    expect(Array.from(last.message).length).toBeLessThanOrEqual(NOTIFICATION_MAX_LENGTH);
    expect(last.message.endsWith('…')).toBe(true);
    expect(fake.notifications[0]!.details.message).toBe('Clearsight: 1 tracker');
  });

  it('swallows and logs a failing notification', async () => {
    const fake = createFakeOffice({ item, failures: { 'notificationMessages.replaceAsync': { message: 'Too many', code: 3 } } });
    const log = jest.fn();
    await expect(createOfficeHost(fake.office, { log }).showItemNotification('x')).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.any(OfficeCallError));
  });

  it('reports display language and theme', () => {
    const fake = createFakeOffice({ displayLanguage: 'nl-NL', bodyBackgroundColor: '#1f1f1f' });
    const host = createOfficeHost(fake.office);
    expect(host.getDisplayLanguage()).toBe('nl-NL');
    expect(host.getOfficeTheme()?.bodyBackgroundColor).toBe('#1f1f1f');
  });
});
