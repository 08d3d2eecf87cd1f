import { addinConfigSchema, ConfigError, parseAddinConfig, parsePolicy, parsePolicyText, policySchema } from '.';
import { DEFAULT_POLICY } from '../detector/types';

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parsePolicy: valid input', () => {
  it('fills every field with its default', () => {
    expect(parsePolicy({})).toEqual(DEFAULT_POLICY);
  });

  it('normalises domains and addresses to lower case, without trailing dot, IDN as punycode', () => {
    const policy = parsePolicy({
      orgDomains: [' Parliament.Example. ', 'bücher.example'],
      vips: [{ name: 'Speaker', addresses: ['The.Speaker@Parliament.EXAMPLE'], domains: ['Speaker.Example'] }],
      trustedSenders: ['News@Lists.Example', 'Mailer.Example'],
      newsOutlets: [{ name: 'Le Monde', domains: ['LeMonde.fr'], aliases: ['lemonde'] }],
      brands: [{ name: 'Microsoft', domains: ['microsoft.com', 'office.com'] }],
      defaultLanguage: 'nl',
    });
    expect(policy).toEqual({
      orgDomains: ['parliament.example', 'xn--bcher-kva.example'],
      vips: [{ name: 'Speaker', addresses: ['the.speaker@parliament.example'], domains: ['speaker.example'] }],
      trustedSenders: ['news@lists.example', 'mailer.example'],
      newsOutlets: [{ name: 'Le Monde', domains: ['lemonde.fr'], aliases: ['lemonde'] }],
      brands: [{ name: 'Microsoft', domains: ['microsoft.com', 'office.com'] }],
      defaultLanguage: 'nl',
    });
  });

  it('accepts the whole add-in config file and returns only the policy', () => {
    const policy = parsePolicy({ $schema: './config.schema.json', orgDomains: ['p.example'], report: { afterReport: 'junk' } });
    expect(policy).toEqual({ ...DEFAULT_POLICY, orgDomains: ['p.example'] });
    expect(policy).not.toHaveProperty('report');
  });

  it('fills report defaults in the add-in config', () => {
    const config = parseAddinConfig({ report: { reportEndpoint: 'https://soc.parliament.example/report', reportMailbox: 'SOC@Parliament.example' } });
    expect(config.report).toEqual({
      reportEndpoint: 'https://soc.parliament.example/report',
      reportMailbox: 'soc@parliament.example',
      afterReport: 'leave',
      categories: ['phishing', 'tracking', 'spam', 'unsure'],
    });
  });

  it('exposes schemas whose output matches the policy shape', () => {
    expect(policySchema.parse({})).toEqual(DEFAULT_POLICY);
    expect(addinConfigSchema.parse({}).report).toBeUndefined();
  });
});

describe('parsePolicy: each kind of mistake names the field', () => {
  it.each([
    [{ vips: [{ name: 'A' }, { name: 'B', domains: ['ok.example', 'not a domain!'] }] },
      'config field "vips[1].domains[1]": expected a domain name, got "not a domain!"'],
    [{ orgDomains: ['localhost'] }, 'config field "orgDomains[0]": expected a domain name, got "localhost"'],
    [{ orgDomains: ['10.0.0.1'] }, 'config field "orgDomains[0]": expected a domain name, got "10.0.0.1"'],
    [{ vips: [{ name: 'A', addresses: ['boss'] }] }, 'config field "vips[0].addresses[0]": expected an email address, got "boss"'],
    [{ vips: [{ name: 'A', emails: [] }] }, 'config field "vips[0].emails": unknown field (allowed here: name, addresses, domains)'],
    [{ vip: [] }, 'config field "vip": unknown field (allowed here: orgDomains, vips, trustedSenders, newsOutlets, brands, defaultLanguage, report)'],
    [{ orgDomains: 'p.example' }, 'config field "orgDomains": expected a list, got "p.example"'],
    [{ vips: [{ addresses: ['a@p.example'] }] }, 'config field "vips[0].name": required, expected a text value'],
    [{ vips: [{ name: '  ' }] }, 'config field "vips[0].name": expected a non-empty name, got "  "'],
    [{ brands: [{ name: 'X', domains: [] }] }, 'config field "brands[0].domains": expected at least one domain, got a list'],
    [{ defaultLanguage: 'es' }, 'config field "defaultLanguage": expected one of "en", "fr", "nl", "de", got "es"'],
    [{ trustedSenders: ['@nobody'] }, 'config field "trustedSenders[0]": expected an email address or a domain name, got "@nobody"'],
    [{ report: { reportEndpoint: 'http://soc.example/r' } }, 'config field "report.reportEndpoint": expected an https:// URL, got "http://soc.example/r"'],
    [{ report: { categories: ['phishing', 'malware'] } }, 'config field "report.categories[1]": expected one of "phishing", "tracking", "spam", "unsure", got "malware"'],
    [{ report: { afterReport: 'archive' } }, 'config field "report.afterReport": expected one of "junk", "deleted", "leave", got "archive"'],
    [[], 'config: expected an object, got a list'],
    [null, 'config: expected an object, got null'],
  ])('%j', (input, message) => {
    const error = errorOf(() => parsePolicy(input));
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('\n');
  });

  it('puts a misspelt field before the "required" problem it causes', () => {
    expect(errorOf(() => parsePolicy({ brands: [{ name: 'X', domain: ['x.example'] }] })).message)
      .toBe('config field "brands[0].domain": unknown field (allowed here: name, domains, aliases) (and 1 more problem)');
  });

  it('counts further problems in the one line', () => {
    const error = errorOf(() => parsePolicy({ orgDomains: ['bad one', 'bad two'] }));
    expect(error.message).toBe('config field "orgDomains[0]": expected a domain name, got "bad one" (and 1 more problem)');
    expect(error.field).toBe('orgDomains[0]');
  });
});

describe('parsePolicyText', () => {
  it('parses JSON text and names the source in errors', () => {
    expect(parsePolicyText('{"orgDomains": ["P.example"]}', 'policy.json').orgDomains).toEqual(['p.example']);
    expect(errorOf(() => parsePolicyText('{"orgDomains": [1]}', 'policy.json')).message)
      .toBe('policy.json: config field "orgDomains[0]": expected a text value, got the number 1');
  });

  it.each([
    ['{"orgDomains": ["a.example",]}', /^policy\.json: invalid JSON at line 1, column 29: /],
    ['{\n  "vips": [\n    {"name": "x"\n  ]\n}', /^policy\.json: invalid JSON at line 4, column 3: /],
    ['{"orgDomains": [', /^policy\.json: invalid JSON at line 1, column 17 \(the file ends too early\): /],
    ['{"a": tru}', /^policy\.json: invalid JSON at line 1, column 10: /],
    ['{} {}', /^policy\.json: invalid JSON at line 1, column 4: /],
    ['', /^policy\.json: the file is empty, expected a JSON object$/],
  ])('reports the line and column of a syntax error in %j', (text, pattern) => {
    const error = errorOf(() => parsePolicyText(text, 'policy.json'));
    expect(error.message).toMatch(pattern);
    expect(error.message).not.toContain('\n');
  });

  it('ignores a byte order mark', () => {
    expect(parsePolicyText('\ufeff{"defaultLanguage": "fr"}').defaultLanguage).toBe('fr');
  });
});
