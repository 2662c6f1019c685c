import type { Model, StatementId } from '../model/types.ts';
import { selectThread } from './select-thread.ts';

/**
 * The thread of a statement (selectThread) as a set, for selectVisibleItems. A module of its own, only
 * ever imported dynamically (by the app, when a link or the panel asks for a thread): as the entry of
 * its chunk it is that chunk's namespace, so the bundler needs no runtime helper to build one.
 */
export function selectThreadSet(model: Model, id: string): ReadonlySet<string> {
  return new Set<string>(selectThread(model, id as StatementId));
}
