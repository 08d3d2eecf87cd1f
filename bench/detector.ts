// Detector cost against the parser floor: for each message with HTML, the median
// time of analyze() divided by the median time of a bare htmlparser2 pass over
// the same HTML in the same process. The ratio shows what the rules add on top
// of parsing, independent of how fast this machine is.
import * as fs from 'node:fs';
import { Parser } from 'htmlparser2';
import { analyze, type MailMessage, type Verdict } from '../src/detector';
import type { Rule } from '../src/detector/rule';
import { parseEml } from '../src/mail';
import { listMessages, median, timeMedian } from './lib';

export interface DetectorCost {
  messages: number;
  withHtml: number;
  medianRatio: number;
  p90Ratio: number;
  analyzeMBps: number;
  parseMBps: number;
  /**
   * The same median ratio measured again after warm-up passes over every
   * message: what the JIT makes of the detector once it is hot. Informational;
   * the target is judged on medianRatio.
   */
  warmMedianRatio: number | undefined;
}

export interface DetectorCostOptions {
  /** Time analyze() with only these rules (the family breakdown); all rules when absent. */
  rules?: readonly Rule[];
  /** Also measure the ratio once warm (default true). */
  warm?: boolean;
}

const WARM_UP_PASSES = 3;

// The floor is the parser delivering what any analysis needs: each tag with its
// decoded attributes, and the text. With no callbacks at all htmlparser2 would
// skip building attributes, which no detector could use.
const noop = () => {};
function bareParse(html: string): void {
  const parser = new Parser({ onopentag: noop, ontext: noop, onclosetag: noop }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
}

export async function measureDetectorCost(folders: readonly string[], repeats = 7, options: DetectorCostOptions = {}): Promise<DetectorCost> {
  const { rules, warm = true } = options;
  const analyzeOnce: (message: MailMessage) => Verdict = rules ? (message) => analyze(message, undefined, { rules }) : analyze;
  const files = listMessages(folders);
  const ratios: number[] = [];
  const withHtml: MailMessage[] = [];
  let htmlBytes = 0;
  let analyzeMs = 0;
  let parseMs = 0;
  for (const file of files) {
    let message;
    try {
      message = await parseEml(new Uint8Array(fs.readFileSync(file)));
    } catch {
      continue;
    }
    const html = message.html;
    if (!html) continue;
    withHtml.push(message);
    const analyzeTime = timeMedian(() => analyzeOnce(message), repeats);
    const parseTime = timeMedian(() => bareParse(html), repeats);
    htmlBytes += html.length;
    analyzeMs += analyzeTime;
    parseMs += parseTime;
    ratios.push(analyzeTime / Math.max(parseTime, 1e-3));
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  return {
    messages: files.length,
    withHtml: ratios.length,
    medianRatio: median(ratios),
    p90Ratio: sorted[Math.floor(sorted.length * 0.9)] ?? Number.NaN,
    analyzeMBps: htmlBytes / 1e6 / (analyzeMs / 1000),
    parseMBps: htmlBytes / 1e6 / (parseMs / 1000),
    warmMedianRatio: warm ? warmRatio(withHtml, analyzeOnce, repeats) : undefined,
  };
}

function warmRatio(messages: readonly MailMessage[], analyzeOnce: (message: MailMessage) => Verdict, repeats: number): number {
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) {
    for (const message of messages) {
      analyzeOnce(message);
      bareParse(message.html ?? '');
    }
  }
  return median(messages.map((message) => {
    const html = message.html ?? '';
    return timeMedian(() => analyzeOnce(message), repeats) / Math.max(timeMedian(() => bareParse(html), repeats), 1e-3);
  }));
}
