// Collector configuration comes only from the environment so that the same
// build runs on a laptop (SQLite file) and in a data centre (PostgreSQL).
// Parsing is pure: main.ts decides what to do with the errors.
import path from 'node:path';

export type StorageConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string };

export interface CollectorConfig {
  port: number;
  host: string;
  storage: StorageConfig;
  reportToken: string;
  adminPassword: string;
  /** The add-in's origin; undefined means no cross-origin caller is allowed at all. */
  allowedOrigin?: string;
  /** Honour X-Forwarded-* from a TLS-terminating reverse proxy (CLEARSIGHT_TRUST_PROXY=1). */
  trustProxy: boolean;
  /** Largest accepted request body for POST /api/reports, in bytes. */
  bodyLimitBytes: number;
}

export type ConfigResult =
  | { ok: true; config: CollectorConfig }
  | { ok: false; errors: string[]; missing: string[] };

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SQLITE_FILE = './data/clearsight.db';
export const REPORT_BODY_LIMIT_BYTES = 25 * 1024 * 1024;
// A guessable token lets anyone fill the database; a short admin password
// protects every reported message. Both are read by machines or typed once.
const MIN_TOKEN_LENGTH = 16;
const MIN_PASSWORD_LENGTH = 12;

type Env = Readonly<Record<string, string | undefined>>;

function present(env: Env, name: string): string | undefined {
  const value = env[name];
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

function parsePort(raw: string | undefined, errors: string[]): number {
  if (raw === undefined) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    errors.push(`PORT must be an integer between 0 and 65535, got "${raw}"`);
    return DEFAULT_PORT;
  }
  return Number(raw);
}

function parseOrigin(raw: string | undefined, errors: string[]): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    errors.push(`CLEARSIGHT_ALLOWED_ORIGIN must be an origin such as https://addin.example.org, got "${raw}"`);
    return undefined;
  }
  const bare = raw.endsWith('/') ? raw.slice(0, -1) : raw;
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== bare.toLowerCase()) {
    errors.push(`CLEARSIGHT_ALLOWED_ORIGIN must be a bare origin (scheme://host[:port], no path), got "${raw}"`);
    return undefined;
  }
  return url.origin;
}

function parseStorage(env: Env, errors: string[]): StorageConfig {
  const url = present(env, 'DATABASE_URL');
  if (url !== undefined) {
    if (!/^postgres(?:ql)?:\/\//.test(url)) {
      errors.push('DATABASE_URL must start with postgres:// or postgresql://');
    }
    return { kind: 'postgres', url };
  }
  return { kind: 'sqlite', file: path.resolve(present(env, 'CLEARSIGHT_DB') ?? DEFAULT_SQLITE_FILE) };
}

export function parseConfig(env: Env): ConfigResult {
  const errors: string[] = [];
  const missing: string[] = [];
  const reportToken = present(env, 'CLEARSIGHT_REPORT_TOKEN');
  const adminPassword = present(env, 'CLEARSIGHT_ADMIN_PASSWORD');
  if (reportToken === undefined) {
    missing.push('CLEARSIGHT_REPORT_TOKEN');
    errors.push('CLEARSIGHT_REPORT_TOKEN is not set: it is the bearer token the add-in sends with every report');
  } else if (reportToken.length < MIN_TOKEN_LENGTH) {
    errors.push(`CLEARSIGHT_REPORT_TOKEN is too short: use at least ${MIN_TOKEN_LENGTH} random characters`);
  }
  if (adminPassword === undefined) {
    missing.push('CLEARSIGHT_ADMIN_PASSWORD');
    errors.push('CLEARSIGHT_ADMIN_PASSWORD is not set: it protects the triage page');
  } else if (adminPassword.length < MIN_PASSWORD_LENGTH) {
    errors.push(`CLEARSIGHT_ADMIN_PASSWORD is too short: use at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const port = parsePort(present(env, 'PORT'), errors);
  const host = present(env, 'HOST') ?? DEFAULT_HOST;
  const storage = parseStorage(env, errors);
  const allowedOrigin = parseOrigin(present(env, 'CLEARSIGHT_ALLOWED_ORIGIN'), errors);
  const trustProxy = present(env, 'CLEARSIGHT_TRUST_PROXY') === '1';
  if (errors.length > 0 || reportToken === undefined || adminPassword === undefined) {
    return { ok: false, errors, missing };
  }
  return {
    ok: true,
    config: { port, host, storage, reportToken, adminPassword, allowedOrigin, trustProxy, bodyLimitBytes: REPORT_BODY_LIMIT_BYTES },
  };
}
