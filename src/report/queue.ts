// The persisted outbox. A report is written to storage before the first
// attempt, so closing the pane, restarting Outlook or being offline loses
// nothing; it leaves storage (keeping a small "sent" record with the server's
// reference) only once the server has acknowledged it. The idempotency key
// doubles as the storage key: the same message reported twice by the same
// person is one entry, and the collector deduplicates on the same key.
import type { DeliveryOutcome } from './delivery';
import type { ReportPayload } from './payload';
import type { OutboxStorage } from './storage';

export type EntryState = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxEntry {
  key: string;
  /** Dropped once the report is sent: the server has it, the device need not. */
  payload?: ReportPayload;
  state: EntryState;
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  updatedAt: number;
  /** Why the last attempt did not succeed (for the UI and support). */
  lastError?: string;
  /** The last failure was a network failure rather than a server answer. */
  offline?: boolean;
  /** The collector's id for the report. */
  reference?: string;
  /** Which outbox instance is sending, and until when that claim holds. */
  claimedBy?: string;
  claimUntil?: number;
  /** The stored copy lacks the .eml because storage was full; this instance keeps the full one in memory. */
  emlStripped?: boolean;
}

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** Longest Retry-After honoured; a server asking for more is retried at this point anyway. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, capMs: 15 * 60_000, maxRetryAfterMs: 6 * 3600_000 };

export interface OutboxDeps {
  storage: OutboxStorage;
  send: (payload: ReportPayload) => Promise<DeliveryOutcome>;
  now: () => number;
  /** Uniform in [0, 1), for jitter. */
  random: () => number;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Distinguishes this pane from another one sharing the storage. */
  instanceId: string;
  backoff?: Partial<BackoffPolicy>;
  /** How long a claim protects an entry from other instances; longer than the request timeout. */
  claimTtlMs?: number;
}

export class OutboxStorageError extends Error {
  override readonly name = 'OutboxStorageError';
}

export const OUTBOX_PREFIX = 'clearsight.outbox.v1/';
const SENT_RETENTION_MS = 90 * 24 * 3600_000;
const FAILED_RETENTION_MS = 30 * 24 * 3600_000;

export type OutboxListener = (entry: OutboxEntry) => void;

export class Outbox {
  private readonly backoff: BackoffPolicy;
  private readonly claimTtlMs: number;
  private readonly listeners = new Set<OutboxListener>();
  /** Full payloads whose stored copy had to drop the .eml. */
  private readonly fullPayloads = new Map<string, ReportPayload>();
  private flushing: Promise<void> | undefined;
  private flushAgain = false;
  private forceNext = false;
  private timer: unknown;

  constructor(private readonly deps: OutboxDeps) {
    this.backoff = { ...DEFAULT_BACKOFF, ...deps.backoff };
    this.claimTtlMs = deps.claimTtlMs ?? 90_000;
  }

  subscribe(listener: OutboxListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async get(key: string): Promise<OutboxEntry | undefined> {
    const raw = await this.deps.storage.getItem(OUTBOX_PREFIX + key);
    return raw === null ? undefined : parseEntry(raw);
  }

  async list(): Promise<OutboxEntry[]> {
    const keys = (await this.deps.storage.keys()).filter((k) => k.startsWith(OUTBOX_PREFIX));
    const entries = await Promise.all(keys.map((k) => this.get(k.slice(OUTBOX_PREFIX.length))));
    return entries.filter((e): e is OutboxEntry => e !== undefined);
  }

  /**
   * Stores the report unless this message was already reported by this person
   * (then the existing entry is returned and nothing new will be sent).
   */
  async enqueue(payload: ReportPayload): Promise<{ entry: OutboxEntry; duplicate: boolean }> {
    const existing = await this.get(payload.idempotencyKey);
    if (existing && existing.state !== 'failed') return { entry: existing, duplicate: true };
    const now = this.deps.now();
    const entry: OutboxEntry = {
      key: payload.idempotencyKey,
      payload,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await this.persistNew(entry);
    this.emit(entry);
    return { entry, duplicate: false };
  }

  /** The user's Retry on a failed report: try again now, backoff reset. */
  async retry(key: string): Promise<void> {
    const entry = await this.get(key);
    if (!entry || (entry.state !== 'failed' && entry.state !== 'queued')) return;
    const now = this.deps.now();
    const next: OutboxEntry = { ...entry, state: 'queued', attempts: 0, nextAttemptAt: now, updatedAt: now };
    await this.write(next);
    this.emit(next);
    await this.flush({ ignoreBackoff: true });
  }

  /**
   * Attempts every report that is due. Concurrent calls share one run (and
   * trigger one more pass), so a burst of `online` events sends nothing twice.
   */
  flush(options: { ignoreBackoff?: boolean } = {}): Promise<void> {
    if (options.ignoreBackoff) this.forceNext = true;
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        do {
          this.flushAgain = false;
          const force = this.forceNext;
          this.forceNext = false;
          await this.flushPass(force);
        } while (this.flushAgain);
      } finally {
        this.flushing = undefined;
      }
      await this.scheduleNext();
    })();
    return this.flushing;
  }

  /**
   * Flushes now and again whenever the device comes back online. Returns a
   * function that stops listening and cancels the pending timer.
   */
  start(events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
    const onOnline = () => {
      void this.flush({ ignoreBackoff: true });
    };
    events?.addEventListener('online', onOnline);
    void this.flush();
    return () => {
      events?.removeEventListener('online', onOnline);
      this.cancelTimer();
    };
  }

  /** The delay before attempt number `attempts + 1`, jittered between half and all of the exponential step. */
  backoffDelay(attempts: number): number {
    const step = Math.min(this.backoff.capMs, this.backoff.baseMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(step / 2 + (this.deps.random() * step) / 2);
  }

  private async flushPass(force: boolean): Promise<void> {
    const now = this.deps.now();
    for (const entry of await this.list()) {
      if (entry.state === 'sent' && now - entry.updatedAt > SENT_RETENTION_MS) {
        await this.deps.storage.removeItem(OUTBOX_PREFIX + entry.key);
        continue;
      }
      if (entry.state === 'failed' && now - entry.updatedAt > FAILED_RETENTION_MS) {
        await this.deps.storage.removeItem(OUTBOX_PREFIX + entry.key);
        continue;
      }
      const due = entry.state === 'queued' && (force || entry.nextAttemptAt <= now);
      // A claim left by a pane that closed mid-request expires; the collector's
      // idempotency key makes the second attempt harmless if the first did arrive.
      const abandoned = entry.state === 'sending' && (entry.claimUntil ?? 0) <= now;
      if (due || abandoned) await this.attempt(entry.key, force);
    }
  }

  private async attempt(key: string, force: boolean): Promise<void> {
    // Re-read: another pane may have sent or claimed it since the listing.
    const entry = await this.get(key);
    if (!entry) return;
    const now = this.deps.now();
    const due = entry.state === 'queued' && (force || entry.nextAttemptAt <= now);
    const abandoned = entry.state === 'sending' && (entry.claimUntil ?? 0) <= now;
    if (!due && !abandoned) return;
    const payload = this.fullPayloads.get(entry.key) ?? entry.payload;
    if (!payload) return;
    const claimed: OutboxEntry = {
      ...entry,
      state: 'sending',
      claimedBy: this.deps.instanceId,
      claimUntil: this.deps.now() + this.claimTtlMs,
      updatedAt: this.deps.now(),
    };
    await this.write(claimed);
    const check = await this.get(entry.key);
    if (check?.claimedBy !== this.deps.instanceId) return; // another pane took it
    this.emit(claimed);

    let outcome: DeliveryOutcome;
    try {
      outcome = await this.deps.send(payload);
    } catch (error) {
      outcome = { kind: 'retry', offline: false, reason: error instanceof Error ? error.message : String(error) };
    }
    const finishedAt = this.deps.now();
    const attempts = entry.attempts + 1;
    const { claimedBy: _by, claimUntil: _until, ...base } = claimed;
    let next: OutboxEntry;
    if (outcome.kind === 'delivered') {
      const { payload: _sentPayload, lastError: _e, offline: _o, emlStripped: _s, ...rest } = base;
      next = { ...rest, state: 'sent', attempts, reference: outcome.reference, updatedAt: finishedAt };
      this.fullPayloads.delete(entry.key);
    } else if (outcome.kind === 'retry') {
      const retryAfter = Math.min(outcome.retryAfterMs ?? 0, this.backoff.maxRetryAfterMs);
      const delay = Math.max(this.backoffDelay(attempts), retryAfter);
      next = {
        ...base, state: 'queued', attempts, nextAttemptAt: finishedAt + delay, lastError: outcome.reason, offline: outcome.offline, updatedAt: finishedAt,
      };
    } else {
      next = { ...base, state: 'failed', attempts, lastError: outcome.reason, offline: false, updatedAt: finishedAt };
    }
    await this.write(next);
    this.emit(next);
  }

  private async scheduleNext(): Promise<void> {
    this.cancelTimer();
    const now = this.deps.now();
    let earliest = Number.POSITIVE_INFINITY;
    for (const entry of await this.list()) {
      if (entry.state === 'queued') earliest = Math.min(earliest, entry.nextAttemptAt);
      if (entry.state === 'sending' && entry.claimUntil !== undefined) earliest = Math.min(earliest, entry.claimUntil);
    }
    if (earliest === Number.POSITIVE_INFINITY) return;
    this.timer = this.deps.setTimer(() => {
      this.timer = undefined;
      void this.flush();
    }, Math.max(0, earliest - now));
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = undefined;
  }

  /** Stores a new entry; when the .eml does not fit, stores it without and keeps the full report in memory. */
  private async persistNew(entry: OutboxEntry): Promise<void> {
    try {
      await this.write(entry);
      return;
    } catch (error) {
      const payload = entry.payload;
      if (!payload?.eml) throw new OutboxStorageError(`could not save the report: ${describe(error)}`);
      const { eml: _eml, ...withoutEml } = payload;
      const stripped: ReportPayload = {
        ...withoutEml,
        emlOmitted: { reason: 'too-large', detail: 'the original message did not fit in the offline outbox' },
      };
      try {
        await this.write({ ...entry, payload: stripped, emlStripped: true });
      } catch (second) {
        throw new OutboxStorageError(`could not save the report: ${describe(second)}`);
      }
      this.fullPayloads.set(entry.key, payload);
    }
  }

  private write(entry: OutboxEntry): Promise<void> {
    return this.deps.storage.setItem(OUTBOX_PREFIX + entry.key, JSON.stringify(entry));
  }

  private emit(entry: OutboxEntry): void {
    for (const listener of this.listeners) {
      try {
        listener(entry);
      } catch {
        // A broken listener must not stop delivery.
      }
    }
  }
}

function parseEntry(raw: string): OutboxEntry | undefined {
  try {
    const value = JSON.parse(raw) as OutboxEntry;
    return value && typeof value.key === 'string' && typeof value.state === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
