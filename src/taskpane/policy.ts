// The organisation's policy comes from config.json next to the pane (our own
// static file, deployed by IT). A broken or missing file must never stop the
// analysis: the default policy is used and the pane says what is wrong.
import { DEFAULT_POLICY, type Policy } from '../detector/types';

export type PolicyWarning =
  | { kind: 'invalid-field'; field: string; detail: string }
  | { kind: 'unreadable'; detail: string };

export interface PolicyLoadResult {
  policy: Policy;
  /** The whole validated config (includes the report section), when it was valid. */
  config?: unknown;
  warning?: PolicyWarning;
}

export interface LoadPolicyOptions {
  url?: string;
  fetch?: typeof fetch;
  log?: (message: string) => void;
}

export async function loadPolicy(options: LoadPolicyOptions = {}): Promise<PolicyLoadResult> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const log = options.log ?? ((message: string) => console.warn(`[clearsight] ${message}`));
  const url = options.url ?? './config.json';
  let text: string;
  try {
    const response = await doFetch(url, { cache: 'no-cache', credentials: 'same-origin' });
    if (response.status === 404) {
      // No file deployed is a valid setup (defaults); only a broken one is worth a warning.
      log(`${url} not found, using the default policy`);
      return { policy: DEFAULT_POLICY };
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    log(`could not load ${url}: ${detail}`);
    return { policy: DEFAULT_POLICY, warning: { kind: 'unreadable', detail } };
  }
  // zod stays out of the startup bundle: the validator loads only now.
  const { parseAddinConfigText, parsePolicy, ConfigError } = await import('../config');
  try {
    const config = parseAddinConfigText(text, 'config.json');
    return { policy: parsePolicy(config), config };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    log(detail);
    if (error instanceof ConfigError && error.field) return { policy: DEFAULT_POLICY, warning: { kind: 'invalid-field', field: error.field, detail } };
    return { policy: DEFAULT_POLICY, warning: { kind: 'unreadable', detail } };
  }
}
