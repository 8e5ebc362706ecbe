import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../app.js';

/** Delivery addresses of the signed-in user, under /me/addresses. */
export async function addressRoutes(_app: FastifyInstance, _options: ModuleDeps): Promise<void> {}
