// The certificate for https://localhost. If office-addin-dev-certs has already
// installed its trusted localhost certificate we use that one (Outlook then
// trusts the pane without a warning); we never run that tool ourselves, since it
// touches the system trust store and may prompt. Otherwise a self-signed
// certificate is generated once into .certs/ and reused.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..');
const OWN_DIR = path.join(repoRoot, '.certs');
const DEV_CERTS_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000;

function readPair(dir, keyName, certName) {
  const keyFile = path.join(dir, keyName);
  const certFile = path.join(dir, certName);
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) return null;
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile), keyFile, certFile };
}

function stillValid(certPem) {
  try {
    const { X509Certificate } = require('node:crypto');
    const expires = new Date(new X509Certificate(certPem).validTo).getTime();
    return expires - Date.now() > RENEW_BEFORE_MS;
  } catch {
    return false;
  }
}

/**
 * @param {{ dir?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<{ key: Buffer, cert: Buffer, keyFile: string, certFile: string, source: 'office-addin-dev-certs' | 'self-signed' }>}
 */
async function localhostCertificate(options = {}) {
  const log = options.log ?? (() => undefined);
  const official = readPair(DEV_CERTS_DIR, 'localhost.key', 'localhost.crt');
  if (official && stillValid(official.cert)) return { ...official, source: 'office-addin-dev-certs' };

  const dir = options.dir ?? OWN_DIR;
  const existing = readPair(dir, 'localhost.key', 'localhost.crt');
  if (existing && stillValid(existing.cert)) return { ...existing, source: 'self-signed' };

  const selfsigned = require('selfsigned');
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 24 * 60 * 60 * 1000);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
    ],
  });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keyFile = path.join(dir, 'localhost.key');
  const certFile = path.join(dir, 'localhost.crt');
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  fs.writeFileSync(certFile, pems.cert);
  log(`Generated a self-signed certificate for localhost in ${path.relative(process.cwd(), dir) || dir}`);
  return { key: Buffer.from(pems.private), cert: Buffer.from(pems.cert), keyFile, certFile, source: 'self-signed' };
}

module.exports = { localhostCertificate };
