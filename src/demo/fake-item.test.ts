import { message } from '../../test/helpers/message';
import { createFakeItem, headerBlock, type AsyncResultLike, type FailableCall } from './fake-item';

const bytes = (text: string) => new TextEncoder().encode(text);

function item(options: { failures?: FailableCall[]; html?: string; text?: string; raw?: string } = {}) {
  const notifications: unknown[] = [];
  const fake = createFakeItem('sample.eml', bytes(options.raw ?? 'Subject: hi\r\n\r\nbody'), message({
    subject: 'hi',
    from: { name: 'Press', address: 'press@outlet.example' },
    to: [{ name: '', address: 'reader@parliament.example' }],
    html: options.html,
    text: options.text,
    attachments: [{ name: 'a.pdf', contentType: 'application/pdf', size: 10, inline: false }],
  }), { failures: new Set(options.failures ?? []), events: { onNotification: (record) => notifications.push(record) } });
  return { fake, notifications };
}

function call<T>(start: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<AsyncResultLike<T>> {
  return new Promise((resolve) => start(resolve));
}

describe('headerBlock', () => {
  it.each([
    ['CRLF', 'A: 1\r\nB: 2\r\n\r\nbody', 'A: 1\r\nB: 2\r\n'],
    ['LF', 'A: 1\nB: 2\n\nbody', 'A: 1\nB: 2\n'],
    ['folded lines', 'A: 1\r\n  more\r\n\r\nbody', 'A: 1\r\n  more\r\n'],
    ['no body', 'A: 1\r\n', 'A: 1\r\n'],
  ])('returns the header lines only (%s)', (_label, raw, expected) => {
    expect(headerBlock(bytes(raw))).toBe(expected);
  });
});

describe('createFakeItem', () => {
  it('answers asynchronously, with or without an options argument, like Office.js', async () => {
    const { fake } = item({ html: '<p>x</p>' });
    let answered = false;
    const pending = call<string>((cb) => fake.body.getAsync('html', (result: AsyncResultLike<string>) => { answered = true; cb(result); }));
    expect(answered).toBe(false);
    expect(await pending).toEqual({ status: 'succeeded', value: '<p>x</p>', asyncContext: undefined });
    const withOptions = await call<string>((cb) => fake.body.getAsync('html', { asyncContext: 7 }, cb));
    expect(withOptions.asyncContext).toBe(7);
  });

  it('hands a text-only message over as escaped HTML, as Outlook does', async () => {
    const { fake } = item({ text: 'a <script>alert(1)</script> & b\nnext' });
    const result = await call<string>((cb) => fake.body.getAsync('html', cb));
    expect(result.value).not.toContain('<script>');
    expect(result.value).toContain('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; b<br>next');
  });

  it('fails exactly the calls it was asked to fail, with an Office-style error', async () => {
    const { fake, notifications } = item({ failures: ['body', 'notification'] });
    const body = await call<string>((cb) => fake.body.getAsync('html', cb));
    expect(body.status).toBe('failed');
    expect(body.error).toEqual(expect.objectContaining({ code: 9020 }));
    const headers = await call<string>((cb) => fake.getAllInternetHeadersAsync(cb));
    expect(headers).toEqual(expect.objectContaining({ status: 'succeeded', value: 'Subject: hi\r\n' }));
    const note = await call<void>((cb) => fake.notificationMessages.replaceAsync('k', { type: 'informationalMessage', message: 'm' }, cb));
    expect(note.status).toBe('failed');
    expect(notifications).toEqual([]);
  });

  it('gives the untouched message as base64 and maps the item fields', async () => {
    const raw = 'Subject: hé\r\n\r\nbody';
    const { fake } = item({ raw });
    const file = await call<string>((cb) => fake.getAsFileAsync(cb));
    expect(new TextDecoder().decode(Uint8Array.from(atob(file.value), (c) => c.charCodeAt(0)))).toBe(raw);
    expect(fake.from).toEqual({ displayName: 'Press', emailAddress: 'press@outlet.example' });
    expect(fake.to).toEqual([{ displayName: '', emailAddress: 'reader@parliament.example' }]);
    expect(fake.attachments).toEqual([expect.objectContaining({ name: 'a.pdf', isInline: false, attachmentType: 'file' })]);
  });

  it('reports notifications to the demo page', async () => {
    const { fake, notifications } = item();
    await call<void>((cb) => fake.notificationMessages.replaceAsync('clearsight', { type: 'informationalMessage', message: 'Clearsight: 1 tracker' }, cb));
    expect(notifications).toEqual([{ key: 'clearsight', message: 'Clearsight: 1 tracker', type: 'informationalMessage' }]);
  });
});
