// better-sqlite3 is synchronous; this adapter gives it the async SqlDatabase
// shape. One connection serves the whole process, so every call goes through
// a queue: a transaction awaiting between statements must not let another
// request's statements slip into it.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StorageUnavailableError, type SqlDatabase, type SqlSession, type SqlValue } from './sql';

// Codes meaning the write could not happen now but might later (disk, locks, I/O).
const TRANSIENT_CODES = ['SQLITE_FULL', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_IOERR', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'];

function translate(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && TRANSIENT_CODES.some((c) => code.startsWith(c))) {
    return new StorageUnavailableError(`SQLite is unavailable (${code})`, { cause: error });
  }
  return error;
}

class SqliteSession implements SqlSession {
  constructor(protected readonly db: Database.Database) {}
  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    try {
      return this.db.prepare(sql).all(...params) as T[];
    } catch (error) {
      throw translate(error);
    }
  }
  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    try {
      return this.db.prepare(sql).run(...params).changes;
    } catch (error) {
      throw translate(error);
    }
  }
  async exec(script: string): Promise<void> {
    try {
      this.db.exec(script);
    } catch (error) {
      throw translate(error);
    }
  }
}

export class SqliteDatabase implements SqlDatabase {
  readonly dialect = 'sqlite' as const;
  private readonly session: SqliteSession;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Database.Database) {
    this.session = new SqliteSession(db);
  }

  static open(file: string): SqliteDatabase {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    // WAL: readers never block the writer and a crash mid-write rolls back cleanly.
    db.pragma('journal_mode = WAL');
    // FULL makes each committed report durable across power loss, not just a process crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Another process (a backup, a second instance) may hold the lock briefly.
    db.pragma('busy_timeout = 5000');
    return new SqliteDatabase(db);
  }

  private serialise<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(fn);
    this.queue = result.catch(() => undefined);
    return result;
  }

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.serialise(() => this.session.all<T>(sql, params));
  }
  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.serialise(() => this.session.run(sql, params));
  }
  exec(script: string): Promise<void> {
    return this.serialise(() => this.session.exec(script));
  }

  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T> {
    return this.serialise(async () => {
      // IMMEDIATE takes the write lock up front, so the transaction cannot fail half-way on a lock upgrade.
      await this.session.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.session);
        await this.session.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }
}
