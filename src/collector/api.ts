// The add-in facing API: POST /api/reports and GET /api/health, with CORS
// limited to the add-in's origin. Registered as an encapsulated plugin so CORS
// and the 25 MB body limit never apply to the triage pages.
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CollectorConfig } from './config';
import { secretsEqual } from './secrets';
import type { ReportRepository } from './storage/repository';
import { StorageUnavailableError } from './storage/sql';
import type { FieldError, ReportValidator } from './validation';

export interface ApiDeps {
  config: CollectorConfig;
  repository: ReportRepository;
  validateReport: ReportValidator;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return undefined;
  return header.slice('Bearer '.length).trim();
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}

function badRequest(reply: FastifyReply, errors: FieldError[]) {
  return reply.code(400).send({ error: 'The report does not match the report schema.', errors });
}

export async function apiRoutes(app: FastifyInstance, deps: ApiDeps): Promise<void> {
  const { config, repository, validateReport } = deps;

  await app.register(cors, {
    // A function rather than the string: with a string @fastify/cors would echo
    // that origin to every caller; here other origins get no CORS headers at all.
    origin: (origin, callback) => callback(null, config.allowedOrigin !== undefined && origin === config.allowedOrigin),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    maxAge: 600,
  });

  app.get('/health', async () => ({ ok: true, db: repository.dialect }));

  app.post(
    '/reports',
    {
      bodyLimit: config.bodyLimitBytes,
      // Before the body is read: an unauthenticated caller cannot make us buffer 25 MB.
      onRequest: async (request, reply) => {
        const token = bearerToken(request);
        if (token === undefined || !secretsEqual(token, config.reportToken)) {
          return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'A valid bearer token is required.' });
        }
        // Fastify would also parse text/plain; a report is JSON or nothing.
        if (!isJson(request.headers['content-type'])) {
          return reply.code(415).send({ error: 'Send the report as application/json.' });
        }
      },
    },
    async (request, reply) => {
      const result = validateReport(request.body);
      if (!result.ok) return badRequest(reply, result.errors);
      const report = result.report;
      const headerKey = request.headers['idempotency-key'];
      if (headerKey !== undefined && headerKey !== report.idempotencyKey) {
        return badRequest(reply, [
          { field: 'Idempotency-Key', message: 'must equal the idempotencyKey in the body when sent' },
        ]);
      }
      const eml = report.eml !== undefined ? Buffer.from(report.eml, 'base64') : undefined;
      try {
        const saved = await repository.saveReport(report, eml);
        return reply.code(saved.created ? 201 : 200).send({ id: saved.id });
      } catch (error) {
        if (error instanceof StorageUnavailableError) {
          request.log.error({ err: error }, 'report not stored: storage unavailable');
          return reply
            .code(503)
            .header('Retry-After', '30')
            .send({ error: 'The report could not be stored right now; nothing was saved. Retry later.' });
        }
        request.log.error({ err: error }, 'report not stored');
        return reply.code(500).send({ error: 'The report could not be stored; nothing was saved. Retry later.' });
      }
    },
  );
}
