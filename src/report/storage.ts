// Where the outbox keeps reports between pane openings. Async because
// OfficeRuntime.storage is; localStorage is wrapped to match. Each report lives
// under its own key so two panes writing different reports never overwrite each other.

export interface OutboxStorage {
  getItem(key: string): Promise<string | null>;
  /** Rejects when the store is full (QuotaExceededError or Office's equivalent). */
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export function memoryStorage(initial: Record<string, string> = {}): OutboxStorage & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    getItem: async (key) => data.get(key) ?? null,
    setItem: async (key, value) => {
      data.set(key, value);
    },
    removeItem: async (key) => {
      data.delete(key);
    },
    keys: async () => [...data.keys()],
    dump: () => Object.fromEntries(data),
  };
}

export function webStorage(store: Storage): OutboxStorage {
  return {
    getItem: async (key) => store.getItem(key),
    setItem: async (key, value) => store.setItem(key, value),
    removeItem: async (key) => store.removeItem(key),
    keys: async () => {
      const out: string[] = [];
      for (let i = 0; i < store.length; i += 1) {
        const key = store.key(i);
        if (key !== null) out.push(key);
      }
      return out;
    },
  };
}

/** The subset of OfficeRuntime.storage we use (shared by the pane and the event runtime on the same origin). */
export interface OfficeRuntimeStorageLike {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  getKeys(): Promise<string[]>;
}

export function officeRuntimeStorage(store: OfficeRuntimeStorageLike): OutboxStorage {
  return {
    getItem: (key) => store.getItem(key),
    setItem: (key, value) => store.setItem(key, value),
    removeItem: (key) => store.removeItem(key),
    keys: () => store.getKeys(),
  };
}

/**
 * OfficeRuntime.storage when the host provides it (it survives restarts and is
 * shared with the event-based runtime of the Report button), else localStorage,
 * else memory: reporting still works, it just would not survive closing the pane.
 */
export function defaultOutboxStorage(scope: typeof globalThis = globalThis): OutboxStorage {
  const runtime = (scope as { OfficeRuntime?: { storage?: OfficeRuntimeStorageLike } }).OfficeRuntime;
  if (runtime?.storage && typeof runtime.storage.getKeys === 'function') return officeRuntimeStorage(runtime.storage);
  try {
    const local = (scope as { localStorage?: Storage }).localStorage;
    if (local) return webStorage(local);
  } catch {
    // Some hosts throw on merely touching localStorage (privacy settings).
  }
  return memoryStorage();
}
