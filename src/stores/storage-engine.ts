/**
 * Where the learner record is kept. Injected into the store so tests use memory and the browser
 * uses localStorage. Every method may throw (storage blocked, quota exceeded): the store handles it.
 */
export interface StorageEngine {
  /** The stored text, or null when nothing is stored. */
  read(key: string): string | null;
  write(key: string, value: string): void;
  remove(key: string): void;
  /** Calls back when another tab changes storage; `key` is null when storage was cleared. Returns an unsubscribe. */
  listen(callback: (key: string | null, value: string | null) => void): () => void;
}

/** An in-memory engine for tests, with switches to simulate faults and edits from another tab. */
export interface MemoryEngine extends StorageEngine {
  data: Map<string, string>;
  /** Set to make read/write throw, e.g. a DOMException named SecurityError or QuotaExceededError. */
  failRead?: Error;
  failWrite?: Error;
  /** Simulates another tab: changes the data and notifies listeners, as a `storage` event would. */
  changeElsewhere(key: string | null, value: string | null): void;
}

/** Creates an in-memory engine. */
export function createMemoryEngine(initial: Record<string, string> = {}): MemoryEngine {
  const listeners = new Set<(key: string | null, value: string | null) => void>();
  const engine: MemoryEngine = {
    data: new Map(Object.entries(initial)),
    read(key) {
      if (engine.failRead) throw engine.failRead;
      return engine.data.get(key) ?? null;
    },
    write(key, value) {
      if (engine.failWrite) throw engine.failWrite;
      engine.data.set(key, value);
    },
    remove(key) {
      engine.data.delete(key);
    },
    listen(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    changeElsewhere(key, value) {
      if (key === null) engine.data.clear();
      else if (value === null) engine.data.delete(key);
      else engine.data.set(key, value);
      for (const listener of listeners) listener(key, value);
    },
  };
  return engine;
}

/** The browser's localStorage. Reaching `window.localStorage` itself throws when storage is blocked. */
export function createBrowserEngine(): StorageEngine {
  const storage = () => window.localStorage;
  return {
    read: (key) => storage().getItem(key),
    write: (key, value) => storage().setItem(key, value),
    remove: (key) => storage().removeItem(key),
    listen(callback) {
      const onStorage = (event: StorageEvent) => {
        try {
          if (event.storageArea && event.storageArea !== storage()) return;
        } catch {
          return;
        }
        callback(event.key, event.newValue);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
