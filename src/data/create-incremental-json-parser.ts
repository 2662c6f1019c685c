/** About this many characters of a top-level array's elements are parsed at once (~2–4 ms of JSON.parse). */
const BATCH_CHARS = 256 * 1024;

/** The value of a JSON text fed in pieces, or `ok: false` when it is not JSON this parser vouches for. */
export type IncrementalJsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

export interface IncrementalJsonParser {
  /** The next piece of the text (any split, even inside a string or a number). */
  push(text: string): void;
  /** The value of all the pieces pushed. `ok: false`: parse the whole text with JSON.parse for its error. */
  finish(): IncrementalJsonResult;
}

/**
 * Parses a JSON object's text while it arrives, so that a large model's parse overlaps its download
 * (bench/README.md, "Loading 100,000 events"). JSON.parse cannot take part of a text, but a model is
 * one object whose bulk is a few arrays (events, statements, …): the elements of each top-level array
 * are parsed in batches (`JSON.parse('[' + batch + ']')`) as soon as a batch has arrived, and what is
 * left (the object with each array replaced by a marker) is parsed at the end, the arrays put back in
 * its place. The result is JSON.parse's for the whole text: every character goes through JSON.parse
 * exactly once, in the same structure. A scanner finds the batches' ends: it tracks strings (and
 * escapes in them) and nesting, and cuts only at a comma between two elements of a top-level array.
 * Each piece is scanned once, by itself: the pieces of a batch are joined only when it is cut (joining
 * every piece to the text before it copied that text again and again).
 *
 * It never vouches for text JSON.parse would refuse: on anything it does not expect (a text that is
 * not an object, a batch that does not parse, an empty element) it gives up, and the caller parses the
 * whole text, which gives the error and its position as before.
 */
export function createIncrementalJsonParser({ batchChars = BATCH_CHARS } = {}): IncrementalJsonParser {
  let failed = false;
  let started = false;
  let depth = 0;
  /** The text so far ends inside a string; `escaped`: right after a backslash in it. */
  let inString = false;
  let escaped = false;
  /** The object without its arrays' contents: each top-level array becomes `[k]`, k its index in `arrays`. */
  let skeleton = '';
  const arrays: unknown[][] = [];
  /** The top-level array being read, and whether a batch of it ended at a comma. */
  let array: unknown[] | undefined;
  let cut = false;
  /** The current batch's text from earlier pieces, and its length. */
  let carried: string[] = [];
  let carriedLength = 0;

  const fail = () => {
    failed = true;
    skeleton = '';
    arrays.length = 0;
    array = undefined;
    carried = [];
  };

  /** Parses `text` as elements of the current array; `last`: it ends at the array's `]`. */
  const batch = (text: string, last: boolean): boolean => {
    if (text.trim() === '') {
      // `[]` is an empty array; an empty element (`[,1]`, `[1,]`, `[1,,2]`) is a syntax error.
      if (last && !cut) return true;
      fail();
      return false;
    }
    let values: unknown[];
    try {
      values = JSON.parse(`[${text}]`) as unknown[];
    } catch {
      fail();
      return false;
    }
    const target = array as unknown[];
    for (let i = 0; i < values.length; i++) target.push(values[i]);
    cut = !last;
    return true;
  };

  /** The next backslash in the current piece at or after the last search (-1: none left; -2: not searched). */
  let backslashAt = -2;
  /**
   * The index of the quote that ends the string going on at `from` (`from` is inside it), found with
   * indexOf rather than character by character: most of a model's text is inside strings. `end` when
   * the piece ends inside the string (then `inString` and `escaped` say where it stands).
   */
  const skipString = (s: string, from: number, end: number): number => {
    let i = from;
    if (escaped) {
      escaped = false;
      i++;
    }
    for (;;) {
      const quote = s.indexOf('"', i);
      // Searched again only once passed: a piece without escapes is searched once, not once per string.
      if (backslashAt === -2 || (backslashAt >= 0 && backslashAt < i)) backslashAt = s.indexOf('\\', i);
      if (backslashAt >= 0 && (quote < 0 || backslashAt < quote)) {
        // An escape: the character after the backslash is never the string's end.
        if (backslashAt + 1 >= end) {
          inString = true;
          escaped = true;
          return end;
        }
        i = backslashAt + 2;
        continue;
      }
      inString = quote < 0;
      return quote < 0 ? end : quote;
    }
  };

  const push = (s: string): void => {
    if (failed || s === '') return;
    let i = 0;
    if (!started) {
      const first = s.search(/\S/);
      if (first < 0) {
        skeleton += s;
        return;
      }
      // Only an object is read in pieces; anything else (an array, a web page) is left to JSON.parse.
      if (s.charCodeAt(first) !== 123 /* { */) return fail();
      started = true;
    }
    const end = s.length;
    /** Where the part of this piece not yet in the skeleton or a batch starts. */
    let from = 0;
    /** The current batch's text: what earlier pieces carried, then this piece's from `from` to `to`. */
    const take = (to: number): string => {
      const own = s.slice(from, to);
      if (carried.length === 0) return own;
      carried.push(own);
      const text = carried.join('');
      carried = [];
      carriedLength = 0;
      return text;
    };
    let level = depth;
    backslashAt = -2;
    if (inString) {
      i = skipString(s, i, end);
      if (i < end) i++;
    }
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === 34 /* " */) {
        i = skipString(s, i + 1, end);
        if (i === end) break;
      } else if (c === 44 /* , */) {
        if (array && level === 2 && carriedLength + i - from >= batchChars) {
          if (!batch(take(i), false)) return;
          from = i + 1;
        }
      } else if (c === 91 /* [ */ || c === 123 /* { */) {
        if (level === 1 && c === 91) {
          skeleton += `${s.slice(from, i)}[${arrays.length}]`;
          from = i + 1;
          array = [];
          arrays.push(array);
          cut = false;
        }
        level++;
      } else if (c === 93 /* ] */ || c === 125 /* } */) {
        level--;
        if (level < 0) return fail();
        if (array && level === 1) {
          if (c !== 93 || !batch(take(i), true)) return fail();
          from = i + 1;
          array = undefined;
        }
      }
    }
    depth = level;
    // The rest of the piece: the skeleton's, or the current batch's to carry to the next piece.
    if (!array) skeleton += s.slice(from);
    else if (from < end) {
      carried.push(s.slice(from));
      carriedLength += end - from;
    }
  };

  const finish = (): IncrementalJsonResult => {
    if (failed || !started || inString || depth !== 0 || array) return { ok: false };
    let object: Record<string, unknown>;
    try {
      object = JSON.parse(skeleton) as Record<string, unknown>;
    } catch {
      return { ok: false };
    }
    for (const key of Object.keys(object)) {
      const marker = object[key];
      if (!Array.isArray(marker)) continue;
      // defineProperty: a key named "__proto__" is an own property in JSON.parse's result, not the prototype.
      Object.defineProperty(object, key, { value: arrays[marker[0] as number], writable: true, enumerable: true, configurable: true });
    }
    return { ok: true, value: object };
  };

  return { push, finish };
}
