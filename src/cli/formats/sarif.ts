// SARIF 2.1.0 for security tooling: one result per finding, the rule table
// from the detector's rule metadata, files as artifact locations and mbox
// messages as logical locations. Messages that could not be read are listed as
// tool execution notifications so they are not silently dropped.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../../detector';
import type { Finding, Severity } from '../../detector/types';
import { describeFinding } from '../../i18n';
import type { ScanEntry } from '../entry';
import type { FormatContext, Formatter } from './types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note' | 'none'> = {
  high: 'error', medium: 'warning', low: 'note', info: 'none',
};

export function sarifFormatter(context: FormatContext): Formatter {
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.meta.id, index]));
  const notifications: Record<string, unknown>[] = [];
  let first = true;
  return {
    begin() {
      const driver = {
        name: 'Clearsight',
        version: context.toolVersion,
        rules: allRules.map((rule) => ({
          id: rule.meta.id,
          shortDescription: { text: rule.meta.description },
          defaultConfiguration: { level: LEVEL[rule.meta.severity] },
          properties: { category: rule.meta.category, ...(rule.meta.openTracking ? { openTracking: true } : {}) },
        })),
      };
      const head = JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [{ tool: { driver }, results: [] }] });
      // Everything up to the opening of the results array; results are streamed into it.
      return head.slice(0, head.lastIndexOf('[]}]}') + 1);
    },
    entry(entry) {
      if (entry.error !== undefined) {
        notifications.push({
          level: entry.errorKind === 'parse' ? 'warning' : 'error',
          message: { text: `${entry.source}: ${entry.error}` },
          locations: [location(entry, context)],
        });
        return '';
      }
      let out = '';
      for (const finding of entry.findings) {
        out += `${first ? '\n' : ',\n'}${JSON.stringify(result(finding, entry, ruleIndex, context))}`;
        first = false;
      }
      return out;
    },
    end(summary) {
      const invocation = {
        executionSuccessful: notifications.every((n) => n.level !== 'error'),
        toolExecutionNotifications: notifications,
        properties: { summary },
      };
      return `\n],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
    },
  };
}

function result(finding: Finding, entry: ScanEntry, ruleIndex: Map<string, number>, context: FormatContext): Record<string, unknown> {
  const text = describeFinding(finding, context.language);
  const index = ruleIndex.get(finding.rule);
  return {
    ruleId: finding.rule,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[finding.severity],
    message: { text: text.explanation ? `${text.title}. ${text.explanation}` : text.title },
    locations: [location(entry, context)],
    properties: {
      messageKey: finding.messageKey,
      evidence: finding.evidence,
      params: finding.params,
      verdict: entry.verdict,
      score: entry.score,
      ...(entry.subject === undefined ? {} : { subject: entry.subject }),
    },
  };
}

function location(entry: ScanEntry, context: FormatContext): Record<string, unknown> {
  const loc: Record<string, unknown> = { physicalLocation: { artifactLocation: { uri: artifactUri(entry.path, context.cwd) } } };
  if (entry.index !== undefined || entry.attached !== undefined) {
    const parts = [
      ...(entry.index === undefined ? [] : [`message ${entry.index}`]),
      ...(entry.attached ?? []).map((n) => `attached message ${n}`),
    ];
    loc.logicalLocations = [{ name: parts.join(' > '), fullyQualifiedName: entry.source, kind: 'object' }];
  }
  return loc;
}

/** Relative URI reference when the file is under cwd, else a file: URL. */
export function artifactUri(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(path).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}
