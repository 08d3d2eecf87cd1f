// Large bodies (newsletters with inlined images can pass a megabyte) are
// analysed in a Web Worker so the pane keeps responding. Small ones run inline:
// starting a worker costs more than analysing them. If the worker cannot start
// or fails, the message is analysed inline rather than not at all; if it takes
// too long, it is not: inline, the same work would freeze the pane.
import type { MailMessage, Policy, Verdict } from '../detector/types';
import { AnalysisTimeoutError } from './errors';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';
import { spawnAnalyzeWorker } from './spawn';

/** Bodies at least this long (UTF-16 code units, ~1 MB of ASCII) go to the worker. */
export const WORKER_THRESHOLD = 1_000_000;
export const WORKER_TIMEOUT_MS = 20_000;

export interface BackgroundOptions {
  threshold?: number;
  timeoutMs?: number;
  spawn?: () => Worker;
  /** Inline analysis, also the fallback. */
  analyzeInline?: (message: MailMessage, policy: Policy) => Verdict | Promise<Verdict>;
}

export function bodySize(message: MailMessage): number {
  return (message.html?.length ?? 0) + (message.text?.length ?? 0);
}

/** The detector (with the Public Suffix List and the catalogues) is loaded on first use, off the startup path. */
async function analyzeLazily(message: MailMessage, policy: Policy): Promise<Verdict> {
  const { analyze } = await import('../detector');
  return analyze(message, policy);
}

export async function analyzeInBackground(message: MailMessage, policy: Policy, options: BackgroundOptions = {}): Promise<Verdict> {
  const inline = options.analyzeInline ?? analyzeLazily;
  const threshold = options.threshold ?? WORKER_THRESHOLD;
  if (bodySize(message) < threshold || typeof Worker === 'undefined') return inline(message, policy);
  let worker: Worker;
  try {
    worker = (options.spawn ?? spawnAnalyzeWorker)();
  } catch {
    return inline(message, policy); // e.g. a CSP without worker-src: still analyse
  }
  try {
    return await runInWorker(worker, { message, policy }, options.timeoutMs ?? WORKER_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof AnalysisTimeoutError) throw error;
    return inline(message, policy);
  } finally {
    worker.terminate();
  }
}

function runInWorker(worker: Worker, request: AnalyzeRequest, timeoutMs: number): Promise<Verdict> {
  return new Promise<Verdict>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AnalysisTimeoutError(timeoutMs)), timeoutMs);
    worker.onmessage = (event: MessageEvent<AnalyzeResponse>) => {
      clearTimeout(timer);
      if (event.data.ok) resolve(event.data.verdict);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      clearTimeout(timer);
      event.preventDefault?.();
      reject(new Error(event.message || 'analysis worker failed'));
    };
    worker.postMessage(request);
  });
}
