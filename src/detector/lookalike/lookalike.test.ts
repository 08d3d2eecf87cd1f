import { findLookalike, mixedScriptLabel } from '.';
import { protectedEntities } from '../protected';
import { DEFAULT_POLICY, type Policy } from '../types';
import { decodePunycode, toUnicodeHost } from './punycode';
import { hasConfusableCharacters, isMixedScript, skeleton } from './confusables';
import { editDistance, visualDistance } from './distance';

const policy: Policy = {
  ...DEFAULT_POLICY,
  orgDomains: ['parliament.be'],
  vips: [{ name: 'Jane Doe', addresses: ['jane.doe@parliament.be'] }],
};
const entities = protectedEntities(policy);
const look = (host: string) => findLookalike(host, entities);

describe('findLookalike', () => {
  it.each([
    ['paypa1.com', 'PayPal', 'confusable'],
    ['rnicrosoft.com', 'Microsoft', 'confusable'],
    ['parliarnent.be', 'parliament.be', 'confusable'],
    ['xn--pypal-4ve.com', 'PayPal', 'idn-mixed-script'],
    ['xn--80ak6aa92e.com', 'Apple', 'punycode'],
    ['parlament.be', 'parliament.be', 'edit-distance'],
    ['linkedln.com', 'LinkedIn', 'edit-distance'],
    ['gooogle.com', 'Google', 'edit-distance'],
    ['nytirnes.com', 'The New York Times', 'confusable'],
    ['washingtonpots.com', 'The Washington Post', 'edit-distance'],
    ['washingtonpost.co', 'The Washington Post', 'tld-swap'],
    ['linkedlin.net', 'LinkedIn', 'edit-distance'],
    ['nytimes.org', 'The New York Times', 'tld-swap'],
    ['parliament.be.secure-mail.example', 'parliament.be', 'subdomain'],
    ['bbc.co.uk.login.example', 'BBC', 'subdomain'],
    ['paypal.com-account.example', 'PayPal', 'subdomain'],
    ['parliament-be.com', 'parliament.be', 'combosquat'],
    ['bbc-news-media.com', 'BBC', 'combosquat'],
    ['mail.parliament-be.com', 'parliament.be', 'combosquat'],
    ['dhl-parcel-tracking.example', 'DHL', 'combosquat'],
    ['reuters-archive.com', 'Reuters', 'combosquat'],
    ['microsoft-mail.example', 'Microsoft', 'combosquat'],
  ])('%s imitates %s (%s)', (host, entity, technique) => {
    const match = look(host);
    expect(match).toBeDefined();
    expect(match?.entity.name).toBe(entity);
    expect(match?.technique).toBe(technique);
  });

  it.each([
    'bbc.co.uk', 'news.bbc.co.uk', 'bbc.com', 'nytimes.com', 'www.nytimes.com', 'parliament.be', 'intranet.parliament.be',
    'google.de', 'kbc.sharepoint.com', 'example.com', 'mailchimp.com', 'sendgrid.net',
    // everyday words and short labels near a protected name are not lookalikes
    'build.com', 'lemonade.com', 'stem.com', 'time.org', 'offices.com', 'goggle.com', 'routers.com', 'ups-and-downs.com',
    'ap.com', 'nos.com', 'ad.com', 'www.qmail.org', 'laxpress.com', 'www.rte-france.com', '192.168.1.1', '',
    // a brand's own top-level domain names the brand in the suffix; its label is an everyday word
    'mail.example', 'bulkpost-mail.example', 'mail.com', 'click.bulkpost-mail.example',
  ])('%s is not a lookalike', (host) => {
    expect(look(host)).toBeUndefined();
  });

  it('never flags a domain that any protected entity owns', () => {
    for (const entity of entities) for (const domain of entity.domains) expect(look(domain)).toBeUndefined();
  });

  it('reports the protected domain imitated', () => {
    expect(look('paypa1.com')?.protectedDomain).toBe('paypal.com');
    expect(look('bbc.co.uk.login.example')?.protectedDomain).toBe('bbc.co.uk');
  });
});

describe('punycode', () => {
  it('decodes IDN labels (RFC 3492 sample and real lookalikes)', () => {
    expect(decodePunycode('mnchen-3ya')).toBe('münchen');
    expect(decodePunycode('pypal-4ve')).toBe('pаypal');
    expect(toUnicodeHost('www.xn--mnchen-3ya.de')).toBe('www.münchen.de');
  });
  it('leaves malformed labels alone', () => {
    expect(decodePunycode('!!!')).toBeUndefined();
    expect(toUnicodeHost('xn--!!.com')).toBe('xn--!!.com');
  });
});

describe('confusables and scripts', () => {
  it('folds homoglyphs and letter pairs to the Latin they imitate', () => {
    expect(skeleton('раураl')).toBe('paypal');
    expect(skeleton('rnicrosoft')).toBe('microsoft');
    expect(skeleton('vvetransfer')).toBe('wetransfer');
    expect(skeleton('Libération')).toBe('liberation');
  });
  it('knows which text carries a disguise', () => {
    expect(hasConfusableCharacters('paypa1')).toBe(true);
    expect(hasConfusableCharacters('paypal')).toBe(false);
  });
  it('detects Latin mixed with Cyrillic or Greek, not plain accents', () => {
    expect(isMixedScript('pаypal')).toBe(true);
    expect(isMixedScript('gοogle')).toBe(true);
    expect(isMixedScript('münchen')).toBe(false);
    expect(isMixedScript('пример')).toBe(false);
    expect(mixedScriptLabel('xn--pypal-4ve.example')).toBe('pаypal');
    expect(mixedScriptLabel('example.com')).toBeUndefined();
    // The ACE prefix counts in any case and after other double hyphens.
    expect(mixedScriptLabel('WWW.XN--PYPAL-4VE.EXAMPLE')).toBe('pаypal');
    expect(mixedScriptLabel('a--b.xn--pypal-4ve.example')).toBe('pаypal');
  });

  it('folds ASCII labels only where they hold a lookalike character or pair', () => {
    expect(skeleton('example')).toBe('example');
    expect(skeleton('Example')).toBe('example');
    expect(skeleton('c1assic')).toBe('dassic');
    expect(skeleton('modern')).toBe('modem');
  });
});

describe('distances', () => {
  it('counts Damerau edits with a bound', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('ab', 'ba', 2)).toBe(1);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
  it('weighs visible edits more than subtle ones', () => {
    expect(visualDistance('linkedln', 'linkedin', 2)).toBe(0.5);
    // Every listed pair counts, whichever of its letters comes first in code order.
    expect(visualDistance('paypa1', 'paypal', 2)).toBe(0.5);
    expect(visualDistance('g00gle', 'google', 2)).toBe(1);
    expect(visualDistance('facehook', 'facebook', 2)).toBe(0.5);
    expect(visualDistance('bing', 'b1ng', 2)).toBe(0.5);
    expect(visualDistance('build', 'bild', 2)).toBe(1);
    expect(visualDistance('googel', 'google', 2)).toBe(0.5);
  });
  it('does not hang on long hostile labels', () => {
    const long = 'a'.repeat(5000);
    expect(visualDistance(long, `${long}b`, 1)).toBeLessThanOrEqual(2);
    expect(findLookalike(`${'a-'.repeat(2000)}paypal.com`, entities)).toBeUndefined();
  });
});
