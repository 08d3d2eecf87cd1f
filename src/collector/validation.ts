// Server-side check of incoming reports against the published JSON Schema
// (schemas/report.schema.json, generated from the client's zod schema), plus
// the few rules JSON Schema cannot express. Compiled once at start.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export interface FieldError {
  /** JSON Pointer to the offending field ("/message/from/address"), "/" for the whole body. */
  field: string;
  message: string;
}

export interface ReportFinding {
  rule: string;
  category: string;
  severity: string;
  messageKey: string;
  params: Record<string, string | number>;
  evidence: { url?: string; host?: string; element?: string; header?: string; detail?: string };
}

/** The shape schemas/report.schema.json describes (only what the collector reads). */
export interface IncomingReport {
  schemaVersion: number;
  reportId: string;
  idempotencyKey: string;
  reportedAt: string;
  reporter: string;
  category: string;
  comment?: string;
  message: {
    internetMessageId: string;
    subject: string;
    from: { name: string; address: string };
    receivedAt?: string;
  };
  verdict: { level: string; score: number; findings: ReportFinding[] };
  headers: { name: string; value: string }[];
  eml?: string;
  emlOmitted?: { reason: string; detail?: string };
  client: { addinVersion: string; host?: string; platform?: string };
}

export type ValidationResult = { ok: true; report: IncomingReport } | { ok: false; errors: FieldError[] };

export type ReportValidator = (body: unknown) => ValidationResult;

export const REPORT_SCHEMA_PATH = path.resolve(__dirname, '../../schemas/report.schema.json');
// Enough to tell the client what is wrong without echoing a flood back.
const MAX_REPORTED_ERRORS = 20;

function pointerFor(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const child =
    typeof params.missingProperty === 'string'
      ? params.missingProperty
      : typeof params.additionalProperty === 'string'
        ? params.additionalProperty
        : undefined;
  const base = error.instancePath;
  if (child !== undefined) return `${base}/${child.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return base === '' ? '/' : base;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return 'is required';
  if (error.keyword === 'additionalProperties') return 'is not allowed';
  if (error.keyword === 'pattern') return 'does not have the expected format';
  if (error.keyword === 'format' && typeof params.format === 'string') return `must be a valid ${params.format}`;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return `must be one of ${params.allowedValues.join(', ')}`;
  }
  return error.message ?? 'is invalid';
}

function toFieldErrors(errors: readonly ErrorObject[]): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    const fieldError = { field: pointerFor(error), message: describe(error) };
    const key = `${fieldError.field}\u0000${fieldError.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(fieldError);
    if (result.length >= MAX_REPORTED_ERRORS) break;
  }
  return result;
}

/** Rules the schema cannot state: exactly one of eml/emlOmitted, and well-formed base64 padding. */
function semanticErrors(report: IncomingReport): FieldError[] {
  const errors: FieldError[] = [];
  if ((report.eml === undefined) === (report.emlOmitted === undefined)) {
    errors.push({ field: '/eml', message: 'exactly one of eml and emlOmitted must be present' });
  }
  if (report.eml !== undefined && report.eml.length % 4 !== 0) {
    errors.push({ field: '/eml', message: 'base64 length must be a multiple of 4' });
  }
  return errors;
}

export function loadReportSchema(file: string = REPORT_SCHEMA_PATH): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

export function compileReportValidator(schema: Record<string, unknown> = loadReportSchema()): ReportValidator {
  // allErrors so one round trip names every bad field; strict off because the
  // schema carries annotation keywords (contentMediaType) ajv does not assert.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (body) => {
    if (!validate(body)) return { ok: false, errors: toFieldErrors(validate.errors ?? []) };
    const report = body as IncomingReport;
    const errors = semanticErrors(report);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, report };
  };
}
