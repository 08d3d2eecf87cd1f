import { entityNamedIn, entityOwning, protectedEntities } from './protected';
import { DEFAULT_POLICY, type Policy } from './types';

const policy: Policy = {
  ...DEFAULT_POLICY,
  orgDomains: ['parliament.be'],
  vips: [{ name: 'Jane Doe', addresses: ['jane.doe@parliament.be'] }],
  newsOutlets: [{ name: 'Brussels Daily Bugle', domains: ['bugle.example'] }],
};
const entities = protectedEntities(policy);
const named = (text: string) => entityNamedIn(text, entities)?.name;

describe('protectedEntities', () => {
  it('merges org, VIPs, policy outlets and the built-in catalogues, once per policy', () => {
    expect(entities[0]).toMatchObject({ kind: 'org', domains: ['parliament.be'] });
    expect(entities.find((e) => e.kind === 'vip')).toMatchObject({ name: 'Jane Doe', domains: ['parliament.be'], addresses: ['jane.doe@parliament.be'] });
    expect(entities.some((e) => e.name === 'Brussels Daily Bugle' && e.kind === 'news')).toBe(true);
    expect(entities.filter((e) => e.kind === 'news').length).toBeGreaterThanOrEqual(80);
    expect(protectedEntities(policy)).toBe(entities);
    // analyze() hands rules a spread copy of the policy: same lists, same entities.
    expect(protectedEntities({ ...policy })).toBe(entities);
    expect(protectedEntities({ ...policy, vips: [] })).not.toBe(entities);
    expect(protectedEntities({ ...policy, vips: [] }).some((e) => e.kind === 'vip')).toBe(false);
  });

  it('follows a policy object whose lists are replaced after a first use', () => {
    const mutable: Policy = { ...policy };
    expect(protectedEntities(mutable)).toBe(entities);
    mutable.orgDomains = ['senate.example'];
    expect(protectedEntities(mutable)[0]).toMatchObject({ kind: 'org', domains: ['senate.example'] });
    mutable.orgDomains = policy.orgDomains;
    expect(protectedEntities(mutable)).toBe(entities);
  });

  it('finds the owner of a domain or address', () => {
    expect(entityOwning('press@news.bbc.co.uk', entities)?.name).toBe('BBC');
    expect(entityOwning('example.com', entities)).toBeUndefined();
  });
});

describe('entityNamedIn', () => {
  it.each([
    ['BBC News', 'BBC'],
    ['Jane Smith | NOS', 'NOS'],
    ['Alice Martin (AP)', 'Associated Press'],
    ['Le Monde', 'Le Monde'],
    ['Jean Dupont - Le Monde', 'Le Monde'],
    ['LIBERATION', 'Libération'],
    ['Politico Europe newsroom', 'Politico Europe'],
    ['Doe, Jane', 'Jane Doe'],
    ['JANE DOE', 'Jane Doe'],
    ['Microsoft Account Team', 'Microsoft'],
    ['Süddeutsche Zeitung Redaktion', 'Süddeutsche Zeitung'],
    ['Brussels Daily Bugle', 'Brussels Daily Bugle'],
    ['Bloomberg', 'Bloomberg'],
    ['Jane Roe | Bloomberg', 'Bloomberg'],
    ['DHL Paket', 'DHL'],
    ['Amazon.de', 'Amazon'],
    ['\u0412\u0412\u0421 News', 'BBC'],
    ['P\u0430yPal Service', 'PayPal'],
    ['\u0412\u0412\u0421', 'BBC'],
    ['parliament.be IT desk', 'parliament.be'],
  ])('%s names %s', (text, expected) => {
    expect(named(text)).toBe(expected);
  });

  it.each([
    'Nos offres de la semaine', 'Ing. Peter Müller', 'Time for change', 'Paul Stern', 'AP Moller', 'Dipl.-Ing. Eva Roth',
    'Welt retten e.V.', 'Marie Focus', 'Jan Zeit', '', 'Orange juice club', 'Anna Bloomberg', 'Steve Forbes', 'Ing Wang', '\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041f\u0435\u0442\u0440\u043e\u0432',
  ])('%s names nobody', (text) => {
    expect(named(text)).toBeUndefined();
  });

  it('lets every catalogue and policy name through its shortcut for names that are nobody\'s', () => {
    // Each ASCII spelling, alone and inside a longer display name, must still name its entity.
    const spellings = entities.flatMap((e) => [e.name, ...e.aliases]).filter((t) => /^[\x20-\x7e]+$/.test(t));
    expect(spellings.length).toBeGreaterThan(100);
    for (const spelling of spellings) {
      expect([spelling, `Jane Roe | ${spelling}`, `${spelling.toUpperCase()} (x)`].map((t) => named(t) !== undefined)).toEqual([true, true, true]);
    }
  });
});
