import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../app.js';

/** User administration under /admin/users: list, detail, create admins, suspend and activate. */
export async function adminUserRoutes(_app: FastifyInstance, _options: ModuleDeps): Promise<void> {}
