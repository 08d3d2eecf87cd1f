// Everything the collector stores and reads, written once over SqlDatabase.
import { createHash, randomUUID } from 'node:crypto';
import type { CampaignInput } from '../campaigns';
import type { IncomingReport, ReportFinding } from '../validation';
import { insertRows, type SqlDatabase, type SqlValue } from './sql';

export const REPORT_STATUSES = ['new', 'confirmed', 'benign'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export function isReportStatus(value: unknown): value is ReportStatus {
  return typeof value === 'string' && (REPORT_STATUSES as readonly string[]).includes(value);
}

export interface ReportSummary {
  id: string;
  createdAt: string;
  reportedAt: string;
  reporter: string;
  category: string;
  subject: string;
  fromName: string;
  fromAddress: string;
  level: string;
  score: number;
  status: ReportStatus;
  hasEml: boolean;
}

export interface ReportDetail extends ReportSummary {
  idempotencyKey: string;
  clientReportId: string;
  comment: string | null;
  internetMessageId: string;
  messageReceivedAt: string | null;
  statusChangedAt: string | null;
  client: Record<string, unknown>;
  emlOmitted: { reason: string; detail: string | null } | null;
  eml: { size: number; sha256: string } | null;
  findings: ReportFinding[];
  headers: { name: string; value: string }[];
}

export interface ReportFilter {
  status?: ReportStatus;
  category?: string;
  level?: string;
  /** Case-insensitive substring of subject, sender name or sender address. */
  text?: string;
  /** Inclusive lower bound on the time the collector received the report (ISO). */
  receivedFrom?: string;
  /** Exclusive upper bound (ISO). */
  receivedBefore?: string;
  ids?: readonly string[];
  limit?: number;
  offset?: number;
}

export interface SaveResult {
  id: string;
  /** False when the idempotency key was already stored: id is then the first report's. */
  created: boolean;
}

export type WriteStage = 'report' | 'findings' | 'headers' | 'eml';

export interface RepositoryOptions {
  /** Test hook called inside the write transaction after each stage; throwing simulates a crash there. */
  afterStage?: (stage: WriteStage, report: IncomingReport) => void;
  now?: () => Date;
}

export interface TableCounts {
  reports: number;
  findings: number;
  headers: number;
  emls: number;
}

interface ReportRow {
  id: string;
  created_at: string;
  reported_at: string;
  reporter: string;
  category: string;
  subject: string;
  from_name: string;
  from_address: string;
  level: string;
  score: number;
  status: ReportStatus;
  has_eml: number;
}

const SUMMARY_COLUMNS = `r.id, r.created_at, r.reported_at, r.reporter, r.category, r.subject, r.from_name, r.from_address,
  r.level, r.score, r.status,
  CASE WHEN EXISTS (SELECT 1 FROM report_emls e WHERE e.report_id = r.id) THEN 1 ELSE 0 END AS has_eml`;
const MAX_PAGE = 500;

function toSummary(row: ReportRow): ReportSummary {
  return {
    id: row.id,
    createdAt: row.created_at,
    reportedAt: row.reported_at,
    reporter: row.reporter,
    category: row.category,
    subject: row.subject,
    fromName: row.from_name,
    fromAddress: row.from_address,
    level: row.level,
    score: Number(row.score),
    status: row.status,
    hasEml: Number(row.has_eml) === 1,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class ReportRepository {
  constructor(
    readonly db: SqlDatabase,
    private readonly options: RepositoryOptions = {},
  ) {}

  get dialect(): SqlDatabase['dialect'] {
    return this.db.dialect;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  /** Stores a report and everything attached to it in one transaction; a repeated idempotency key returns the first id. */
  async saveReport(report: IncomingReport, eml: Buffer | undefined): Promise<SaveResult> {
    const id = randomUUID();
    const m = report.message;
    const row: SqlValue[] = [
      id, report.idempotencyKey, report.reportId, this.now(), new Date(report.reportedAt).toISOString(),
      report.reporter, report.category, report.comment ?? null, m.internetMessageId, m.subject, m.from.name,
      m.from.address, m.receivedAt ? new Date(m.receivedAt).toISOString() : null, report.verdict.level,
      report.verdict.score, `${m.subject}\n${m.from.name}\n${m.from.address}`.toLowerCase(),
      JSON.stringify(report.client), report.emlOmitted?.reason ?? null, report.emlOmitted?.detail ?? null,
    ];
    return this.db.transaction(async (tx) => {
      const inserted = await tx.all<{ id: string }>(
        `INSERT INTO reports (id, idempotency_key, client_report_id, created_at, reported_at, reporter, category, comment,
           internet_message_id, subject, from_name, from_address, message_received_at, level, score, search_text,
           client_json, eml_omitted_reason, eml_omitted_detail)
         VALUES (${row.map(() => '?').join(', ')})
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        row,
      );
      if (inserted.length === 0) {
        // Another request with this key committed first (PostgreSQL waited for it above).
        const existing = await tx.all<{ id: string }>('SELECT id FROM reports WHERE idempotency_key = ?', [
          report.idempotencyKey,
        ]);
        if (!existing[0]) throw new Error('idempotency key conflicted but no stored report carries it');
        return { id: existing[0].id, created: false };
      }
      this.options.afterStage?.('report', report);
      await insertRows(
        tx,
        'report_findings',
        ['report_id', 'position', 'rule', 'category', 'severity', 'message_key', 'params_json', 'evidence_json', 'evidence_host'],
        report.verdict.findings.map((f, i) => [
          id, i, f.rule, f.category, f.severity, f.messageKey, JSON.stringify(f.params), JSON.stringify(f.evidence),
          f.evidence.host?.toLowerCase() ?? null,
        ]),
      );
      this.options.afterStage?.('findings', report);
      await insertRows(
        tx,
        'report_headers',
        ['report_id', 'position', 'name', 'value'],
        report.headers.map((h, i) => [id, i, h.name, h.value]),
      );
      this.options.afterStage?.('headers', report);
      if (eml) {
        await tx.run('INSERT INTO report_emls (report_id, content, size, sha256) VALUES (?, ?, ?, ?)', [
          id, eml, eml.length, createHash('sha256').update(eml).digest('hex'),
        ]);
      }
      this.options.afterStage?.('eml', report);
      return { id, created: true };
    });
  }

  async listReports(filter: ReportFilter = {}): Promise<{ reports: ReportSummary[]; total: number }> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const add = (clause: string, ...values: SqlValue[]) => {
      where.push(clause);
      params.push(...values);
    };
    if (filter.status) add('r.status = ?', filter.status);
    if (filter.category) add('r.category = ?', filter.category);
    if (filter.level) add('r.level = ?', filter.level);
    if (filter.text) add("r.search_text LIKE ? ESCAPE '\\'", `%${escapeLike(filter.text.toLowerCase())}%`);
    if (filter.receivedFrom) add('r.created_at >= ?', filter.receivedFrom);
    if (filter.receivedBefore) add('r.created_at < ?', filter.receivedBefore);
    if (filter.ids) {
      if (filter.ids.length === 0) return { reports: [], total: 0 };
      add(`r.id IN (${filter.ids.map(() => '?').join(', ')})`, ...filter.ids);
    }
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), MAX_PAGE);
    const offset = Math.max(filter.offset ?? 0, 0);
    const [countRow] = await this.db.all<{ n: number }>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM reports r ${whereSql}`,
      params,
    );
    const rows = await this.db.all<ReportRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM reports r ${whereSql} ORDER BY r.created_at DESC, r.id DESC LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { reports: rows.map(toSummary), total: Number(countRow?.n ?? 0) };
  }

  async getReport(id: string): Promise<ReportDetail | undefined> {
    const [row] = await this.db.all<
      ReportRow & {
        idempotency_key: string;
        client_report_id: string;
        comment: string | null;
        internet_message_id: string;
        message_received_at: string | null;
        status_changed_at: string | null;
        client_json: string;
        eml_omitted_reason: string | null;
        eml_omitted_detail: string | null;
      }
    >(
      `SELECT ${SUMMARY_COLUMNS}, r.idempotency_key, r.client_report_id, r.comment, r.internet_message_id,
         r.message_received_at, r.status_changed_at, r.client_json, r.eml_omitted_reason, r.eml_omitted_detail
       FROM reports r WHERE r.id = ?`,
      [id],
    );
    if (!row) return undefined;
    const findings = await this.db.all<{
      rule: string;
      category: string;
      severity: string;
      message_key: string;
      params_json: string;
      evidence_json: string;
    }>(
      `SELECT rule, category, severity, message_key, params_json, evidence_json FROM report_findings
       WHERE report_id = ? ORDER BY position`,
      [id],
    );
    const headers = await this.db.all<{ name: string; value: string }>(
      'SELECT name, value FROM report_headers WHERE report_id = ? ORDER BY position',
      [id],
    );
    const [eml] = await this.db.all<{ size: number; sha256: string }>(
      'SELECT size, sha256 FROM report_emls WHERE report_id = ?',
      [id],
    );
    return {
      ...toSummary(row),
      idempotencyKey: row.idempotency_key,
      clientReportId: row.client_report_id,
      comment: row.comment,
      internetMessageId: row.internet_message_id,
      messageReceivedAt: row.message_received_at,
      statusChangedAt: row.status_changed_at,
      client: JSON.parse(row.client_json) as Record<string, unknown>,
      emlOmitted: row.eml_omitted_reason ? { reason: row.eml_omitted_reason, detail: row.eml_omitted_detail } : null,
      eml: eml ? { size: Number(eml.size), sha256: eml.sha256 } : null,
      findings: findings.map((f) => ({
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        messageKey: f.message_key,
        params: JSON.parse(f.params_json) as ReportFinding['params'],
        evidence: JSON.parse(f.evidence_json) as ReportFinding['evidence'],
      })),
      headers,
    };
  }

  async getEml(id: string): Promise<Buffer | undefined> {
    const [row] = await this.db.all<{ content: Buffer }>('SELECT content FROM report_emls WHERE report_id = ?', [id]);
    return row ? Buffer.from(row.content) : undefined;
  }

  async setStatus(id: string, status: ReportStatus): Promise<boolean> {
    const changed = await this.db.run('UPDATE reports SET status = ?, status_changed_at = ? WHERE id = ?', [
      status,
      this.now(),
      id,
    ]);
    return changed > 0;
  }

  /** Reports received in [since, until] with what campaign grouping needs. */
  async campaignInputs(since: string, until: string): Promise<CampaignInput[]> {
    const reports = await this.db.all<{
      id: string;
      created_at: string;
      reporter: string;
      subject: string;
      from_address: string;
      status: string;
    }>(
      `SELECT id, created_at, reporter, subject, from_address, status FROM reports
       WHERE created_at >= ? AND created_at <= ?`,
      [since, until],
    );
    const findings = await this.db.all<{
      report_id: string;
      rule: string;
      category: string;
      message_key: string;
      evidence_host: string | null;
    }>(
      `SELECT f.report_id, f.rule, f.category, f.message_key, f.evidence_host
       FROM report_findings f JOIN reports r ON r.id = f.report_id
       WHERE r.created_at >= ? AND r.created_at <= ?`,
      [since, until],
    );
    const byId = new Map<string, CampaignInput>();
    for (const r of reports) {
      byId.set(r.id, {
        id: r.id,
        createdAt: r.created_at,
        reporter: r.reporter,
        subject: r.subject,
        fromAddress: r.from_address,
        status: r.status,
        trackerHosts: [],
        messageKeys: [],
        rules: [],
      });
    }
    for (const f of findings) {
      const input = byId.get(f.report_id);
      if (!input) continue;
      input.messageKeys.push(f.message_key);
      input.rules.push(f.rule);
      if (f.category === 'tracking' && f.evidence_host) input.trackerHosts.push(f.evidence_host);
    }
    return [...byId.values()];
  }

  async counts(): Promise<TableCounts> {
    const count = async (table: string) =>
      Number((await this.db.all<{ n: number }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${table}`))[0]?.n ?? 0);
    return {
      reports: await count('reports'),
      findings: await count('report_findings'),
      headers: await count('report_headers'),
      emls: await count('report_emls'),
    };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
