// Builds the collector without listening, so tests and the benchmark can start
// it on port 0 against a temporary database.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { apiRoutes } from './api';
import type { CollectorConfig } from './config';
import { openRepository } from './storage/open';
import type { ReportRepository } from './storage/repository';
import { triageRoutes } from './triage/routes';
import { compileReportValidator, type ReportValidator } from './validation';

export interface BuildOptions {
  /** Use this repository instead of opening config.storage; the caller then closes it. */
  repository?: ReportRepository;
  validateReport?: ReportValidator;
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
}

export async function buildApp(config: CollectorConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const validateReport = options.validateReport ?? compileReportValidator();
  const repository = options.repository ?? (await openRepository(config.storage));
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: config.trustProxy,
    // Small default; the report route raises it for itself.
    bodyLimit: 64 * 1024,
  });
  if (!options.repository) app.addHook('onClose', async () => repository.close());

  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });

  app.setErrorHandler((error: { statusCode?: number; message?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(status).send({ error: 'Internal error.' });
    }
    const messages: Record<number, string> = {
      413: `The request body is larger than the limit.`,
      415: 'Send the report as application/json.',
    };
    return reply.code(status).send({ error: messages[status] ?? error.message ?? 'Bad request.' });
  });

  await app.register(apiRoutes, { prefix: '/api', config, repository, validateReport });
  await app.register(triageRoutes, { adminPassword: config.adminPassword, repository, now: options.now });
  return app;
}
