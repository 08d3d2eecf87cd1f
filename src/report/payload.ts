// The report that leaves the client. This zod schema is the single source of
// truth: schemas/report.schema.json is generated from it (npm run schema:report)
// and the collector validates incoming reports against that file, so the two
// sides cannot drift apart without a test failing.
import { z } from 'zod';

// The pane and the Report button run under a CSP without 'unsafe-eval'; zod's
// compiled fast path probes `new Function`, which such a CSP reports even when
// the throw is caught. src/config does the same; whichever loads first wins.
z.config({ jitless: true });

export const REPORT_SCHEMA_VERSION = 1 as const;

export const REPORT_CATEGORIES = ['phishing', 'tracking', 'spam', 'unsure'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const EML_OMITTED_REASONS = ['unsupported', 'too-large', 'error'] as const;
export type EmlOmittedReason = (typeof EML_OMITTED_REASONS)[number];

/** Base64 of an .eml; Exchange caps messages far below this, the bound only stops runaway input. */
export const MAX_EML_BASE64_CHARS = 48 * 1024 * 1024;
export const MAX_COMMENT_CHARS = 2000;

const shortText = (max: number) => z.string().max(max);

const addressSchema = z.strictObject({
  name: shortText(1000),
  address: shortText(1000),
});

const evidenceSchema = z.strictObject({
  url: shortText(8192).optional(),
  host: shortText(1000).optional(),
  element: shortText(1000).optional(),
  header: shortText(1000).optional(),
  detail: shortText(4000).optional(),
});

const findingSchema = z.strictObject({
  rule: shortText(200),
  category: z.enum(['tracking', 'lure']),
  severity: z.enum(['info', 'low', 'medium', 'high']),
  messageKey: shortText(200),
  params: z.record(shortText(200), z.union([shortText(4000), z.number()])),
  evidence: evidenceSchema,
});

const headerSchema = z.strictObject({
  name: shortText(1000),
  value: shortText(100_000),
});

export const reportPayloadSchema = z
  .strictObject({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    reportId: z.uuidv4(),
    idempotencyKey: z.string().regex(/^[0-9a-f]{64}$/),
    reportedAt: z.iso.datetime({ offset: true }),
    reporter: z.email().max(320),
    category: z.enum(REPORT_CATEGORIES),
    comment: shortText(MAX_COMMENT_CHARS).optional(),
    message: z.strictObject({
      internetMessageId: z.string().min(1).max(2000),
      subject: shortText(10_000),
      from: addressSchema,
      receivedAt: z.iso.datetime({ offset: true }).optional(),
    }),
    verdict: z.strictObject({
      level: z.enum(['safe', 'caution', 'danger']),
      score: z.number().min(0),
      findings: z.array(findingSchema).max(1000),
    }),
    headers: z.array(headerSchema).max(2000),
    // Not z.base64(): its grouped pattern overflows the regex stack of V8 (and so
    // of ajv at the collector) on multi-megabyte messages. A single character
    // class is linear and flat; the padding arithmetic is checked in checkPayload.
    eml: z
      .string()
      .max(MAX_EML_BASE64_CHARS)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .meta({ contentEncoding: 'base64', contentMediaType: 'message/rfc822' })
      .optional(),
    emlOmitted: z
      .strictObject({
        reason: z.enum(EML_OMITTED_REASONS),
        detail: shortText(1000).optional(),
      })
      .optional(),
    client: z.strictObject({
      addinVersion: z.string().min(1).max(100),
      host: shortText(100).optional(),
      platform: shortText(100).optional(),
    }),
  })
  .meta({
    $id: 'https://clearsight.invalid/schemas/report.schema.json',
    title: 'Clearsight user report',
    description:
      'A message reported by a user to IT security. Either eml (the untouched message, base64) or emlOmitted (why it is missing) is present.',
  });

export type ReportPayload = z.infer<typeof reportPayloadSchema>;

export type PayloadCheck = { ok: true; payload: ReportPayload } | { ok: false; errors: string[] };

/** Validates before anything is queued, so a malformed report fails loudly on the reporter's screen, not silently at the server. */
export function checkPayload(candidate: unknown): PayloadCheck {
  const result = reportPayloadSchema.safeParse(candidate);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    };
  }
  const payload = result.data;
  if ((payload.eml === undefined) === (payload.emlOmitted === undefined)) {
    return { ok: false, errors: ['eml: exactly one of eml and emlOmitted must be present'] };
  }
  if (payload.eml !== undefined && payload.eml.length % 4 !== 0) {
    return { ok: false, errors: ['eml: base64 length must be a multiple of 4'] };
  }
  return { ok: true, payload };
}

/** The JSON Schema published for receivers (draft 2020-12). */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportPayloadSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
