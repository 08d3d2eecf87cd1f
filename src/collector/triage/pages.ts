// Server-rendered triage pages. No script at all: filters are GET forms,
// status changes are POST forms carrying the session's CSRF token. Nothing
// from a report becomes a link, an image or markup; URLs are shown as text.
import type { Campaign } from '../campaigns';
import { REPORT_STATUSES, type ReportDetail, type ReportSummary } from '../storage/repository';
import { html, type SafeHtml } from './html';
import type { Session } from './sessions';

export const REPORT_CATEGORIES = ['phishing', 'tracking', 'spam', 'unsure'] as const;
export const VERDICT_LEVELS = ['safe', 'caution', 'danger'] as const;

export interface DashboardQuery {
  status?: string;
  category?: string;
  level?: string;
  q?: string;
  from?: string;
  to?: string;
  campaign?: string;
  page: number;
}

function layout(title: string, session: Session | undefined, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${title} · Clearsight triage</title>
<link rel="stylesheet" href="/assets/triage.css">
</head>
<body>
<header class="top">
  <a class="brand" href="/">Clearsight triage</a>
  ${session
    ? html`<form method="post" action="/logout" class="logout">
    <input type="hidden" name="_csrf" value="${session.csrfToken}">
    <button type="submit">Log out</button>
  </form>`
    : ''}
</header>
<main>
${body}
</main>
</body>
</html>
`.value;
}

export function loginPage(message?: string): string {
  return layout(
    'Log in',
    undefined,
    html`<h1>Log in</h1>
${message ? html`<p class="error" role="alert">${message}</p>` : ''}
<form method="post" action="/login" class="login">
  <input type="hidden" name="username" value="admin" autocomplete="username">
  <label for="password">Admin password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required autofocus>
  <button type="submit">Log in</button>
</form>`,
  );
}

function time(iso: string | null | undefined): SafeHtml {
  if (!iso) return html``;
  return html`<time datetime="${iso}">${iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</time>`;
}

function select(name: string, label: string, options: readonly string[], current: string | undefined): SafeHtml {
  return html`<label>${label}
    <select name="${name}">
      <option value="">any</option>
      ${options.map((o) => html`<option value="${o}"${o === current ? html` selected` : ''}>${o}</option>`)}
    </select></label>`;
}

function linkWith(query: DashboardQuery, changes: Partial<DashboardQuery>): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === '' || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `/?${text}` : '/';
}

function campaignRow(campaign: Campaign): SafeHtml {
  const keys = [
    ...campaign.shared.trackerHosts.map((h) => html`<li>tracker host <code>${h}</code></li>`),
    ...campaign.shared.senders.map((s) => html`<li>sender <code>${s}</code></li>`),
    ...campaign.shared.subjects.map((s) => html`<li>subject <q>${s}</q></li>`),
  ];
  const statuses = Object.entries(campaign.statusCounts).map(([status, n]) => `${n} ${status}`).join(', ');
  return html`<tr class="campaign" data-campaign="${campaign.id}">
  <td><a href="${linkWith({ page: 1 }, { campaign: campaign.id })}">${campaign.reportCount} reports</a><br><small>${statuses}</small></td>
  <td>${campaign.distinctReporters}</td>
  <td>${time(campaign.firstSeen)}<br>${time(campaign.lastSeen)}</td>
  <td><ul class="keys">${keys}</ul></td>
  <td><ul class="reasons">${campaign.messageKeys.map((k) => html`<li><code>${k}</code></li>`)}</ul></td>
</tr>`;
}

function reportRow(report: ReportSummary): SafeHtml {
  return html`<tr class="report status-${report.status}">
  <td>${time(report.createdAt)}</td>
  <td>${report.reporter}</td>
  <td>${report.fromName ? html`${report.fromName}<br>` : ''}<small>${report.fromAddress}</small></td>
  <td><a href="/reports/${encodeURIComponent(report.id)}">${report.subject || '(no subject)'}</a></td>
  <td>${report.category}</td>
  <td class="level-${report.level}">${report.level} (${report.score})</td>
  <td>${report.status}</td>
</tr>`;
}

export interface DashboardView {
  session: Session;
  query: DashboardQuery;
  campaigns: Campaign[];
  campaignWindowDays: number;
  selectedCampaign?: Campaign;
  reports: ReportSummary[];
  total: number;
  pageSize: number;
}

export function dashboardPage(view: DashboardView): string {
  const { query, campaigns, reports, total, pageSize } = view;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  return layout(
    'Reports',
    view.session,
    html`<section aria-labelledby="campaigns-title">
<h1 id="campaigns-title">Campaigns (last ${view.campaignWindowDays} days)</h1>
${campaigns.length === 0
  ? html`<p>No campaign: no two reports share a tracker host, a sender or a subject.</p>`
  : html`<table class="campaigns">
  <thead><tr><th>Reports</th><th>Distinct reporters</th><th>First / last seen</th><th>Shared</th><th>Detector reasons</th></tr></thead>
  <tbody>${campaigns.map(campaignRow)}</tbody>
</table>`}
</section>
<section aria-labelledby="reports-title">
<h1 id="reports-title">Reports${view.selectedCampaign ? html` in campaign <code>${view.selectedCampaign.id}</code>` : ''}</h1>
<form method="get" action="/" class="filters">
  ${select('status', 'Status', REPORT_STATUSES, query.status)}
  ${select('category', 'Category', REPORT_CATEGORIES, query.category)}
  ${select('level', 'Level', VERDICT_LEVELS, query.level)}
  <label>Subject or sender <input type="search" name="q" value="${query.q ?? ''}" maxlength="200"></label>
  <label>Received from <input type="date" name="from" value="${query.from ?? ''}"></label>
  <label>to <input type="date" name="to" value="${query.to ?? ''}"></label>
  ${query.campaign ? html`<input type="hidden" name="campaign" value="${query.campaign}">` : ''}
  <button type="submit">Filter</button>
  <a href="/">Clear</a>
</form>
<p>${total} report${total === 1 ? '' : 's'}${lastPage > 1 ? html`, page ${query.page} of ${lastPage}` : ''}.</p>
<table class="reports">
  <thead><tr><th>Received</th><th>Reporter</th><th>Sender</th><th>Subject</th><th>Category</th><th>Level</th><th>Status</th></tr></thead>
  <tbody>${reports.map(reportRow)}</tbody>
</table>
<nav class="pages">
  ${query.page > 1 ? html`<a href="${linkWith(query, { page: query.page - 1 })}">Previous</a>` : ''}
  ${query.page < lastPage ? html`<a href="${linkWith(query, { page: query.page + 1 })}">Next</a>` : ''}
</nav>
</section>`,
  );
}

function findingRow(finding: ReportDetail['findings'][number]): SafeHtml {
  const evidence = Object.entries(finding.evidence).filter(([, v]) => v !== undefined && v !== '');
  const params = Object.entries(finding.params);
  return html`<tr>
  <td><code>${finding.rule}</code><br><small>${finding.messageKey}</small></td>
  <td>${finding.category}</td>
  <td class="severity-${finding.severity}">${finding.severity}</td>
  <td><dl class="evidence">${evidence.map(([k, v]) => html`<dt>${k}</dt><dd><code>${String(v)}</code></dd>`)}</dl></td>
  <td><dl class="params">${params.map(([k, v]) => html`<dt>${k}</dt><dd>${String(v)}</dd>`)}</dl></td>
</tr>`;
}

export function reportPage(session: Session, report: ReportDetail, notice?: string): string {
  const id = encodeURIComponent(report.id);
  return layout(
    report.subject || 'Report',
    session,
    html`<p><a href="/">← All reports</a></p>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<h1>${report.subject || '(no subject)'}</h1>
<dl class="meta">
  <dt>Report id</dt><dd><code>${report.id}</code></dd>
  <dt>Sender</dt><dd>${report.fromName} <code>${report.fromAddress}</code></dd>
  <dt>Reported by</dt><dd>${report.reporter}</dd>
  <dt>Reported at</dt><dd>${time(report.reportedAt)}</dd>
  <dt>Received by the collector</dt><dd>${time(report.createdAt)}</dd>
  <dt>Message received</dt><dd>${time(report.messageReceivedAt)}</dd>
  <dt>Message-ID</dt><dd><code>${report.internetMessageId}</code></dd>
  <dt>Category</dt><dd>${report.category}</dd>
  <dt>Verdict</dt><dd class="level-${report.level}">${report.level}, score ${report.score}</dd>
  <dt>Client</dt><dd><code>${JSON.stringify(report.client)}</code></dd>
  <dt>Status</dt><dd class="status">${report.status}${report.statusChangedAt ? html` (since ${time(report.statusChangedAt)})` : ''}</dd>
</dl>
<form method="post" action="/reports/${id}/status" class="status-form">
  <input type="hidden" name="_csrf" value="${session.csrfToken}">
  ${REPORT_STATUSES.map(
    (s) => html`<button type="submit" name="status" value="${s}"${s === report.status ? html` disabled` : ''}>Mark ${s}</button>`,
  )}
</form>
<h2>Message file</h2>
${report.eml
  ? html`<p><a class="download" href="/reports/${id}/eml" download>Download .eml</a> (${report.eml.size} bytes, SHA-256 <code>${report.eml.sha256}</code>). It is never shown here: open it only in an isolated analysis environment.</p>`
  : html`<p>No .eml was sent${report.emlOmitted ? html`: ${report.emlOmitted.reason}${report.emlOmitted.detail ? html` (${report.emlOmitted.detail})` : ''}` : ''}.</p>`}
<h2>Reporter's comment</h2>
${report.comment ? html`<blockquote class="comment">${report.comment}</blockquote>` : html`<p>None.</p>`}
<h2>Findings (${report.findings.length})</h2>
<table class="findings">
  <thead><tr><th>Rule</th><th>Category</th><th>Severity</th><th>Evidence</th><th>Parameters</th></tr></thead>
  <tbody>${report.findings.map(findingRow)}</tbody>
</table>
<h2>Headers (${report.headers.length})</h2>
<table class="headers">
  <tbody>${report.headers.map((h) => html`<tr><th scope="row">${h.name}</th><td><pre>${h.value}</pre></td></tr>`)}</tbody>
</table>`,
  );
}

export function notFoundPage(session: Session | undefined): string {
  return layout('Not found', session, html`<h1>Not found</h1><p><a href="/">Back to the reports</a></p>`);
}
