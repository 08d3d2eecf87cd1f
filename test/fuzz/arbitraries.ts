// Generators for hostile mail: broken HTML, broken MIME, odd headers. Shared by
// the bounded run in `npm test` and the long run behind `npm run fuzz`.
import fc from 'fast-check';

const NASTY_CHARS = ['\u0000', '\uD800', '\uDFFF', '\u202E', '\u2066', '\u200B', '\uFEFF', '\r', '\n', '\t', '"', "'", '<', '>', '&', '=', '/', '\\', '(', ')', ';', ':', '@', '%', '#'];

/** Strings that mix ordinary text with control, bidi and lone-surrogate characters. */
export const nastyText = fc.array(
  fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...NASTY_CHARS), fc.string({ unit: 'binary', maxLength: 6 })),
  { maxLength: 12 },
).map((parts) => parts.join(''));

const TAGS = ['img', 'a', 'div', 'span', 'table', 'td', 'style', 'link', 'base', 'meta', 'svg', 'image', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'input', 'p', 'body', 'head', 'title', 'script', 'bgsound', 'area', 'x-unknown'];
const ATTRS = ['src', 'href', 'style', 'width', 'height', 'background', 'srcset', 'poster', 'data', 'rel', 'type', 'http-equiv', 'content', 'xlink:href', 'hidden', 'alt', 'originalsrc'];
const CSS = ['display:none', 'width:1px', 'height:0', 'background:url(', 'background-image:url("//t.example/p.gif")', '@import url(', '@font-face{src:url(', 'url(data:image/gif;base64,R0lG', 'position:absolute;left:-9999px', 'opacity:0', 'max-height:0', 'mso-hide:all', '}', '{', '/*', '*/', '\\', 'url(\'x'];
const URLS = ['https://t.example/o/abc', 'http://[::1]/x', '//cdn.example/a.png', 'cid:part1', 'data:image/png;base64,AAAA', 'javascript:alert(1)', 'https://user@host.example/', 'HTTPS://EXAMPLE.ORG', 'https://xn--pple-43d.com/', '', ' ', 'https://a.example/?e=dGVzdEBleGFtcGxlLm9yZw'];

const attribute = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...URLS), fc.constantFrom(...CSS), nastyText))
  .map(([name, value]) => ` ${name}="${value}"`);

const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.boolean())
    .map(([tag, attrs, selfClose]) => `<${tag}${attrs.join('')}${selfClose ? '/' : ''}>`),
  fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
  fc.constantFrom(...CSS),
  nastyText,
  fc.constantFrom('<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '&amp;', '&#x0;', '&#xD800;', '&unknown;', '<', '</', '<a href='),
);

/** Random HTML-ish soup built from the pieces trackers and parsers care about. */
export const htmlSoup = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

const CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'koi8-r', 'gb2312', 'shift_jis', 'utf-7', 'x-unknown-charset', '', '"utf-8'];
const ENCODINGS = ['base64', 'quoted-printable', '7bit', '8bit', 'binary', 'x-uuencode', 'bogus'];

const headerLine = fc.oneof(
  fc.tuple(fc.constantFrom('From', 'To', 'Cc', 'Reply-To', 'Sender', 'Subject', 'Date', 'Message-ID', 'Authentication-Results', 'Received-SPF', 'Disposition-Notification-To', 'X-Forefront-Antispam-Report', 'Return-Path', 'List-Id'), nastyText)
    .map(([name, value]) => `${name}: ${value}`),
  fc.constantFrom('Subject: =?utf-8?B?SGVsbG8=?=', 'Subject: =?iso-8859-1?Q?caf=E9?=', 'From: "=?utf-8?B?broken" <a@b>', 'To: undisclosed-recipients:;', 'From: <>', 'X-Folded: a\r\n\tb', 'Broken header without colon'),
);

/** A body encoded (or mis-encoded) the way a hostile or broken mailer might. */
const encodedBody = fc.tuple(fc.constantFrom(...ENCODINGS), htmlSoup, fc.nat({ max: 40 }))
  .map(([encoding, html, cut]) => {
    let body = html;
    if (encoding === 'base64') body = Buffer.from(html, 'utf8').toString('base64');
    if (encoding === 'quoted-printable') body = html.replace(/=/g, '=3D').replace(/</g, '=3C');
    // Truncate mid-encoding to exercise partial base64 groups and dangling '=' escapes.
    return { encoding, body: cut > 0 && body.length > cut ? body.slice(0, body.length - cut) : body };
  });

const leafPart = fc.tuple(fc.constantFrom('text/html', 'text/plain', 'image/gif', 'application/octet-stream', 'message/rfc822'), fc.constantFrom(...CHARSETS), encodedBody)
  .map(([type, charset, { encoding, body }]) => `Content-Type: ${type}; charset=${charset}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}\r\n`);

function multipart(depth: number): fc.Arbitrary<string> {
  if (depth <= 0) return leafPart;
  return fc.tuple(fc.constantFrom('mixed', 'alternative', 'related'), fc.array(fc.oneof(leafPart, multipart(depth - 1)), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([kind, parts, closed]) => {
      const boundary = `b${depth}`;
      const body = parts.map((p) => `--${boundary}\r\n${p}`).join('');
      return `Content-Type: multipart/${kind}; boundary="${boundary}"\r\n\r\n${body}${closed ? `--${boundary}--\r\n` : ''}`;
    });
}

/** A whole .eml: random headers then a possibly nested, possibly broken MIME body. */
export const hostileEml = fc.tuple(fc.array(headerLine, { maxLength: 10 }), multipart(3))
  .map(([headers, body]) => `${headers.join('\r\n')}\r\nMIME-Version: 1.0\r\n${body}`);

/** Flip, drop or insert bytes in a real message. */
export function mutate(raw: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.array(fc.tuple(fc.nat(), fc.constantFrom('flip', 'drop', 'insert', 'truncate'), fc.integer({ min: 0, max: 255 })), { maxLength: 8 })
    .map((edits) => {
      let bytes = Array.from(raw);
      for (const [at, op, value] of edits) {
        if (bytes.length === 0) break;
        const i = at % bytes.length;
        if (op === 'flip') bytes[i] = value;
        else if (op === 'drop') bytes.splice(i, 1);
        else if (op === 'insert') bytes.splice(i, 0, value);
        else bytes = bytes.slice(0, i);
      }
      return Uint8Array.from(bytes);
    });
}
