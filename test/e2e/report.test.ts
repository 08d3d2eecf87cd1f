// End to end: the production build's demo mailbox in Chromium reports a message
// to the real collector (src/collector) over HTTPS on 127.0.0.1. The collector
// is stopped and started again to check the outbox: the report is shown as
// queued, then delivered exactly once, counted on the receiving side.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { buildApp } from '../../src/collector/app';
import { REPORT_BODY_LIMIT_BYTES, type CollectorConfig } from '../../src/collector/config';
import { reportText } from '../../src/i18n/report';
import { chromiumAvailability, launchChromium, repoRoot, taskpaneFrame } from './support';

jest.setTimeout(240_000);

const { serveStatic } = require('../../scripts/serve.cjs') as {
  serveStatic: (options: { root: string; key: Buffer; cert: Buffer; port?: number; host?: string }) => Promise<{ url: string; close: () => Promise<void> }>;
};
const { localhostCertificate } = require('../../scripts/certs.cjs') as {
  localhostCertificate: (options: { dir: string }) => Promise<{ key: Buffer; cert: Buffer }>;
};

const TOKEN = 'e2e-report-token-0123456789abcdef';
const FIRST = '01-fake-press-pixel.eml';
const SECOND = '04-clean-internal-memo.eml';
const en = (key: Parameters<typeof reportText>[1], params?: Record<string, string>) => reportText('en', key, params);

/**
 * The TLS front of the collector, as a reverse proxy would be in production.
 * It stays up while the collector behind it is stopped: then it drops the
 * connection, which the browser sees as a network failure.
 */
async function startTlsFront(certificate: { key: Buffer; cert: Buffer }) {
  let upstreamPort: number | undefined;
  const forwarded: { method: string; idempotencyKey?: string; status: number }[] = [];
  const server = https.createServer({ key: certificate.key, cert: certificate.cert }, (request, response) => {
    if (upstreamPort === undefined) {
      request.socket.destroy();
      return;
    }
    const upstream = http.request({ host: '127.0.0.1', port: upstreamPort, method: request.method, path: request.url, headers: request.headers }, (reply) => {
      forwarded.push({ method: request.method ?? '', idempotencyKey: request.headers['idempotency-key'] as string | undefined, status: reply.statusCode ?? 0 });
      response.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(response);
    });
    upstream.on('error', () => request.socket.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forwarded,
    setUpstream(port: number | undefined) { upstreamPort = port; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

(chromiumAvailability() === 'run' ? describe : describe.skip)('reporting from the demo mailbox to the collector', () => {
  let work: string;
  let out: string;
  let front: Awaited<ReturnType<typeof startTlsFront>>;
  let site: { url: string; close: () => Promise<void> };
  let collector: FastifyInstance | undefined;
  let collectorConfig: CollectorConfig;
  let browser: Browser;
  let context: BrowserContext;
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  const dbFile = () => collectorConfig.storage.kind === 'sqlite' ? collectorConfig.storage.file : '';

  async function startCollector(): Promise<void> {
    collector = await buildApp(collectorConfig);
    await collector.listen({ port: 0, host: '127.0.0.1' });
    front.setUpstream((collector.server.address() as AddressInfo).port);
  }

  async function stopCollector(): Promise<void> {
    front.setUpstream(undefined);
    await collector?.close();
    collector = undefined;
  }

  function storedReports(): { id: string; idempotency_key: string }[] {
    const db = new Database(dbFile(), { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT id, idempotency_key FROM reports ORDER BY created_at').all() as { id: string; idempotency_key: string }[];
    } finally {
      db.close();
    }
  }

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'clearsight-report-e2e-'));
    const certificate = await localhostCertificate({ dir: path.join(work, 'certs') });
    front = await startTlsFront(certificate);

    // The endpoint must be known at build time: its origin goes into the pane's connect-src.
    const report = { reportEndpoint: `${front.origin}/api/reports`, reportToken: TOKEN, afterReport: 'leave' };
    const configFile = path.join(work, 'config.json');
    fs.writeFileSync(configFile, JSON.stringify({ report }));
    out = path.join(work, 'dist');
    const env: NodeJS.ProcessEnv = { ...process.env, CLEARSIGHT_DEMO: '1', CLEARSIGHT_CONFIG: configFile };
    delete env.CLEARSIGHT_BASE_URL;
    const build = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', `outDir=${out}`], {
      cwd: repoRoot, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024,
    });
    if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
    // The demo pane reads the config.json beside it; give the demo organisation our endpoint.
    for (const candidate of [path.join(out, 'demo', 'config.json'), path.join(out, 'config.json')]) {
      const existing = fs.existsSync(candidate) ? (JSON.parse(fs.readFileSync(candidate, 'utf8')) as Record<string, unknown>) : {};
      fs.writeFileSync(candidate, JSON.stringify({ ...existing, report }));
    }
    site = await serveStatic({ root: out, key: certificate.key, cert: certificate.cert, port: 0, host: '127.0.0.1' });

    collectorConfig = {
      port: 0, host: '127.0.0.1', storage: { kind: 'sqlite', file: path.join(work, 'collector.db') }, reportToken: TOKEN,
      adminPassword: 'e2e-admin-password-123', allowedOrigin: new URL(site.url).origin, trustProxy: false, bodyLimitBytes: REPORT_BODY_LIMIT_BYTES,
    };
    await startCollector();

    browser = await launchChromium();
    context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
      });
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stopCollector().catch(() => undefined);
    await site?.close();
    await front?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  async function openPane(sample: string): Promise<{ page: Page; pane: Frame }> {
    const page = await context.newPage();
    await page.goto(`${site.url}demo.html?select=${encodeURIComponent(sample)}`);
    await page.waitForSelector('iframe');
    const pane = taskpaneFrame(page);
    await pane.waitForLoadState('load');
    return { page, pane };
  }

  async function report(pane: Frame, category: string): Promise<void> {
    const button = pane.getByRole('button', { name: en('reportButton'), exact: true });
    await button.waitFor({ state: 'visible', timeout: 30_000 });
    await pane.waitForFunction((name) => {
      const candidates = [...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === name);
      return candidates.some((b) => !b.disabled && b.getAttribute('aria-disabled') !== 'true');
    }, en('reportButton'), { timeout: 30_000 });
    await button.click();
    await pane.getByRole('radio', { name: category }).check();
    await pane.getByRole('textbox').fill('Seen in the e2e test');
    await pane.getByRole('button', { name: en('send') }).click();
  }

  it('builds the Report button handler as one self-contained commands.js', () => {
    const commands = fs.readFileSync(path.join(out, 'commands.js'), 'utf8');
    expect(commands).toContain('onSpamReport');
    // No lazy chunk loading: the JavaScript-only runtime of classic Outlook could not fetch it.
    expect(commands).not.toContain('Loading chunk');
    expect(commands).not.toContain('createElement("script")');
    expect(fs.readFileSync(path.join(out, 'commands.html'), 'utf8')).toContain('commands.js');
  });

  it('reports a message, and the pane shows the collector’s reference', async () => {
    const { page, pane } = await openPane(FIRST);
    await report(pane, en('categoryPhishing'));
    await pane.getByText(en('sentTitle')).waitFor({ timeout: 30_000 });
    const stored = storedReports();
    expect(stored).toHaveLength(1);
    await pane.getByText(en('sentBody', { reference: stored[0]!.id })).waitFor({ timeout: 5_000 });
    expect(front.forwarded.filter((f) => f.method === 'POST')).toEqual([{ method: 'POST', idempotencyKey: stored[0]!.idempotency_key, status: 201 }]);
    await page.close();
  });

  it('queues while the collector is down and delivers exactly once when it is back', async () => {
    await stopCollector();
    const { page, pane } = await openPane(SECOND);
    await report(pane, en('categoryUnsure'));
    await pane.getByText(en('queuedTitle')).waitFor({ timeout: 30_000 });
    await pane.getByText(en('queuedOffline')).waitFor({ timeout: 5_000 });
    expect(storedReports()).toHaveLength(1);

    await startCollector();
    // The outbox retries on its own timer (first backoff step: 2.5 to 5 s).
    await pane.getByText(en('sentTitle')).waitFor({ timeout: 60_000 });
    const stored = storedReports();
    expect(stored).toHaveLength(2);
    const second = stored[1]!;
    await pane.getByText(en('sentBody', { reference: second.id })).waitFor({ timeout: 5_000 });

    // Nudge every trigger that could send again: nothing more reaches the collector.
    await pane.evaluate(() => window.dispatchEvent(new Event('online')));
    const { page: again, pane: againPane } = await openPane(SECOND); // a restarted pane flushes on start-up
    await againPane.waitForLoadState('load');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(storedReports()).toHaveLength(2);
    expect(front.forwarded.filter((f) => f.method === 'POST' && f.idempotencyKey === second.idempotency_key)).toEqual([
      { method: 'POST', idempotencyKey: second.idempotency_key, status: 201 },
    ]);
    expect(pageErrors).toEqual([]);
    // Reporting works under the pane's CSP (zod without eval, connect-src naming the endpoint).
    expect(cspViolations).toEqual([]);
    await again.close();
    await page.close();
  });
});
