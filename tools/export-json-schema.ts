import { writeFileSync } from 'node:fs';
import { createJsonSchemaText, JSON_SCHEMA_PATH } from './create-json-schema.ts';

// Run as `npm run schema` from the repository root.
writeFileSync(JSON_SCHEMA_PATH, createJsonSchemaText());
process.stdout.write(`wrote ${JSON_SCHEMA_PATH}\n`);
