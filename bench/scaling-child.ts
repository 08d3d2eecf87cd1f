// Runs in its own process so peak memory belongs to one body size only.
import { analyze } from '../src/detector';
import { message } from '../test/helpers/message';
import { generateNewsletter } from './newsletter';

const bytes = Number(process.argv[2]);
const html = generateNewsletter(bytes);
const input = message({ html, subject: 'Newsletter', from: { name: 'News', address: 'news@mailer.example' } });
analyze(message({ html: generateNewsletter(20_000) })); // warm the JIT on a small body first
const baseRss = process.memoryUsage().rss;
const runs: number[] = [];
for (let i = 0; i < (bytes >= 5e6 ? 3 : 5); i++) {
  const start = performance.now();
  analyze(input);
  runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ bytes: html.length, ms: runs[runs.length >> 1], peakMB: (maxRssBytes - baseRss) / 1e6 }));
