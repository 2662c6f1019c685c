import type { ReactNode } from 'react';
import type { RelationsPartProps } from '../relations/relations-part';
import { relationsLoader } from './lazy-views';
import { useLoadedModule } from './use-loaded-module';

/**
 * A part of the relations view (the matrix, or the panel of one cell), or `fallback` while its code is
 * fetched. Once prefetched (see prefetchRelations), the matrix is drawn in the same commit as the click
 * that opens it.
 */
export function RelationsSlot({ fallback, ...props }: RelationsPartProps & { fallback: ReactNode }) {
  const RelationsPart = useLoadedModule(relationsLoader)?.RelationsPart;
  return RelationsPart ? <RelationsPart {...props} /> : fallback;
}
