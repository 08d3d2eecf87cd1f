// The HTTPS static server behind `npm start` and the browser tests: right
// content types and caching, and no way out of the served folder.
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

const { serveStatic } = require('../../scripts/serve.cjs') as {
  serveStatic: (options: { root: string; key: Buffer; cert: Buffer; port?: number }) => Promise<{ url: string; port: number; close: () => Promise<void> }>;
};
const { localhostCertificate } = require('../../scripts/certs.cjs') as {
  localhostCertificate: (options: { dir: string }) => Promise<{ key: Buffer; cert: Buffer; certFile: string }>;
};

jest.setTimeout(60_000);

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

let work: string;
let server: { url: string; port: number; close: () => Promise<void> };

function request(rawPath: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // rawPath goes on the request line as written, so "/../" is not normalised away by a URL parser.
    const req = https.request({ host: '127.0.0.1', port: server.port, path: rawPath, method, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'clearsight-serve-'));
  const root = path.join(work, 'site');
  fs.mkdirSync(path.join(root, 'samples'), { recursive: true });
  fs.writeFileSync(path.join(root, 'demo.html'), '<!doctype html><title>demo</title>');
  fs.writeFileSync(path.join(root, 'taskpane.0123abcd.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'manifest.xml'), '<OfficeApp/>');
  fs.writeFileSync(path.join(root, 'samples', 'a.eml'), 'Subject: hi\r\n\r\n<b>body</b>');
  fs.writeFileSync(path.join(work, 'secret.txt'), 'outside the served folder');
  const certificate = await localhostCertificate({ dir: path.join(work, 'certs') });
  server = await serveStatic({ root, key: certificate.key, cert: certificate.cert, port: 0 });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

it('listens on 127.0.0.1 over HTTPS', () => {
  expect(server.url).toBe(`https://127.0.0.1:${server.port}/`);
});

it('serves each file with its content type and a cache policy that suits it', async () => {
  const html = await request('/demo.html');
  expect(html.status).toBe(200);
  expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(html.headers['cache-control']).toBe('no-cache');
  expect(html.headers['x-content-type-options']).toBe('nosniff');

  const bundle = await request('/taskpane.0123abcd.js');
  expect(bundle.headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect(bundle.headers['cache-control']).toContain('immutable');

  expect((await request('/manifest.xml')).headers['content-type']).toBe('application/xml; charset=utf-8');
  // A sample is shown as text, never rendered as HTML.
  const sample = await request('/samples/a.eml');
  expect(sample.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(sample.body).toContain('<b>body</b>');
});

it('answers HEAD without a body, refuses other methods, and sends / to the demo', async () => {
  const head = await request('/demo.html', 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body).toBe('');
  expect((await request('/demo.html', 'POST')).status).toBe(405);
  const root = await request('/');
  expect(root.status).toBe(302);
  expect(root.headers.location).toBe('/demo.html');
  expect((await request('/missing.js')).status).toBe(404);
});

it.each(['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/samples/../../secret.txt', '/..\\secret.txt', '/%00/demo.html'])(
  'never serves a file outside the folder (%s)',
  async (rawPath) => {
    const answer = await request(rawPath);
    expect(answer.status).not.toBe(200);
    expect(answer.body).not.toContain('outside the served folder');
  },
);
