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

/**
 * The catalogue's documented matching, written as the plainest possible scan:
 * entries in order, host equal to the pattern or under it label by label ("#"
 * one or more digits, "*" any run inside a label), path prefix compared without
 * case; a known host beats a path-only signature. The indexed matcher must agree.
 */
function referenceMatch(url: string, use: 'open' | 'click'): { vendor: string; pathOnly: boolean } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const hostLabels = parsed.hostname.toLowerCase().split('.').reverse();
  const path = parsed.pathname.toLowerCase();
  const labelMatches = (pattern: string, label: string): boolean => {
    const wildcard = pattern.search(/[#*]/);
    if (wildcard < 0) return pattern === label;
    const prefix = pattern.slice(0, wildcard);
    const suffix = pattern.slice(wildcard + 1);
    if (!label.startsWith(prefix) || !label.endsWith(suffix) || label.length < prefix.length + suffix.length) return false;
    const middle = label.slice(prefix.length, label.length - suffix.length);
    return pattern[wildcard] === '#' ? /^[0-9]+$/.test(middle) : true;
  };
  let pathOnly: string | undefined;
  for (const entry of TRACKERS) {
    if (entry.kind !== 'both' && entry.kind !== use) continue;
    if (entry.pathPrefix !== undefined && !path.startsWith(entry.pathPrefix)) continue;
    if (entry.host === '*') {
      pathOnly ??= entry.vendor;
      continue;
    }
    const patternLabels = entry.host.split('.').reverse();
    if (patternLabels.length <= hostLabels.length && patternLabels.every((p, i) => labelMatches(p, hostLabels[i]!))) {
      return { vendor: entry.vendor, pathOnly: false };
    }
  }
  return pathOnly === undefined ? undefined : { vendor: pathOnly, pathOnly: true };
}

describe('indexed tracker matching', () => {
  const prefixes = ['', 'x.', 'u123.', 'ct.', 'mg7.', 'email.mg2.', 'a.b.', '.', 'www.'];
  const paths = ['/', '/wf/open', '/WF/Click?x=1', '/ls/click', '/track/open.php', '/track/click', '/t/x', '/r/1', '/o/x', '/l/x',
    '/redirect/x', '/e2t/x', '/trk', '/open.aspx', '/api/mailings/opened', '/Track/Open'];
  /** Every catalogue host, with its wildcards filled in, under various subdomains, with and without a trailing dot. */
  const hosts = TRACKERS.flatMap((t) => {
    if (t.host === '*') return ['mail.shop.example'];
    const filled = [t.host.replace(/#/g, '19').replace(/\*/g, 'abc'), t.host.replace(/[#*]/g, ''), t.host.replace(/\*/g, '')];
    return filled.flatMap((h) => [...prefixes.map((p) => p + h), `${h}.`, `${h}.evil.example`, `not${h}`]);
  });

  it.each(['open', 'click'] as const)('answers like a scan of the whole catalogue for %s', (use) => {
    let matched = 0;
    for (const host of hosts) {
      for (const path of paths) {
        const url = `https://${host}${path}`;
        const expected = referenceMatch(url, use);
        if (expected) matched++;
        const actual = matchTracker(url, use);
        expect([url, actual && { vendor: actual.vendor, pathOnly: actual.pathOnly }]).toEqual([url, expected]);
      }
    }
    // The sample must exercise matches, not only misses.
    expect(matched).toBeGreaterThan(1000);
  });
});
