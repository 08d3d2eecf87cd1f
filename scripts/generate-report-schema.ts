// Regenerates schemas/report.schema.json from the zod schema in src/report/payload.ts.
// Run after changing the payload; test/unit/report-schema.test.ts fails until you do.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serialiseReportJsonSchema } from '../src/report/schema-file';

const target = resolve(__dirname, '..', 'schemas', 'report.schema.json');
writeFileSync(target, serialiseReportJsonSchema());
console.log(`wrote ${target}`);
