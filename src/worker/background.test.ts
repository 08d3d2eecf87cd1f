import type { MailMessage, Verdict } from '../detector/types';
import { DEFAULT_POLICY } from '../detector/types';
import { message } from '../../test/helpers/message';
import { analyzeInBackground } from './background';
import { AnalysisTimeoutError } from './errors';
import { handleAnalyzeRequest } from './handler';
import type { AnalyzeRequest } from './protocol';

// The real spawn uses import.meta, which jest's CommonJS transform cannot load.
jest.mock('./spawn', () => ({ spawnAnalyzeWorker: () => { throw new Error('tests pass their own spawn'); } }));

const verdict = (level: Verdict['level']): Verdict => ({ level, score: 0, findings: [], reasons: [] });

/** A worker that answers like analyze.worker.ts, after a tick, using the given analyzer. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: AnalyzeRequest[] = [];
  constructor(private readonly behaviour: 'answer' | 'silent' | 'crash', private readonly analyzer: (m: MailMessage) => Verdict) {}
  postMessage(request: AnalyzeRequest): void {
    this.received.push(structuredClone(request));
    if (this.behaviour === 'silent') return;
    setTimeout(() => {
      if (this.behaviour === 'crash') this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
      else this.onmessage?.({ data: handleAnalyzeRequest(request, (m) => this.analyzer(m)) } as MessageEvent);
    }, 0);
  }
  terminate(): void { this.terminated = true; }
}

describe('analyzeInBackground', () => {
  const big = message({ html: `<p>${'x'.repeat(2_000)}</p>` });
  const small = message({ html: '<p>hi</p>' });
  let saved: unknown;
  beforeAll(() => { saved = (globalThis as { Worker?: unknown }).Worker; (globalThis as { Worker?: unknown }).Worker = FakeWorker; });
  afterAll(() => { (globalThis as { Worker?: unknown }).Worker = saved; });

  it('analyses small bodies inline without starting a worker', async () => {
    const spawn = jest.fn();
    const result = await analyzeInBackground(small, DEFAULT_POLICY, { threshold: 1000, spawn, analyzeInline: () => verdict('caution') });
    expect(result.level).toBe('caution');
    expect(spawn).not.toHaveBeenCalled();
  });

  it('sends large bodies to the worker, returns its verdict and terminates it', async () => {
    const worker = new FakeWorker('answer', () => verdict('danger'));
    const inline = jest.fn(() => verdict('safe'));
    const result = await analyzeInBackground(big, DEFAULT_POLICY, { threshold: 1000, spawn: () => worker as unknown as Worker, analyzeInline: inline });
    expect(result.level).toBe('danger');
    expect(inline).not.toHaveBeenCalled();
    expect(worker.received[0]?.message.html).toBe(big.html);
    expect(worker.terminated).toBe(true);
  });

  it('falls back to inline analysis when the worker crashes', async () => {
    const worker = new FakeWorker('crash', () => verdict('danger'));
    const result = await analyzeInBackground(big, DEFAULT_POLICY, { threshold: 1000, spawn: () => worker as unknown as Worker, analyzeInline: () => verdict('caution') });
    expect(result.level).toBe('caution');
    expect(worker.terminated).toBe(true);
  });

  it('gives up with AnalysisTimeoutError, and does not redo the work inline, when the worker does not answer in time', async () => {
    const worker = new FakeWorker('silent', () => verdict('danger'));
    const inline = jest.fn(() => verdict('caution'));
    const outcome = analyzeInBackground(big, DEFAULT_POLICY, { threshold: 1000, timeoutMs: 20, spawn: () => worker as unknown as Worker, analyzeInline: inline });
    await expect(outcome).rejects.toBeInstanceOf(AnalysisTimeoutError);
    expect(inline).not.toHaveBeenCalled();
    expect(worker.terminated).toBe(true);
  });

  it('falls back to inline analysis when the worker cannot be created', async () => {
    const result = await analyzeInBackground(big, DEFAULT_POLICY, { threshold: 1000, spawn: () => { throw new Error('CSP'); }, analyzeInline: () => verdict('caution') });
    expect(result.level).toBe('caution');
  });

  it('the worker handler runs the real detector and reports its errors as data', () => {
    const receipt = message({ headers: [{ name: 'Disposition-Notification-To', value: 'a@b.example' }] });
    const ok = handleAnalyzeRequest({ message: receipt, policy: DEFAULT_POLICY }, jest.requireActual('../detector').analyze);
    expect(ok.ok && ok.verdict.findings.map((f) => f.rule)).toContain('tracking/read-receipt');
    expect(handleAnalyzeRequest({ message: receipt, policy: DEFAULT_POLICY }, () => { throw new Error('bad'); })).toEqual({ ok: false, error: 'bad' });
  });
});
