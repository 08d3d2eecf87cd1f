// PostgreSQL adapter over a pg pool. Each transaction runs on one checked-out
// client; everything else uses whichever pooled connection is free.
import pg from 'pg';
import {
  StorageUnavailableError,
  toNumberedPlaceholders,
  type SqlDatabase,
  type SqlSession,
  type SqlValue,
} from './sql';

// Class 08 (connection), 53 (insufficient resources: disk full, out of memory), 57P (shutdown), 40 (serialization/deadlock).
function translate(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (/^(08|53|57P|40)/.test(code) || code === 'ECONNREFUSED' || code === 'ECONNRESET')) {
    return new StorageUnavailableError(`PostgreSQL is unavailable (${code})`, { cause: error });
  }
  return error;
}

class PgSession implements SqlSession {
  constructor(private readonly client: pg.Pool | pg.PoolClient) {}
  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    try {
      const result = await this.client.query(toNumberedPlaceholders(sql), params as SqlValue[]);
      return result.rows as T[];
    } catch (error) {
      throw translate(error);
    }
  }
  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    try {
      const result = await this.client.query(toNumberedPlaceholders(sql), params as SqlValue[]);
      return result.rowCount ?? 0;
    } catch (error) {
      throw translate(error);
    }
  }
  async exec(script: string): Promise<void> {
    try {
      await this.client.query(script);
    } catch (error) {
      throw translate(error);
    }
  }
}

export interface PostgresOptions {
  /** Schema to work in (tests use a throwaway one); defaults to the role's search_path. */
  schema?: string;
  maxConnections?: number;
}

export class PostgresDatabase implements SqlDatabase {
  readonly dialect = 'postgres' as const;
  private readonly session: PgSession;

  private constructor(private readonly pool: pg.Pool) {
    this.session = new PgSession(pool);
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
  }

  static open(url: string, options: PostgresOptions = {}): PostgresDatabase {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
      throw new Error(`invalid schema name "${options.schema}"`);
    }
    return new PostgresDatabase(
      new pg.Pool({
        connectionString: url,
        max: options.maxConnections ?? 10,
        options: options.schema ? `-c search_path=${options.schema}` : undefined,
      }),
    );
  }

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.session.all<T>(sql, params);
  }
  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.session.run(sql, params);
  }
  exec(script: string): Promise<void> {
    return this.session.exec(script);
  }

  async transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw translate(error);
    }
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(new PgSession(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw translate(error);
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
