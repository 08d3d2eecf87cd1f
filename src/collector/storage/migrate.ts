// Numbered SQL files per dialect (migrations/<dialect>/NNN_name.sql), applied
// in order at start, all pending ones in a single transaction, each recorded
// in schema_migrations. A failed migration leaves the schema as it was.
import fs from 'node:fs';
import path from 'node:path';
import type { SqlDatabase } from './sql';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../migrations');
// Any constant shared by all instances: serialises two collectors starting at once on one PostgreSQL.
const PG_MIGRATION_LOCK = 727_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dialect: SqlDatabase['dialect'], dir = MIGRATIONS_DIR): Migration[] {
  const folder = path.join(dir, dialect);
  return fs
    .readdirSync(folder)
    .filter((file) => /^\d+_[\w-]+\.sql$/.test(file))
    .map((file) => ({
      version: Number(file.slice(0, file.indexOf('_'))),
      name: file.replace(/\.sql$/, ''),
      sql: fs.readFileSync(path.join(folder, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

/** Applies pending migrations; returns the versions applied now. */
export async function migrate(db: SqlDatabase, migrations = readMigrations(db.dialect)): Promise<number[]> {
  return db.transaction(async (tx) => {
    if (db.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(?)', [PG_MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(
      (await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => Number(row.version)),
    );
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
