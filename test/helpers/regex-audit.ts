// Finds every regular expression in our TypeScript sources and asks recheck
// whether it can backtrack catastrophically. Message content is attacker
// input, so a pattern is acceptable only when recheck proves it safe.
import { checkSync } from 'recheck';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** Set when the pattern is built at run time and cannot be checked statically. */
  dynamic?: boolean;
}

export interface RegexVerdict extends FoundRegex {
  status: 'safe' | 'vulnerable' | 'unknown' | 'dynamic';
  detail?: string;
}

export function listSourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

export function findRegexes(file: string, text = fs.readFileSync(file, 'utf8')): FoundRegex[] {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: FoundRegex[] = [];
  const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const slash = literal.lastIndexOf('/');
      found.push({ file, line: lineOf(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern))
        && (!flags || ts.isStringLiteral(flags))) {
        found.push({ file, line: lineOf(node), source: pattern.text, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' });
      } else if (pattern && !ts.isRegularExpressionLiteral(pattern)) {
        found.push({ file, line: lineOf(node), source: pattern.getText(), flags: '', dynamic: true });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

export function auditRegex(found: FoundRegex): RegexVerdict {
  if (found.dynamic) return { ...found, status: 'dynamic', detail: 'built at run time; use a literal so it can be checked' };
  const flags = found.flags.replace(/[^dgimsuvy]/g, '');
  const result = checkSync(found.source, flags, { timeout: 10_000 });
  if (result.status === 'vulnerable') {
    return { ...found, status: 'vulnerable', detail: `${result.complexity.type} backtracking, e.g. ${JSON.stringify(result.attack.string).slice(0, 80)}` };
  }
  if (result.status === 'unknown') return { ...found, status: 'unknown', detail: String(result.error.kind) };
  return { ...found, status: 'safe' };
}
