import { DEFAULT_POLICY } from '../detector/types';
import { loadPolicy } from './policy';

const respond = (status: number, body = '') => jest.fn(() => Promise.resolve(new Response(body, { status })));

describe('loadPolicy', () => {
  it('validates config.json from the pane’s own origin', async () => {
    const fetch = respond(200, JSON.stringify({ orgDomains: ['parliament.example'] }));
    const result = await loadPolicy({ fetch: fetch as unknown as typeof globalThis.fetch, log: () => {} });
    expect(fetch).toHaveBeenCalledWith('./config.json', expect.objectContaining({ credentials: 'same-origin' }));
    expect(result.warning).toBeUndefined();
    expect(result.policy.orgDomains).toEqual(['parliament.example']);
  });

  it('falls back to the default policy and names the bad field', async () => {
    const fetch = respond(200, JSON.stringify({ orgDomains: ['parliament.example'], vips: [{ name: 'Speaker', domains: [42] }] }));
    const result = await loadPolicy({ fetch: fetch as unknown as typeof globalThis.fetch, log: () => {} });
    expect(result.policy).toBe(DEFAULT_POLICY);
    expect(result.warning).toMatchObject({ kind: 'invalid-field', field: 'vips[0].domains[0]' });
  });

  it('reports unreadable JSON without a field', async () => {
    const result = await loadPolicy({ fetch: respond(200, '{ "orgDomains": [') as unknown as typeof globalThis.fetch, log: () => {} });
    expect(result.policy).toBe(DEFAULT_POLICY);
    expect(result.warning?.kind).toBe('unreadable');
  });

  it('treats a missing file as the default setup, and a server error as a warning', async () => {
    expect(await loadPolicy({ fetch: respond(404) as unknown as typeof globalThis.fetch, log: () => {} })).toEqual({ policy: DEFAULT_POLICY });
    const failed = await loadPolicy({ fetch: respond(500) as unknown as typeof globalThis.fetch, log: () => {} });
    expect(failed.warning).toEqual({ kind: 'unreadable', detail: 'HTTP 500' });
  });
});
