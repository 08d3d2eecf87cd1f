import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { resolve } from 'node:path';
import { inferRecipient, MailParseError, parseEml, parseEmlWithAttached } from '../../src/mail';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/mail', name));

describe('parseEml: transfer encodings and charsets', () => {
  it('decodes quoted-printable ISO-8859-1 bodies, soft line breaks and RFC 2047 Q words', async () => {
    const message = await parseEml(fixture('qp-latin1.eml'));
    expect(message.subject).toBe('Café crème et réunion');
    expect(message.from).toEqual({ name: 'Renée Dupré', address: 'renee@news.example' });
    expect(message.text).toBe('Bonjour, le café est prêt. Une ligne très longue coupée par un saut doux.\n');
    expect(message.date).toBe('2021-03-02T09:15:00.000Z');
    expect(message.messageId).toBe('<qp-1@news.example>');
  });

  it('decodes base64 KOI8-R bodies and B-encoded KOI8-R words', async () => {
    const message = await parseEml(fixture('base64-koi8r.eml'));
    expect(message.subject).toBe('Встреча');
    expect(message.text).toBe('Привет, мир!\n');
    expect(message.to.map((a) => a.address)).toEqual(['a@parliament.example', 'b@parliament.example']);
  });

  it('gives windows-1252 quotes and the euro sign their real characters', async () => {
    const message = await parseEml(fixture('receipt-cp1252.eml'));
    expect(message.html).toContain('\u201cQuote\u201d costs 5\u20ac');
  });

  it('falls back instead of throwing on a charset nobody knows', async () => {
    const message = await parseEml(fixture('unknown-charset.eml'));
    expect(message.subject).toBe('hello');
    expect(message.text).toMatch(/^plain words /);
  });

  it('decodes GB2312 inside a multipart/alternative and keeps the HTML alternative', async () => {
    const message = await parseEml(fixture('nested-multipart.eml'));
    expect(message.text).toBe('你好');
    expect(message.html).toContain('<p>Café</p>');
    expect(message.subject).toBe('Quarterly 日本 update');
  });

  it('accepts a string as well as bytes and an ArrayBuffer', async () => {
    const raw = 'From: a@b.example\r\nSubject: =?UTF-8?B?w6l0w6k=?=\r\n\r\nhi\r\n';
    const bytes = new TextEncoder().encode(raw);
    for (const input of [raw, bytes, bytes.buffer.slice(0)]) {
      const message = await parseEml(input);
      expect(message.subject).toBe('été');
    }
  });
});

describe('parseEml: structure', () => {
  it('keeps every header in order with names as written, encoded words decoded', async () => {
    const message = await parseEml(fixture('nested-multipart.eml'));
    expect(message.headers.map((h) => h.name)).toEqual([
      'From', 'To', 'Cc', 'Reply-To', 'Subject', 'Date', 'X-Custom-Header', 'MIME-Version', 'Content-Type',
    ]);
    expect(message.headers.find((h) => h.name === 'Subject')?.value).toBe('Quarterly 日本 update');
    expect(message.headers.find((h) => h.name === 'X-Custom-Header')?.value).toBe('kept as written');
  });

  it('lists the inline image, the PDF and the attached message, without merging the attached message into the body', async () => {
    const message = await parseEml(fixture('nested-multipart.eml'));
    expect(message.attachments).toEqual([
      { name: '', contentType: 'image/png', size: 29, inline: true, contentId: 'logo@sender.example' },
      { name: 'Résumé.pdf', contentType: 'application/pdf', size: 30, inline: false },
      { name: 'Forwarded évent.eml', contentType: 'message/rfc822', size: expect.any(Number), inline: false },
    ]);
    expect(message.attachments[2]?.size).toBeGreaterThan(100);
    // The forwarded message's tracking pixel is not part of what the reader sees.
    expect(message.html).not.toContain('tracker.example');
  });

  it('hands back the raw attached message so it can be analysed on its own', async () => {
    const { message, attachedMessages } = await parseEmlWithAttached(fixture('nested-multipart.eml'));
    expect(attachedMessages).toHaveLength(1);
    expect(attachedMessages[0]?.length).toBe(message.attachments[2]?.size);
    const inner = await parseEml(attachedMessages[0] as Uint8Array);
    expect(inner.subject).toBe('Forwarded évent');
    expect(inner.html).toContain('https://tracker.example/p.gif?u=reader');
  });

  it('accepts a byte order mark and blanks before the colon (obsolete syntax)', async () => {
    const message = await parseEml('\ufeffSubject : old style\r\nFrom: a@b.example\r\n\r\nbody');
    expect(message.headers.map((h) => h.name)).toEqual(['Subject', 'From']);
    expect(message.subject).toBe('old style');
  });

  it('marks an attachment inline when the HTML references its Content-ID outside multipart/related', async () => {
    const raw = [
      'From: a@b.example', 'Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: text/html', '',
      '<img src="CID:Pic1@x">', '--b', 'Content-Type: image/gif', 'Content-ID: <pic1@x>', 'Content-Disposition: attachment; filename=p.gif',
      'Content-Transfer-Encoding: base64', '', 'R0lGODlhAQABAAAAACw=', '--b--', '',
    ].join('\r\n');
    const message = await parseEml(raw);
    expect(message.attachments).toEqual([{ name: 'p.gif', contentType: 'image/gif', size: 14, inline: true, contentId: 'pic1@x' }]);
  });

  it('flattens address groups and survives broken addresses', async () => {
    const message = await parseEml(fixture('nested-multipart.eml'));
    expect(message.from).toEqual({ name: 'Team: not a group', address: 'team@sender.example' });
    expect(message.to.map((a) => a.address)).toEqual(expect.arrayContaining(['one@parliament.example', 'two@parliament.example']));
    expect(message.to.find((a) => a.name === 'No Address')?.address).toBe('');
    expect(message.cc).toEqual([]);
    expect(message.replyTo).toEqual([{ name: '', address: 'replies@other.example' }]);
  });

  it('leaves date unset when the Date header is not a date, keeping the raw header', async () => {
    const message = await parseEml(fixture('nested-multipart.eml'));
    expect(message.date).toBeUndefined();
    expect(message.headers.find((h) => h.name === 'Date')?.value).toBe('not a date at all');
  });

  it('strips a leading mbox "From " envelope line', async () => {
    const message = await parseEml('From someone@example.org Mon Mar  1 09:00:00 2021\nSubject: enveloped\n\nbody\n');
    expect(message.subject).toBe('enveloped');
    expect(message.headers.map((h) => h.name)).toEqual(['Subject']);
  });
});

describe('parseEml: input that is not mail', () => {
  it.each([
    ['empty input', ''],
    ['only blank lines', '\r\n\r\n  \n'],
    ['a shopping list', readFileSync(resolve(__dirname, '../fixtures/mail/not-mail.eml'), 'utf8')],
    ['binary noise', new Uint8Array([0, 1, 2, 255, 254, 10, 65, 58])],
    ['a line starting with a colon', ': value\n\nbody'],
  ])('rejects %s with a MailParseError that says why', async (_label, raw) => {
    const attempt = parseEml(raw);
    await expect(attempt).rejects.toBeInstanceOf(MailParseError);
    await expect(parseEml(raw)).rejects.toThrow(/^not an email: /);
  });
});

describe('recipient', () => {
  it('uses the option when given, lower-cased', async () => {
    const message = await parseEml(fixture('qp-latin1.eml'), { recipient: ' Someone@Parliament.Example ' });
    expect(message.recipient).toBe('someone@parliament.example');
  });

  it('infers Delivered-To, then X-Original-To, then a single To', async () => {
    expect(inferRecipient(await parseEml(fixture('qp-latin1.eml')))).toBe('reader@parliament.example');
    expect(inferRecipient(await parseEml(fixture('base64-koi8r.eml')))).toBe('aide@parliament.example');
    expect(inferRecipient(await parseEml('From: a@b.example\nTo: Only One <Only@Parliament.example>\n\nx'))).toBe('only@parliament.example');
  });

  it('does not guess among several To addresses', async () => {
    expect(inferRecipient(await parseEml('From: a@b.example\nTo: x@p.example, y@p.example\n\nx'))).toBeUndefined();
  });
});

describe('parseEml on arbitrary input', () => {
  it('either returns a message or rejects with MailParseError, never anything else', async () => {
    const headerish = fc.array(fc.constantFrom('From: ', 'To: a@b, ', 'Subject: =?utf-8?B?', 'Content-Type: multipart/mixed; boundary=x\n', '--x\n', '\r\n', '\n', ':', '=?', '?=', 'é', '\u0000', '<', '>', '"'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    await fc.assert(fc.asyncProperty(fc.oneof(headerish, fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 300 })), async (raw) => {
      try {
        const message = await parseEml(raw);
        expect(Array.isArray(message.headers)).toBe(true);
        expect(typeof message.subject).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(MailParseError);
      }
    }), { numRuns: 300, seed: 20260101 });
  });
});
