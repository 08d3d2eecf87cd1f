// The walker and the rules skip the URL parser for plain http(s) URLs and read
// the answer off the text instead. Node's parser is what the unit tests compare
// with, but the add-in runs in Outlook's web view, whose parser is Chromium's and
// does not always agree with Node's (it percent-encodes "|" in a path). This
// checks the fast paths against Chromium's own URL parser on an empty page.
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { knownHttpHref, serialisedHttpParts } from '../../src/detector/html/url';
import { urlCandidate } from '../helpers/url-candidates';
import { chromiumAvailability, launchChromium } from './support';

jest.setTimeout(120_000);

interface ChromiumParse {
  href: string;
  hostname: string;
  pathname: string;
  search: string;
}

async function parseInChromium(page: Page, urls: readonly string[]): Promise<(ChromiumParse | null)[]> {
  return page.evaluate((list) => list.map((url) => {
    try {
      const parsed = new URL(url);
      return { href: parsed.href, hostname: parsed.hostname, pathname: parsed.pathname, search: parsed.search };
    } catch {
      return null;
    }
  }), urls);
}

(chromiumAvailability() === 'run' ? describe : describe.skip)('URL fast paths against Chromium\'s parser', () => {
  let browser: Browser;
  let page: Page;
  const candidates = fc.sample(urlCandidate, { numRuns: 20_000, seed: 7 });
  let parses: (ChromiumParse | null)[];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    parses = await parseInChromium(page, candidates);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('knownHttpHref answers only with the href Chromium gives', () => {
    let answered = 0;
    const differences: string[] = [];
    candidates.forEach((url, i) => {
      const href = knownHttpHref(url);
      if (href === undefined) return;
      answered++;
      if (href !== parses[i]?.href) differences.push(`${JSON.stringify(url)}: ${href} vs ${parses[i]?.href}`);
    });
    expect(differences.slice(0, 5)).toEqual([]);
    expect(answered).toBeGreaterThan(1000);
  });

  it('serialisedHttpParts reads Chromium\'s hostname, pathname and search off Chromium\'s href', async () => {
    const hrefs = parses.flatMap((parse) => (parse ? [parse.href] : []));
    const reparsed = await parseInChromium(page, hrefs);
    let answered = 0;
    const differences: string[] = [];
    hrefs.forEach((href, i) => {
      const parts = serialisedHttpParts(href);
      const parse = reparsed[i];
      if (!parts || !parse) return;
      answered++;
      // An empty query is written "?" but read as "": both hold no value.
      const search = parts.search === '?' ? '' : parts.search;
      if (parts.host !== parse.hostname || parts.path !== parse.pathname || search !== parse.search) {
        differences.push(`${href}: ${JSON.stringify(parts)} vs ${JSON.stringify(parse)}`);
      }
    });
    expect(differences.slice(0, 5)).toEqual([]);
    expect(answered).toBeGreaterThan(1000);
  });
});
