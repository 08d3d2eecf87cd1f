// Admin sessions and failed-login throttling, in memory per collector process:
// a restart logs the admin out, which is acceptable for a single-admin tool.
import { randomToken, secretsEqual } from '../secrets';

export interface Session {
  id: string;
  csrfToken: string;
  expiresAt: number;
}

export const SESSION_COOKIE = 'clearsight_session';
const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
const MAX_SESSIONS = 1000;
const MAX_TRACKED_CLIENTS = 10_000;

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  constructor(private readonly clock: () => number = Date.now) {}

  create(): Session {
    this.prune();
    const session = { id: randomToken(), csrfToken: randomToken(), expiresAt: this.clock() + SESSION_TTL_MS };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= this.clock()) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  private prune(): void {
    const now = this.clock();
    for (const [id, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(id);
    // Bound memory even if someone logs in in a loop with the right password.
    while (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
  }
}

/** Allows a few wrong passwords per client address, then refuses attempts until the window passes. */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; windowStart: number }>();
  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 5 * 60 * 1000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Seconds until another attempt is allowed, or 0. */
  retryAfter(client: string): number {
    const entry = this.failures.get(client);
    if (!entry) return 0;
    const elapsed = this.clock() - entry.windowStart;
    if (elapsed >= this.windowMs) {
      this.failures.delete(client);
      return 0;
    }
    return entry.count >= this.maxFailures ? Math.ceil((this.windowMs - elapsed) / 1000) : 0;
  }

  fail(client: string): void {
    // Many distinct addresses must not grow this map without bound.
    if (this.failures.size >= MAX_TRACKED_CLIENTS) this.forgetExpired();
    const entry = this.failures.get(client);
    if (!entry || this.clock() - entry.windowStart >= this.windowMs) {
      this.failures.set(client, { count: 1, windowStart: this.clock() });
    } else {
      entry.count++;
    }
  }

  succeed(client: string): void {
    this.failures.delete(client);
  }

  private forgetExpired(): void {
    const now = this.clock();
    for (const [client, entry] of this.failures) {
      if (now - entry.windowStart >= this.windowMs) this.failures.delete(client);
    }
    // Still full: drop the oldest entries rather than refuse to count new ones.
    for (const client of this.failures.keys()) {
      if (this.failures.size < MAX_TRACKED_CLIENTS) break;
      this.failures.delete(client);
    }
  }
}

export function csrfMatches(session: Session, token: unknown): boolean {
  return typeof token === 'string' && secretsEqual(token, session.csrfToken);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
