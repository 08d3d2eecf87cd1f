// The triage page and its admin JSON twin. Login with the admin password sets
// an HttpOnly, SameSite=Strict session cookie; every state change is a POST
// that must carry the session's CSRF token and, when the browser sends one, a
// same-origin Origin header. Scripts may use HTTP Basic on /api/admin/*.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CAMPAIGN_WINDOW_DAYS, groupCampaigns, type Campaign } from '../campaigns';
import { secretsEqual } from '../secrets';
import { isReportStatus, type ReportFilter, type ReportRepository } from '../storage/repository';
import {
  dashboardPage,
  loginPage,
  notFoundPage,
  REPORT_CATEGORIES,
  reportPage,
  VERDICT_LEVELS,
  type DashboardQuery,
} from './pages';
import { csrfMatches, LoginThrottle, readCookie, SESSION_COOKIE, SessionStore, type Session } from './sessions';

export interface TriageDeps {
  adminPassword: string;
  repository: ReportRepository;
  now?: () => Date;
}

const PAGE_SIZE = 100;
const DAY_MS = 24 * 60 * 60 * 1000;
const CSS = fs.readFileSync(path.join(__dirname, 'triage.css'), 'utf8');
// No script, no remote anything, no framing, forms only to ourselves.
const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

declare module 'fastify' {
  interface FastifyRequest {
    adminSession?: Session;
  }
}

type Form = Record<string, string>;

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  // Browsers send Origin on POST; its absence (old clients, curl) leaves the CSRF token as the guard.
  return origin === undefined || origin === `${request.protocol}://${request.host}`;
}

function isoDay(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? undefined : value;
}

function pick(value: unknown, allowed: readonly string[]): string | undefined {
  return typeof value === 'string' && allowed.includes(value) ? value : undefined;
}

function parseDashboardQuery(raw: Record<string, unknown>): DashboardQuery {
  const text = typeof raw.q === 'string' ? raw.q.trim().slice(0, 200) : '';
  const page = typeof raw.page === 'string' && /^\d{1,6}$/.test(raw.page) ? Math.max(1, Number(raw.page)) : 1;
  return {
    status: pick(raw.status, ['new', 'confirmed', 'benign']),
    category: pick(raw.category, REPORT_CATEGORIES),
    level: pick(raw.level, VERDICT_LEVELS),
    q: text || undefined,
    from: isoDay(typeof raw.from === 'string' ? raw.from : undefined),
    to: isoDay(typeof raw.to === 'string' ? raw.to : undefined),
    campaign: typeof raw.campaign === 'string' && /^[0-9a-f-]{36}$/.test(raw.campaign) ? raw.campaign : undefined,
    page,
  };
}

function toFilter(query: DashboardQuery, ids: readonly string[] | undefined): ReportFilter {
  return {
    status: query.status as ReportFilter['status'],
    category: query.category,
    level: query.level,
    text: query.q,
    receivedFrom: query.from ? `${query.from}T00:00:00.000Z` : undefined,
    receivedBefore: query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS).toISOString() : undefined,
    ids,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  };
}

function basicPassword(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(colon + 1) : undefined;
}

export async function triageRoutes(app: FastifyInstance, deps: TriageDeps): Promise<void> {
  const { repository } = deps;
  const now = deps.now ?? (() => new Date());
  const sessions = new SessionStore();
  const throttle = new LoginThrottle();
  app.decorateRequest('adminSession', undefined);

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.addHook('onSend', async (_request, reply) => {
    reply.header('Content-Security-Policy', PAGE_CSP);
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cache-Control', 'no-store');
    // Not no-referrer: with it Chromium sends "Origin: null" on our own form posts,
    // which the Origin check must refuse. Same-origin still leaks nothing outside.
    reply.header('Referrer-Policy', 'same-origin');
  });

  const setSessionCookie = (request: FastifyRequest, reply: FastifyReply, value: string, maxAge: number) => {
    const secure = request.protocol === 'https' ? '; Secure' : '';
    reply.header('Set-Cookie', `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`);
  };

  const currentSession = (request: FastifyRequest) => sessions.get(readCookie(request.headers.cookie, SESSION_COOKIE));

  /** Pages: redirect to the login form. */
  const requirePage = async (request: FastifyRequest, reply: FastifyReply) => {
    const session = currentSession(request);
    if (!session) return reply.code(303).header('Location', '/login').send();
    request.adminSession = session;
  };

  /** State changes: session, same origin and CSRF token, or nothing happens. */
  const requireForm = async (request: FastifyRequest, reply: FastifyReply) => {
    const session = currentSession(request);
    if (!session) return reply.code(303).header('Location', '/login').send();
    const form = (request.body ?? {}) as Form;
    if (!sameOrigin(request) || !csrfMatches(session, form._csrf)) {
      return reply.code(403).type('text/plain; charset=utf-8').send('Forbidden: the form is stale or came from another site.');
    }
    request.adminSession = session;
  };

  /** JSON: session cookie or HTTP Basic with the admin password (throttled like the form). */
  const requireApi = async (request: FastifyRequest, reply: FastifyReply) => {
    if (currentSession(request)) return;
    const client = request.ip;
    const wait = throttle.retryAfter(client);
    if (wait > 0) return reply.code(429).header('Retry-After', String(wait)).send({ error: 'Too many failed logins.' });
    const password = basicPassword(request);
    if (password !== undefined && secretsEqual(password, deps.adminPassword)) {
      throttle.succeed(client);
      return;
    }
    if (password !== undefined) throttle.fail(client);
    return reply
      .code(401)
      .header('WWW-Authenticate', 'Basic realm="Clearsight triage", charset="UTF-8"')
      .send({ error: 'Admin credentials required.' });
  };

  const campaignsNow = async (): Promise<Campaign[]> => {
    const end = now();
    const start = new Date(end.getTime() - CAMPAIGN_WINDOW_DAYS * DAY_MS);
    const inputs = await repository.campaignInputs(start.toISOString(), end.toISOString());
    return groupCampaigns(inputs, { asOf: end.toISOString() });
  };

  app.get('/assets/triage.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'no-cache').send(CSS),
  );

  // Browsers ask for it on every page; an empty answer keeps their consoles clean.
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());

  app.get('/login', async (request, reply) => {
    if (currentSession(request)) return reply.code(303).header('Location', '/').send();
    return reply.type('text/html; charset=utf-8').send(loginPage());
  });

  app.post('/login', async (request, reply) => {
    const client = request.ip;
    const wait = throttle.retryAfter(client);
    if (wait > 0) {
      return reply
        .code(429)
        .header('Retry-After', String(wait))
        .type('text/html; charset=utf-8')
        .send(loginPage(`Too many failed attempts. Try again in ${wait} seconds.`));
    }
    const form = (request.body ?? {}) as Form;
    if (!sameOrigin(request)) return reply.code(403).type('text/html; charset=utf-8').send(loginPage('Cross-site login refused.'));
    if (typeof form.password !== 'string' || !secretsEqual(form.password, deps.adminPassword)) {
      throttle.fail(client);
      return reply.code(401).type('text/html; charset=utf-8').send(loginPage('Wrong password.'));
    }
    throttle.succeed(client);
    const session = sessions.create();
    setSessionCookie(request, reply, session.id, Math.floor((session.expiresAt - Date.now()) / 1000));
    return reply.code(303).header('Location', '/').send();
  });

  app.post('/logout', { preHandler: requireForm }, async (request, reply) => {
    sessions.delete(request.adminSession!.id);
    setSessionCookie(request, reply, '', 0);
    return reply.code(303).header('Location', '/login').send();
  });

  app.get('/', { preHandler: requirePage }, async (request, reply) => {
    const query = parseDashboardQuery(request.query as Record<string, unknown>);
    const campaigns = await campaignsNow();
    const selectedCampaign = query.campaign ? campaigns.find((c) => c.id === query.campaign) : undefined;
    const ids = query.campaign ? (selectedCampaign?.reportIds ?? []) : undefined;
    const { reports, total } = await repository.listReports(toFilter(query, ids));
    return reply.type('text/html; charset=utf-8').send(
      dashboardPage({
        session: request.adminSession!,
        query,
        campaigns,
        campaignWindowDays: CAMPAIGN_WINDOW_DAYS,
        selectedCampaign,
        reports,
        total,
        pageSize: PAGE_SIZE,
      }),
    );
  });

  app.get<{ Params: { id: string } }>('/reports/:id', { preHandler: requirePage }, async (request, reply) => {
    const report = await repository.getReport(request.params.id);
    if (!report) return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage(request.adminSession));
    const notice = typeof (request.query as Record<string, unknown>).updated === 'string' ? 'Status saved.' : undefined;
    return reply.type('text/html; charset=utf-8').send(reportPage(request.adminSession!, report, notice));
  });

  app.post<{ Params: { id: string } }>('/reports/:id/status', { preHandler: requireForm }, async (request, reply) => {
    const status = (request.body as Form).status;
    if (!isReportStatus(status)) return reply.code(400).type('text/plain; charset=utf-8').send('Unknown status.');
    const changed = await repository.setStatus(request.params.id, status);
    if (!changed) return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage(request.adminSession));
    return reply.code(303).header('Location', `/reports/${encodeURIComponent(request.params.id)}?updated=1`).send();
  });

  app.get<{ Params: { id: string } }>('/reports/:id/eml', { preHandler: requirePage }, async (request, reply) => {
    const eml = await repository.getEml(request.params.id);
    if (!eml) return reply.code(404).type('text/plain; charset=utf-8').send('No .eml stored for this report.');
    // Always a download, never something a browser would render or sniff.
    return reply
      .type('message/rfc822')
      .header('Content-Disposition', `attachment; filename="report-${request.params.id.replace(/[^0-9a-f-]/g, '')}.eml"`)
      .header('X-Content-Type-Options', 'nosniff')
      .send(eml);
  });

  app.get('/api/admin/campaigns', { preHandler: requireApi }, async () => ({ campaigns: await campaignsNow() }));

  app.get('/api/admin/reports', { preHandler: requireApi }, async (request) => {
    const query = parseDashboardQuery(request.query as Record<string, unknown>);
    return repository.listReports(toFilter(query, undefined));
  });

  app.get<{ Params: { id: string } }>('/api/admin/reports/:id', { preHandler: requireApi }, async (request, reply) => {
    const report = await repository.getReport(request.params.id);
    return report ?? reply.code(404).send({ error: 'No such report.' });
  });
}
