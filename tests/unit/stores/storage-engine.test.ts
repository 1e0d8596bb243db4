import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserEngine, createMemoryEngine } from '../../../src/stores/storage-engine';

describe('createMemoryEngine', () => {
  it('reads what was written, null for what was not, and forgets what was removed', () => {
    const engine = createMemoryEngine({ a: '1' });
    expect(engine.read('a')).toBe('1');
    expect(engine.read('b')).toBeNull();
    engine.write('b', '2');
    engine.remove('a');
    expect(Object.fromEntries(engine.data)).toEqual({ b: '2' });
  });

  it('throws the error it is given from reads and writes, as a blocked or full localStorage does', () => {
    const engine = createMemoryEngine({ a: '1' });
    engine.failRead = new DOMException('insecure', 'SecurityError');
    engine.failWrite = new DOMException('full', 'QuotaExceededError');
    expect(() => engine.read('a')).toThrow(engine.failRead);
    expect(() => engine.write('a', '2')).toThrow(engine.failWrite);
    expect(engine.data.get('a')).toBe('1');
  });

  it('never announces its own writes, like the storage event of the tab that wrote', () => {
    const engine = createMemoryEngine();
    const heard = vi.fn();
    engine.listen(heard);
    engine.write('a', '1');
    engine.remove('a');
    expect(heard).not.toHaveBeenCalled();
  });

  it('simulates another tab setting, removing and clearing, and tells every listener until it unsubscribes', () => {
    const engine = createMemoryEngine({ a: '1', b: '2' });
    const heard: unknown[] = [];
    const unlisten = engine.listen((key, value) => heard.push([key, value]));
    engine.changeElsewhere('a', '3');
    expect(engine.data.get('a')).toBe('3');
    engine.changeElsewhere('b', null);
    expect(engine.data.has('b')).toBe(false);
    engine.changeElsewhere(null, null);
    expect(engine.data.size).toBe(0);
    unlisten();
    engine.changeElsewhere('a', '4');
    expect(heard).toEqual([
      ['a', '3'],
      ['b', null],
      [null, null],
    ]);
  });
});

describe('createBrowserEngine', () => {
  /** A window whose localStorage is a Map, or whose localStorage getter throws when `blocked`. */
  function stubWindow({ blocked = false } = {}) {
    const data = new Map<string, string>();
    const localStorage = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
    };
    const target = new EventTarget();
    const window = {
      get localStorage() {
        if (blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
        return localStorage;
      },
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
    };
    vi.stubGlobal('window', window);
    /** Fires a `storage` event as another tab's write would. */
    const fire = (init: { key: string | null; newValue: string | null; storageArea?: unknown }) =>
      target.dispatchEvent(Object.assign(new Event('storage'), { storageArea: localStorage, ...init }));
    return { data, localStorage, fire };
  }

  afterEach(() => vi.unstubAllGlobals());

  it('reads, writes and removes through localStorage', () => {
    const { data } = stubWindow();
    const engine = createBrowserEngine();
    engine.write('micropath:adc', '{}');
    expect(engine.read('micropath:adc')).toBe('{}');
    engine.remove('micropath:adc');
    expect(data.size).toBe(0);
  });

  it('throws from every method when reaching localStorage is blocked, so the store can say so', () => {
    stubWindow({ blocked: true });
    const engine = createBrowserEngine();
    expect(() => engine.read('k')).toThrow(/insecure/);
    expect(() => engine.write('k', 'v')).toThrow(/insecure/);
  });

  it('passes on storage events for localStorage, not for sessionStorage, until unsubscribed', () => {
    const { fire } = stubWindow();
    const heard = vi.fn();
    const unlisten = createBrowserEngine().listen(heard);
    fire({ key: 'micropath:adc', newValue: '{}' });
    fire({ key: null, newValue: null });
    fire({ key: 'other', newValue: 'x', storageArea: { sessionStorage: true } });
    unlisten();
    fire({ key: 'micropath:adc', newValue: '[]' });
    expect(heard.mock.calls).toEqual([
      ['micropath:adc', '{}'],
      [null, null],
    ]);
  });
});
