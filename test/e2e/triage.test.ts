// Drives Debian's Chromium through the triage page: log in, find a campaign of
// several reports, open one, download its .eml and compare the bytes.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { makeReport, sampleEml } from '../../src/collector/testing/fixtures';
import { ADMIN_PASSWORD, postReport, startCollector, type Harness } from '../unit/collector-harness';

jest.setTimeout(120_000);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

describe('triage page in Chromium', () => {
  let h: Harness;
  let browser: Browser;
  const emlById = new Map<string, Buffer>();

  beforeAll(async () => {
    h = await startCollector('sqlite');
    const reporters = ['anna@parliament.example', 'bram@parliament.example', 'chloe@parliament.example', 'anna@parliament.example'];
    for (const [i, reporter] of reporters.entries()) {
      const eml = sampleEml(`Interview ${i}`, `desk${i}@outlet-${i}.example`);
      const res = await postReport(
        h.baseUrl,
        makeReport({
          reporter,
          eml,
          trackerHost: 'px.campaign-tracker.example',
          fromAddress: `desk${i}@outlet-${i}.example`,
          subject: `Interview ${['alpha', 'bravo', 'charlie', 'delta'][i]} question`,
        }),
      );
      emlById.set(((await res.json()) as { id: string }).id, eml);
    }
    await postReport(h.baseUrl, makeReport({ subject: 'Unrelated newsletter', fromAddress: 'news@elsewhere.example' }));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  test('log in, see the campaign, open a report, download its .eml', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(h.baseUrl)) problems.push(`unexpected request ${request.url()}`);
    });

    await page.goto(h.baseUrl);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('Admin password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${h.baseUrl}/`);

    const campaign = page.locator('tr.campaign', { hasText: 'px.campaign-tracker.example' });
    await expect(campaign.count()).resolves.toBe(1);
    const cells = await campaign.locator('td').allInnerTexts();
    expect(cells[0]).toContain('4 reports');
    expect(cells[1]).toBe('3');
    expect(cells[4]).toContain('tracking/tiny-image.pixel');

    await campaign.getByRole('link', { name: '4 reports' }).click();
    await page.waitForURL(/campaign=/);
    const rows = page.locator('table.reports tbody tr');
    await expect(rows.count()).resolves.toBe(4);
    await expect(page.locator('table.reports').innerText()).resolves.not.toContain('Unrelated newsletter');

    await rows.first().getByRole('link').click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await expect(page.locator('table.findings').innerText()).resolves.toContain('px.campaign-tracker.example');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download .eml' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`report-${id}.eml`);
    const saved = await download.path();
    expect(fs.readFileSync(saved).equals(emlById.get(id)!)).toBe(true);
    // The page stayed where it was: the message was downloaded, not rendered.
    expect(page.url()).toBe(`${h.baseUrl}/reports/${id}`);

    await page.getByRole('button', { name: 'Mark confirmed' }).click();
    await page.waitForURL(/updated=1/);
    await expect(page.locator('dd.status').innerText()).resolves.toMatch(/^confirmed/);
    expect((await h.repository.getReport(id))?.status).toBe('confirmed');

    expect(problems).toEqual([]);
    await context.close();
  });
});
