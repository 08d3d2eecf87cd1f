import { parseRetryAfter, postReport } from '../../src/report/delivery';
import { samplePayload } from '../helpers/report-payload';

const now = Date.UTC(2026, 10, 27, 10, 0, 0);

function fakeFetch(response: Response | Error) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    if (response instanceof Error) throw response;
    return response;
  }) as unknown as typeof fetch;
  return { fn, calls };
}

const target = { endpoint: 'https://reports.parliament.example/api/reports', token: 't0ken' };

describe('postReport', () => {
  it('posts the JSON with the bearer token and the idempotency key, and returns the server id', async () => {
    const { fn, calls } = fakeFetch(new Response(JSON.stringify({ id: 'R-42' }), { status: 201 }));
    const outcome = await postReport(samplePayload(), target, { fetch: fn, now: () => now });
    expect(outcome).toEqual({ kind: 'delivered', reference: 'R-42' });
    const init = calls[0]!.init;
    expect(calls[0]!.url).toBe(target.endpoint);
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({
      Authorization: 'Bearer t0ken',
      'Idempotency-Key': samplePayload().idempotencyKey,
      'Content-Type': 'application/json',
    });
    expect(JSON.parse(init.body as string)).toEqual(samplePayload());
  });

  it('treats 200 (already stored) as delivered', async () => {
    const { fn } = fakeFetch(new Response(JSON.stringify({ id: 'R-42' }), { status: 200 }));
    expect(await postReport(samplePayload(), target, { fetch: fn, now: () => now })).toEqual({ kind: 'delivered', reference: 'R-42' });
  });

  it.each([408, 429, 500, 502, 503])('retries on HTTP %i', async (status) => {
    const { fn } = fakeFetch(new Response('busy', { status }));
    expect(await postReport(samplePayload(), target, { fetch: fn, now: () => now })).toMatchObject({ kind: 'retry', offline: false, reason: `HTTP ${status}: busy` });
  });

  it('passes Retry-After on', async () => {
    const { fn } = fakeFetch(new Response('', { status: 429, headers: { 'Retry-After': '120' } }));
    expect(await postReport(samplePayload(), target, { fetch: fn, now: () => now })).toMatchObject({ kind: 'retry', retryAfterMs: 120_000 });
  });

  it.each([400, 401, 403, 404, 413, 422])('gives up on HTTP %i with the server reason', async (status) => {
    const { fn } = fakeFetch(new Response(JSON.stringify({ message: 'token rejected' }), { status }));
    expect(await postReport(samplePayload(), target, { fetch: fn, now: () => now })).toEqual({ kind: 'permanent', reason: `HTTP ${status}: token rejected` });
  });

  it('treats a redirect as a configuration error', async () => {
    const { fn } = fakeFetch(new Response(null, { status: 302, headers: { Location: 'https://elsewhere.example/' } }));
    expect(await postReport(samplePayload(), target, { fetch: fn, now: () => now })).toMatchObject({ kind: 'permanent' });
  });

  it('a network failure is an offline retry', async () => {
    const { fn } = fakeFetch(new TypeError('Failed to fetch'));
    expect(await postReport(samplePayload(), target, { fetch: fn, now: () => now })).toEqual({ kind: 'retry', offline: true, reason: 'network error: Failed to fetch' });
  });

  it('a request that hangs is abandoned and retried', async () => {
    const hanging = ((_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    })) as unknown as typeof fetch;
    expect(await postReport(samplePayload(), target, { fetch: hanging, now: () => now, timeoutMs: 20 }))
      .toEqual({ kind: 'retry', offline: false, reason: 'the server did not answer in time' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, ignores nonsense', () => {
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
    expect(parseRetryAfter(new Date(now - 90_000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
