// Time-to-banner: in Chromium on the demo mailbox (production build), from the
// click that chooses a message to the verdict banner being in the task pane and
// painted. Between runs the pane is emptied ("Select no message") so every
// measurement starts from the same state and waits for a fresh banner.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAndServe, launchChromium, samplesDir, taskpaneFrame } from '../test/e2e/support';
import { median } from './lib';

export interface BannerTiming {
  repeats: number;
  medianMs: number;
  /** The first banner after the pane loaded, including fetching the detector chunk. */
  coldMs: number;
  samples: { sample: string; medianMs: number }[];
}

/**
 * Runs in the demo page: click, then resolve on the first painted frame that
 * shows a banner. Kept as source text: whichever compiler loads this file
 * (swc for the bench, tsx elsewhere) may add helpers that do not exist inside the page.
 */
const CLICK_AND_TIME_BANNER = `async (sample) => {
  const pane = document.querySelector('iframe').contentDocument;
  const button = document.querySelector('button[data-sample="' + sample + '"]');
  const start = performance.now();
  button.click();
  await new Promise((resolve) => {
    const present = () => pane.querySelector('[data-level]');
    if (present()) return resolve();
    const observer = new MutationObserver(() => { if (present()) { observer.disconnect(); resolve(); } });
    observer.observe(pane, { subtree: true, childList: true, attributes: true });
  });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}`;

export async function measureTimeToBanner(repeats = 20): Promise<BannerTiming> {
  const site = await buildAndServe();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${site.url}demo.html`);
    await page.waitForSelector('iframe');
    const pane = taskpaneFrame(page);
    await pane.waitForLoadState('load');
    const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.eml')).sort();
    const rows: { sample: string; medianMs: number }[] = [];
    const all: number[] = [];
    let coldMs: number | undefined;
    for (const sample of samples) {
      const times: number[] = [];
      for (let i = 0; i <= repeats; i++) {
        await page.click('#deselect');
        await pane.waitForSelector('[data-level]', { state: 'detached' });
        const ms = await page.evaluate(`(${CLICK_AND_TIME_BANNER})(${JSON.stringify(sample)})`) as number;
        // The very first run also loads the lazily imported detector chunk: kept apart as the cold start.
        if (i > 0) times.push(ms);
        else coldMs ??= ms;
      }
      rows.push({ sample: path.basename(sample), medianMs: median(times) });
      all.push(...times);
    }
    return { repeats, medianMs: median(all), coldMs: coldMs ?? Number.NaN, samples: rows };
  } finally {
    await browser.close();
    await site.close();
  }
}
