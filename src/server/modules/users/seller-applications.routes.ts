import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../app.js';

/** Applying to sell (/me/seller-application) and the admins' review queue (/admin/seller-applications). */
export async function sellerApplicationRoutes(_app: FastifyInstance, _options: ModuleDeps): Promise<void> {}
