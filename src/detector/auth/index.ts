// Parsers for the verdicts receiving mail servers leave in the headers:
// Authentication-Results (RFC 8601, including Microsoft 365's form without an
// authserv-id), ARC-Authentication-Results, Received-SPF and Microsoft's
// X-Forefront-Antispam-Report. Plain string scanning, bounded input.
import { isWhitespace } from '../html/text';
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
  const bounded = value.slice(0, MAX_HEADER);
  // Only "(" opens a comment: without one, every character is kept.
  if (!bounded.includes('(')) return bounded;
  // Kept text is copied run by run: a run ends at a "(" outside quotes and the next
  // one starts after the ")" that closes the outermost comment.
  let out = '';
  let depth = 0;
  let quoted = false;
  let runStart = 0;
  for (let i = 0; i < bounded.length; i++) {
    const code = bounded.charCodeAt(i);
    if (quoted) {
      if (code === 0x22) quoted = false;
    } else if (code === 0x22 && depth === 0) {
      quoted = true;
    } else if (code === 0x28) {
      if (depth === 0) out += bounded.slice(runStart, i);
      depth++;
    } else if (code === 0x29 && depth > 0) {
      depth--;
      if (depth === 0) runStart = i + 1;
    }
  }
  if (depth === 0) out += bounded.slice(runStart);
  return out;
}

/** Splits on a separator outside double quotes; the parts trimmed, empty ones dropped. */
function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  const separatorCode = separator.charCodeAt(0);
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const code = i < value.length ? value.charCodeAt(i) : -1;
    if (code === 0x22) quoted = !quoted;
    if (code === -1 || (code === separatorCode && !quoted)) {
      const part = value.slice(start, i).trim();
      if (part.length > 0) parts.push(part);
      start = i + 1;
    }
  }
  return parts;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

/** True when `text.replace(/\s+/g, ' ')` would change it: a space other than " ", or two in a row. */
function hasUncollapsedSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code) && (code !== 0x20 || isWhitespace(text.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/**
 * "method=result key=value key="quoted value"": whitespace runs count as one space,
 * tokens are split on spaces outside quotes, one pass without a token array.
 */
function parseResult(part: string): AuthResult | undefined {
  const text = hasUncollapsedSpace(part) ? part.replace(/\s+/g, ' ') : part;
  let method = '';
  let result = '';
  let props: Record<string, string> | undefined;
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code === 0x22) quoted = !quoted;
    if (code !== -1 && (code !== 0x20 || quoted)) continue;
    const token = text.slice(start, i).trim();
    start = i + 1;
    if (token.length === 0) continue;
    const eq = token.indexOf('=');
    if (props === undefined) {
      // The first token names the method and its result; without them the part says nothing.
      if (eq <= 0) return undefined;
      const slash = token.indexOf('/');
      method = (slash >= 0 && slash < eq ? token.slice(0, slash) : token.slice(0, eq)).trim().toLowerCase();
      result = token.slice(eq + 1).trim().toLowerCase();
      if (!method || !result) return undefined;
      props = {};
      continue;
    }
    if (eq <= 0) continue;
    props[token.slice(0, eq).trim().toLowerCase()] = unquote(token.slice(eq + 1).trim());
  }
  return props === undefined ? undefined : { method, result, props };
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
  return instance === undefined ? { authservId, results } : { authservId, instance, results };
}

/** Received-SPF: "Pass (…comment…) receiver=…; client-ip=…; envelope-from=…". */
export function parseReceivedSpf(value: string): AuthResult | undefined {
  const bounded = value.slice(0, MAX_HEADER).trim();
  const end = bounded.search(/[\s(;]/);
  const result = (end < 0 ? bounded : bounded.slice(0, end)).toLowerCase();
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
  const bounded = value.slice(0, MAX_HEADER);
  for (let start = 0; start <= bounded.length; ) {
    let end = bounded.indexOf(';', start);
    if (end < 0) end = bounded.length;
    const colon = bounded.indexOf(':', start);
    if (colon > start && colon < end) fields[bounded.slice(start, colon).trim().toUpperCase()] = bounded.slice(colon + 1, end).trim();
    start = end + 1;
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
}

/** The raw values verdictsFromValues weighs, each list in message order. */
export interface AuthHeaderValues {
  /** The topmost Authentication-Results. */
  authenticationResults: string | undefined;
  arcAuthenticationResults: string[] | undefined;
  receivedSpf: string[] | undefined;
}

/**
 * Files one header into `values` when verdictsFromValues weighs it, so a caller
 * scanning the headers for other reasons needs no second pass. Returns whether it did.
 */
export function collectAuthHeader(values: AuthHeaderValues, header: MailHeader): boolean {
  const name = header.name;
  // The names have different lengths: most headers are passed over by that alone.
  switch (name.length) {
    case 22:
      if (!headerNameIs(name, 'authentication-results')) return false;
      values.authenticationResults ??= header.value;
      return true;
    case 26:
      if (!headerNameIs(name, 'arc-authentication-results')) return false;
      (values.arcAuthenticationResults ??= []).push(header.value);
      return true;
    case 12:
      if (!headerNameIs(name, 'received-spf')) return false;
      (values.receivedSpf ??= []).push(header.value);
      return true;
    default:
      return false;
  }
}

/**
 * Picks the verdicts to believe. The topmost Authentication-Results was added last,
 * by the server closest to the reader (ours), so it is the one to trust; lower ones
 * may have been written by the sender. We cannot know the organisation's MTA name,
 * so position is the only anchor available. ARC sets are parsed only when no
 * Authentication-Results was found: they are the fallback, and Microsoft 365 mail
 * carries both.
 */
export function verdictsFromValues(values: AuthHeaderValues): AuthSummary {
  const top = values.authenticationResults === undefined ? undefined : parseAuthenticationResults(values.authenticationResults);
  let arc: AuthResults | undefined;
  if (!top && values.arcAuthenticationResults) {
    for (const value of values.arcAuthenticationResults) {
      const parsed = parseAuthenticationResults(value);
      if (!arc || (parsed.instance ?? 0) > (arc.instance ?? 0)) arc = parsed;
    }
  }
  // The first Received-SPF that reads as a verdict; a garbled one does not hide the next.
  let receivedSpf: AuthResult | undefined;
  for (const value of values.receivedSpf ?? []) {
    receivedSpf = parseReceivedSpf(value);
    if (receivedSpf) break;
  }
  const chosen = top ?? arc;
  const summary: AuthSummary = chosen
    ? { source: top ? 'authentication-results' : 'arc-authentication-results', authservId: chosen.authservId, results: chosen.results }
    : { results: [] };
  if (receivedSpf) summary.receivedSpf = receivedSpf;
  return summary;
}

/**
 * Same answer as `name.toLowerCase() === lower` for a lower-case ASCII `lower`, without
 * building a string per header: nearly no header has the right length to begin with.
 */
export function headerNameIs(name: string, lower: string): boolean {
  if (name.length !== lower.length) return false;
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    // The Kelvin sign is the one non-ASCII character that lower-cases into ASCII ("k").
    else if (code === 0x212a) code = 0x6b;
    if (code !== lower.charCodeAt(i)) return false;
  }
  return true;
}
