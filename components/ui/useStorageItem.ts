import { useEffect, useState } from 'preact/hooks';

/** The subset of a WXT storage item the UI needs (see lib/settings.ts). */
interface StoredValue<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(cb: (value: T) => void): () => void;
}

/** Reads a setting, follows changes made anywhere (other pages, the content script), and writes it.
 *  Returns undefined until the first read lands so pages do not flash the fallback. */
export function useStorageItem<T>(item: StoredValue<T>): [T | undefined, (value: T) => Promise<void>] {
  const [value, setLocal] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setLocal(v));
    const unwatch = item.watch((v) => setLocal(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const set = async (next: T) => {
    setLocal(next);
    await item.setValue(next);
  };
  return [value, set];
}
