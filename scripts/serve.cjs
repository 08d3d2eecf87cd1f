// A small HTTPS static server for dist/, used by `npm start` and the e2e tests.
// node:https and a handful of lines are enough for a folder of build output,
// and keep the path-traversal and MIME rules visible in one place.
'use strict';
const fs = require('node:fs');
const https = require('node:https');
const path = require('node:path');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // Served as text so a browser shows a sample rather than handing it to a mail client.
  '.eml': 'text/plain; charset=utf-8',
};

/** Hashed bundles never change under the same name; everything else must be revalidated. */
const HASHED = /\.[0-9a-f]{8}\.js$/;

/**
 * Maps a request path to a file inside root, or null when it would escape root.
 * @param {string} root absolute
 * @param {string} requestPath raw path from the request line (may be percent-encoded)
 */
function resolveInside(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
}

/**
 * Serves `root` over HTTPS.
 * @param {{ root: string, key: string | Buffer, cert: string | Buffer, port?: number, host?: string, log?: (line: string) => void }} options
 * @returns {Promise<{ server: import('node:https').Server, url: string, port: number, close: () => Promise<void> }>}
 */
function serveStatic(options) {
  const root = path.resolve(options.root);
  const log = options.log ?? (() => undefined);
  const server = https.createServer({ key: options.key, cert: options.cert }, (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    let file = resolveInside(root, request.url ?? '/');
    if (file === null) {
      send(response, 400, 'Bad path\n');
      return;
    }
    fs.stat(file, (statError, stats) => {
      if (!statError && stats.isDirectory()) {
        file = path.join(file, 'index.html');
        if (!fs.existsSync(file)) {
          // The folder itself has nothing to show; point humans at the pages that exist.
          send(response, 302, '', { Location: '/demo.html' });
          return;
        }
      } else if (statError) {
        log(`404 ${request.url}`);
        send(response, 404, 'Not found\n');
        return;
      }
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      fs.readFile(file, (readError, body) => {
        if (readError) {
          send(response, 500, 'Could not read file\n');
          return;
        }
        response.writeHead(200, {
          'Content-Type': type,
          'Content-Length': body.length,
          'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'no-referrer',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : Number(options.port);
      const host = options.host === undefined || options.host === '127.0.0.1' ? '127.0.0.1' : options.host;
      resolve({
        server,
        port,
        url: `https://${host === '::' || host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

module.exports = { serveStatic, resolveInside, MIME };
