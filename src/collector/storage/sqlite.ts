// better-sqlite3 is synchronous; this adapter gives it the async SqlDatabase
// shape. One connection serves the whole process, so every call goes through
// a queue: a transaction awaiting between statements must not let another
// request's statements slip into it. Writes are group-committed (see transaction).
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

// Bounds the work lost to, and the latency added by, one failed or slow batch.
const MAX_BATCH = 64;

interface PendingTransaction {
  fn: (tx: SqlSession) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

// Prepared statements are reused; the SQL texts are a small fixed set (plus
// multi-row inserts of up to 200 rows), the bound only guards against surprises.
const MAX_CACHED_STATEMENTS = 500;

class SqliteSession implements SqlSession {
  private readonly statements = new Map<string, Database.Statement>();
  constructor(protected readonly db: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }
  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    try {
      return this.prepare(sql).all(...params) as T[];
    } catch (error) {
      throw translate(error);
    }
  }
  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    try {
      return this.prepare(sql).run(...params).changes;
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
  private readonly pending: PendingTransaction[] = [];
  private batchScheduled = false;

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

  /**
   * Group commit: transactions requested while another batch is being written
   * share one BEGIN…COMMIT, each inside its own SAVEPOINT. With synchronous=FULL
   * every COMMIT waits for an fsync (≈5 ms here), so under load one fsync now
   * covers many reports. A failing transaction rolls back to its savepoint and
   * fails alone; a failed COMMIT fails every transaction of the batch, so no
   * caller is ever told "stored" for rows that are not on disk.
   */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      this.scheduleBatch();
    });
  }

  private scheduleBatch(): void {
    if (this.batchScheduled || this.pending.length === 0) return;
    this.batchScheduled = true;
    // setImmediate, not a microtask: requests already readable on their sockets
    // get parsed first and join this batch instead of each paying for an fsync.
    setImmediate(() => void this.serialise(() => this.runBatch()));
  }

  private async runBatch(): Promise<void> {
    this.batchScheduled = false;
    const batch = this.pending.splice(0, MAX_BATCH);
    this.scheduleBatch();
    try {
      // IMMEDIATE takes the write lock up front, so the batch cannot fail half-way on a lock upgrade.
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      for (const entry of batch) entry.reject(translate(error));
      return;
    }
    const succeeded: { entry: PendingTransaction; value: unknown }[] = [];
    for (const [index, entry] of batch.entries()) {
      this.db.exec('SAVEPOINT clearsight_tx');
      try {
        const value = await entry.fn(this.session);
        this.db.exec('RELEASE clearsight_tx');
        succeeded.push({ entry, value });
      } catch (error) {
        entry.reject(error);
        if (!this.db.inTransaction) {
          // SQLite abandoned the whole transaction (e.g. disk full): nothing of this batch is stored.
          const lost = new StorageUnavailableError('SQLite rolled back the write batch', { cause: error });
          for (const done of succeeded) done.entry.reject(lost);
          for (const rest of batch.slice(index + 1)) rest.reject(lost);
          return;
        }
        this.db.exec('ROLLBACK TO clearsight_tx');
        this.db.exec('RELEASE clearsight_tx');
      }
    }
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const done of succeeded) done.entry.reject(translate(error));
      return;
    }
    for (const done of succeeded) done.entry.resolve(done.value);
  }

  async close(): Promise<void> {
    // A batch may be waiting for its setImmediate: let every requested write finish first.
    while (this.batchScheduled || this.pending.length > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      await this.queue;
    }
    await this.queue;
    this.db.close();
  }
}
