// The triage page over real HTTP: login, throttling, CSRF, escaping, status
// changes and the .eml download, on each storage backend.
import { makeReport, sampleEml } from '../../src/collector/testing/fixtures';
import { ADMIN_PASSWORD, BACKENDS, describeBackend, postReport, startCollector, type Harness } from './collector-harness';

jest.setTimeout(60_000);

async function login(h: Harness, password = ADMIN_PASSWORD): Promise<Response> {
  return fetch(`${h.baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: h.baseUrl },
    body: new URLSearchParams({ password }).toString(),
  });
}

async function sessionCookie(h: Harness): Promise<string> {
  const res = await login(h);
  expect(res.status).toBe(303);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function page(h: Harness, path: string, cookie?: string): Promise<Response> {
  return fetch(`${h.baseUrl}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
}

function csrfFrom(body: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(body);
  if (!match?.[1]) throw new Error('no CSRF token in page');
  return match[1];
}

async function postForm(h: Harness, path: string, cookie: string, form: Record<string, string>, origin = h.baseUrl) {
  return fetch(`${h.baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin },
    body: new URLSearchParams(form).toString(),
  });
}

async function storeReport(h: Harness, options: Parameters<typeof makeReport>[0]): Promise<string> {
  const res = await postReport(h.baseUrl, makeReport(options));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe.each(BACKENDS)('triage page on $name', (backend) => {
  describeBackend(backend)(`${backend.name}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startCollector(backend.name);
    });
    afterAll(async () => {
      await h?.close();
    });

    test('sends visitors without a session to the login form', async () => {
      for (const path of ['/', '/reports/00000000-0000-4000-8000-000000000000', '/reports/x/eml']) {
        const res = await page(h, path);
        expect(res.status).toBe(303);
        expect(res.headers.get('location')).toBe('/login');
      }
      const form = await page(h, '/login');
      expect(form.status).toBe(200);
      expect(await form.text()).toContain('type="password"');
    });

    test('logs in with the admin password into an HttpOnly SameSite=Strict cookie, not Secure over http', async () => {
      const res = await login(h);
      expect(res.status).toBe(303);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^clearsight_session=[\w-]{40,};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).not.toContain('Secure');
      const home = await page(h, '/', cookie.split(';')[0]);
      expect(home.status).toBe(200);
    });

    test('serves pages under a CSP that forbids every script and remote resource', async () => {
      const res = await page(h, '/', await sessionCookie(h));
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toMatch(/script-src|unsafe-inline|https?:/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(await res.text()).not.toMatch(/<script/i);
    });

    test('escapes everything a report carries and never links to message URLs', async () => {
      const id = await storeReport(h, {
        subject: '<script>alert("s")</script> Hearing',
        fromName: '<img src=x onerror=alert(1)>',
        comment: '</blockquote><b>bold</b>',
        trackerHost: 'px.hostile.example',
      });
      const cookie = await sessionCookie(h);
      const list = await (await page(h, '/', cookie)).text();
      expect(list).toContain('&lt;script&gt;alert(&quot;s&quot;)&lt;/script&gt; Hearing');
      expect(list).not.toContain('<script>');
      expect(list).not.toContain('<img src=x');
      const detail = await (await page(h, `/reports/${id}`, cookie)).text();
      expect(detail).toContain('&lt;/blockquote&gt;&lt;b&gt;bold&lt;/b&gt;');
      expect(detail).toContain('https://px.hostile.example/open?u=123');
      expect(detail).not.toMatch(/(href|src)="https?:\/\/px\.hostile/);
      expect(detail).toContain('tracking/tiny-image');
      expect(detail).toContain('Authentication-Results');
    });

    test('refuses a wrong password and throttles repeated failures', async () => {
      // Its own instance: the lock-out would otherwise block the other tests' logins from 127.0.0.1.
      const own = await startCollector(backend.name);
      try {
        for (let i = 0; i < 5; i++) expect((await login(own, 'wrong-password-guess')).status).toBe(401);
        const throttled = await login(own, ADMIN_PASSWORD);
        expect(throttled.status).toBe(429);
        expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(throttled.headers.get('set-cookie')).toBeNull();
      } finally {
        await own.close();
      }
    });

    test('refuses a login posted from another site', async () => {
      const res = await fetch(`${h.baseUrl}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
        body: new URLSearchParams({ password: ADMIN_PASSWORD }).toString(),
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('set-cookie')).toBeNull();
    });

    test('changes status only with the session CSRF token from the same origin', async () => {
      const id = await storeReport(h, { subject: 'Status change target' });
      const cookie = await sessionCookie(h);
      const detail = await (await page(h, `/reports/${id}`, cookie)).text();
      const csrf = csrfFrom(detail);
      expect((await postForm(h, `/reports/${id}/status`, cookie, { status: 'confirmed' })).status).toBe(403);
      expect((await postForm(h, `/reports/${id}/status`, cookie, { status: 'confirmed', _csrf: 'forged' })).status).toBe(403);
      const crossSite = await postForm(h, `/reports/${id}/status`, cookie, { status: 'confirmed', _csrf: csrf }, 'https://evil.example');
      expect(crossSite.status).toBe(403);
      expect((await h.repository.getReport(id))?.status).toBe('new');
      const ok = await postForm(h, `/reports/${id}/status`, cookie, { status: 'confirmed', _csrf: csrf });
      expect(ok.status).toBe(303);
      expect((await h.repository.getReport(id))?.status).toBe('confirmed');
      expect((await postForm(h, `/reports/${id}/status`, cookie, { status: 'deleted', _csrf: csrf })).status).toBe(400);
      const filtered = await (await page(h, '/?status=confirmed', cookie)).text();
      expect(filtered).toContain('Status change target');
      expect(filtered).not.toContain('Interview request about the China hearing');
    });

    test('filters reports by text, category, level and date', async () => {
      const tag = `zq${Math.random().toString(36).slice(2, 8)}`;
      await storeReport(h, { subject: `Budget ${tag} leak`, category: 'spam' });
      await storeReport(h, { subject: `Other ${tag} thing`, category: 'tracking' });
      const cookie = await sessionCookie(h);
      const byText = await (await page(h, `/?q=${tag.toUpperCase()}`, cookie)).text();
      expect(byText).toContain(`Budget ${tag} leak`);
      expect(byText).toContain(`Other ${tag} thing`);
      const byCategory = await (await page(h, `/?q=${tag}&category=spam`, cookie)).text();
      expect(byCategory).toContain(`Budget ${tag} leak`);
      expect(byCategory).not.toContain(`Other ${tag} thing`);
      const future = await (await page(h, `/?q=${tag}&from=2999-01-01`, cookie)).text();
      expect(future).not.toContain(tag + ' leak');
      const safe = await (await page(h, `/?q=${tag}&level=safe`, cookie)).text();
      expect(safe).toContain('0 reports');
    });

    test('serves the .eml only as an attachment, byte for byte', async () => {
      const eml = Buffer.concat([sampleEml('Download me'), Buffer.from([0xff, 0x00, 0xfe])]);
      const id = await storeReport(h, { eml, subject: 'Download me' });
      const cookie = await sessionCookie(h);
      const res = await page(h, `/reports/${id}/eml`, cookie);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('message/rfc822');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="report-${id}.eml"`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await res.arrayBuffer()).equals(eml)).toBe(true);
      const missing = await page(h, `/reports/${await storeReport(h, {})}/eml`, cookie);
      expect(missing.status).toBe(404);
    });

    test('logs out: the old cookie no longer opens the page', async () => {
      const cookie = await sessionCookie(h);
      const csrf = csrfFrom(await (await page(h, '/', cookie)).text());
      expect((await postForm(h, '/logout', cookie, { _csrf: csrf })).status).toBe(303);
      expect((await page(h, '/', cookie)).status).toBe(303);
    });
  });
});
