// End-to-end acceptance for the lure families: crafted messages through the
// full rule list and scoring, positives and their look-alike negatives side by
// side. The positives model the 2021 APT31 campaign (press pretext + tracking
// via a mass-mail service) and classic lures; the negatives are the everyday
// mail that shares surface features with them.
import { analyze, DEFAULT_POLICY } from '../../src/detector';
import type { MailMessage, Policy, Verdict } from '../../src/detector';
import { describeFinding, LANGUAGES } from '../../src/i18n';
import { message } from '../helpers/message';

const policy: Policy = { ...DEFAULT_POLICY, orgDomains: ['parliament.example'], trustedSenders: ['newsletter@trusted-ngo.org'] };
const recipient = 'jan.peeters@parliament.example';
const to = [{ name: 'Jan Peeters', address: recipient }];

/** A 1×1 open-tracking pixel with a per-recipient token, as mass-mail services add. */
const pixel = '<img src="https://open.mailer-service.com/o/8f3a9c2e7b1d4f6a9e0c3b5d7f1a2c4e.gif" width="1" height="1" alt="">';
const firstContactHeader = { name: 'X-Forefront-Antispam-Report', value: 'CIP:203.0.113.5;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.example;PTR:;CAT:NONE;SFS:;DIR:INB;SFTY:9.25;' };

const mail = (overrides: Partial<MailMessage>): MailMessage => message({ to, recipient, ...overrides });
/** Every verdict produced here, so the last test can check its texts. */
const produced: Verdict[] = [];
const run = (overrides: Partial<MailMessage>): Verdict => {
  const verdict = analyze(mail(overrides), policy);
  produced.push(verdict);
  return verdict;
};
const lureKeys = (v: Verdict, atLeast: 'low' | 'medium' = 'low') => v.findings
  .filter((f) => f.category === 'lure' && f.severity !== 'info' && (atLeast === 'low' || f.severity !== 'low'))
  .map((f) => f.messageKey);

describe('fake press (APT31 shape)', () => {
  it('outlet named in the display name, other domain, first contact, tracking pixel → danger, fake-press first', () => {
    const verdict = run({
      from: { name: 'POLITICO Europe', address: 'editors@politico-europe-news.com' },
      headers: [firstContactHeader],
      subject: 'Uyghur sanctions: request for comment',
      html: `<p>Dear Member,</p><p>We are preparing an article on the Inter-Parliamentary Alliance on China and would welcome your view.</p>${pixel}`,
    });
    expect(verdict.level).toBe('danger');
    expect(verdict.reasons[0]).toMatch(/^lure\/fake-press\./);
    const finding = verdict.findings.find((f) => f.rule === 'lure/fake-press')!;
    expect(finding.params).toMatchObject({ senderDomain: 'politico-europe-news.com', trackerHost: 'open.mailer-service.com' });
  });

  it.each([
    ['EN, webmail reporter', { name: 'Anna Weber, Reporter', address: 'anna.weber.reports@gmail.com' }, 'Request for comment on the China debate', 'I am a journalist working on a story about the hearing.'],
    ['FR, webmail journaliste', { name: 'Claire Dubois – journaliste', address: 'claire.dubois.presse@outlook.fr' }, 'Demande d’interview', 'Je suis journaliste et je prépare un article sur les droits de l’homme au Tibet.'],
    ['NL, webmail verslaggever', { name: 'Pieter de Vries (verslaggever)', address: 'pdevries.nieuws@hotmail.com' }, 'Verzoek om commentaar', 'Ik ben journalist en schrijf een stuk over mensenrechten.'],
    ['DE, webmail Redaktion', { name: 'Redaktion Hauptstadtbrief', address: 'hauptstadtbrief.redaktion@gmx.de' }, 'Bitte um Stellungnahme', 'Ich bin Journalistin und schreibe über die Lage der Uiguren.'],
  ])('%s with a pixel → danger, fake-press first', (_what, from, subject, body) => {
    const verdict = run({ from, subject, html: `<p>${body}</p>${pixel}` });
    expect(verdict.level).toBe('danger');
    expect(verdict.reasons[0]).toBe('lure/fake-press.posingAsJournalist');
  });

  it('a real outlet writing from its own domain without a tracker → safe, no fake-press', () => {
    const verdict = run({
      from: { name: 'Anna Weber, POLITICO Europe', address: 'aweber@politico.eu' },
      subject: 'Request for comment: China hearing',
      text: 'I am a journalist at POLITICO Europe working on a story about the hearing on Xinjiang. Would you be available for an interview?',
    });
    expect(verdict.findings.some((f) => f.rule === 'lure/fake-press')).toBe(false);
    expect(verdict.level).toBe('safe');
  });

  it('the same journalist with a newsletter pixel from the outlet\'s own domain → no fake-press, not danger', () => {
    const verdict = run({
      from: { name: 'Anna Weber, POLITICO Europe', address: 'aweber@politico.eu' },
      headers: [firstContactHeader],
      subject: 'Request for comment',
      html: `<p>I am a journalist at POLITICO Europe and would welcome your comment.</p>${pixel}`,
    });
    expect(verdict.findings.some((f) => f.rule === 'lure/fake-press')).toBe(false);
    expect(verdict.level).not.toBe('danger');
  });

  it('a tracked think-tank newsletter with an interview headline → no fake-press, caution for tracking only', () => {
    const verdict = run({
      from: { name: 'China Policy Institute', address: 'newsletter@cpi-institute.org' },
      subject: 'Interview: our director on Taiwan',
      html: `<p>Read our interview with the editor.</p><a href="https://cpi-institute.org/interview">Read more</a>${pixel}`,
    });
    expect(verdict.findings.some((f) => f.rule === 'lure/fake-press')).toBe(false);
    expect(verdict.level).toBe('caution');
  });
});

describe('deceptive links and attachments', () => {
  it('link text showing the bank while opening another site → danger, link first', () => {
    const verdict = run({
      from: { name: 'Security', address: 'no-reply@secure-mailer.net' },
      subject: 'Unusual sign-in',
      html: '<p>Verify your account within 24 hours:</p><a href="https://login.secure-mailer.net/kbc">https://www.kbc.be/login</a>',
    });
    expect(verdict.level).toBe('danger');
    expect(verdict.reasons[0]).toBe('lure/links.textMismatch');
  });

  it('a click-tracked newsletter whose links say "Read more" → no link lure, not danger', () => {
    const links = ['Read more', 'Lire la suite', 'Meer lezen', 'Weiterlesen'].map((text, i) =>
      `<a href="https://ngo.us12.list-manage.com/track/click?u=5f2d&id=${i}a9c&e=3b1f">${text}</a>`).join(' ');
    const verdict = run({
      from: { name: 'European Rights Network', address: 'news@rights-network.eu' },
      subject: 'Monthly digest',
      html: `<p>Our monthly digest.</p>${links}<p><a href="https://ngo.us12.list-manage.com/track/click?u=5f2d&id=9">www.rights-network.eu</a></p>`,
    });
    expect(lureKeys(verdict).filter((k) => k.startsWith('lure/links.'))).toEqual([]);
    expect(verdict.level).not.toBe('danger');
  });

  it('javascript: and user-info links → danger', () => {
    expect(run({ html: '<a href="javascript:document.location=\'https://evil.example\'">Open document</a>' }).level).toBe('danger');
    expect(run({ html: '<a href="https://parliament.example@evil-login.com/">Intranet</a>' }).level).toBe('danger');
  });

  it.each([
    ['a double extension', 'Invoice_2024.pdf.exe'],
    ['a right-to-left override', 'Agenda\u202Excod.scr'],
    ['an HTML file dressed as a PDF', 'Scan_0042.pdf.html'],
  ])('an attachment with %s → danger', (_what, name) => {
    const verdict = run({ from: { name: 'Scanner', address: 'scan@office-devices.com' }, subject: 'Scan', text: 'See attachment.', attachments: [{ name, contentType: 'application/octet-stream', size: 20_000, inline: false }] });
    expect(verdict.level).toBe('danger');
    expect(verdict.reasons[0]).toMatch(/^lure\/attachments\./);
  });

  it('ordinary office attachments → safe', () => {
    const attachments = ['Agenda.pdf', 'Budget 2025.xlsx', 'Minutes.docx'].map((name) => ({ name, contentType: 'application/octet-stream', size: 1000, inline: false }));
    expect(run({ from: { name: 'Clerk', address: 'clerk@partner-assembly.eu' }, subject: 'Papers', text: 'Papers for Monday attached.', attachments }).level).toBe('safe');
  });

  it('two medium lures together with tracking → danger; without tracking → caution', () => {
    const base = {
      from: { name: 'Docs', address: 'docs@files-share.net' },
      subject: 'Shared document',
      attachments: [{ name: 'document.html', contentType: 'text/html', size: 3000, inline: false }],
    };
    const links = '<a href="http://198.51.100.23/doc">Open the document</a>';
    expect(run({ ...base, html: `${links}${pixel}` }).level).toBe('danger');
    expect(run({ ...base, html: links }).level).toBe('caution');
  });
});

describe('weak signals and the organisation\'s own mail', () => {
  it('failed DMARC, a webmail reply address and urgent wording → at most caution', () => {
    const verdict = run({
      from: { name: 'Conference team', address: 'events@summit-conference.org' },
      replyTo: [{ name: '', address: 'summit.conference@gmail.com' }],
      headers: [{ name: 'Authentication-Results', value: 'mx.parliament.example; spf=fail smtp.mailfrom=summit-conference.org; dkim=none; dmarc=fail header.from=summit-conference.org' }],
      subject: 'URGENT: confirm your attendance immediately',
      text: 'Please confirm as soon as possible.',
    });
    // The weak signals are really there (authentication, reply address, wording), and still not danger.
    expect(new Set(lureKeys(verdict).map((k) => k.split('.')[0])).size).toBeGreaterThanOrEqual(3);
    expect(verdict.level).not.toBe('danger');
  });

  it('internal mail from the organisation\'s domain with intranet links → safe', () => {
    const verdict = run({
      from: { name: 'IT Service Desk', address: 'servicedesk@parliament.example' },
      subject: 'Planned maintenance',
      html: '<p>The intranet will be unavailable on Saturday.</p><a href="https://intranet.parliament.example/status">Status page</a>',
      attachments: [{ name: 'schedule.pdf', contentType: 'application/pdf', size: 1000, inline: false }],
    });
    expect(verdict.level).toBe('safe');
    expect(lureKeys(verdict)).toEqual([]);
  });

  it('a tracked newsletter from a trusted sender → safe, tracking listed as info', () => {
    const verdict = run({
      from: { name: 'Trusted NGO', address: 'newsletter@trusted-ngo.org' },
      subject: 'Our newsletter',
      html: `<p>News from the network.</p><a href="https://ngo.us12.list-manage.com/track/click?u=1&id=2">Read more</a>${pixel}`,
    });
    const tracking = verdict.findings.filter((f) => f.category === 'tracking');
    expect(tracking.length).toBeGreaterThan(0);
    expect(tracking.every((f) => f.severity === 'info')).toBe(true);
    expect(verdict.level).toBe('safe');
  });

  it('a trusted sender is not shielded from lure findings', () => {
    const verdict = run({
      from: { name: 'Trusted NGO', address: 'newsletter@trusted-ngo.org' },
      html: `<a href="https://evil-login.com/">https://www.trusted-ngo.org/login</a>${pixel}`,
    });
    expect(verdict.level).toBe('danger');
  });
});

describe('texts of every finding produced above', () => {
  it('fill every placeholder from the finding\'s params, in all four languages', () => {
    const findings = produced.flatMap((v) => v.findings);
    expect(findings.length).toBeGreaterThan(40);
    const unfilled = findings.flatMap((finding) => LANGUAGES.flatMap((language) => {
      const text = describeFinding(finding, language);
      const all = `${text.title} ${text.explanation} ${text.senderLearns} ${text.action}`;
      const left = all.match(/\{\w{1,40}\}/g);
      return left ? [`${finding.messageKey} ${language}: ${left.join(' ')}`] : [];
    }));
    expect(unfilled).toEqual([]);
  });
});
