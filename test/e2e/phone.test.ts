// The task pane on a phone-sized screen (Outlook mobile opens it full width),
// in each language and theme, including Windows high contrast (forced colors):
// nothing may scroll sideways, the warning must stay readable, and axe — with
// colour contrast, which jsdom cannot judge — must find nothing.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { uiText, type UiKey } from '../../src/i18n/ui';
import { axeViolations, buildAndServe, chromiumAvailability, launchChromium, screenshot, type BuiltSite } from './support';

jest.setTimeout(180_000);

const PHONE = { width: 320, height: 640 };
const CASES: { lang: 'en' | 'fr' | 'nl' | 'de'; theme: 'light' | 'dark'; forcedColors: boolean; sample: string; title: UiKey }[] = [
  { lang: 'de', theme: 'light', forcedColors: false, sample: '01-fake-press-pixel.eml', title: 'dangerTitle' },
  { lang: 'fr', theme: 'dark', forcedColors: false, sample: '02-newsletter-tracking.eml', title: 'cautionTitle' },
  { lang: 'nl', theme: 'light', forcedColors: true, sample: '01-fake-press-pixel.eml', title: 'dangerTitle' },
  { lang: 'en', theme: 'dark', forcedColors: true, sample: '04-clean-internal-memo.eml', title: 'safeTitle' },
];

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

(chromiumAvailability() === 'run' ? describe : describe.skip)('task pane on a phone-sized screen', () => {
  let site: BuiltSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildAndServe();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(CASES)('$lang, $theme theme, forced colors $forcedColors: $sample fits 320 px and passes axe', async ({ lang, theme, forcedColors, sample, title }) => {
    const options: BrowserContextOptions = { ignoreHTTPSErrors: true, viewport: PHONE, isMobile: true, hasTouch: true, forcedColors: forcedColors ? 'active' : 'none' };
    const context = await browser.newContext(options);
    try {
      const page = await context.newPage();
      const configReads: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.endsWith('/config.json')) configReads.push(request.url());
      });
      await page.goto(`${site.url}demo/taskpane.html?select=${sample}&lang=${lang}&theme=${theme}`);
      await page.locator('[data-level]').waitFor({ timeout: 30_000 });
      await page.getByText(uiText(lang, title), { exact: false }).first().waitFor({ state: 'visible' });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      const details = page.getByRole('button', { name: uiText(lang, 'showDetails') });
      if (await details.count()) {
        await details.click();
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        // Long tracker URLs and evidence must wrap or shorten, never widen the pane.
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      }
      expect(await axeViolations(page.mainFrame())).toEqual([]);
      // The policy and the report settings come from one read of config.json.
      expect(configReads).toHaveLength(1);
      await screenshot(page, `phone-${lang}-${theme}${forcedColors ? '-forced-colors' : ''}`);
    } finally {
      await context.close();
    }
  });
});
