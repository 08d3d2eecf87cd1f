// The add-in facing API over real HTTP on 127.0.0.1, against SQLite always and
// PostgreSQL when CLEARSIGHT_TEST_DATABASE_URL is set.
import { migrate } from '../../src/collector/storage/migrate';
import { StorageUnavailableError } from '../../src/collector/storage/sql';
import type { WriteStage } from '../../src/collector/storage/repository';
import { makeReport, randomIdempotencyKey, sampleEml } from '../../src/collector/testing/fixtures';
import {
  ADDIN_ORIGIN,
  BACKENDS,
  basicAuth,
  describeBackend,
  postReport,
  startCollector,
  TOKEN,
  type Harness,
} from './collector-harness';

jest.setTimeout(60_000);

describe.each(BACKENDS)('collector API on $name', (backend) => {
  describeBackend(backend)(`${backend.name}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startCollector(backend.name);
    });
    afterAll(async () => {
      await h?.close();
    });

    test('health names the database in use', async () => {
      const res = await fetch(`${h.baseUrl}/api/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true, db: backend.name });
    });

    test('accepts a valid report with 201 and stores it with its findings, headers and .eml bytes', async () => {
      const before = await h.repository.counts();
      const eml = sampleEml('Stored subject');
      const report = makeReport({ eml, trackerHost: 'px.stored.example', comment: 'Looks odd' });
      const res = await postReport(h.baseUrl, report);
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const after = await h.repository.counts();
      expect(after).toEqual({
        reports: before.reports + 1,
        findings: before.findings + 2,
        headers: before.headers + 2,
        emls: before.emls + 1,
      });
      expect((await h.repository.getEml(id))?.equals(eml)).toBe(true);
      const detail = await h.repository.getReport(id);
      expect(detail?.comment).toBe('Looks odd');
      expect(detail?.findings[0]?.evidence.host).toBe('px.stored.example');
      expect(detail?.headers.map((x) => x.name)).toEqual(['From', 'Authentication-Results']);
      expect(detail?.status).toBe('new');
    });

    test('rejects a report that breaks the schema with 400 naming each field, and stores nothing', async () => {
      const before = await h.repository.counts();
      const report = makeReport() as unknown as Record<string, unknown>;
      delete report.reporter;
      (report.verdict as Record<string, unknown>).level = 'apocalyptic';
      (report.message as Record<string, unknown>).from = { name: 'x' };
      const res = await postReport(h.baseUrl, report);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { field: string; message: string }[] };
      const fields = body.errors.map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['/reporter', '/verdict/level', '/message/from/address']));
      expect(await h.repository.counts()).toEqual(before);
    });

    test('rejects a report carrying both eml and emlOmitted', async () => {
      const report = { ...makeReport({ eml: sampleEml() }), emlOmitted: { reason: 'error' } };
      const res = await postReport(h.baseUrl, report);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('/eml');
    });

    test('answers a repeated idempotency key with 200 and the first id', async () => {
      const key = randomIdempotencyKey();
      const first = await postReport(h.baseUrl, makeReport({ idempotencyKey: key, subject: 'first' }));
      expect(first.status).toBe(201);
      const firstId = ((await first.json()) as { id: string }).id;
      const before = await h.repository.counts();
      const again = await postReport(h.baseUrl, makeReport({ idempotencyKey: key, subject: 'second' }), {
        'idempotency-key': key,
      });
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ id: firstId });
      expect(await h.repository.counts()).toEqual(before);
      expect((await h.repository.getReport(firstId))?.subject).toBe('first');
    });

    test('refuses an Idempotency-Key header that differs from the body', async () => {
      const res = await postReport(h.baseUrl, makeReport(), { 'idempotency-key': randomIdempotencyKey() });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('Idempotency-Key');
    });

    test.each([
      ['no Authorization header', undefined],
      ['a wrong token', `Bearer ${TOKEN}x`],
      ['the token as Basic', `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`],
    ])('answers 401 to %s and stores nothing', async (_label, authorization) => {
      const before = await h.repository.counts();
      const res = await fetch(`${h.baseUrl}/api/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(makeReport()),
      });
      expect(res.status).toBe(401);
      expect(await h.repository.counts()).toEqual(before);
    });

    test('answers 415 to a body that is not JSON', async () => {
      const res = await postReport(h.baseUrl, 'reporter=me', { 'content-type': 'text/plain' });
      expect(res.status).toBe(415);
    });

    test('answers 413 to a body over 25 MB', async () => {
      const report = makeReport({ eml: Buffer.alloc(19 * 1024 * 1024 + 1, 0x41) });
      const body = JSON.stringify(report);
      expect(body.length).toBeGreaterThan(25 * 1024 * 1024);
      const res = await postReport(h.baseUrl, body);
      expect(res.status).toBe(413);
    });

    test('accepts an .eml just under the limit', async () => {
      const eml = Buffer.alloc(17 * 1024 * 1024, 0x42);
      const res = await postReport(h.baseUrl, makeReport({ eml }));
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      expect((await h.repository.getEml(id))?.length).toBe(eml.length);
    });

    test('gives CORS headers to the add-in origin only', async () => {
      const preflight = (origin: string) =>
        fetch(`${h.baseUrl}/api/reports`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization, content-type, idempotency-key',
          },
        });
      const allowed = await preflight(ADDIN_ORIGIN);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ADDIN_ORIGIN);
      const allowHeaders = (allowed.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const header of ['authorization', 'content-type', 'idempotency-key']) expect(allowHeaders).toContain(header);
      const other = await preflight('https://evil.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      expect(other.headers.get('access-control-allow-headers')).toBeNull();

      const post = await postReport(h.baseUrl, makeReport(), { origin: ADDIN_ORIGIN });
      expect(post.status).toBe(201);
      expect(post.headers.get('access-control-allow-origin')).toBe(ADDIN_ORIGIN);
      const foreign = await postReport(h.baseUrl, makeReport(), { origin: 'https://evil.example' });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    });

    test('loses none of 500 reports posted concurrently, and stores one row for 40 concurrent repeats', async () => {
      const before = await h.repository.counts();
      const reports = Array.from({ length: 500 }, (_, i) => makeReport({ subject: `Concurrent ${i}` }));
      const responses = await Promise.all(reports.map((r) => postReport(h.baseUrl, r)));
      expect(responses.map((r) => r.status)).toEqual(reports.map(() => 201));
      const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id));
      expect(new Set(ids).size).toBe(500);

      const repeated = makeReport({ subject: 'Repeated' });
      const repeats = await Promise.all(Array.from({ length: 40 }, () => postReport(h.baseUrl, repeated)));
      const statuses = repeats.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 200)).toHaveLength(39);
      const repeatIds = await Promise.all(repeats.map(async (r) => ((await r.json()) as { id: string }).id));
      expect(new Set(repeatIds).size).toBe(1);

      const after = await h.repository.counts();
      expect(after.reports).toBe(before.reports + 501);
      expect(after.findings).toBe(before.findings + 501);
      expect(after.headers).toBe(before.headers + 1002);
    });

    test('reapplying migrations is a no-op', async () => {
      expect(await migrate(h.repository.db)).toEqual([]);
      const rows = await h.repository.db.all<{ version: number }>('SELECT version FROM schema_migrations');
      expect(rows.map((r) => Number(r.version))).toEqual([1]);
    });

    test('groups reports into campaigns over the admin API', async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      const trackerReports = [
        makeReport({ trackerHost: `px-${tag}.tracker.example`, fromAddress: `a@one-${tag}.example`, subject: `Alpha ${tag} one`, reporter: 'r1@parliament.example' }),
        makeReport({ trackerHost: `px-${tag}.tracker.example`, fromAddress: `b@two-${tag}.example`, subject: `Beta ${tag} two`, reporter: 'r2@parliament.example' }),
        makeReport({ trackerHost: `px-${tag}.tracker.example`, fromAddress: `c@three-${tag}.example`, subject: `Gamma ${tag} three`, reporter: 'r2@parliament.example' }),
      ];
      const ids: string[] = [];
      for (const r of trackerReports) ids.push(((await (await postReport(h.baseUrl, r)).json()) as { id: string }).id);
      const res = await fetch(`${h.baseUrl}/api/admin/campaigns`, { headers: { authorization: basicAuth() } });
      expect(res.status).toBe(200);
      const { campaigns } = (await res.json()) as {
        campaigns: { reportIds: string[]; distinctReporters: number; shared: { trackerHosts: string[] }; messageKeys: string[] }[];
      };
      const campaign = campaigns.find((c) => c.shared.trackerHosts.includes(`px-${tag}.tracker.example`));
      expect(campaign?.reportIds.slice().sort()).toEqual(ids.slice().sort());
      expect(campaign?.distinctReporters).toBe(2);
      expect(campaign?.messageKeys).toEqual(['lure/fake-press.outlet', 'tracking/tiny-image.pixel']);
      const denied = await fetch(`${h.baseUrl}/api/admin/campaigns`, { headers: { authorization: basicAuth('wrong-password') } });
      expect(denied.status).toBe(401);
    });
  });
});

describe.each(BACKENDS)('a failed write on $name', (backend) => {
  describeBackend(backend)(`${backend.name}`, () => {
    let failAt: { stage?: WriteStage; error?: Error } = {};
    let h: Harness;
    beforeAll(async () => {
      h = await startCollector(backend.name, {
        repository: {
          afterStage: (stage, report) => {
            if (stage === failAt.stage) throw failAt.error ?? new Error('injected failure');
            if (stage === 'headers' && report.message.subject.startsWith('fail-')) throw new Error('injected failure');
          },
        },
      });
    });
    afterAll(async () => {
      await h?.close();
    });

    test.each<WriteStage>(['report', 'findings', 'headers', 'eml'])(
      'after the %s stage answers 500 and leaves no partial rows',
      async (stage) => {
        failAt = { stage };
        const before = await h.repository.counts();
        const report = makeReport({ eml: sampleEml(), trackerHost: 'px.fail.example' });
        const res = await postReport(h.baseUrl, report);
        expect(res.status).toBe(500);
        expect(((await res.json()) as { error: string }).error).toMatch(/nothing was saved/);
        expect(await h.repository.counts()).toEqual(before);
        failAt = {};
        const retry = await postReport(h.baseUrl, report);
        expect(retry.status).toBe(201);
      },
    );

    test('fails only the broken reports among many written concurrently (one transaction each)', async () => {
      const before = await h.repository.counts();
      const reports = Array.from({ length: 60 }, (_, i) =>
        makeReport({ subject: i % 4 === 0 ? `fail-${i}` : `fine-${i}`, eml: sampleEml(`s${i}`) }),
      );
      const statuses = await Promise.all(reports.map(async (r) => (await postReport(h.baseUrl, r)).status));
      expect(statuses).toEqual(reports.map((r) => (r.message.subject.startsWith('fail-') ? 500 : 201)));
      const after = await h.repository.counts();
      expect(after).toEqual({
        reports: before.reports + 45,
        findings: before.findings + 45,
        headers: before.headers + 90,
        emls: before.emls + 45,
      });
      const stored = await h.repository.listReports({ text: 'fail-', limit: 100 });
      expect(stored.total).toBe(0);
    });

    test('answers 503 with Retry-After when storage is unavailable (disk full)', async () => {
      failAt = { stage: 'headers', error: new StorageUnavailableError('SQLite is unavailable (SQLITE_FULL)') };
      const before = await h.repository.counts();
      const res = await postReport(h.baseUrl, makeReport({ eml: sampleEml() }));
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      expect(await h.repository.counts()).toEqual(before);
      failAt = {};
    });
  });
});

describe('a full disk on sqlite', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startCollector('sqlite');
  });
  afterAll(async () => {
    await h?.close();
  });

  test('answers 503, keeps earlier reports, stores nothing partial, and recovers when space returns', async () => {
    const kept = await postReport(h.baseUrl, makeReport({ eml: sampleEml('kept') }));
    expect(kept.status).toBe(201);
    const before = await h.repository.counts();
    // max_page_count makes SQLite fail with SQLITE_FULL exactly as a full disk would.
    const [{ page_count: pages } = { page_count: 0 }] = await h.repository.db.all<{ page_count: number }>('PRAGMA page_count');
    await h.repository.db.exec(`PRAGMA max_page_count = ${pages + 2}`);
    const reports = Array.from({ length: 5 }, (_, i) => makeReport({ eml: Buffer.alloc(256 * 1024, 0x30 + i) }));
    const statuses = await Promise.all(reports.map(async (r) => (await postReport(h.baseUrl, r)).status));
    expect(statuses).toEqual([503, 503, 503, 503, 503]);
    expect(await h.repository.counts()).toEqual(before);
    await h.repository.db.exec('PRAGMA max_page_count = 1073741823');
    const retried = await Promise.all(reports.map(async (r) => (await postReport(h.baseUrl, r)).status));
    expect(retried).toEqual([201, 201, 201, 201, 201]);
    expect((await h.repository.counts()).reports).toBe(before.reports + 5);
  });
});
