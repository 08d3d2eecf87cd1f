import { analyze } from '..';
import { NO_CONTENT_HITS, matchContent } from '../content';
import { lureContent, matchMessage } from './lure-content';
import { message } from '../../../test/helpers/message';
import type { MailMessage } from '../types';

const run = (overrides: Partial<MailMessage>) => analyze(message(overrides), undefined, { rules: [lureContent] });
const keys = (overrides: Partial<MailMessage>) => run(overrides).findings.map((f) => `${f.messageKey.replace('lure/content.', '')}:${f.severity}`).sort();

describe('lure/content', () => {
  it.each([
    ['EN press approach in the body', { text: 'I am a journalist at a European daily and would welcome a request for comment.' }, ['pressPretext:info']],
    ['FR journalist in the display name', { from: { name: 'Claire Martin, journaliste', address: 'c@x.example' } }, ['pressPretext:info']],
    ['NL editor in the display name', { from: { name: 'Redactie Nieuwsuur', address: 'r@x.example' } }, ['pressPretext:info']],
    ['DE request in the subject', { subject: 'Interviewanfrage zur China-Politik' }, ['pressPretext:info']],
    ['EN urgency', { text: 'Please reply within 24 hours.' }, ['urgency:low']],
    ['DE urgency', { text: 'Bitte antworten Sie umgehend.' }, ['urgency:low']],
    ['an explicit credential request', { text: 'Click below to verify your account.' }, ['credentialRequest:medium']],
    ['FR credential request', { text: 'Confirmez votre mot de passe ici.' }, ['credentialRequest:medium']],
    ['a password mention under time pressure', { text: 'Wachtwoord verloopt: wijzig het onmiddellijk.' }, ['credentialRequest:low', 'urgency:low']],
    ['sensitive topics in four languages', { text: 'Uyghurs; les Ouïghours; de Oeigoeren; die Uiguren' }, ['sensitiveTopic:info']],
    ['IPAC by its full name', { subject: 'Inter-Parliamentary Alliance on China statement' }, ['sensitiveTopic:info']],
  ] as const)('reports %s', (_what, overrides, expected) => {
    expect(keys(overrides as Partial<MailMessage>)).toEqual(expected);
  });

  it.each([
    ['a newsletter interviewing someone (body)', { subject: 'Our newsletter', text: 'Read our interview with the editor and other journalists.' }],
    ['"interview" in a subject', { subject: 'Interview: the minister on budgets' }],
    ['a password mentioned without pressure', { text: 'Your list password is stored on the server.' }],
    ['ordinary work mail', { subject: 'Minutes', text: 'Attached are the minutes. Comments welcome by Friday.' }],
    ['words that merely contain a term', { text: 'misreporterx antitibetan passwordless' }],
  ])('stays silent on %s', (_what, overrides) => {
    expect(run(overrides as Partial<MailMessage>).findings).toEqual([]);
  });

  it('names the matched terms in params', () => {
    const [finding] = run({ text: 'Bitte um Stellungnahme bis morgen' }).findings;
    expect(finding!.params.terms).toContain('bitte um stellungnahme');
  });

  it('never makes a message dangerous on wording alone', () => {
    const verdict = run({
      from: { name: 'Journalist', address: 'j@x.example' },
      subject: 'URGENT request for comment on Xinjiang sanctions',
      text: 'Verify your account within 24 hours. Confirm your password immediately.',
    });
    expect(verdict.findings.length).toBeGreaterThanOrEqual(4);
    expect(verdict.level).not.toBe('danger');
  });
});

describe('matchMessage', () => {
  it('reads no display name when neither From nor Sender has one', () => {
    const blank = matchMessage(message({ from: { name: '', address: 'a@x.example' }, subject: 'Interview request' }), 'Hello');
    expect(blank.displayName).toBe(NO_CONTENT_HITS);
    expect(matchContent(' ')).toBe(NO_CONTENT_HITS);
    expect(blank.subject.pressApproach?.phrases).toEqual(['interview request']);
    const sender = matchMessage(message({ from: { name: '', address: 'a@x.example' }, sender: { name: 'Newsroom', address: 's@x.example' } }), '');
    expect(sender.displayName.press?.phrases).toEqual(['newsroom']);
  });
});
