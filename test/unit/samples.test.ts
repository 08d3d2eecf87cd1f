// Every sample in assets/samples has an asserted verdict and the findings that
// justify it, read through the real .eml reader and the full rule list.
import fs from 'node:fs';
import path from 'node:path';
import { analyze, DEFAULT_POLICY, type Level, type Policy, type Verdict } from '../../src/detector';
import { inferRecipient, parseEml } from '../../src/mail';

const SAMPLES = path.resolve(__dirname, '../../assets/samples');

const POLICY: Policy = {
  ...DEFAULT_POLICY,
  orgDomains: ['parliament.example'],
  newsOutlets: [{ name: 'Euro Affairs Daily', domains: ['euroaffairs-daily.example'] }],
};


async function verdictOf(file: string): Promise<Verdict> {
  const message = await parseEml(fs.readFileSync(path.join(SAMPLES, file)));
  const recipient = inferRecipient(message);
  return analyze(recipient ? { ...message, recipient } : message, POLICY);
}

const rulesOf = (verdict: Verdict) => verdict.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);

interface Expectation {
  file: string;
  level: Level;
  /** Rules that must report (not at info). */
  rules: string[];
  /** Rules that must stay silent. */
  absent?: string[];
}

const EXPECTED: Expectation[] = [
  { file: '02-newsletter-tracking.eml', level: 'caution', rules: ['tracking/known-tracker', 'tracking/click-tracking'], absent: ['tracking/tiny-image', 'tracking/unique-token'] },
  { file: '03-transactional-sendgrid.eml', level: 'caution', rules: ['tracking/known-tracker', 'tracking/click-tracking'] },
  { file: '04-clean-internal-memo.eml', level: 'safe', rules: [] },
  { file: '05-css-background-tracker.eml', level: 'caution', rules: ['tracking/unique-token'] },
  { file: '06-zero-size-div-pixel.eml', level: 'caution', rules: ['tracking/hidden-image'] },
  { file: '07-md5-recipient-tracker.eml', level: 'caution', rules: ['tracking/identity-leak'], absent: ['tracking/unique-token'] },
  { file: '08-read-receipt.eml', level: 'caution', rules: ['tracking/read-receipt'] },
];

describe('assets/samples verdicts', () => {
  it('has at least eight samples, each with an expectation', () => {
    const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.eml')).sort();
    expect(files.length).toBeGreaterThanOrEqual(8);
    const covered = new Set([...EXPECTED.map((e) => e.file), '01-fake-press-pixel.eml']);
    expect(files.filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(EXPECTED)('$file is $level', async ({ file, level, rules, absent }) => {
    const verdict = await verdictOf(file);
    expect(verdict.level).toBe(level);
    for (const rule of rules) expect(rulesOf(verdict)).toContain(rule);
    for (const rule of absent ?? []) expect(rulesOf(verdict)).not.toContain(rule);
    if (rules.length === 0) expect(rulesOf(verdict)).toEqual([]);
  });

  it('01-fake-press-pixel: a news outlet\'s name on a mass-mail domain, a press pretext and a per-recipient pixel is danger', async () => {
    const verdict = await verdictOf('01-fake-press-pixel.eml');
    expect(rulesOf(verdict)).toEqual(expect.arrayContaining(['tracking/tiny-image', 'lure/fake-press', 'lure/impersonation']));
    expect(verdict.level).toBe('danger');
  });

  it('01-fake-press-pixel with the default policy is danger too: a press pretext, replies to webmail and a per-recipient pixel', async () => {
    const message = await parseEml(fs.readFileSync(path.join(SAMPLES, '01-fake-press-pixel.eml')));
    const verdict = analyze({ ...message, recipient: inferRecipient(message) ?? '' }, DEFAULT_POLICY);
    expect(rulesOf(verdict)).toEqual(expect.arrayContaining(['tracking/tiny-image', 'lure/fake-press']));
    expect(verdict.level).toBe('danger');
    expect(verdict.reasons[0]).toMatch(/^lure\/fake-press\./);
  });

  it('the same press approach from the outlet\'s own domain with no tracker is not danger', async () => {
    const message = await parseEml(fs.readFileSync(path.join(SAMPLES, '01-fake-press-pixel.eml')));
    const own = { name: 'Euro Affairs Daily', address: 'newsdesk@euroaffairs-daily.example' };
    const verdict = analyze({
      ...message, from: own, replyTo: [own], headers: message.headers.filter((h) => !/^(return-path|reply-to|from)$/i.test(h.name)),
      html: message.html?.replace(/<img[^>]{0,400}>/g, ''), recipient: inferRecipient(message) ?? '',
    }, POLICY);
    expect(rulesOf(verdict)).not.toContain('lure/fake-press');
    expect(verdict.level).not.toBe('danger');
  });

  it('the MD5 sample leaks the address of the recipient named in its delivery headers', async () => {
    const verdict = await verdictOf('07-md5-recipient-tracker.eml');
    const leak = verdict.findings.find((f) => f.rule === 'tracking/identity-leak');
    expect(leak).toMatchObject({ params: { encoding: 'md5' }, openTracking: true, severity: 'high' });
  });

  it('decodes the ISO-8859-1 quoted-printable sample correctly', async () => {
    const message = await parseEml(fs.readFileSync(path.join(SAMPLES, '03-transactional-sendgrid.eml')));
    expect(message.subject).toBe('Ihre Bestellbestätigung Nr. 4711');
    expect(message.html).toContain('Bürobedarf Müller');
  });
});
