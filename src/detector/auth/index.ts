// Parsers for the verdicts receiving mail servers leave in the headers:
// Authentication-Results (RFC 8601, including Microsoft 365's form without an
// authserv-id), ARC-Authentication-Results, Received-SPF and Microsoft's
// X-Forefront-Antispam-Report. Plain string scanning, bounded input.
import type { MailHeader } from '../types';

const MAX_HEADER = 8000;

export interface AuthResult {
  /** Lower-cased method: "spf", "dkim", "dmarc", "compauth", "arc", … */
  method: string;
  /** Lower-cased result: "pass", "fail", "softfail", "none", … */
  result: string;
  /** Properties such as "header.from", "smtp.mailfrom", "header.d", "reason" (keys lower-cased). */
  props: Record<string, string>;
}

export interface AuthResults {
  /** The server that wrote the verdict; empty for Microsoft 365's anonymous form. */
  authservId: string;
  /** ARC instance (i=) for ARC-Authentication-Results. */
  instance?: number;
  results: AuthResult[];
}

/** Removes RFC 5322 comments "( … )", nesting included, and quoted-string quotes stay intact. */
function stripComments(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (const ch of value.slice(0, MAX_HEADER)) {
    if (quoted) {
      out += ch;
      if (ch === '"') quoted = false;
    } else if (ch === '"' && depth === 0) {
      quoted = true;
      out += ch;
    } else if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Splits on a separator outside double quotes. */
function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function parseResult(part: string): AuthResult | undefined {
  const tokens = splitOutsideQuotes(part.replace(/\s+/g, ' '), ' ');
  const first = tokens[0];
  if (!first) return undefined;
  const eq = first.indexOf('=');
  if (eq <= 0) return undefined;
  const method = first.slice(0, eq).split('/')[0]?.trim().toLowerCase() ?? '';
  const result = first.slice(eq + 1).trim().toLowerCase();
  if (!method || !result) return undefined;
  const props: Record<string, string> = {};
  for (const token of tokens.slice(1)) {
    const i = token.indexOf('=');
    if (i <= 0) continue;
    props[token.slice(0, i).trim().toLowerCase()] = unquote(token.slice(i + 1).trim());
  }
  return { method, result, props };
}

/** Parses one Authentication-Results or ARC-Authentication-Results value. */
export function parseAuthenticationResults(value: string): AuthResults {
  const parts = splitOutsideQuotes(stripComments(value), ';');
  let instance: number | undefined;
  if (parts[0] && /^i\s*=\s*\d{1,3}$/i.test(parts[0])) {
    instance = Number(parts[0].replace(/\D/g, ''));
    parts.shift();
  }
  let authservId = '';
  // Microsoft 365 omits the authserv-id and starts straight with "spf=…".
  const head = parts[0];
  if (head !== undefined && !/^[a-z][a-z0-9-]{0,30}\s*=/i.test(head)) {
    authservId = head.split(/\s/)[0]?.toLowerCase() ?? '';
    parts.shift();
  }
  const results: AuthResult[] = [];
  for (const part of parts) {
    const parsed = parseResult(part);
    if (parsed && parsed.method !== 'none') results.push(parsed);
  }
  return { authservId, ...(instance !== undefined ? { instance } : {}), results };
}

/** Received-SPF: "Pass (…comment…) receiver=…; client-ip=…; envelope-from=…". */
export function parseReceivedSpf(value: string): AuthResult | undefined {
  const bounded = value.slice(0, MAX_HEADER).trim();
  const result = bounded.split(/[\s(;]/)[0]?.toLowerCase() ?? '';
  if (!/^(pass|fail|softfail|neutral|none|temperror|permerror)$/.test(result)) return undefined;
  const props: Record<string, string> = {};
  const rest = stripComments(bounded.slice(result.length));
  for (const part of splitOutsideQuotes(rest, ';')) {
    const i = part.indexOf('=');
    if (i > 0) props[part.slice(0, i).trim().toLowerCase()] = unquote(part.slice(i + 1).trim());
  }
  return { method: 'spf', result, props };
}

/** X-Forefront-Antispam-Report: "CIP:…;CTRY:…;SFV:NSPM;…;SFTY:9.25;" → upper-cased keys. */
export function parseForefrontReport(value: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of value.slice(0, MAX_HEADER).split(';')) {
    const i = part.indexOf(':');
    if (i <= 0) continue;
    fields[part.slice(0, i).trim().toUpperCase()] = part.slice(i + 1).trim();
  }
  return fields;
}

export interface AuthSummary {
  /** The verdict used: the topmost Authentication-Results, else the newest ARC set. */
  source?: 'authentication-results' | 'arc-authentication-results';
  authservId?: string;
  results: AuthResult[];
  /** Received-SPF, used when the chosen set has no SPF result. */
  receivedSpf?: AuthResult;
  forefront?: Record<string, string>;
}

/**
 * Picks the verdicts to believe. The topmost Authentication-Results was added last,
 * by the server closest to the reader (ours), so it is the one to trust; lower ones
 * may have been written by the sender. We cannot know the organisation's MTA name,
 * so position is the only anchor available.
 */
export function summariseAuthentication(headers: readonly MailHeader[]): AuthSummary {
  let top: AuthResults | undefined;
  let arc: AuthResults | undefined;
  let receivedSpf: AuthResult | undefined;
  let forefront: Record<string, string> | undefined;
  for (const header of headers) {
    const name = header.name.toLowerCase();
    if (name === 'authentication-results' && !top) top = parseAuthenticationResults(header.value);
    else if (name === 'arc-authentication-results') {
      const parsed = parseAuthenticationResults(header.value);
      if (!arc || (parsed.instance ?? 0) > (arc.instance ?? 0)) arc = parsed;
    } else if (name === 'received-spf' && !receivedSpf) receivedSpf = parseReceivedSpf(header.value);
    else if (name === 'x-forefront-antispam-report' && !forefront) forefront = parseForefrontReport(header.value);
  }
  const chosen = top ?? arc;
  return {
    ...(chosen ? { source: top ? 'authentication-results' as const : 'arc-authentication-results' as const, authservId: chosen.authservId } : {}),
    results: chosen?.results ?? [],
    ...(receivedSpf ? { receivedSpf } : {}),
    ...(forefront ? { forefront } : {}),
  };
}
