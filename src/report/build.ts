// Turns what the pane (or the Report button handler) knows about a message into
// a report payload that passes the schema: long fields are clipped to the
// schema's bounds rather than making the whole report fail.
import type { Evidence, MailMessage, Verdict } from '../detector/types';
import { idempotencyKeyFor, sha256Hex, uuidV4FromBytes, type RandomBytes } from './identity';
import {
  MAX_COMMENT_CHARS, REPORT_SCHEMA_VERSION, checkPayload, type EmlOmittedReason, type ReportCategory, type ReportPayload,
} from './payload';

export type EmlResult = { kind: 'eml'; base64: string } | { kind: 'omitted'; reason: EmlOmittedReason; detail?: string };

export interface ReportInput {
  message: MailMessage;
  verdict: Pick<Verdict, 'level' | 'score' | 'findings'>;
  reporter: string;
  category: ReportCategory;
  comment?: string;
  eml: EmlResult;
  client: { addinVersion: string; host?: string; platform?: string };
}

export interface BuildDeps {
  now: () => number;
  randomBytes: RandomBytes;
}

export class InvalidReportError extends Error {
  override readonly name = 'InvalidReportError';
  constructor(readonly problems: string[]) {
    super(`the report is not valid: ${problems.join('; ')}`);
  }
}

/**
 * Above this the .eml is left out (flagged too-large) so the report itself still
 * fits the collector's 25 MB request limit with headers and findings.
 */
export const EML_SEND_LIMIT_CHARS = 20 * 1024 * 1024;

export function buildReportPayload(input: ReportInput, deps: BuildDeps): ReportPayload {
  const eml: EmlResult = input.eml.kind === 'eml' && input.eml.base64.length > EML_SEND_LIMIT_CHARS
    ? { kind: 'omitted', reason: 'too-large', detail: `the message is ${Math.round((input.eml.base64.length * 3) / 4 / 1048576)} MB` }
    : input.eml;
  const internetMessageId = messageIdOf(input.message);
  const reporter = input.reporter.trim().toLowerCase();
  const comment = input.comment?.trim();
  const candidate: ReportPayload = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    reportId: uuidV4FromBytes(deps.randomBytes(16)),
    idempotencyKey: idempotencyKeyFor(internetMessageId, reporter),
    reportedAt: new Date(deps.now()).toISOString(),
    reporter,
    category: input.category,
    ...(comment ? { comment: clip(comment, MAX_COMMENT_CHARS) } : {}),
    message: {
      internetMessageId: clip(internetMessageId, 2000),
      subject: clip(input.message.subject, 10_000),
      from: {
        name: clip(input.message.from?.name ?? '', 1000),
        address: clip(input.message.from?.address ?? '', 1000),
      },
      ...optional('receivedAt', isoOrUndefined(input.message.date)),
    },
    verdict: {
      level: input.verdict.level,
      score: Math.max(0, input.verdict.score),
      findings: input.verdict.findings.slice(0, 1000).map((f) => ({
        rule: clip(f.rule, 200),
        category: f.category,
        severity: f.severity,
        messageKey: clip(f.messageKey, 200),
        params: Object.fromEntries(
          Object.entries(f.params).slice(0, 50).map(([k, v]) => [clip(k, 200), typeof v === 'string' ? clip(v, 4000) : v]),
        ),
        evidence: clipEvidence(f.evidence),
      })),
    },
    headers: input.message.headers.slice(0, 2000).map((h) => ({ name: clip(h.name, 1000), value: clip(h.value, 100_000) })),
    ...(eml.kind === 'eml'
      ? { eml: eml.base64 }
      : { emlOmitted: { reason: eml.reason, ...(eml.detail ? { detail: clip(eml.detail, 1000) } : {}) } }),
    client: input.client,
  };
  const check = checkPayload(candidate);
  if (!check.ok) throw new InvalidReportError(check.errors);
  return check.payload;
}

/** Drafts and some imported items have no Message-ID; a stable stand-in keeps deduplication working. */
export function messageIdOf(message: MailMessage): string {
  if (message.messageId?.trim()) return message.messageId.trim();
  const header = message.headers.find((h) => h.name.toLowerCase() === 'message-id')?.value.trim();
  if (header) return header;
  const fingerprint = sha256Hex([message.from?.address ?? '', message.subject, message.date ?? ''].join('\n'));
  return `<no-message-id.${fingerprint.slice(0, 32)}@clearsight.invalid>`;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

function clipEvidence(evidence: Evidence) {
  const out: Record<string, string> = {};
  const limits = { url: 8192, host: 1000, element: 1000, header: 1000, detail: 4000 } as const;
  for (const key of Object.keys(limits) as (keyof typeof limits)[]) {
    const value = evidence[key];
    if (typeof value === 'string') out[key] = clip(value, limits[key]);
  }
  return out;
}

/** Normalised to UTC so whatever the mail parser produced fits the schema's date-time. */
function isoOrUndefined(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const parsed = Date.parse(date.slice(0, 100));
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}
