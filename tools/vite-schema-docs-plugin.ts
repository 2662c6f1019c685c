import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';

/** The one file whose `describe(schema, docs)` calls carry the JSON Schema's documentation. */
const SCHEMA_FILE = /[\\/]src[\\/]model[\\/]model-file-schema\.ts$/;

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Every node of an ESTree, depth first. */
function* walk(node: Node): Generator<Node> {
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) yield* walk(child);
    } else if (isNode(value)) {
      yield* walk(value);
    }
  }
}

/**
 * `describe(schema, docs)` → `schema`, in JavaScript source: every call of a function named
 * `describe` with two arguments, nested ones included. The app never reads the descriptions (they
 * are for the published JSON Schema and editors: tools/export-json-schema.ts), yet ~100 of them
 * travelled in the first script, about 2 KB gzip. Unit tests and the CLI keep them: this runs
 * in `vite build` only.
 */
export function stripDescribeCalls(code: string): { code: string; map: ReturnType<MagicString['generateMap']>; stripped: number } {
  const s = new MagicString(code);
  let stripped = 0;
  for (const node of walk(parseAst(code) as unknown as Node)) {
    if (node.type !== 'CallExpression') continue;
    const callee = node.callee as Node & { name?: string };
    const args = node.arguments as readonly Node[];
    const [schema] = args;
    if (callee.type !== 'Identifier' || callee.name !== 'describe' || args.length !== 2 || !schema) continue;
    // Nested calls lie inside `schema`, so these two cuts never overlap theirs.
    s.remove(node.start, schema.start);
    s.remove(schema.end, node.end);
    stripped++;
  }
  return { code: s.toString(), map: s.generateMap({ hires: true }), stripped };
}

/** Vite plugin: the model file schema without its JSON Schema documentation, in built apps (see stripDescribeCalls). */
export function viteSchemaDocsPlugin(): Plugin {
  return {
    name: 'parley-schema-docs',
    apply: 'build',
    transform(code, id) {
      if (!SCHEMA_FILE.test(id)) return null;
      const { code: out, map, stripped } = stripDescribeCalls(code);
      if (stripped === 0) this.error('found no describe(schema, docs) call to strip in the model file schema; update tools/vite-schema-docs-plugin.ts');
      return { code: out, map };
    },
  };
}
