// The tiny SQL surface the repository needs. Both dialects implement it, so
// queries are written once (with "?" placeholders) and only connection,
// transaction and placeholder handling differ per database.
export type SqlValue = string | number | null | Buffer;
export type Dialect = 'sqlite' | 'postgres';

export interface SqlSession {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Several statements, no parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface SqlDatabase extends SqlSession {
  readonly dialect: Dialect;
  /** Runs fn in one transaction: all of its writes land, or none do. */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Storage could not be reached or written (disk full, locked, connection lost): retrying later may work. */
export class StorageUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageUnavailableError';
  }
}

/** Rewrites "?" placeholders as $1, $2… for PostgreSQL. Our SQL never contains "?" in literals. */
export function toNumberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Builds one multi-row INSERT per chunk so a report with 2,000 headers is a handful of round trips. */
export async function insertRows(
  tx: SqlSession,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  chunkSize = 200,
): Promise<void> {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`;
    await tx.run(sql, chunk.flat());
  }
}
