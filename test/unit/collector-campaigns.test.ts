import { groupCampaigns, normaliseSubject, senderKey, type CampaignInput } from '../../src/collector/campaigns';

const NOW = '2026-11-27T12:00:00.000Z';
let seq = 0;
function input(overrides: Partial<CampaignInput>): CampaignInput {
  seq++;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    createdAt: '2026-11-20T10:00:00.000Z',
    reporter: `user${seq}@parliament.example`,
    subject: `Unrelated subject number ${'abcdefghijklmnop'[seq % 16]} ${seq}x${'q'.repeat(seq % 7)}`,
    fromAddress: `sender${seq}@domain${seq}.example`,
    status: 'new',
    trackerHosts: [],
    messageKeys: [],
    rules: [],
    ...overrides,
  };
}
const members = (campaigns: ReturnType<typeof groupCampaigns>) => campaigns.map((c) => [...c.reportIds].sort());

describe('normaliseSubject', () => {
  test.each([
    ['RE: Fwd: Invitation 2026', 'invitation ####'],
    ['TR: tr : AW: WG:  Interview   request', 'interview request'],
    ['Re[2]: Antw: Vraag over 3 moties', 'vraag over # moties'],
    ['Réunion du 12 mars', 'réunion du ## mars'],
    ['Report: budget', 'report: budget'],
    ['', ''],
  ])('%p → %p', (subject, expected) => {
    expect(normaliseSubject(subject)).toBe(expected);
  });
});

describe('senderKey', () => {
  test('uses the registrable domain of an organisation', () => {
    expect(senderKey('press@mail.news-outlet.co.uk')).toBe('news-outlet.co.uk');
  });
  test('uses the whole address at a webmail provider', () => {
    expect(senderKey('Some.One@gmail.com')).toBe('some.one@gmail.com');
  });
});

describe('groupCampaigns', () => {
  test('links reports sharing a tracker host, and counts distinct reporters', () => {
    const a = input({ trackerHosts: ['px.mailer.example'], reporter: 'x@p.example', messageKeys: ['tracking.pixel'] });
    const b = input({ trackerHosts: ['PX.mailer.example'], reporter: 'X@p.example', messageKeys: ['lure.press'] });
    const c = input({ trackerHosts: ['px.mailer.example'], reporter: 'y@p.example' });
    const lone = input({ trackerHosts: ['other.example'] });
    const [campaign, ...rest] = groupCampaigns([a, b, c, lone], { asOf: NOW });
    expect(rest).toEqual([]);
    expect(campaign?.reportIds.sort()).toEqual([a.id, b.id, c.id].sort());
    expect(campaign?.distinctReporters).toBe(2);
    expect(campaign?.shared.trackerHosts).toEqual(['px.mailer.example']);
    expect(campaign?.messageKeys).toEqual(['lure.press', 'tracking.pixel']);
  });

  test('links by sender registrable domain, but not two strangers at gmail.com', () => {
    const a = input({ fromAddress: 'editor@news.fake-outlet.example' });
    const b = input({ fromAddress: 'desk@fake-outlet.example' });
    const g1 = input({ fromAddress: 'alice@gmail.com' });
    const g2 = input({ fromAddress: 'bob@gmail.com' });
    const g3 = input({ fromAddress: 'Alice@gmail.com' });
    expect(members(groupCampaigns([a, b, g1, g2, g3], { asOf: NOW })).sort()).toEqual(
      [[a.id, b.id].sort(), [g1.id, g3.id].sort()].sort(),
    );
  });

  test('links near-identical subjects: prefixes, digits and case are ignored, one word may differ', () => {
    const a = input({ subject: 'Invitation: hearing on the 2021 sanctions in Brussels' });
    const b = input({ subject: 'RE: invitation: Hearing on the 2022 sanctions in  Brussels' });
    const c = input({ subject: 'Invitation: hearing on the sanctions in Brussels' });
    const far = input({ subject: 'Invitation: dinner on the river in Strasbourg' });
    const campaigns = groupCampaigns([a, b, c, far], { asOf: NOW });
    expect(members(campaigns)).toEqual([[a.id, b.id, c.id].sort()]);
    expect(campaigns[0]?.shared.subjects).toContain('invitation: hearing on the #### sanctions in brussels');
  });

  test('does not link short generic subjects', () => {
    expect(groupCampaigns([input({ subject: 'Hello' }), input({ subject: 'hello' })], { asOf: NOW })).toEqual([]);
  });

  test('is transitive: A~B by host and B~C by sender put A, B and C together', () => {
    const a = input({ trackerHosts: ['t.example'] });
    const b = input({ trackerHosts: ['t.example'], fromAddress: 'x@shared-sender.example' });
    const c = input({ fromAddress: 'y@shared-sender.example' });
    expect(members(groupCampaigns([a, b, c], { asOf: NOW }))).toEqual([[a.id, b.id, c.id].sort()]);
  });

  test('only considers the 30 days before asOf, and reports first and last seen', () => {
    const old = input({ trackerHosts: ['t.example'], createdAt: '2026-10-01T00:00:00.000Z' });
    const a = input({ trackerHosts: ['t.example'], createdAt: '2026-11-01T09:00:00.000Z' });
    const b = input({ trackerHosts: ['t.example'], createdAt: '2026-11-26T17:00:00.000Z' });
    const future = input({ trackerHosts: ['t.example'], createdAt: '2026-12-01T00:00:00.000Z' });
    const [campaign] = groupCampaigns([old, a, b, future], { asOf: NOW });
    expect(campaign?.reportIds).toEqual([a.id, b.id]);
    expect(campaign?.id).toBe(a.id);
    expect(campaign?.firstSeen).toBe(a.createdAt);
    expect(campaign?.lastSeen).toBe(b.createdAt);
  });

  test('agrees with a brute-force pairwise grouping on random data', () => {
    const hosts = ['h1.example', 'h2.example', 'h3.example'];
    // mulberry32: a seeded generator so the data (and any failure) is reproducible.
    let seed = 42;
    const next = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    // Letters only: digits would all normalise to '#'.
    const word = () => Array.from({ length: 4 }, () => String.fromCharCode(97 + next(26))).join('');
    const bases = Array.from({ length: 10 }, () => Array.from({ length: 5 }, word));
    // Variants of a few base subjects: some identical, some with a word added (Jaccard 5/6), some with one replaced (4/6).
    const subject = () => {
      const base = [...bases[next(bases.length)]!];
      const variant = next(3);
      if (variant === 1) base.push(word());
      if (variant === 2) base[next(5)] = word();
      return base.join(' ');
    };
    const reports = Array.from({ length: 120 }, () =>
      input({
        trackerHosts: next(20) === 0 ? [hosts[next(3)]!] : [],
        fromAddress: `s@d${next(2000)}.example`,
        subject: subject(),
      }),
    );
    const campaigns = groupCampaigns(reports, { asOf: NOW });
    // Brute force: same host, same sender key, same normalised subject or Jaccard ≥ 0.8 on token sets.
    const tokens = (s: string) => new Set(normaliseSubject(s).split(' '));
    const linked = (x: CampaignInput, y: CampaignInput) => {
      if (x.trackerHosts.some((h) => y.trackerHosts.includes(h))) return true;
      if (senderKey(x.fromAddress) === senderKey(y.fromAddress)) return true;
      const tx = tokens(x.subject);
      const ty = tokens(y.subject);
      if (normaliseSubject(x.subject).length < 8 || tx.size < 2 || ty.size < 2) return false;
      const shared = [...tx].filter((t) => ty.has(t)).length;
      return shared / (tx.size + ty.size - shared) >= 0.8;
    };
    const component = new Map<string, number>();
    reports.forEach((r, i) => component.set(r.id, i));
    let changed = true;
    while (changed) {
      changed = false;
      for (const x of reports) for (const y of reports) {
        if (x === y || !linked(x, y)) continue;
        const m = Math.min(component.get(x.id)!, component.get(y.id)!);
        if (component.get(x.id) !== m || component.get(y.id) !== m) {
          component.set(x.id, m);
          component.set(y.id, m);
          changed = true;
        }
      }
    }
    const expected = new Map<number, string[]>();
    for (const r of reports) expected.set(component.get(r.id)!, [...(expected.get(component.get(r.id)!) ?? []), r.id]);
    const expectedGroups = [...expected.values()].filter((g) => g.length >= 2).map((g) => g.sort()).sort();
    expect(members(campaigns).sort()).toEqual(expectedGroups);
    expect(campaigns.length).toBeGreaterThan(3);
  });
});
