// Valid reports for tests and the benchmark, shaped like schemas/report.schema.json.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingReport } from '../validation';

export interface ReportOptions {
  subject?: string;
  fromName?: string;
  fromAddress?: string;
  reporter?: string;
  /** Host of a tracking/* finding; omit for none. */
  trackerHost?: string;
  category?: string;
  comment?: string;
  /** Raw .eml bytes; omit to send emlOmitted instead. */
  eml?: Buffer;
  idempotencyKey?: string;
}

export function randomIdempotencyKey(): string {
  return createHash('sha256').update(randomBytes(32)).digest('hex');
}

export function sampleEml(subject = 'Interview request', from = 'press@news.example'): Buffer {
  return Buffer.from(
    `From: Reporter <${from}>\r\nTo: member@parliament.example\r\nSubject: ${subject}\r\n` +
      `Message-ID: <${randomUUID()}@news.example>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n` +
      `<p>Dear member, <img src="https://t.tracker.example/p.gif?u=${randomUUID()}" width="1" height="1"></p>\r\n`,
  );
}

export function makeReport(options: ReportOptions = {}): IncomingReport {
  const findings: IncomingReport['verdict']['findings'] = [];
  if (options.trackerHost) {
    findings.push({
      rule: 'tracking/tiny-image',
      category: 'tracking',
      severity: 'high',
      messageKey: 'tracking/tiny-image.pixel',
      params: { host: options.trackerHost },
      evidence: { url: `https://${options.trackerHost}/open?u=123`, host: options.trackerHost, element: 'img' },
    });
  }
  findings.push({
    rule: 'lure/fake-press',
    category: 'lure',
    severity: 'medium',
    messageKey: 'lure/fake-press.outlet',
    params: { outlet: 'Example News' },
    evidence: { header: 'From' },
  });
  const report: IncomingReport = {
    schemaVersion: 1,
    reportId: randomUUID(),
    idempotencyKey: options.idempotencyKey ?? randomIdempotencyKey(),
    reportedAt: new Date().toISOString(),
    reporter: options.reporter ?? 'staff.member@parliament.example',
    category: options.category ?? 'phishing',
    message: {
      internetMessageId: `<${randomUUID()}@news.example>`,
      subject: options.subject ?? 'Interview request about the China hearing',
      from: { name: options.fromName ?? 'Example News', address: options.fromAddress ?? 'press@news.example' },
      receivedAt: new Date().toISOString(),
    },
    verdict: { level: 'danger', score: 7, findings },
    headers: [
      { name: 'From', value: `Example News <${options.fromAddress ?? 'press@news.example'}>` },
      { name: 'Authentication-Results', value: 'mx.parliament.example; dmarc=fail' },
    ],
    client: { addinVersion: '0.1.0', host: 'Outlook', platform: 'OfficeOnline' },
  };
  if (options.comment !== undefined) report.comment = options.comment;
  if (options.eml) report.eml = options.eml.toString('base64');
  else report.emlOmitted = { reason: 'unsupported' };
  return report;
}
