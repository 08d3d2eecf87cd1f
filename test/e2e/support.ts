// Shared plumbing for the browser tests: one production build in a temporary
// folder, an HTTPS server on a free port, Chromium with a record of every
// request it makes, and the URLs that appear in the sample messages.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { parseEml } from '../../src/mail/parse-eml';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
export const samplesDir = path.join(repoRoot, 'assets', 'samples');
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

const { serveStatic } = require('../../scripts/serve.cjs') as {
  serveStatic: (options: { root: string; key: Buffer; cert: Buffer; port?: number; host?: string }) => Promise<{ url: string; close: () => Promise<void> }>;
};
const { localhostCertificate } = require('../../scripts/certs.cjs') as {
  localhostCertificate: (options: { dir: string }) => Promise<{ key: Buffer; cert: Buffer }>;
};

/** Whether to run, skip (developer machine without Chromium) or fail (CI without Chromium). */
export function chromiumAvailability(): 'run' | 'skip' {
  if (fs.existsSync(CHROMIUM)) return 'run';
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing; CI must install it (apt-get install -y chromium).`);
  console.warn(`Skipping browser tests: ${CHROMIUM} not found. Install it with: apt-get install -y chromium`);
  return 'skip';
}

export interface BuiltSite {
  dir: string;
  url: string;
  close(): Promise<void>;
}

/** A production build with the demo, into a temporary folder, served over HTTPS on 127.0.0.1. */
export async function buildAndServe(): Promise<BuiltSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearsight-e2e-'));
  const out = path.join(dir, 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, CLEARSIGHT_DEMO: '1' };
  delete env.CLEARSIGHT_BASE_URL;
  const build = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', `outDir=${out}`], {
    cwd: repoRoot, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
  const certificate = await localhostCertificate({ dir: path.join(dir, 'certs') });
  const server = await serveStatic({ root: out, key: certificate.key, cert: certificate.cert, port: 0, host: '127.0.0.1' });
  return {
    dir: out,
    url: server.url,
    async close() {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
      // Belt and braces: even if something tried to reach the internet it could not,
      // and the request log below would still show the attempt.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

export interface RecordedContext {
  context: BrowserContext;
  /** Every URL any page, frame or worker of the context asked for. */
  requests: string[];
  /** Console messages about Content-Security-Policy violations. */
  cspViolations: string[];
  pageErrors: string[];
}

export async function recordedContext(browser: Browser): Promise<RecordedContext> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 860 }, locale: 'en-US' });
  const requests: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  // Routing sees requests the event stream could miss (e.g. from workers) and
  // lets the test refuse anything that is not our own server.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!requests.includes(url)) requests.push(url);
    await route.continue();
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('worker', (worker) => requests.push(worker.url()));
  });
  return { context, requests, cspViolations, pageErrors };
}

export function taskpaneFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().includes('/demo/taskpane.html'));
  if (!frame) throw new Error('the demo page has no task pane frame');
  return frame;
}

const AXE_SOURCE = () => fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core inside the task pane. The pane's CSP forbids inline scripts, so
 * axe is evaluated through the DevTools protocol instead of a <script> tag.
 */
export async function axeViolations(frame: Frame): Promise<AxeViolation[]> {
  await settleAnimations(frame);
  const hasAxe = await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!hasAxe) await frame.evaluate(AXE_SOURCE());
  const result = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
}

/**
 * Waits until every finite animation in the frame has ended. Fluent fades
 * dialogs in, and axe measuring colour contrast half-way through the fade sees
 * blended colours and reports a contrast failure the user never sees. Endless
 * animations (spinners) are left running; they never settle.
 */
export async function settleAnimations(frame: Frame): Promise<void> {
  await frame.evaluate(async () => {
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    // Two frames first: an animation a render just asked for may not exist yet.
    await nextFrame();
    await nextFrame();
    for (let round = 0; round < 20; round++) {
      const finite = document.getAnimations().filter((animation) => {
        const end = animation.effect?.getComputedTiming().endTime;
        return animation.playState !== 'finished' && typeof end === 'number' && Number.isFinite(end);
      });
      if (finite.length === 0) return;
      await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
      await nextFrame();
    }
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

const URL_STARTS = ['http://', 'https://', '"//', "'//", '=//'];
const URL_STOP = new Set([' ', '\t', '\r', '\n', '"', "'", '<', '>', '(', ')', '[', ']', '{', '}', '\\', '^', '`', '|']);

/**
 * A linear scan for absolute and scheme-relative URLs: each needle's next
 * position is looked up again only once the scan has passed it, and every URL
 * stops at the first character that cannot be part of one.
 */
export function extractUrls(text: string): string[] {
  const urls: string[] = [];
  const lower = text.toLowerCase();
  const next = URL_STARTS.map((needle) => lower.indexOf(needle));
  let at = 0;
  for (;;) {
    let start = -1;
    for (let i = 0; i < URL_STARTS.length; i++) {
      const needle = URL_STARTS[i] as string;
      if (next[i] !== -1 && (next[i] as number) < at) next[i] = lower.indexOf(needle, at);
      const index = next[i] as number;
      if (index === -1) continue;
      const begin = needle.startsWith('h') ? index : index + 1;
      if (start === -1 || begin < start) start = begin;
    }
    if (start === -1) break;
    let end = start;
    while (end < text.length && end - start < 4096 && !URL_STOP.has(text[end] as string)) end++;
    const candidate = text.slice(start, end).replace(/[.,;:]+$/, '');
    urls.push(candidate.startsWith('//') ? `https:${candidate}` : candidate);
    at = Math.max(end, start + 1);
  }
  return urls;
}

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Every URL in the samples, from the raw bytes and from the decoded bodies (base64, quoted-printable). */
export async function sampleUrls(): Promise<Set<string>> {
  const urls = new Set<string>();
  for (const name of fs.readdirSync(samplesDir).filter((file) => file.endsWith('.eml'))) {
    const raw = fs.readFileSync(path.join(samplesDir, name));
    for (const url of extractUrls(raw.toString('latin1'))) urls.add(url);
    const message = await parseEml(new Uint8Array(raw));
    for (const text of [message.html ?? '', message.text ?? '', ...message.headers.map((header) => header.value)]) {
      for (const url of extractUrls(text)) urls.add(url);
    }
  }
  return urls;
}
