/**
 * The embed message protocol, shared by the app side (src/embed/) and documented for hosts in the
 * README ("Embedding"). public/embed.js speaks the same protocol in plain ES2017 and keeps its own
 * copy of these checks, because it ships without a build step.
 */

/** What a host can select, and what the app reports as selected. */
export type EmbedSelectionKind = 'event' | 'actor' | 'statement' | 'position';

export const EMBED_SELECTION_KINDS: readonly EmbedSelectionKind[] = ['event', 'actor', 'statement', 'position'];

/** Model ids as the file format allows them; anything else in a message is refused, not repaired. */
export const EMBED_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Heights outside 0–MAX_EMBED_HEIGHT px are nonsense (or an attempt to blow up the host's layout). */
export const MAX_EMBED_HEIGHT = 100_000;

/** Host → app: show one event, actor or statement. Wire form: `{ type: 'parley:select', event: 'id' }`. */
export interface EmbedSelectCommand {
  readonly type: 'select';
  readonly kind: EmbedSelectionKind;
  readonly id: string;
}

/** Host → app: show this time window. Wire form: `{ type: 'parley:window', from: '2025-03', to: '2025-04-15' }`. */
export interface EmbedWindowCommand {
  readonly type: 'window';
  readonly from: string;
  readonly to: string;
}

/**
 * Host → app: show step `step` (1-based) of the model's story, as scrollytelling paragraphs do.
 * Wire form: `{ type: 'parley:step', step: 3 }`.
 */
export interface EmbedStepCommand {
  readonly type: 'step';
  readonly step: number;
}

/**
 * Host → app: "are you there?" (`{ type: 'parley:ping' }`). embed.js asks when it finds a frame whose
 * app may have announced itself before the script was listening; the app answers with parley:ready
 * and its current height.
 */
export interface EmbedPingCommand {
  readonly type: 'ping';
}

/** A host command after validation. */
export type EmbedCommand = EmbedSelectCommand | EmbedWindowCommand | EmbedStepCommand | EmbedPingCommand;

/** What the reader selected, as the app reports it to the host; null when the selection was cleared. */
export type EmbedSelection = {
  readonly kind: EmbedSelectionKind;
  readonly id: string;
  /** The selected item's display title (event title, actor name, or statement text). */
  readonly title: string;
} | null;

/** App → host messages. Each carries only what its type needs. */
export type EmbedOutgoingMessage =
  | { readonly type: 'parley:ready' }
  | { readonly type: 'parley:height'; readonly height: number }
  | { readonly type: 'parley:selected'; readonly kind: EmbedSelectionKind | null; readonly id: string | null; readonly title: string | null };
