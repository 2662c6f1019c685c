import { ID_MAX_LENGTH } from '../model/model-file-schema.ts';
import { slugifyId } from '../model/slugify-id.ts';

export interface IdAllocator {
  /**
   * A new id made from `wanted` (slugged), or from `fallback` when that leaves nothing, made unique
   * across the whole model (ids are unique across all kinds) with "-2", "-3"… Says whether it had to
   * change what was asked for.
   */
  allocate(wanted: string, fallback: string): { id: string; slugged: boolean; suffixed: boolean };
  /** Takes an id as it is (already valid), or says it is in use. */
  claim(id: string): boolean;
  has(id: string): boolean;
}

export function createIdAllocator(): IdAllocator {
  const used = new Set<string>();
  return {
    allocate(wanted, fallback) {
      const slug = slugifyId(wanted);
      const base = slug || slugifyId(fallback) || 'item';
      let id = base;
      for (let n = 2; used.has(id); n++) {
        const suffix = `-${n}`;
        id = `${base.slice(0, ID_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
      }
      used.add(id);
      return { id, slugged: slug !== wanted, suffixed: id !== base };
    },
    claim(id) {
      if (used.has(id)) return false;
      used.add(id);
      return true;
    },
    has: (id) => used.has(id),
  };
}
