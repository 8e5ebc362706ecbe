import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { adminActionBody, adminUserDetail, adminUserListQuery, adminUserSummary, createAdminBody, suspendBody } from '../../../contracts/admin.js';
import { userProfile } from '../../../contracts/auth.js';
import { idParams, ok, okList } from '../../../contracts/common.js';
import { signedIn } from '../../plugins/authorize.js';
import { perUserPerMinute } from '../../plugins/rate-limit.js';
import type { AdminUserService } from './admin-users.service.js';

/** User administration under /admin/users: list, detail, create admins, suspend and activate. */
export async function adminUserRoutes(app: FastifyInstance, options: { adminUsers: AdminUserService }): Promise<void> {
  const admin = options.adminUsers;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  const tags = ['admin'];

  routes.get(
    '/',
    {
      config: { access: 'users:read' },
      schema: { tags, summary: 'Find accounts by email or name, role and status; newest first', security, querystring: adminUserListQuery, response: { 200: okList(adminUserSummary) } },
    },
    async (request) => {
      const { items, meta } = await admin.list(request.query);
      return { success: true as const, data: items, meta };
    },
  );

  routes.get(
    '/:id',
    {
      config: { access: 'users:read' },
      schema: { tags, summary: 'One account: profile, addresses, signed-in devices and sign-in trouble', security, params: idParams, response: { 200: ok(adminUserDetail) } },
    },
    async (request) => ({ success: true as const, data: await admin.detail(request.params.id) }),
  );

  routes.post(
    '/',
    {
      config: { ...perUserPerMinute(5), access: 'admins:create' },
      schema: { tags, summary: 'Create another admin, active and verified, confirming your own password; every admin is emailed', security, body: createAdminBody, response: { 201: ok(userProfile) } },
    },
    async (request, reply) => reply.code(201).send({ success: true, data: await admin.createAdmin(signedIn(request), request.body) }),
  );

  routes.post(
    '/:id/suspend',
    {
      config: { access: 'users:manage' },
      schema: {
        tags,
        summary: 'Suspend an account: every session ends at once and sign-in is refused. Another admin too (confirming your own password; every admin is emailed), never yourself',
        security,
        params: idParams,
        body: suspendBody,
        response: { 200: ok(userProfile) },
      },
    },
    async (request) => ({ success: true as const, data: await admin.suspend(signedIn(request), request.params.id, request.body ?? {}) }),
  );

  routes.post(
    '/:id/activate',
    {
      config: { access: 'users:manage' },
      schema: { tags, summary: 'Lift a suspension', security, params: idParams, body: adminActionBody, response: { 200: ok(userProfile) } },
    },
    async (request) => ({ success: true as const, data: await admin.activate(signedIn(request), request.params.id, request.body?.reason) }),
  );
}
