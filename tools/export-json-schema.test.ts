import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createJsonSchemaText, JSON_SCHEMA_PATH } from './create-json-schema.ts';

describe('the published JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` after changing the schema)', () => {
    let committed = '';
    try {
      committed = readFileSync(JSON_SCHEMA_PATH, 'utf8');
    } catch {
      // A missing file is drift too; the assertion below says how to fix it.
    }
    expect(committed === createJsonSchemaText(), `${JSON_SCHEMA_PATH} is out of date: run \`npm run schema\``).toBe(true);
  });

  it('is draft 2020-12, strict, and describes its fields for editors', () => {
    const schema = JSON.parse(createJsonSchemaText());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Parley model (parley/1)');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['format', 'id', 'title', 'description', 'language', 'updated']);
    const event = schema.properties.events.items;
    expect(event.properties.start.description).toMatch(/When the event/);
    expect(event.properties.start.pattern).toMatch(/^\^\\d\{4\}/);
    expect(event.required).toEqual(['id', 'title', 'start', 'kind']);
  });
});
