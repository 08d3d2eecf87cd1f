// Starts the collector for tests against each storage backend. SQLite always
// runs, on a real file in a temp dir; PostgreSQL runs when
// CLEARSIGHT_TEST_DATABASE_URL is set (scripts/ci-postgres.sh prints one), each
// suite in a throwaway schema that is dropped afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/collector/app';
import { REPORT_BODY_LIMIT_BYTES, type CollectorConfig, type StorageConfig } from '../../src/collector/config';
import { openRepository } from '../../src/collector/storage/open';
import type { ReportRepository, RepositoryOptions } from '../../src/collector/storage/repository';

export const TOKEN = 'test-report-token-0123456789';
export const ADMIN_PASSWORD = 'test-admin-password';
export const ADDIN_ORIGIN = 'https://addin.clearsight.example';

const PG_URL = process.env.CLEARSIGHT_TEST_DATABASE_URL;

export interface Backend {
  name: 'sqlite' | 'postgres';
  enabled: boolean;
  skipReason?: string;
}

export const BACKENDS: Backend[] = [
  { name: 'sqlite', enabled: true },
  {
    name: 'postgres',
    enabled: PG_URL !== undefined && PG_URL !== '',
    skipReason: 'CLEARSIGHT_TEST_DATABASE_URL is not set (export the URL printed by scripts/ci-postgres.sh)',
  },
];

/** describe, or describe.skip with the reason printed, for a backend. */
export function describeBackend(backend: Backend): jest.Describe {
  if (backend.enabled) return describe;
  console.warn(`collector tests: skipping the ${backend.name} leg: ${backend.skipReason}`);
  return describe.skip;
}

export interface Harness {
  app: FastifyInstance;
  baseUrl: string;
  repository: ReportRepository;
  storage: StorageConfig;
  close(): Promise<void>;
}

export function testConfig(storage: StorageConfig, overrides: Partial<CollectorConfig> = {}): CollectorConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    storage,
    reportToken: TOKEN,
    adminPassword: ADMIN_PASSWORD,
    allowedOrigin: ADDIN_ORIGIN,
    trustProxy: false,
    bodyLimitBytes: REPORT_BODY_LIMIT_BYTES,
    ...overrides,
  };
}

export async function startCollector(
  backend: Backend['name'],
  options: { repository?: RepositoryOptions; config?: Partial<CollectorConfig> } = {},
): Promise<Harness> {
  let storage: StorageConfig;
  let cleanup: () => Promise<void>;
  let repository: ReportRepository;
  if (backend === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearsight-collector-'));
    storage = { kind: 'sqlite', file: path.join(dir, 'nested', 'clearsight.db') };
    repository = await openRepository(storage, options.repository);
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `cs_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    storage = { kind: 'postgres', url: PG_URL! };
    repository = await openRepository(storage, { ...options.repository, postgres: { schema, maxConnections: 20 } });
    cleanup = async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    };
  }
  const app = await buildApp(testConfig(storage, options.config), { repository });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    repository,
    storage,
    async close() {
      await app.close();
      await repository.close();
      await cleanup();
    },
  };
}

export function postReport(
  baseUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function basicAuth(password = ADMIN_PASSWORD): string {
  return `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`;
}
