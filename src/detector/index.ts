// Public API of the detector.
export { analyze, runRules } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { allRules } from './rules';
export type * from './types';
export type * from './rule';
export { DEFAULT_POLICY } from './types';
