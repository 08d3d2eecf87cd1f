import { message } from '../../../test/helpers/message';
import { addressDomain, angleAddress, domainsInDisplayName, isListMail, isWebmailAddress } from './sender-facts';

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
    expect(isListMail(message({ headers: [{ name: 'List-Unsubscribe', value: '<mailto:u@x.example>' }] }))).toBe(true);
    expect(isListMail(message({ headers: [{ name: 'Precedence', value: 'bulk' }] }))).toBe(true);
    expect(isListMail(message({ headers: [{ name: 'Precedence', value: 'first-class' }] }))).toBe(false);
  });
});
