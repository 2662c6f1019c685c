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
 *
 * It never vouches for text JSON.parse would refuse: on anything it does not expect (a text that is
 * not an object, a batch that does not parse, an empty element) it gives up, and the caller parses the
 * whole text, which gives the error and its position as before.
 */
export function createIncrementalJsonParser({ batchChars = BATCH_CHARS } = {}): IncrementalJsonParser {
  let failed = false;
  let started = false;
  /** Text not yet consumed; indexes below are into it. */
  let pending = '';
  let scan = 0;
  let depth = 0;
  /** The text so far ends inside a string; `escaped`: right after a backslash in it. */
  let inString = false;
  let escaped = false;
  /** The object without its arrays' contents: each top-level array becomes `[k]`, k its index in `arrays`. */
  let skeleton = '';
  let skeletonFrom = 0;
  const arrays: unknown[][] = [];
  /** The top-level array being read, its current batch's start, and whether a batch of it ended at a comma. */
  let array: unknown[] | undefined;
  let batchFrom = 0;
  let cut = false;

  const fail = () => {
    failed = true;
    pending = '';
    skeleton = '';
    arrays.length = 0;
    array = undefined;
  };

  /** Parses pending[from, to) as elements of the current array; `last`: it ends at the array's `]`. */
  const batch = (from: number, to: number, last: boolean): boolean => {
    const text = pending.slice(from, to);
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

  /** The next backslash at or after the last search in the current text (-1: none left), or -2: not searched yet. */
  let backslashAt = -2;
  /**
   * The index of the quote that ends the string going on at `from` (`from` is inside it), found with
   * indexOf rather than character by character: most of a model's text is inside strings. `end` when
   * the text so far ends inside the string (then `inString` and `escaped` say where it stands).
   */
  const skipString = (s: string, from: number, end: number): number => {
    let i = from;
    if (escaped) {
      escaped = false;
      i++;
    }
    for (;;) {
      const quote = s.indexOf('"', i);
      // Searched again only once passed: a text without escapes is searched once, not once per string.
      if (backslashAt === -2 || (backslashAt >= 0 && backslashAt < i)) backslashAt = s.indexOf('\\', i);
      if (backslashAt >= 0 && (quote < 0 || backslashAt < quote)) {
        // An escape: the character after the backslash is never the string's end.
        if (backslashAt + 1 === end) {
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

  const push = (text: string): void => {
    if (failed || text === '') return;
    pending += text;
    if (!started) {
      const first = pending.search(/\S/);
      if (first < 0) return;
      // Only an object is read in pieces; anything else (an array, a web page) is left to JSON.parse.
      if (pending.charCodeAt(first) !== 123 /* { */) return fail();
      started = true;
    }
    const s = pending;
    const end = s.length;
    // Locals in the loop, written back after it: it runs once per character of a 48 MB file.
    let i = scan;
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
        if (array && level === 2 && i - batchFrom >= batchChars) {
          if (!batch(batchFrom, i, false)) return;
          batchFrom = i + 1;
        }
      } else if (c === 91 /* [ */ || c === 123 /* { */) {
        if (level === 1 && c === 91) {
          skeleton += `${s.slice(skeletonFrom, i)}[${arrays.length}]`;
          array = [];
          arrays.push(array);
          batchFrom = i + 1;
          cut = false;
        }
        level++;
      } else if (c === 93 /* ] */ || c === 125 /* } */) {
        level--;
        if (level < 0) return fail();
        if (array && level === 1) {
          if (c !== 93 || !batch(batchFrom, i, true)) return fail();
          array = undefined;
          skeletonFrom = i + 1;
        }
      }
    }
    depth = level;
    scan = i;
    // Keep only what is still needed: the current batch, or the skeleton's unconsumed stretch.
    if (!array) {
      skeleton += s.slice(skeletonFrom, end);
      skeletonFrom = end;
    }
    const keep = array ? batchFrom : skeletonFrom;
    pending = s.slice(keep);
    scan -= keep;
    batchFrom -= keep;
    skeletonFrom -= keep;
  };

  const finish = (): IncrementalJsonResult => {
    if (failed || !started || inString || depth !== 0 || array) return { ok: false };
    let object: Record<string, unknown>;
    try {
      object = JSON.parse(skeleton + pending) as Record<string, unknown>;
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
