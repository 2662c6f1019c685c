import type { ActorId } from '../model/types.ts';
import type { DetailKind } from '../selectors/select-detail.ts';

/** Asks the app to show an event, actor, statement or position in the panel. */
export type ShowDetail = (kind: DetailKind, id: string) => void;

/** Asks the app to copy a link to an event, actor, statement or position; a rejected promise reports failure. */
export type CopyLink = (kind: DetailKind, id: string) => void | Promise<unknown>;

/** The colour that stands for an actor, e.g. its lane colour on the timeline. */
export type ColorOf = (actorId: ActorId) => string;
