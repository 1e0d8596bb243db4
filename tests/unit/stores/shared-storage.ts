import type { StorageEngine } from '../../../src/stores/storage-engine';

type Listener = (key: string | null, value: string | null) => void;

/** One origin's storage seen by several tabs, with the `storage` events between them under test control. */
export interface SharedStorage {
  data: Map<string, string>;
  /** A new tab's view of the storage. */
  openTab(): StorageEngine;
  /** While held, events queue up instead of arriving at once, so two tabs' writes can cross in flight. */
  hold(): void;
  /** Delivers every queued event, in order, and stops holding. */
  release(): void;
}

/**
 * Storage shared by tabs, as the browser's localStorage is: a write lands in the shared data at once,
 * and every other tab (never the writer) hears of it with the value written, like a `storage` event.
 */
export function createSharedStorage(): SharedStorage {
  const data = new Map<string, string>();
  const tabs: Set<Listener>[] = [];
  const queue: (() => void)[] = [];
  let holding = false;
  const deliver = () => {
    while (queue.length > 0) queue.shift()!();
  };
  const announce = (from: Set<Listener>, key: string, value: string | null) => {
    for (const tab of tabs) {
      if (tab === from) continue;
      queue.push(() => [...tab].forEach((listener) => listener(key, value)));
    }
    if (!holding) deliver();
  };
  return {
    data,
    openTab() {
      const listeners = new Set<Listener>();
      tabs.push(listeners);
      return {
        read: (key) => data.get(key) ?? null,
        write(key, value) {
          data.set(key, value);
          announce(listeners, key, value);
        },
        remove(key) {
          data.delete(key);
          announce(listeners, key, null);
        },
        listen(callback) {
          listeners.add(callback);
          return () => listeners.delete(callback);
        },
      };
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      deliver();
    },
  };
}
