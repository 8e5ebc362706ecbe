import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../app.js';

/** The audit log viewer: GET /admin/audit-log. */
export async function auditLogRoutes(_app: FastifyInstance, _options: ModuleDeps): Promise<void> {}
