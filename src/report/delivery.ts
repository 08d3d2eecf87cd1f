// One HTTP attempt to deliver a report, classified into what the outbox should
// do next. Nothing here retries or sleeps: scheduling belongs to the outbox.
import type { ReportPayload } from './payload';

export type DeliveryOutcome =
  | { kind: 'delivered'; reference: string }
  | { kind: 'retry'; reason: string; offline: boolean; retryAfterMs?: number }
  | { kind: 'permanent'; reason: string };

export interface EndpointTarget {
  endpoint: string;
  token?: string;
}

export interface DeliveryDeps {
  fetch: typeof fetch;
  now: () => number;
  /** A request that takes longer is abandoned and retried later. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_REASON_CHARS = 300;

export async function postReport(payload: ReportPayload, target: EndpointTarget, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await deps.fetch(target.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': payload.idempotencyKey,
        ...(target.token ? { Authorization: `Bearer ${target.token}` } : {}),
      },
      body: JSON.stringify(payload),
      // A redirect would turn the POST into a GET somewhere else; IT must fix the URL instead.
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch (error) {
    const aborted = controller.signal.aborted;
    return {
      kind: 'retry',
      offline: !aborted,
      reason: aborted ? 'the server did not answer in time' : `network error: ${describe(error)}`,
    };
  } finally {
    clearTimeout(timer);
  }
  return classifyResponse(response, payload, deps.now());
}

export async function classifyResponse(response: Response, payload: ReportPayload, now: number): Promise<DeliveryOutcome> {
  const status = response.status;
  if (status >= 200 && status < 300) {
    const body = await readJson(response);
    const id = body && typeof body === 'object' && 'id' in body ? (body as { id: unknown }).id : undefined;
    return { kind: 'delivered', reference: typeof id === 'string' || typeof id === 'number' ? String(id) : payload.reportId };
  }
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    return { kind: 'permanent', reason: `the report address redirects elsewhere (HTTP ${status || 3}xx); ask IT to correct reportEndpoint` };
  }
  const detail = await readErrorText(response);
  const reason = `HTTP ${status}${detail ? `: ${detail}` : ''}`;
  if (status === 408 || status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now);
    return { kind: 'retry', offline: false, reason, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  return { kind: 'permanent', reason };
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim().slice(0, 100);
  if (/^\d{1,10}$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}

async function readErrorText(response: Response): Promise<string> {
  let text: string;
  try {
    text = (await response.text()).slice(0, 4000);
  } catch {
    return '';
  }
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown };
    const message = typeof body.message === 'string' ? body.message : typeof body.error === 'string' ? body.error : '';
    if (message) return message.slice(0, MAX_REASON_CHARS);
  } catch {
    // not JSON; fall through to the plain text
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_REASON_CHARS);
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_REASON_CHARS);
}
