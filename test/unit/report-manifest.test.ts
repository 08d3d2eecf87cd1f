// The native Report button lives in manifest elements the official XSDs do not
// know. Our own schema (schemas/clearsight-manifest-extensions.xsd) checks them;
// these tests make sure it is really applied and really strict.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MANIFEST_OPTION_ORDER } from '../../src/commands/spam-report';

const { validateManifest } = require('../../scripts/validate-manifest.cjs') as {
  validateManifest: (file: string, options?: { layers?: unknown[] }) => { ok: boolean; problems: { line?: number; message: string }[] };
};

const repoRoot = path.resolve(__dirname, '..', '..');
const source = fs.readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');
const hasXmllint = !spawnSync('xmllint', ['--version']).error;

let work: string;
beforeAll(() => { work = fs.mkdtempSync(path.join(os.tmpdir(), 'clearsight-report-manifest-')); });
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function validate(xml: string, options?: { layers?: unknown[] }) {
  const file = path.join(work, `variant-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  return validateManifest(file, options);
}

function replaceOnce(xml: string, from: string, to: string): string {
  expect(xml.split(from)).toHaveLength(2);
  return xml.replace(from, to);
}

(hasXmllint ? describe : describe.skip)('manifest: integrated spam reporting', () => {
  it('validates as a whole with our extension schema layered in', () => {
    expect(validate(source).problems).toEqual([]);
  });

  it('needs the layer: the official XSD alone rejects these elements', () => {
    const result = validate(source, { layers: [] });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/Runtimes|ExtensionPoint/);
  });

  const broken: [string, string, string, RegExp][] = [
    ['a sixth reporting option', '<Option resid="ReportOption.Unsure"/>', '<Option resid="ReportOption.Unsure"/><Option resid="ReportOption.Spam"/><Option resid="ReportOption.Spam"/>', /\[clearsight-extensions\].*Option/],
    ['a missing FunctionName', '<FunctionName>onSpamReport</FunctionName>', '', /\[clearsight-extensions\].*(Action|FunctionName)/],
    ['an Override that is not javascript', '<Override type="javascript"', '<Override type="html"', /\[clearsight-extensions\].*type/],
    ['a missing PreProcessingDialog title', '<Title resid="ReportDialog.Title"/>', '', /\[clearsight-extensions\]/],
    ['an unknown element in the dialog', '<FreeTextLabel resid="ReportDialog.FreeText"/>', '<FreeTextLabel resid="ReportDialog.FreeText"/><Surprise/>', /\[clearsight-extensions\].*Surprise/],
    ['a resid longer than 32 characters', '<Option resid="ReportOption.Spam"/>', '<Option resid="ReportOption.Spam.With.A.Very.Long.Name"/>', /\[clearsight-extensions\].*resid/],
    ['a SourceLocation that names no runtime', '<SourceLocation resid="Commands.Url"/>\n              </ReportPhishingCustomization>', '<SourceLocation resid="Taskpane.Url"/>\n              </ReportPhishingCustomization>', /must name the <Runtime> resid/],
    ['an option without a string', '<Option resid="ReportOption.Spam"/>', '<Option resid="ReportOption.Nope"/>', /resid "ReportOption.Nope" is not defined/],
  ];

  it.each(broken)('fails with %s', (_label, from, to, expected) => {
    const result = validate(replaceOnce(source, from, to));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(expected);
  });

  it('still checks the rest of the manifest against the official XSD', () => {
    const result = validate(replaceOnce(source, '<Permissions>ReadItem</Permissions>', '<Permissions>Everything</Permissions>'));
    expect(result.ok).toBe(false);
    expect(result.problems.some((p) => !p.message.startsWith('[clearsight-extensions]'))).toBe(true);
  });

  it('offers the options in the order the handler maps them', () => {
    const options = [...source.matchAll(/<Option resid="ReportOption\.(\w+)"\/>/g)].map((m) => m[1]!.toLowerCase());
    expect(options).toEqual([...MANIFEST_OPTION_ORDER]);
  });

  it('has every report string in French, Dutch and German', () => {
    for (const id of ['ReportButton.Label', 'ReportButton.Tooltip', 'ReportDialog.Title', 'ReportDialog.Description', 'ReportDialog.OptionsTitle',
      'ReportOption.Phishing', 'ReportOption.Tracking', 'ReportOption.Spam', 'ReportOption.Unsure', 'ReportDialog.FreeText']) {
      const block = new RegExp(`<bt:String id="${id.replace('.', '\\.')}"[^>]*>([\\s\\S]*?)</bt:String>`).exec(source);
      expect(block).not.toBeNull();
      for (const locale of ['fr-FR', 'nl-NL', 'de-DE']) expect(block![1]).toContain(`Locale="${locale}"`);
    }
  });
});
