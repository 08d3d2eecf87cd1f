import { defaultOutboxStorage, memoryStorage, officeRuntimeStorage, webStorage, type OfficeRuntimeStorageLike } from '../../src/report/storage';

/** A Storage-shaped map, like localStorage. */
function fakeWebStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() { return data.size; },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => { data.set(k, v); },
    removeItem: (k: string) => { data.delete(k); },
    clear: () => data.clear(),
  };
}

function fakeRuntimeStorage(): OfficeRuntimeStorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: async (k) => data.get(k) ?? null,
    setItem: async (k, v) => { data.set(k, v); },
    removeItem: async (k) => { data.delete(k); },
    getKeys: async () => [...data.keys()],
  };
}

describe.each([
  ['memory', () => memoryStorage()],
  ['localStorage', () => webStorage(fakeWebStorage())],
  ['OfficeRuntime.storage', () => officeRuntimeStorage(fakeRuntimeStorage())],
])('%s outbox storage', (_name, make) => {
  it('stores, lists, reads back and removes', async () => {
    const storage = make();
    await storage.setItem('a', '1');
    await storage.setItem('b', '2');
    expect((await storage.keys()).sort()).toEqual(['a', 'b']);
    expect(await storage.getItem('a')).toBe('1');
    await storage.removeItem('a');
    expect(await storage.getItem('a')).toBeNull();
    expect(await storage.keys()).toEqual(['b']);
  });
});

describe('defaultOutboxStorage', () => {
  it('prefers OfficeRuntime.storage, which the Report button runtime shares', async () => {
    const runtime = fakeRuntimeStorage();
    const storage = defaultOutboxStorage({ OfficeRuntime: { storage: runtime }, localStorage: fakeWebStorage() } as unknown as typeof globalThis);
    await storage.setItem('k', 'v');
    expect(runtime.data.get('k')).toBe('v');
  });

  it('falls back to localStorage, then to memory when even touching it throws', async () => {
    const local = fakeWebStorage();
    await defaultOutboxStorage({ localStorage: local } as unknown as typeof globalThis).setItem('k', 'v');
    expect(local.getItem('k')).toBe('v');
    const hostile = Object.defineProperty({}, 'localStorage', { get() { throw new Error('SecurityError'); } });
    const memory = defaultOutboxStorage(hostile as typeof globalThis);
    await memory.setItem('k', 'v');
    expect(await memory.getItem('k')).toBe('v');
  });
});
