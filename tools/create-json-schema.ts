import * as z from 'zod/mini';
import { modelFileSchema } from '../src/model/model-file-schema.ts';

/** Where the JSON Schema is published, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'public/schema/parley-model.schema.json';

/** The JSON Schema (draft 2020-12) of parley/1, generated from the zod schema, as file text. */
export function createJsonSchemaText(): string {
  const schema = z.toJSONSchema(modelFileSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
