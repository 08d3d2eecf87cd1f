import type { StorageConfig } from '../config';
import { migrate } from './migrate';
import { PostgresDatabase, type PostgresOptions } from './postgres';
import { ReportRepository, type RepositoryOptions } from './repository';
import type { SqlDatabase } from './sql';
import { SqliteDatabase } from './sqlite';

export interface OpenOptions extends RepositoryOptions {
  postgres?: PostgresOptions;
}

/** Connects, applies pending migrations, and returns a ready repository. */
export async function openRepository(storage: StorageConfig, options: OpenOptions = {}): Promise<ReportRepository> {
  const db: SqlDatabase =
    storage.kind === 'sqlite' ? SqliteDatabase.open(storage.file) : PostgresDatabase.open(storage.url, options.postgres);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return new ReportRepository(db, options);
}
