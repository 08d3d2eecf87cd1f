// Regenerates schemas/config.schema.json from the zod schema in src/config/schema.ts.
// Run after changing the schema (npx tsx scripts/generate-config-schema.ts);
// test/unit/config-schema-file.test.ts fails until you do.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serialiseConfigJsonSchema } from '../src/config/json-schema';

const target = resolve(__dirname, '..', 'schemas', 'config.schema.json');
writeFileSync(target, serialiseConfigJsonSchema());
console.log(`wrote ${target}`);
