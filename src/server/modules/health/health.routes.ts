import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ok } from '../../../contracts/common.js';
import { appliedMigrationCount, type Database } from '../../db/client.js';
import { AppError } from '../../lib/app-error.js';

const status = ok(z.object({ status: z.string() }));

export async function healthRoutes(app: FastifyInstance, options: { db: Database; migrations: number }): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/healthz', { schema: { tags: ['operations'], summary: 'The process is up', response: { 200: status } } }, () => ({
    success: true as const,
    data: { status: 'ok' },
  }));

  routes.get(
    '/readyz',
    { schema: { tags: ['operations'], summary: 'The database is reachable and fully migrated', response: { 200: status } } },
    async (request) => {
      const applied = await appliedMigrationCount(options.db).catch((err: unknown) => {
        request.log.warn({ err }, 'readiness check: database unreachable');
        throw new AppError('SERVICE_UNAVAILABLE', 'The database is not reachable');
      });
      if (applied < options.migrations) throw new AppError('SERVICE_UNAVAILABLE', 'Database migrations are pending');
      return { success: true as const, data: { status: 'ready' } };
    },
  );
}
