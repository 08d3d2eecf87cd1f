import path from 'node:path';
import { DEFAULT_PORT, parseConfig, REPORT_BODY_LIMIT_BYTES } from '../../src/collector/config';

const secrets = { CLEARSIGHT_REPORT_TOKEN: 'a'.repeat(24), CLEARSIGHT_ADMIN_PASSWORD: 'b'.repeat(16) };

describe('collector config', () => {
  test('defaults: SQLite under ./data, loopback, port 8787, no CORS origin', () => {
    const result = parseConfig(secrets);
    expect(result).toEqual({
      ok: true,
      config: {
        port: DEFAULT_PORT,
        host: '127.0.0.1',
        storage: { kind: 'sqlite', file: path.resolve('./data/clearsight.db') },
        reportToken: secrets.CLEARSIGHT_REPORT_TOKEN,
        adminPassword: secrets.CLEARSIGHT_ADMIN_PASSWORD,
        allowedOrigin: undefined,
        trustProxy: false,
        bodyLimitBytes: REPORT_BODY_LIMIT_BYTES,
      },
    });
    expect(DEFAULT_PORT).toBe(8787);
  });

  test('reads every variable', () => {
    const result = parseConfig({
      ...secrets,
      PORT: '9000',
      HOST: '0.0.0.0',
      CLEARSIGHT_DB: '/var/lib/clearsight/reports.db',
      CLEARSIGHT_ALLOWED_ORIGIN: 'https://addin.example.org/',
      CLEARSIGHT_TRUST_PROXY: '1',
    });
    expect(result.ok && result.config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      storage: { kind: 'sqlite', file: '/var/lib/clearsight/reports.db' },
      allowedOrigin: 'https://addin.example.org',
      trustProxy: true,
    });
  });

  test('DATABASE_URL selects PostgreSQL over CLEARSIGHT_DB', () => {
    const result = parseConfig({ ...secrets, CLEARSIGHT_DB: 'x.db', DATABASE_URL: 'postgres://u:p@db:5432/cs' });
    expect(result.ok && result.config.storage).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/cs' });
  });

  test.each([
    ['CLEARSIGHT_REPORT_TOKEN', { CLEARSIGHT_ADMIN_PASSWORD: secrets.CLEARSIGHT_ADMIN_PASSWORD }],
    ['CLEARSIGHT_ADMIN_PASSWORD', { CLEARSIGHT_REPORT_TOKEN: secrets.CLEARSIGHT_REPORT_TOKEN }],
    ['CLEARSIGHT_ADMIN_PASSWORD', { ...secrets, CLEARSIGHT_ADMIN_PASSWORD: '   ' }],
  ])('refuses to start without %s and names it', (variable, env) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual([variable]);
    expect(result.errors.join('\n')).toContain(variable);
  });

  test('names both missing secrets at once', () => {
    const result = parseConfig({});
    expect(!result.ok && result.missing).toEqual(['CLEARSIGHT_REPORT_TOKEN', 'CLEARSIGHT_ADMIN_PASSWORD']);
  });

  test.each([
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ CLEARSIGHT_ALLOWED_ORIGIN: 'https://addin.example.org/taskpane.html' }, /bare origin/],
    [{ CLEARSIGHT_ALLOWED_ORIGIN: 'not a url' }, /CLEARSIGHT_ALLOWED_ORIGIN/],
    [{ CLEARSIGHT_REPORT_TOKEN: 'short' }, /too short/],
  ])('rejects bad values %p', (overrides, message) => {
    const result = parseConfig({ ...secrets, ...overrides });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(message);
  });
});
