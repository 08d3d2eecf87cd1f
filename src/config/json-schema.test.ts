import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { configJsonSchema, serialiseConfigJsonSchema } from './json-schema';

describe('schemas/config.schema.json', () => {
  it('is the file generated from the zod schema (run: npx tsx scripts/generate-config-schema.ts)', () => {
    const committed = readFileSync(resolve(__dirname, '../../schemas/config.schema.json'), 'utf8');
    expect(committed).toBe(serialiseConfigJsonSchema());
  });

  it('accepts a realistic config and rejects unknown fields, as the zod schema does', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(configJsonSchema());
    expect(validate({ orgDomains: ['p.example'], vips: [{ name: 'Speaker', domains: ['p.example'] }], report: { afterReport: 'junk', reportEndpoint: 'https://soc.p.example/r' } })).toBe(true);
    expect(validate({ orgDomain: ['p.example'] })).toBe(false);
    expect(validate({ vips: [{ name: 'A', emails: [] }] })).toBe(false);
  });
});
