// End to end: the production build, served over HTTPS, in Chromium. The real
// task pane bundle runs inside the demo mailbox against the fake Office host,
// and we check what a reader would see, that it is accessible, and that
// nothing a message points to was ever requested.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { analyze } from '../../src/detector';
import type { Level, Verdict } from '../../src/detector/types';
import { parseAddinConfigText, parsePolicy } from '../../src/config';
import { describeFinding, type Language } from '../../src/i18n';
import { reportText } from '../../src/i18n/report';
import { uiText, type UiKey } from '../../src/i18n/ui';
import { parseEml } from '../../src/mail/parse-eml';
import {
  axeViolations, buildAndServe, chromiumAvailability, hostOf, launchChromium, recordedContext, repoRoot, sampleUrls, samplesDir,
  screenshot, taskpaneFrame, type BuiltSite, type RecordedContext,
} from './support';

jest.setTimeout(180_000);

const FAKE_PRESS = '01-fake-press-pixel.eml';
const CLEAN_MEMO = '04-clean-internal-memo.eml';
const TITLE: Record<Level, UiKey> = { danger: 'dangerTitle', caution: 'cautionTitle', safe: 'safeTitle' };

const demoConfig = parseAddinConfigText(fs.readFileSync(path.join(repoRoot, 'src/demo/demo-config.json'), 'utf8'));

/** What the detector decides for a sample read straight from the file, as the pane should show it. */
async function expectedVerdict(name: string): Promise<Verdict> {
  const raw = new Uint8Array(fs.readFileSync(path.join(samplesDir, name)));
  const first = await parseEml(raw);
  // The demo mailbox reads each sample as its first addressee, like fake-office.ts.
  const message = await parseEml(raw, { recipient: first.to[0]?.address });
  return analyze(message, parsePolicy(demoConfig));
}

(chromiumAvailability() === 'run' ? describe : describe.skip)('demo mailbox in Chromium', () => {
  let site: BuiltSite;
  let browser: Browser;
  let recorded: RecordedContext;

  beforeAll(async () => {
    site = await buildAndServe();
    browser = await launchChromium();
    recorded = await recordedContext(browser);
  });

  afterAll(async () => {
    await recorded?.context.close();
    await browser?.close();
    await site?.close();
  });

  async function openDemo(query: string): Promise<{ page: Page; pane: Frame }> {
    const page = await recorded.context.newPage();
    await page.goto(`${site.url}demo.html${query ? `?${query}` : ''}`);
    await page.waitForSelector('iframe[title="Clearsight task pane"]');
    const pane = taskpaneFrame(page);
    await pane.waitForLoadState('load');
    return { page, pane };
  }

  async function waitForText(frame: Frame, text: string): Promise<void> {
    await frame.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 30_000 });
  }

  async function expectAccessible(pane: Frame): Promise<void> {
    const violations = await axeViolations(pane);
    expect(violations).toEqual([]);
  }

  it('serves a manifest that validates against the schemas', () => {
    const { validateManifest } = require('../../scripts/validate-manifest.cjs') as { validateManifest: (file: string) => { problems: unknown[] } };
    expect(validateManifest(path.join(site.dir, 'manifest.xml')).problems).toEqual([]);
  });

  it('shows no message when nothing is selected', async () => {
    const { page, pane } = await openDemo('');
    await waitForText(pane, uiText('en', 'emptyTitle'));
    expect(await pane.locator('[data-level]').count()).toBe(0);
    await expectAccessible(pane);
    await screenshot(page, 'state-empty');
    await page.close();
  });

  it('warns about the fake press message with its reasons, then shows the clean memo as safe', async () => {
    const expected = await expectedVerdict(FAKE_PRESS);
    // The APT31 pattern: a "journalist" whose message reports its opening. That
    // combination is the product's reason to exist, so it must read as danger.
    expect(expected.level).toBe('danger');
    expect(expected.findings.some((finding) => finding.category === 'tracking')).toBe(true);
    expect(expected.findings.some((finding) => finding.category === 'lure')).toBe(true);

    const { page, pane } = await openDemo(`select=${FAKE_PRESS}`);
    const banner = pane.locator('[data-level]');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.getAttribute('data-level')).toBe(expected.level);
    await waitForText(pane, uiText('en', TITLE[expected.level]));
    // A dangerous message interrupts a screen reader.
    expect(await banner.getAttribute('role')).toBe('alert');

    // Outlook's information bar (the demo's yellow strip) carries the summary.
    await page.locator('#infobar').filter({ hasText: 'Clearsight' }).waitFor({ timeout: 10_000 });

    await pane.getByRole('button', { name: uiText('en', 'showDetails') }).click();
    for (const key of expected.reasons) {
      const finding = expected.findings.find((candidate) => candidate.messageKey === key);
      if (!finding) throw new Error(`reason ${key} has no finding`);
      await waitForText(pane, describeFinding(finding, 'en').title);
    }
    await expectAccessible(pane);
    await screenshot(page, `state-${expected.level}-details`);

    // Choosing another message raises ItemChanged, as in a pinned Outlook pane.
    const clean = await expectedVerdict(CLEAN_MEMO);
    expect(clean.level).toBe('safe');
    await page.locator(`button[data-sample="${CLEAN_MEMO}"]`).click();
    await pane.locator('[data-level="safe"]').waitFor({ timeout: 30_000 });
    await waitForText(pane, uiText('en', 'safeTitle'));
    expect(await page.locator(`button[data-sample="${CLEAN_MEMO}"]`).getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(pane);
    await screenshot(page, 'state-safe');
    await page.close();
  });

  it('reports a message to the security mailbox of the demo configuration through a new Outlook message', async () => {
    const mailbox = demoConfig.report?.reportMailbox;
    expect(mailbox).toBeTruthy();
    const { page, pane } = await openDemo(`select=${FAKE_PRESS}`);
    await pane.locator('[data-level]').waitFor({ timeout: 30_000 });
    await pane.getByRole('button', { name: reportText('en', 'reportButton') }).click();
    const openMessage = pane.getByRole('button', { name: reportText('en', 'openMessage') });
    await openMessage.waitFor();
    await expectAccessible(pane);
    await screenshot(page, 'state-report-dialog');
    await openMessage.click();
    await page.locator('#infobar').filter({ hasText: `new message to ${mailbox}` }).waitFor({ timeout: 10_000 });
    const calls = await pane.evaluate(() => (window as unknown as { clearsightDemoHost: { calls: { call: string; args: unknown }[] } }).clearsightDemoHost.calls);
    const forms = calls.filter((entry) => entry.call === 'displayNewMessageForm').map((entry) => entry.args as { toRecipients: string[]; attachments?: { type: string; itemId: string }[] });
    expect(forms).toHaveLength(1);
    expect(forms[0]!.toRecipients).toEqual([mailbox]);
    // The reported message travels as an Outlook item attachment, headers intact.
    expect(forms[0]!.attachments).toEqual([expect.objectContaining({ type: 'item', itemId: FAKE_PRESS })]);
    await page.close();
  });

  it('says so when Outlook fails to hand over the message body, and offers a retry', async () => {
    const { page, pane } = await openDemo(`select=${CLEAN_MEMO}&fail=body`);
    await waitForText(pane, uiText('en', 'errorTitle'));
    await pane.getByRole('button', { name: uiText('en', 'retry') }).waitFor();
    expect(await pane.locator('[data-level]').count()).toBe(0);
    await expectAccessible(pane);
    await screenshot(page, 'state-error');
    await page.close();
  });

  it('notes the limited check when the host cannot give internet headers (Mailbox < 1.8)', async () => {
    const { page, pane } = await openDemo(`select=${CLEAN_MEMO}&mailbox=1.5`);
    await pane.locator('[data-testid="headers-missing"]').waitFor({ timeout: 30_000 });
    await expectAccessible(pane);
    await page.close();
  });

  it('analyses a very large body in the Web Worker, which the CSP allows, with the same verdict', async () => {
    const expected = await expectedVerdict(FAKE_PRESS);
    const { page, pane } = await openDemo(`select=${FAKE_PRESS}&pad=1100`);
    const banner = pane.locator('[data-level]');
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.getAttribute('data-level')).toBe(expected.level);
    expect(recorded.requests.some((url) => /\/clearsight-analyze\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    await page.close();
  });

  it.each<[string, Language]>([['fr', 'fr'], ['nl', 'nl'], ['de', 'de']])('speaks the Outlook display language (?lang=%s)', async (lang, language) => {
    const expected = await expectedVerdict(FAKE_PRESS);
    const { page, pane } = await openDemo(`lang=${lang}&select=${FAKE_PRESS}`);
    await waitForText(pane, uiText(language, TITLE[expected.level]));
    expect(uiText(language, TITLE[expected.level])).not.toBe(uiText('en', TITLE[expected.level]));
    // Screen readers pick their voice from the nearest lang attribute around the text.
    expect(await pane.locator(`[lang^="${language}"] main`).count()).toBe(1);
    await expectAccessible(pane);
    await screenshot(page, `state-${expected.level}-${lang}`);
    await page.close();
  });

  it('requested nothing that any sample message points to, and stayed on its own server', async () => {
    expect(recorded.requests.length).toBeGreaterThan(10);
    const urls = await sampleUrls();
    expect(urls.size).toBeGreaterThan(0);
    const sampleHosts = new Set([...urls].map(hostOf).filter((host): host is string => host !== null));

    const foreign = recorded.requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(recorded.requests.filter((url) => urls.has(url))).toEqual([]);
    expect(recorded.requests.filter((url) => sampleHosts.has(hostOf(url) ?? ''))).toEqual([]);
    expect(recorded.cspViolations).toEqual([]);
    expect(recorded.pageErrors).toEqual([]);
  });
});
