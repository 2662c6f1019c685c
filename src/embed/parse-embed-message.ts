import { readPartialDate } from '../model/partial-date.ts';
import {
  EMBED_ID_PATTERN,
  EMBED_SELECTION_KINDS,
  type EmbedCommand,
  type EmbedSelectionKind,
} from './embed-protocol.ts';

// Longer than any partial date (`2025-03-13T18:43:05+03:00` is 25 characters); stops regex work on junk.
const MAX_DATE_LENGTH = 32;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readId(value: unknown): string | undefined {
  return typeof value === 'string' && EMBED_ID_PATTERN.test(value) ? value : undefined;
}

function readDate(value: unknown) {
  if (typeof value !== 'string' || value.length > MAX_DATE_LENGTH) return undefined;
  const reading = readPartialDate(value);
  return reading.ok ? reading.date : undefined;
}

/**
 * Turns the `data` of a `message` event from the host into a command, or null when it is not one of
 * ours or is malformed in any way. Never throws: anyone who can reach the frame can send anything.
 *
 * - `{ type: 'parley:select', event | actor | statement: id }`: exactly one of the three keys, an id slug.
 * - `{ type: 'parley:window', from, to }`: two real partial dates, `from` not after `to`.
 * - `{ type: 'parley:step', step }`: a story step, an integer from 1.
 * - `{ type: 'parley:ping' }`: asks the app to announce itself again.
 */
export function parseEmbedMessage(data: unknown): EmbedCommand | null {
  try {
    if (!isPlainObject(data)) return null;
    if (data.type === 'parley:ping') return { type: 'ping' };
    if (data.type === 'parley:select') {
      const named = EMBED_SELECTION_KINDS.filter((kind) => data[kind] !== undefined);
      if (named.length !== 1) return null;
      const kind = named[0] as EmbedSelectionKind;
      const id = readId(data[kind]);
      return id === undefined ? null : { type: 'select', kind, id };
    }
    if (data.type === 'parley:step') {
      const step = data.step;
      return typeof step === 'number' && Number.isInteger(step) && step >= 1 && step <= 9999 ? { type: 'step', step } : null;
    }
    if (data.type === 'parley:window') {
      const from = readDate(data.from);
      const to = readDate(data.to);
      if (!from || !to || from.start >= to.end) return null;
      return { type: 'window', from: from.raw, to: to.raw };
    }
    return null;
  } catch {
    // A hostile object can throw from a getter; that makes it malformed, not our problem.
    return null;
  }
}
