export { analyzeInBackground, bodySize, WORKER_THRESHOLD, WORKER_TIMEOUT_MS } from './background';
export type { BackgroundOptions } from './background';
export { AnalysisTimeoutError } from './errors';
