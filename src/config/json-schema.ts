// The JSON Schema of the add-in config file, derived from the zod schema so the
// two cannot disagree. scripts/generate-config-schema.ts writes it to
// schemas/config.schema.json; a test checks the committed file is current.
import { z } from 'zod';
import { addinConfigSchema } from './schema';

export const CONFIG_SCHEMA_ID = 'https://clearsight.invalid/schemas/config.schema.json';

export function configJsonSchema(): Record<string, unknown> {
  // io: 'input' describes what an administrator writes: fields with defaults are optional.
  const generated = z.toJSONSchema(addinConfigSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...generated,
    $id: CONFIG_SCHEMA_ID,
    title: 'Clearsight add-in configuration',
    description: 'Organisation policy (own domains, VIPs, trusted senders, news outlets, brands) and reporting settings.',
  };
}

export function serialiseConfigJsonSchema(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
