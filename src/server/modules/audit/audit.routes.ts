import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditLogQuery, auditRecord } from '../../../contracts/audit.js';
import { okList } from '../../../contracts/common.js';
import type { AuditService } from './audit.service.js';

/** The audit log viewer: GET /admin/audit-log. */
export async function auditLogRoutes(app: FastifyInstance, options: { audit: AuditService }): Promise<void> {
  const { audit } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/',
    {
      config: { access: 'audit-log:read' },
      schema: {
        tags: ['admin'],
        summary: 'Who did what and when, newest first; filter by actor, action prefix, outcome and time',
        security: [{ bearer: [] }],
        querystring: auditLogQuery,
        response: { 200: okList(auditRecord) },
      },
    },
    async (request) => {
      const { items, meta } = await audit.list(request.query);
      return { success: true as const, data: items, meta };
    },
  );
}
