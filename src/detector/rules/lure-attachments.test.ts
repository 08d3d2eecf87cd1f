import { analyze } from '..';
import { lureAttachments, nameParts } from './lure-attachments';
import { message } from '../../../test/helpers/message';
import type { MailAttachment } from '../types';

const file = (name: string, contentType = 'application/octet-stream', inline = false): MailAttachment => ({ name, contentType, size: 1234, inline });
const run = (...attachments: MailAttachment[]) => analyze(message({ attachments }), undefined, { rules: [lureAttachments] });

describe('lure/attachments', () => {
  it.each([
    ['Invoice.exe', 'executable', 'high'],
    ['setup.MSI', 'executable', 'high'],
    ['payment.js', 'executable', 'high'],
    ['update.vbs', 'executable', 'high'],
    ['Shortcut to report.lnk', 'executable', 'high'],
    ['help.chm', 'executable', 'high'],
    ['doc.hta', 'executable', 'high'],
    ['scan.iso', 'executable', 'high'],
    ['disk.vhdx', 'executable', 'high'],
    ['login.html', 'activeContent', 'medium'],
    ['chart.svg', 'activeContent', 'medium'],
    ['budget.xlsm', 'activeContent', 'medium'],
    ['notes.one', 'activeContent', 'medium'],
    ['report.pdf.exe', 'doubleExtension', 'high'],
    ['scan.doc .js', 'doubleExtension', 'high'],
    ['invoice.pdf.html', 'doubleExtension', 'high'],
    ['contract.pdf          .scr', 'doubleExtension', 'high'],
    ['invoice.pdf.zip', 'disguisedArchive', 'medium'],
    ['setup.exe.rar', 'disguisedArchive', 'medium'],
    ['photos.zip', 'archive', 'low'],
    ['Rechnung\u202Efdp.exe', 'hiddenCharacters', 'high'],
    ['report\u200B.pdf', 'hiddenCharacters', 'high'],
    ['memo\u2066.docx', 'hiddenCharacters', 'high'],
    ['\uFEFFagenda.pdf', 'hiddenCharacters', 'high'],
  ] as const)('flags %j as %s (%s)', (name, id, severity) => {
    const { findings } = run(file(name));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageKey: `lure/attachments.${id}`, severity });
  });

  it('flags a nameless program by its declared type', () => {
    expect(run(file('', 'application/x-msdownload')).findings[0]).toMatchObject({ messageKey: 'lure/attachments.executable' });
  });

  it('names the visible file and the hidden character', () => {
    const [finding] = run(file('Rechnung\u202Efdp.exe')).findings;
    expect(finding!.params).toEqual({ name: 'Rechnungfdp.exe', character: 'U+202E' });
  });

  it.each([
    'report.pdf', 'Minutes 2024.docx', 'budget.xlsx', 'photo.jpeg', 'agenda v2.1.pdf', 'slides.pptx',
    'data.csv', 'invite.ics', 'Jean-Marc.Dupont.vcf', 'archive.tar.gz.sig', 'noextension', 'version 1.2',
  ])('does not flag %j', (name) => {
    expect(run(file(name)).findings).toEqual([]);
  });

  it('does not judge an ordinary name by a mislabelled type', () => {
    expect(run(file('data.json', 'application/javascript')).findings).toEqual([]);
  });

  it('splits extensions the way a reader would see them', () => {
    expect(nameParts('scan.doc .js')).toEqual({ extensions: ['js', 'doc'], paddedBeforeLast: false });
    expect(nameParts('a.pdf      .exe').paddedBeforeLast).toBe(true);
  });
});
