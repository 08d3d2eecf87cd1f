import { catalogueVendorCount, matchTracker, TRACKERS } from './trackers';

describe('tracker catalogue', () => {
  it('names at least 60 services, every entry well-formed', () => {
    expect(catalogueVendorCount()).toBeGreaterThanOrEqual(60);
    for (const entry of TRACKERS) {
      expect(entry.host).toBe(entry.host.toLowerCase());
      expect(entry.host === '*' || !entry.host.startsWith('.')).toBe(true);
      if (entry.pathPrefix !== undefined) {
        expect(entry.pathPrefix.startsWith('/')).toBe(true);
        expect(entry.pathPrefix).toBe(entry.pathPrefix.toLowerCase());
      }
    }
  });

  it.each([
    ['https://s123.t.eloqua.com/e/FooterImages/FooterImage1', 'open', 'Oracle Eloqua'],
    ['https://links.iterable.com/e/eo?x=1', 'open', 'Iterable'],
    ['https://trk.klclick2.com/ls/click?x', 'click', 'Klaviyo'],
    ['https://r.sb1.sendibt3.com/tr/op/abc', 'open', 'Brevo (Sendinblue)'],
    ['https://r20.rs6.net/tn.jsp?f=1', 'click', 'Constant Contact'],
    ['https://email.mg2.substack.com/o/abc', 'open', 'Substack'],
  ])('matches %s for %s', (url, use, vendor) => {
    expect(matchTracker(url, use as 'open' | 'click')?.vendor).toBe(vendor);
  });

  it('matches hosts by whole labels and digits only where "#" says so', () => {
    expect(matchTracker('https://cmail19.com/t/x', 'open')?.vendor).toBe('Campaign Monitor');
    expect(matchTracker('https://cmail.com/t/x', 'open')).toBeUndefined();
    expect(matchTracker('https://xawstrack.me/x', 'open')).toBeUndefined();
    expect(matchTracker('https://awstrack.me.example/x', 'open')).toBeUndefined();
    expect(matchTracker('cid:awstrack.me', 'open')).toBeUndefined();
    expect(matchTracker('not a url', 'open')).toBeUndefined();
  });

  it('prefers a known host over a path-only signature', () => {
    expect(matchTracker('https://u1.ct.sendgrid.net/wf/open?upn=x', 'open')).toMatchObject({ vendor: 'SendGrid', pathOnly: false });
    expect(matchTracker('https://mail.shop.example/wf/open?upn=x', 'open')).toMatchObject({ pathOnly: true });
  });
});
