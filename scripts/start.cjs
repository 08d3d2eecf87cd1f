#!/usr/bin/env node
// `npm start`: build dist/ (unless --no-build) and serve it at https://localhost:3000/
// for sideloading in Outlook and for the offline demo mailbox.
//
//   npm start                    development build, then serve in the foreground (Ctrl-C or `npm stop`)
//   npm start -- --prod          production build instead (slower, what IT deploys)
//   npm start -- --no-build      serve the existing dist/ (same as `npm run dev-server`)
//   PORT=3443 npm start          another port (the built manifest follows it)
//   HOST=0.0.0.0 npm start       listen beyond this machine (default 127.0.0.1)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { localhostCertificate } = require('./certs.cjs');
const { serveStatic } = require('./serve.cjs');
const { pidFile, readPid, isRunning } = require('./pidfile.cjs');

const repoRoot = path.resolve(__dirname, '..');
const dist = path.join(repoRoot, 'dist');
const DEFAULT_PORT = 3000;

function parseArgs(argv) {
  const known = new Set(['--no-build', '--prod', '--dev', '--help']);
  for (const arg of argv) if (!known.has(arg)) throw new Error(`Unknown option ${arg} (try --help)`);
  return { build: !argv.includes('--no-build'), production: argv.includes('--prod'), help: argv.includes('--help') };
}

function parsePort(value) {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a number between 1 and 65535, got "${value}"`);
  return port;
}

function build(production, port) {
  const args = [require.resolve('webpack-cli/bin/cli.js'), '--mode', production ? 'production' : 'development'];
  // The source manifest says port 3000; on another port the built one must follow.
  if (port !== DEFAULT_PORT) args.push('--env', `baseUrl=https://localhost:${port}/`);
  console.log(`Building dist/ (${production ? 'production' : 'development'})…`);
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, CLEARSIGHT_DEMO: '1' } });
  if (result.status !== 0) throw new Error('The build failed; see the messages above.');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(fs.readFileSync(__filename, 'utf8').split('\n').filter((line) => line.startsWith('//')).slice(0, 10).map((l) => l.slice(3)).join('\n'));
    return;
  }
  const port = parsePort(process.env.PORT);
  const host = process.env.HOST || '127.0.0.1';

  const running = readPid();
  if (running && isRunning(running)) throw new Error(`A Clearsight server is already running (pid ${running}). Stop it with: npm stop`);

  if (options.build) build(options.production, port);
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) throw new Error('dist/ has no build yet. Run npm start without --no-build, or npm run build.');

  const certificate = await localhostCertificate({ log: (line) => console.log(line) });
  let served;
  try {
    served = await serveStatic({ root: dist, key: certificate.key, cert: certificate.cert, port, host });
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') throw new Error(`Port ${port} is in use. Stop the other server (npm stop) or choose another port: PORT=3443 npm start`);
    throw error;
  }
  fs.writeFileSync(pidFile, `${process.pid}\n`);

  const manifest = path.join(dist, 'manifest.xml');
  const origin = `https://localhost:${port}/`;
  if (fs.existsSync(manifest) && !fs.readFileSync(manifest, 'utf8').includes(origin)) {
    console.warn(`Warning: dist/manifest.xml does not point at ${origin}; rebuild (npm start without --no-build) before sideloading.`);
  }
  console.log([
    '',
    `Clearsight is served at ${origin} (${certificate.source} certificate: ${certificate.certFile})`,
    `  Demo mailbox (offline, no Outlook needed): ${origin}demo.html`,
    `  Manifest to sideload in Outlook:           ${manifest}`,
    certificate.source === 'self-signed'
      ? '  The certificate is self-signed: open the demo URL once and accept it, or trust .certs/localhost.crt, before sideloading.'
      : '',
    '  Stop with Ctrl-C or `npm stop`.',
    '',
  ].filter((line) => line !== '').join('\n'));

  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    if (readPid() === process.pid) fs.rmSync(pidFile, { force: true });
    served.close().then(() => {
      console.log(`Clearsight server stopped (${signal}).`);
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
