import { createContext, useContext } from 'react';
import type { DetailKind } from '../selectors/select-detail.ts';

/** How the views get links to items, from the app, without threading a callback through every view. */
export interface ItemLinks {
  /** The permalink to an event, actor or statement; undefined when there can be none. */
  readonly linkTo: (kind: DetailKind, id: string) => string | undefined;
  /** Why there are no links, in words for the reader (a model opened from a file on their device). */
  readonly unavailable?: string;
}

export const ItemLinksContext = createContext<ItemLinks>({ linkTo: () => undefined });

/** The item links the app provides. */
export function useItemLinks(): ItemLinks {
  return useContext(ItemLinksContext);
}
