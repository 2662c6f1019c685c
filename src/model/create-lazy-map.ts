/**
 * A read-only map that is built the first time it is read. The model uses it for indexes that most
 * views never open (backlinks), so a large file loads without paying for them.
 */
export function createLazyMap<K, V>(build: () => Map<K, V>): ReadonlyMap<K, V> {
  let built: Map<K, V> | undefined;
  const map = () => (built ??= build());
  return {
    get: (key) => map().get(key),
    has: (key) => map().has(key),
    get size() {
      return map().size;
    },
    forEach: (callback, thisArg) => map().forEach((value, key) => callback.call(thisArg, value, key, map())),
    entries: () => map().entries(),
    keys: () => map().keys(),
    values: () => map().values(),
    [Symbol.iterator]: () => map()[Symbol.iterator](),
  };
}
