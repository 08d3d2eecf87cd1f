// `npm run collector`: reads the environment, refuses to start without the
// secrets it needs (exit code 2), then serves until SIGINT/SIGTERM.
import { buildApp } from './app';
import { parseConfig } from './config';

async function main(): Promise<void> {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    for (const error of parsed.errors) process.stderr.write(`clearsight collector: ${error}\n`);
    if (parsed.missing.length > 0) {
      process.stderr.write(`clearsight collector: refusing to start, missing ${parsed.missing.join(' and ')}\n`);
    }
    process.exitCode = 2;
    return;
  }
  const config = parsed.config;
  const app = await buildApp(config, { logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  const stop = async (signal: string) => {
    app.log.info(`${signal} received, closing`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const where = config.storage.kind === 'sqlite' ? `SQLite ${config.storage.file}` : 'PostgreSQL';
  app.log.info(`collector storing reports in ${where}`);
  if (!config.allowedOrigin) app.log.warn('CLEARSIGHT_ALLOWED_ORIGIN is not set: browsers (the add-in) cannot post reports');
}

main().catch((error: unknown) => {
  process.stderr.write(`clearsight collector: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
