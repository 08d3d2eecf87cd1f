// zod issues → one line an administrator can act on, naming the field by its
// path in the file: config field "vips[1].domains[0]": expected a domain name, got "x".
import type { z } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** Path of the offending field, e.g. "vips[1].domains[0]" ('' for the whole file). */
  readonly field: string;

  constructor(message: string, field = '') {
    super(message);
    this.field = field;
  }
}

type Path = readonly PropertyKey[];

export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Lists the field names a strict object accepts at a path, for "unknown field" messages. */
export type AllowedKeys = (path: Path) => readonly string[] | undefined;

export function issueToConfigError(
  issues: readonly z.core.$ZodIssue[], input: unknown, sourceName?: string, allowedKeysAt?: AllowedKeys,
): ConfigError {
  // A misspelt field also makes the real one "missing"; the unknown name is the cause, so it goes first.
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  if (!issue) return new ConfigError(`${prefix(sourceName)}invalid configuration`);
  let path: Path = issue.path;
  let problem: string;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      path = [...issue.path, key];
      const allowed = allowedKeysAt?.(issue.path)?.join(', ');
      problem = `unknown field${allowed ? ` (allowed here: ${allowed})` : ''}`;
      break;
    }
    case 'invalid_type': {
      const value = valueAt(input, path);
      problem = value === undefined ? `required, expected ${article(issue.expected)}` : `expected ${article(issue.expected)}, got ${describe(value)}`;
      break;
    }
    case 'invalid_value':
      problem = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(valueAt(input, path))}`;
      break;
    default:
      problem = `${issue.message}, got ${describe(valueAt(input, path))}`;
  }
  const field = formatPath(path);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  const where = field ? `config field "${field}"` : 'config';
  return new ConfigError(`${prefix(sourceName)}${where}: ${problem}${more}`, field);
}

function prefix(sourceName: string | undefined): string {
  return sourceName ? `${sourceName}: ` : '';
}

function article(expected: string): string {
  const names: Record<string, string> = { array: 'a list', object: 'an object', string: 'a text value', number: 'a number', boolean: 'true or false' };
  return names[expected] ?? expected;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number ' : ''}${String(value)}`;
}

function valueAt(input: unknown, path: Path): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}
