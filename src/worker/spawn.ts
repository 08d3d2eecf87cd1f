// The only line that needs `import.meta`: webpack turns it into a separate
// worker bundle. Kept alone so jest (CommonJS) can mock this module.
export function spawnAnalyzeWorker(): Worker {
  return new Worker(new URL('./analyze.worker.ts', import.meta.url), { name: 'clearsight-analyze' });
}
