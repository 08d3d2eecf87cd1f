// Public API of the configuration: schemas, parsers and the error they throw.
export { policySchema, reportSchema, addinConfigSchema, REPORT_CATEGORIES } from './schema';
export type { AddinConfig, ReportConfig } from './schema';
export { parsePolicy, parsePolicyText, parseAddinConfig, parseAddinConfigText } from './parse';
export { ConfigError } from './errors';
