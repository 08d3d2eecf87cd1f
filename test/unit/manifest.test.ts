// The manifest is what IT uploads; Outlook rejects it silently or with vague
// errors, so everything we can check offline is checked here.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const { validateManifest, NS, EXTENSION_LAYERS } = require('../../scripts/validate-manifest.cjs') as {
  validateManifest: (file: string, options?: { layers?: unknown[]; displayPath?: string }) => { ok: boolean; problems: { file: string; line?: number; message: string }[] };
  NS: Record<string, string>;
  EXTENSION_LAYERS: unknown[];
};
const { normaliseBaseUrl, rewriteManifest, DEV_BASE_URL } = require('../../scripts/manifest-url.cjs') as {
  normaliseBaseUrl: (input: string | undefined) => string;
  rewriteManifest: (xml: string, baseUrl: string) => string;
  DEV_BASE_URL: string;
};

const repoRoot = path.resolve(__dirname, '..', '..');
const manifestPath = path.join(repoRoot, 'manifest.xml');
const source = fs.readFileSync(manifestPath, 'utf8');
const hasXmllint = !spawnSync('xmllint', ['--version']).error;
const LOCALES = ['fr-FR', 'nl-NL', 'de-DE'];

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'clearsight-manifest-test-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function writeVariant(name: string, xml: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, xml);
  return file;
}

function replaceOnce(xml: string, from: string, to: string): string {
  expect(xml).toContain(from);
  return xml.replace(from, to);
}

const withoutComments = source.replace(/<!--[\s\S]*?-->/g, '');

(hasXmllint || process.env.CI ? describe : describe.skip)('schema validation (xmllint)', () => {
  it('accepts the source manifest', () => {
    expect(validateManifest(manifestPath).problems).toEqual([]);
  });

  it('accepts the manifest as a production build rewrites it', () => {
    const built = writeVariant('built.xml', rewriteManifest(source, normaliseBaseUrl('https://addins.parliament.example/clearsight')));
    expect(built).toBeTruthy();
    expect(validateManifest(built).problems).toEqual([]);
  });

  it('validates dist/manifest.xml through the CLI when a build exists', () => {
    const dist = path.join(repoRoot, 'dist', 'manifest.xml');
    const output = execFileSync('node', [path.join(repoRoot, 'scripts', 'validate-manifest.cjs')], { cwd: repoRoot, encoding: 'utf8' });
    expect(output).toContain('manifest.xml: valid');
    if (fs.existsSync(dist)) expect(output).toContain(path.join('dist', 'manifest.xml'));
  });

  it('rejects a missing required element, naming it and its line', () => {
    const start = source.indexOf('  <FormSettings>');
    const end = source.indexOf('</FormSettings>') + '</FormSettings>'.length;
    const broken = writeVariant('no-formsettings.xml', source.slice(0, start) + source.slice(end));
    const { ok, problems } = validateManifest(broken, { displayPath: 'no-formsettings.xml' });
    expect(ok).toBe(false);
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toContain('FormSettings');
    const permissionsLine = broken && fs.readFileSync(broken, 'utf8').split('\n').findIndex((l) => l.includes('<Permissions>')) + 1;
    expect(problems.some((p) => p.line === permissionsLine && p.file === 'no-formsettings.xml')).toBe(true);
  });

  it('rejects elements in the wrong order', () => {
    const swapped = replaceOnce(
      source,
      '<Version>1.0.0.0</Version>\n  <ProviderName>Clearsight</ProviderName>',
      '<ProviderName>Clearsight</ProviderName>\n  <Version>1.0.0.0</Version>',
    );
    const { ok, problems } = validateManifest(writeVariant('order.xml', swapped));
    expect(ok).toBe(false);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/ProviderName.*not expected.*Version/s);
  });

  it('rejects a plain-http URL and a dangling resource id even where the XSD allows them', () => {
    let broken = replaceOnce(source, 'DefaultValue="https://localhost:3000/assets/icon-64.png"', 'DefaultValue="http://localhost:3000/assets/icon-64.png"');
    broken = replaceOnce(broken, '<Label resid="CheckButton.Label"/>', '<Label resid="CheckButton.Missing"/>');
    const { ok, problems } = validateManifest(writeVariant('semantic.xml', broken));
    expect(ok).toBe(false);
    const messages = problems.map((p) => p.message);
    expect(messages).toContain('URL must use https: http://localhost:3000/assets/icon-64.png');
    expect(messages).toContain('resid "CheckButton.Missing" is not defined in <Resources>');
  });

  describe('extension layers (elements newer than the official XSD)', () => {
    const futurePoint = '<ExtensionPoint xsi:type="FutureSurface"><Flag>FLAG</Flag></ExtensionPoint>';
    const marker = '<!-- EXTENSION POINT: ReportPhishingCommandSurface';
    const layerSchema = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${NS.mailor11}" xmlns="${NS.mailor11}" elementFormDefault="qualified">
  <xs:complexType name="Point" abstract="true"/>
  <xs:complexType name="FutureSurface">
    <xs:complexContent><xs:extension base="Point"><xs:sequence><xs:element name="Flag" type="xs:boolean"/></xs:sequence></xs:extension></xs:complexContent>
  </xs:complexType>
  <xs:element name="ExtensionPoint" type="Point"/>
</xs:schema>`;
    const layer = () => ({
      name: 'future',
      schema: writeVariant('future.xsd', layerSchema),
      elements: [{ namespace: NS.mailor11, name: 'ExtensionPoint', xsiType: 'FutureSurface' }],
    });
    // The real manifest already needs the shipped layers (Report button, Runtimes).
    const layers = () => [...EXTENSION_LAYERS, layer()];
    const withFlag = (flag: string) => replaceOnce(source, marker, `${futurePoint.replace('FLAG', flag)}\n            ${marker}`);

    it('the official XSD alone rejects an element it does not know', () => {
      expect(validateManifest(writeVariant('future-plain.xml', withFlag('true'))).ok).toBe(false);
    });

    it('cuts the element out and validates it with the layer schema instead', () => {
      expect(validateManifest(writeVariant('future-ok.xml', withFlag('true')), { layers: layers() }).problems).toEqual([]);
    });

    it('reports errors inside the cut element at their real line, tagged with the layer', () => {
      const xml = withFlag('perhaps');
      const { ok, problems } = validateManifest(writeVariant('future-bad.xml', xml), { layers: layers() });
      expect(ok).toBe(false);
      const expectedLine = xml.split('\n').findIndex((l) => l.includes('<Flag>perhaps')) + 1;
      expect(problems).toEqual([expect.objectContaining({ line: expectedLine, message: expect.stringMatching(/^\[future\] .*Flag.*perhaps/) })]);
    });
  });
});

describe('production URL rewriting', () => {
  it('normalises the trailing slash and refuses anything but https', () => {
    expect(normaliseBaseUrl('https://addins.example.org/clearsight')).toBe('https://addins.example.org/clearsight/');
    expect(normaliseBaseUrl(' https://addins.example.org/clearsight/// ')).toBe('https://addins.example.org/clearsight/');
    expect(normaliseBaseUrl('https://addins.example.org')).toBe('https://addins.example.org/');
    expect(() => normaliseBaseUrl('http://addins.example.org/')).toThrow(/https/);
    expect(() => normaliseBaseUrl('addins.example.org')).toThrow(/not a valid absolute URL/);
    expect(() => normaliseBaseUrl('https://addins.example.org/?x=1')).toThrow(/query/);
    expect(() => normaliseBaseUrl(undefined)).toThrow(/CLEARSIGHT_BASE_URL/);
  });

  it('moves every URL to the base and leaves no localhost behind', () => {
    const built = rewriteManifest(source, 'https://addins.example.org/cs/');
    expect(built).not.toContain('localhost');
    const urls = [...built.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/addins\.example\.org\/cs\/[a-z]/);
    expect(rewriteManifest(source, DEV_BASE_URL)).toBe(source);
  });

  it('follows npm start to another local port, but refuses a manifest with a URL it cannot move', () => {
    const local = rewriteManifest(source, 'https://localhost:3443/');
    expect(local).not.toContain('localhost:3000');
    expect(local).toContain('https://localhost:3443/taskpane.html');
    const stray = source.replace('https://localhost:3000/assets/icon-64.png', 'https://localhost:3001/assets/icon-64.png');
    expect(() => rewriteManifest(stray, 'https://addins.example.org/cs/')).toThrow(/still mentions localhost/);
  });
});

describe('manifest content', () => {
  it('uses https for every URL', () => {
    const urls = [...withoutComments.matchAll(/\b(?:DefaultValue|Value)="([a-z]+:[^"]*)"/gi)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
  });

  it('asks for read access only', () => {
    expect([...withoutComments.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(['ReadItem']);
  });

  it('translates every user-visible string into French, Dutch and German', () => {
    // Every element carrying text (not a URL) with a DefaultValue must be overridden per locale.
    const texts = [...withoutComments.matchAll(/<((?:bt:)?\w+)(?: id="([^"]+)")? DefaultValue="([^"]*)">([\s\S]*?)<\/\1>/g)]
      .filter((m) => !m[3]!.startsWith('https://'));
    const names = texts.map((m) => m[2] ?? m[1]);
    expect(names).toEqual(expect.arrayContaining(['DisplayName', 'Description', 'Group.Label', 'CheckButton.Label', 'CheckButton.Title', 'CheckButton.Tooltip']));
    for (const [, , , defaultValue, body] of texts) {
      for (const locale of LOCALES) {
        const override = new RegExp(`<(?:bt:)?Override Locale="${locale}" Value="([^"]+)"/>`).exec(body!);
        expect({ defaultValue, locale, translated: Boolean(override?.[1]) }).toEqual({ defaultValue, locale, translated: true });
      }
    }
    // Labels other than the product name must actually be translated.
    const label = /<bt:String id="CheckButton.Label"[\s\S]*?<\/bt:String>/.exec(withoutComments)![0];
    const values = [...label.matchAll(/Value="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(values).size).toBe(4);
  });

  it('offers the pinnable task pane on desktop and a task pane on mobile', () => {
    expect(withoutComments).toMatch(/xsi:type="MessageReadCommandSurface"[\s\S]*<SupportsPinning>true<\/SupportsPinning>/);
    expect(withoutComments).toMatch(/xsi:type="MobileMessageReadCommandSurface"[\s\S]*xsi:type="ShowTaskpane"[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
  });

  it('ships every icon it names, as a PNG of exactly that size', () => {
    const images = [...withoutComments.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="https:\/\/localhost:3000\/(assets\/[^"]+)"\/>/g)];
    const topLevel = [...withoutComments.matchAll(/<(?:IconUrl|HighResolutionIconUrl) DefaultValue="https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)"\/>/g)];
    expect(images.length).toBeGreaterThanOrEqual(5);
    const checked = [
      ...images.map((m) => ({ file: m[3]!, width: Number(m[1]), height: Number(m[2]) })),
      ...topLevel.map((m) => ({ file: m[1]!, width: Number(m[2]), height: Number(m[2]) })),
    ];
    const sizes = new Set<number>();
    for (const { file, width, height } of checked) {
      const png = fs.readFileSync(path.join(repoRoot, file));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.toString('ascii', 12, 16)).toBe('IHDR');
      expect({ file, width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ file, width, height });
      sizes.add(width);
    }
    for (const size of [16, 32, 64, 80, 128]) expect(sizes).toContain(size);
  });

  it('declares mobile icons whose pixel size matches size x scale', () => {
    const refs = [...withoutComments.matchAll(/<bt:Image size="(\d+)" scale="(\d)" resid="Icon\.(\d+)x\d+"\/>/g)];
    expect(refs).toHaveLength(9);
    for (const [, size, scale, pixels] of refs) expect(Number(pixels)).toBe(Number(size) * Number(scale));
  });
});
