#!/usr/bin/env node
// Offline validation of the add-in manifest (`npm run validate`).
//
// Microsoft's published XSDs (../shared/schemas/office-addin-manifest) predate
// several elements Outlook accepts today (ReportPhishingCommandSurface,
// Runtimes, LaunchEvent...). So validation runs in layers:
//   1. every element matched by an extension layer is cut out of a copy of the
//      manifest and validated on its own against that layer's schema (ours, in
//      schemas/);
//   2. what remains is validated against the official XSD;
//   3. a few checks no XSD expresses (https only, resource ids resolve).
// Cut elements are replaced by blank text with the same line breaks, and each
// fragment is padded to its original position, so every error message points
// at the right line of the real file.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const repoRoot = path.resolve(__dirname, '..');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  mailor: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  mailor11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/**
 * @typedef {{ namespace: string, name: string, xsiType?: string }} ElementMatcher
 * @typedef {{ name: string, schema: string, elements: ElementMatcher[] }} ExtensionLayer
 * @typedef {{ file: string, line?: number, message: string }} Problem
 */

/**
 * Elements newer than the official XSDs, each validated by one of our schemas.
 * `schema` is relative to the repository root. Example entry:
 *   { name: 'report-phishing', schema: 'schemas/manifest/report-phishing.xsd',
 *     elements: [{ namespace: NS.mailor11, name: 'ExtensionPoint', xsiType: 'ReportPhishingCommandSurface' }] }
 * @type {ExtensionLayer[]}
 */
const EXTENSION_LAYERS = [
  {
    // Integrated spam reporting (the native Report button) and its runtime.
    name: 'clearsight-extensions',
    schema: 'schemas/clearsight-manifest-extensions.xsd',
    elements: [
      { namespace: NS.mailor11, name: 'Runtimes' },
      { namespace: NS.mailor11, name: 'ExtensionPoint', xsiType: 'ReportPhishingCommandSurface' },
      { namespace: NS.mailor11, name: 'ExtensionPoint', xsiType: 'LaunchEvent' },
    ],
  },
];

function schemasDir() {
  return process.env.CLEARSIGHT_SCHEMAS
    ? path.resolve(process.env.CLEARSIGHT_SCHEMAS)
    : path.resolve(repoRoot, '..', 'shared', 'schemas');
}

function officialSchema(dir = schemasDir()) {
  // Accept either the shared/schemas folder or the manifest folder itself.
  const nested = path.join(dir, 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
  return fs.existsSync(nested) ? nested : path.join(dir, 'OfficeAppManifestV1_1.xsd');
}

function assertXmllint() {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error('xmllint was not found on PATH. Install it with: apt-get install libxml2-utils (Debian/Ubuntu) or brew install libxml2 (macOS).');
  }
}

// ---------------------------------------------------------------------------
// Cutting elements out (namespace-aware, position-preserving)

/** Resolve "prefix:local" against a stack of xmlns scopes. */
function resolveName(qualified, scopes) {
  const colon = qualified.indexOf(':');
  const prefix = colon === -1 ? '' : qualified.slice(0, colon);
  const local = colon === -1 ? qualified : qualified.slice(colon + 1);
  for (let i = scopes.length - 1; i >= 0; i--) {
    const uri = scopes[i].get(prefix);
    if (uri !== undefined) return { namespace: uri, local, prefix };
  }
  return { namespace: prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : '', local, prefix };
}

function declaredNamespaces(attribs) {
  const scope = new Map();
  for (const [name, value] of Object.entries(attribs)) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
  }
  return scope;
}

function matches(matcher, element, attribs, scopes) {
  if (element.namespace !== matcher.namespace || element.local !== matcher.name) return false;
  if (matcher.xsiType === undefined) return true;
  const typeAttr = Object.keys(attribs).find((name) => resolveName(name, scopes).namespace === NS.xsi && name.endsWith(':type'));
  if (!typeAttr) return false;
  // xsi:type values are QNames; compare the local part, the namespace is the element's.
  const value = attribs[typeAttr];
  return value.slice(value.indexOf(':') + 1) === matcher.xsiType;
}

/**
 * Finds the outermost elements matched by any layer.
 * @returns {{ layer: ExtensionLayer, start: number, end: number, namespaces: Map<string,string> }[]}
 */
function findCuts(xml, layers) {
  // htmlparser2 ships ESM only; Node >= 20.19 can require() it.
  const { Parser } = require('htmlparser2');
  const scopes = [new Map()];
  const open = [];
  const cuts = [];
  let cutting = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        scopes.push(declaredNamespaces(attribs));
        const element = resolveName(name, scopes);
        const entry = { start: parser.startIndex, layer: null };
        if (!cutting) {
          const layer = layers.find((candidate) => candidate.elements.some((m) => matches(m, element, attribs, scopes)));
          if (layer) {
            entry.layer = layer;
            entry.namespaces = flattenScopes(scopes);
            cutting = entry;
          }
        }
        open.push(entry);
      },
      onclosetag() {
        scopes.pop();
        const entry = open.pop();
        if (entry && entry === cutting) {
          cuts.push({ layer: entry.layer, start: entry.start, end: parser.endIndex + 1, namespaces: entry.namespaces });
          cutting = null;
        }
      },
    },
    { xmlMode: true, recognizeSelfClosing: true, decodeEntities: false },
  );
  parser.end(xml);
  return cuts;
}

function flattenScopes(scopes) {
  const all = new Map();
  for (const scope of scopes) for (const [prefix, uri] of scope) all.set(prefix, uri);
  return all;
}

/** Same length and line breaks, no content: keeps positions of everything else. */
function blankOut(text) {
  return text.replace(/[^\n]/g, ' ');
}

/** A standalone document holding one cut element at its original line/column. */
function fragmentDocument(xml, cut) {
  let element = xml.slice(cut.start, cut.end);
  // Carry the in-scope namespace declarations the fragment relies on.
  const declarations = [...cut.namespaces]
    .filter(([prefix]) => !new RegExp(`^<[^>]*\\sxmlns${prefix ? `:${prefix}` : ''}=`).test(element))
    .map(([prefix, uri]) => ` xmlns${prefix ? `:${prefix}` : ''}="${uri}"`)
    .join('');
  element = element.replace(/^<[^\s/>]+/, (tag) => tag + declarations);
  // Blanking also removes the XML declaration, which is fine: whitespace may
  // precede the root element when there is none, and UTF-8 is the default.
  return blankOut(xml.slice(0, cut.start)) + element;
}

// ---------------------------------------------------------------------------
// Running xmllint and making its output readable

const SHORT_NAMESPACES = [
  [`{${NS.mailor11}}`, 'mailappor1.1:'],
  [`{${NS.mailor}}`, 'mailappor:'],
  [`{${NS.bt}}`, 'bt:'],
  [`{${NS.app}}`, ''],
];

function xmllint(schema, documentPath, displayPath) {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, documentPath], { encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status === 0) return [];
  /** @type {Problem[]} */
  const problems = [];
  for (const raw of result.stderr.split('\n')) {
    if (!raw.trim() || raw.endsWith(' validates') || raw.endsWith(' fails to validate')) continue;
    let line = raw.split(documentPath).join(displayPath);
    for (const [long, short] of SHORT_NAMESPACES) line = line.split(long).join(short);
    const located = /^(.*?):(\d+): (.*)$/.exec(line);
    problems.push(located ? { file: displayPath, line: Number(located[2]), message: located[3] } : { file: displayPath, message: line });
  }
  if (problems.length === 0) problems.push({ file: displayPath, message: `xmllint failed with exit code ${result.status}` });
  return problems;
}

// ---------------------------------------------------------------------------
// Checks no XSD expresses

function lineOf(xml, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (xml.charCodeAt(i) === 10) line++;
  return line;
}

function semanticChecks(xml, displayPath) {
  /** @type {Problem[]} */
  const problems = [];
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, blankOut);
  for (const match of withoutComments.matchAll(/\b(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/g)) {
    if (!match[1].startsWith('https://')) {
      problems.push({ file: displayPath, line: lineOf(xml, match.index), message: `URL must use https: ${match[1]}` });
    }
  }
  const ids = new Set([...withoutComments.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const match of withoutComments.matchAll(/\sresid="([^"]+)"/g)) {
    if (!ids.has(match[1])) problems.push({ file: displayPath, line: lineOf(xml, match.index), message: `resid "${match[1]}" is not defined in <Resources>` });
  }
  problems.push(...runtimeChecks(withoutComments, xml, displayPath));
  return problems;
}

/**
 * Outlook runs the Report button's handler in the runtime whose resid its
 * <SourceLocation> names; a mismatch loads nothing and fails silently.
 */
function runtimeChecks(withoutComments, xml, displayPath) {
  const problems = [];
  const runtimes = new Set([...withoutComments.matchAll(/<Runtime\s[^>]*resid="([^"]+)"/g)].map((m) => m[1]));
  for (const block of withoutComments.matchAll(/<ReportPhishingCustomization>[\s\S]*?<\/ReportPhishingCustomization>/g)) {
    const source = /<SourceLocation\s[^>]*resid="([^"]+)"/.exec(block[0]);
    if (source && !runtimes.has(source[1])) {
      problems.push({
        file: displayPath,
        line: lineOf(xml, block.index + source.index),
        message: `ReportPhishingCustomization SourceLocation "${source[1]}" must name the <Runtime> resid (${[...runtimes].join(', ') || 'no Runtime declared'})`,
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------

/**
 * Validates one manifest file.
 * @param {string} file
 * @param {{ schemas?: string, layers?: ExtensionLayer[], displayPath?: string }} [options]
 * @returns {{ ok: boolean, problems: Problem[] }}
 */
function validateManifest(file, options = {}) {
  assertXmllint();
  const displayPath = options.displayPath ?? path.relative(process.cwd(), file) ?? file;
  const layers = options.layers ?? EXTENSION_LAYERS;
  const schema = officialSchema(options.schemas ?? schemasDir());
  if (!fs.existsSync(schema)) {
    throw new Error(`Office manifest schemas not found at ${schema}. Set CLEARSIGHT_SCHEMAS to the folder holding office-addin-manifest/.`);
  }
  const xml = fs.readFileSync(file, 'utf8');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clearsight-manifest-'));
  try {
    /** @type {Problem[]} */
    const problems = [];
    const cuts = layers.length ? findCuts(xml, layers) : [];
    let remainder = xml;
    for (const [index, cut] of cuts.entries()) {
      const fragmentPath = path.join(work, `fragment-${index}.xml`);
      fs.writeFileSync(fragmentPath, fragmentDocument(xml, cut));
      const layerSchema = path.resolve(repoRoot, cut.layer.schema);
      problems.push(...xmllint(layerSchema, fragmentPath, displayPath).map((p) => ({ ...p, message: `[${cut.layer.name}] ${p.message}` })));
    }
    // Blanking keeps lengths, so the other cuts' offsets stay valid.
    for (const cut of cuts) {
      remainder = remainder.slice(0, cut.start) + blankOut(remainder.slice(cut.start, cut.end)) + remainder.slice(cut.end);
    }
    const remainderPath = path.join(work, 'manifest.xml');
    fs.writeFileSync(remainderPath, remainder);
    problems.push(...xmllint(schema, remainderPath, displayPath));
    problems.push(...semanticChecks(xml, displayPath));
    return { ok: problems.length === 0, problems };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function formatProblem(problem) {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}

function main(argv) {
  const files = argv.length
    ? argv.map((file) => path.resolve(file))
    : [path.join(repoRoot, 'manifest.xml'), path.join(repoRoot, 'dist', 'manifest.xml')].filter((file, index) => index === 0 || fs.existsSync(file));
  let failed = false;
  for (const file of files) {
    if (!fs.existsSync(file)) {
      process.stderr.write(`${file}: no such file\n`);
      failed = true;
      continue;
    }
    const { ok, problems } = validateManifest(file);
    if (ok) process.stdout.write(`${path.relative(process.cwd(), file)}: valid\n`);
    else {
      failed = true;
      for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`validate-manifest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

module.exports = { validateManifest, formatProblem, EXTENSION_LAYERS, NS };
