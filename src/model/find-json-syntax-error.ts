/** Where JSON text first goes wrong, and what was expected there. */
export interface JsonSyntaxError {
  /** Offset of the offending character in the text (its length at an unexpected end). */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** E.g. `unexpected "x"; expected a value` or `unexpected end of text; expected "}"`. */
  readonly message: string;
}

class Stop {
  /** `message`, when given, is the whole message, said instead of "unexpected …; expected …". */
  constructor(readonly offset: number, readonly expected: string, readonly message?: string) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON strings may not contain raw control characters.
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/**
 * Scans JSON text without building values and locates its first syntax error, because JSON.parse
 * messages differ between engines and often give no position. Undefined when the text is valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expect = (char: string, expected: string) => {
    if (text[i] !== char) throw new Stop(i, expected);
    i++;
  };
  const string = () => {
    expect('"', 'a string');
    STRING_BODY.lastIndex = i;
    STRING_BODY.exec(text);
    i = STRING_BODY.lastIndex;
    expect('"', 'the end of the string ("), or a valid escape like \\n or \\u00e9');
  };
  // A comma followed by the closing bracket: the most common slip of hand-written JSON (and legal in
  // JavaScript, which is why it is made), so it is called by its name, at the comma.
  const trailingComma = (comma: number, close: '}' | ']') => {
    const save = i;
    space();
    const found = text[i] === close;
    i = save;
    if (found) throw new Stop(comma, '', `trailing comma before "${close}": JSON allows no comma after the last ${close === '}' ? 'key' : 'item'}; remove it`);
  };
  const value = (depth: number): void => {
    if (depth > 10_000) throw new Stop(i, 'less deeply nested data');
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        string();
        space();
        expect(':', '":" after the key');
        value(depth + 1);
        space();
        if (text[i] === ',') trailingComma(i++, '}');
        else return expect('}', '"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        space();
        if (text[i] === ',') trailingComma(i++, ']');
        else return expect(']', '"," or "]"');
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text) && NUMBER.lastIndex > i) return void (i = NUMBER.lastIndex);
    throw new Stop(i, 'a value (object, array, string, number, true, false or null)');
  };
  try {
    value(0);
    space();
    if (i < text.length) throw new Stop(i, 'the end of the text after the value');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < error.offset; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    const found = error.offset >= text.length ? 'unexpected end of text' : `unexpected ${JSON.stringify(String.fromCodePoint(text.codePointAt(error.offset) ?? 0))}`;
    return { offset: error.offset, line, column: error.offset - lineStart + 1, message: error.message ?? `${found}; expected ${error.expected}` };
  }
}
