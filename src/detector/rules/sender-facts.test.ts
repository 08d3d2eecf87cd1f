import fc from 'fast-check';
import { message } from '../../../test/helpers/message';
import { FREEMAIL_DOMAINS } from '../catalogues/freemail';
import { registrableDomain } from '../domains';
import { analyze } from '..';
import type { Rule } from '../rule';
import { DEFAULT_POLICY } from '../types';
import { addressDomain, angleAddress, domainsInDisplayName, isWebmailAddress, scanSenderHeaders, senderFacts, type SenderFacts } from './sender-facts';

describe('sender facts', () => {
  it.each([
    ['news@bbc.co.uk', ['bbc.co.uk']],
    ['"BBC.com News" (desk@News.BBC.co.uk)', ['bbc.com', 'bbc.co.uk']],
    ['Booking.com', ['booking.com']],
    ['Dr. J.Doe', []],
    ['Craig R.Hughes', []],
    ['craig@deersoft.hughes', ['deersoft.hughes']],
    ['version 1.5 release', []],
    ['192.168.0.1 admin', []],
    ['', []],
  ])('domains shown in %j', (name, expected) => {
    expect(domainsInDisplayName(name)).toEqual(expected);
  });

  it('tells webmail mailboxes from service hosts under a webmail domain', () => {
    expect(isWebmailAddress('ann@gmail.com')).toBe(true);
    expect(isWebmailAddress('ANN@Yahoo.CO.UK')).toBe(true);
    expect(isWebmailAddress('bounce@returns.groups.yahoo.com')).toBe(false);
    expect(isWebmailAddress('press@bbc.co.uk')).toBe(false);
    expect(isWebmailAddress('not an address')).toBe(false);
  });

  it('reads addresses and list headers', () => {
    expect(angleAddress(' "Bounce" <b@x.example> ')).toBe('b@x.example');
    expect(angleAddress('b@x.example')).toBe('b@x.example');
    expect(addressDomain({ name: '', address: 'a@mail.news.bbc.co.uk' })).toBe('bbc.co.uk');
    expect(addressDomain({ name: '', address: 'broken@' })).toBeUndefined();
    const asked: string[] = [];
    const lookup = { registrableDomain: (host: string) => { asked.push(host); return `<${host}>`; } };
    expect(addressDomain({ name: '', address: ' a@Mail.Example ' }, lookup)).toBe('<Mail.Example>');
    expect(addressDomain({ name: '', address: 'a@x.example' }, (host) => host.toUpperCase())).toBe('X.EXAMPLE');
    expect(asked).toEqual(['Mail.Example']);
    expect(scanSenderHeaders([{ name: 'List-Unsubscribe', value: '<mailto:u@x.example>' }]).listMail).toBe(true);
    expect(scanSenderHeaders([{ name: 'Precedence', value: 'bulk' }]).listMail).toBe(true);
    expect(scanSenderHeaders([{ name: 'Precedence', value: 'first-class' }]).listMail).toBe(false);
    expect(scanSenderHeaders([{ name: 'Precedence', value: 'first-class' }, { name: 'LIST-ID', value: '<l.example>' }]).listMail).toBe(true);
  });
});

describe('senderFacts', () => {
  const seen: SenderFacts[] = [];
  const probe = (id: string): Rule => ({
    meta: { id, category: 'lure', severity: 'info', description: 'test probe', messageIds: [] },
    create: (context) => ({ end: () => void seen.push(senderFacts(context)) }),
  });
  const rules = [probe('lure/probe-a'), probe('lure/probe-b')];

  it('is one object per analysis, shared by its rules, never across analyses', () => {
    seen.length = 0;
    const mail = message({ from: { name: 'BBC News', address: 'desk@gmail.com' } });
    analyze(mail, DEFAULT_POLICY, { rules });
    analyze(mail, DEFAULT_POLICY, { rules });
    expect(seen).toHaveLength(4);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).toBe(seen[3]);
    expect(seen[0]).not.toBe(seen[2]);
  });

  it('answers as the separate functions do', () => {
    seen.length = 0;
    const mail = message({ from: { name: 'BBC News', address: 'desk@Mail.GMAIL.com' }, headers: [{ name: 'List-Id', value: '<l.example>' }] });
    analyze(mail, DEFAULT_POLICY, { rules });
    const facts = seen[0]!;
    expect(facts.fromDomain()).toBe('gmail.com');
    expect(facts.fromWebmail()).toBe(isWebmailAddress('desk@Mail.GMAIL.com'));
    expect(facts.listMail()).toBe(true);
    expect(facts.namedEntity()?.name).toBe('BBC');
    seen.length = 0;
    analyze(message({ from: { name: '', address: 'ann@gmail.com' } }), DEFAULT_POLICY, { rules });
    expect(seen[0]!.namedEntity()).toBeUndefined();
    expect(seen[0]!.fromWebmail()).toBe(true);
    expect(seen[0]!.listMail()).toBe(false);
  });

  it('places From inside or outside the organisation as the policy names it', () => {
    const standing = (address: string, orgDomains: string[]) => {
      seen.length = 0;
      analyze(message({ from: { name: '', address } }), { ...DEFAULT_POLICY, orgDomains }, { rules });
      return seen[0]!.fromOrganisation();
    };
    expect(standing('a@mail.parliament.example', ['x.example', 'Parliament.example'])).toBe('inside');
    expect(standing('a@other.example', ['', 'parliament.example'])).toBe('outside');
    expect(standing('a@other.example', [''])).toBe('none');
    expect(standing('a@other.example', [])).toBe('none');
    expect(standing('broken@', ['parliament.example'])).toBe('none');
  });

  it('may take a webmail host for its registrable domain: every catalogue entry is one', () => {
    for (const domain of FREEMAIL_DOMAINS) expect(registrableDomain(domain)).toBe(domain);
  });

  it('answers about the From host without looking up its domain, as the lookup would', () => {
    const piece = fc.constantFrom('a', 'B', '.', '@', ' ', '\t', '-', 'com', 'co.uk', 'gmail', 'GMX.', 'yahoo', 'xn--p1ai', 'é', '\u0130', '\u03a3', '1');
    const address = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    const examples = fc.constantFrom('Ann@GMAIL.com.', ' x@yahoo.co.uk ', 'x@ gmail.com', 'x@gmail.com..', '@gmail.com', 'a@b@Hotmail.FR', 'x@mail.gmx.net');
    fc.assert(fc.property(fc.oneof(address, examples), address, (from, other) => {
      seen.length = 0;
      analyze(message({ from: { name: '', address: from } }), DEFAULT_POLICY, { rules });
      const facts = seen[0]!;
      expect(facts.hasFromDomain()).toBe(Boolean(facts.fromDomain()));
      expect(facts.fromWebmail()).toBe(isWebmailAddress(from));
      expect(facts.fromDomain()).toBe(addressDomain({ name: '', address: from }));
      if (facts.sameHostAsFrom({ name: '', address: other })) expect(addressDomain({ name: '', address: other })).toBe(facts.fromDomain());
      expect(facts.sameHostAsFrom({ name: '', address: from })).toBe(facts.fromHost() !== '');
    }), { numRuns: 500 });
  });
});

describe('scanSenderHeaders', () => {
  // What each rule used to look for with a pass of its own.
  const first = (headers: { name: string; value: string }[], name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;
  const listMail = (headers: { name: string; value: string }[]) => headers.some((h) => {
    const name = h.name.toLowerCase();
    return ['list-id', 'list-unsubscribe', 'x-mailing-list', 'list-post'].includes(name) || (name === 'precedence' && /^\s*(list|bulk|junk)\b/i.test(h.value));
  });

  it('finds in one pass what the sender and authentication rules each looked for', () => {
    const name = fc.constantFrom(
      'Return-Path', 'RETURN-PATH', 'Return-Paths', 'List-Id', 'list-ID', 'List-Post', 'List-Unsubscribe', 'X-Mailing-List', 'Precedence',
      'Authentication-Results', 'ARC-Authentication-Results', 'Received-SPF', 'received-spf', 'X-Forefront-Antispam-Report',
      'Subject', 'Message-ID', 'Content-Type', 'MIME-Version', 'DKIM-Signature', 'Received', 'Reply-To', 'List-Idx', 'Rist-Id',
    );
    const value = fc.constantFrom(
      'bulk', ' list', 'first-class', 'junkmail', '<b@x.example>', 'mx.example; spf=fail smtp.mailfrom=x.example', 'i=1; mx.example; dmarc=fail',
      'i=2; mx.example; dkim=pass', 'Pass (mx) client-ip=1.2.3.4', 'gibberish', 'Fail receiver=x', 'CIP:1.2.3.4;SFTY:9.25;', 'x',
    );
    fc.assert(fc.property(fc.array(fc.record({ name, value }), { maxLength: 12 }), (headers) => {
      const found = scanSenderHeaders(headers);
      expect(found.returnPath).toBe(first(headers, 'return-path'));
      expect(found.forefront).toBe(first(headers, 'x-forefront-antispam-report'));
      expect(found.listMail).toBe(listMail(headers));
      expect(found.authenticationResults).toBe(first(headers, 'authentication-results'));
      const all = (n: string) => headers.filter((h) => h.name.toLowerCase() === n).map((h) => h.value);
      expect(found.arcAuthenticationResults ?? []).toEqual(all('arc-authentication-results'));
      expect(found.receivedSpf ?? []).toEqual(all('received-spf'));
    }), { numRuns: 500 });
  });
});
