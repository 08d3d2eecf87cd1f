// Entry points: JSON value or JSON text → validated, normalised Policy or
// add-in config, or a ConfigError naming the field.
import type { z } from 'zod';
import type { Policy } from '../detector/types';
import { ConfigError, issueToConfigError } from './errors';
import { findJsonErrorOffset } from './json-position';
import { addinConfigSchema, type AddinConfig } from './schema';

/**
 * Validates a policy. The add-in's whole config file is accepted too (its
 * `report` section is checked and then ignored) so IT can hand the scanner the
 * very file they deploy.
 */
export function parsePolicy(json: unknown, sourceName?: string): Policy {
  const config = parseAddinConfig(json, sourceName);
  return {
    orgDomains: config.orgDomains,
    vips: config.vips,
    trustedSenders: config.trustedSenders,
    newsOutlets: config.newsOutlets,
    brands: config.brands,
    defaultLanguage: config.defaultLanguage,
  };
}

export function parseAddinConfig(json: unknown, sourceName?: string): AddinConfig {
  const result = addinConfigSchema.safeParse(json);
  if (result.success) return result.data;
  throw issueToConfigError(result.error.issues, json, sourceName, (path) => allowedKeysAt(addinConfigSchema, path));
}

export function parsePolicyText(text: string, sourceName = 'config'): Policy {
  return parsePolicy(parseJsonText(text, sourceName), sourceName);
}

export function parseAddinConfigText(text: string, sourceName = 'config'): AddinConfig {
  return parseAddinConfig(parseJsonText(text, sourceName), sourceName);
}

function parseJsonText(text: string, sourceName: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ConfigError(`${sourceName}: the file is empty, expected a JSON object`);
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new ConfigError(`${sourceName}: ${jsonErrorDetail(body, error)}`);
  }
}

/** Names the line and column of a JSON syntax error, which is what people need to fix it. */
function jsonErrorDetail(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = findJsonErrorOffset(text);
  let where = '';
  if (offset !== undefined) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    where = offset >= text.length ? ` at line ${line}, column ${column} (the file ends too early)` : ` at line ${line}, column ${column}`;
  }
  // V8 appends a snippet or an offset; the line and column replace both.
  const cuts = [', "', ', ..."', ' in JSON at position', ' at position', ' (line ']
    .map((marker) => message.indexOf(marker)).filter((at) => at > 0);
  const reason = cuts.length ? message.slice(0, Math.min(...cuts)) : message;
  return `invalid JSON${where}: ${reason}`;
}

type AnySchema = z.core.$ZodType;

function allowedKeysAt(root: AnySchema, path: readonly PropertyKey[]): readonly string[] | undefined {
  let schema: AnySchema | undefined = unwrap(root);
  for (const key of path) {
    if (!schema) return undefined;
    const def = schema._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && typeof key === 'string') schema = unwrap(def.shape?.[key]);
    else if (def.type === 'array') schema = unwrap(def.element);
    else return undefined;
  }
  const def = schema?._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape).filter((k) => k !== '$schema') : undefined;
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 8; depth++) {
    const def = current._zod.def as unknown as { type: string; innerType?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) current = def.innerType;
    else break;
  }
  return current;
}
