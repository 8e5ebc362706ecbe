import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closeAccountBody, profilePatch } from '../../../contracts/account.js';
import { changePasswordBody, messageResult, sessionView, userProfile } from '../../../contracts/auth.js';
import { idParams, ok } from '../../../contracts/common.js';
import type { ModuleDeps } from '../../app.js';
import { caller } from '../../plugins/authorize.js';
import { perMinute } from '../../plugins/rate-limit.js';
import { createAccountService } from '../users/account.service.js';
import { getProfile } from '../users/users.service.js';
import { auditContext, type AuthRouteOptions } from './auth.routes.js';

/** The signed-in user's own account: profile, password, sessions and closing it, under /me. */
export async function accountRoutes(app: FastifyInstance, options: AuthRouteOptions & Pick<ModuleDeps, 'db' | 'mailer' | 'guard'>): Promise<void> {
  const { auth, clock, db } = options;
  const account = createAccountService(options);
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];

  routes.get(
    '/',
    { config: { access: 'account:read' }, schema: { tags: ['me'], summary: 'My account', security, response: { 200: ok(userProfile) } } },
    async (request) => ({ success: true as const, data: await getProfile(db, caller(request).userId) }),
  );

  routes.patch(
    '/',
    {
      config: { access: 'account:update' },
      schema: { tags: ['me'], summary: 'Change my name or phone number', security, body: profilePatch, response: { 200: ok(userProfile) } },
    },
    async (request) => ({ success: true as const, data: await account.updateProfile(caller(request), request.body, auditContext(request, clock)) }),
  );

  routes.delete(
    '/',
    {
      // The password is checked here, so guesses with a stolen access token are throttled.
      config: { ...perMinute(5), access: 'account:delete' },
      schema: {
        tags: ['me'],
        summary: 'Close my account: signs out everywhere and erases my personal data (customers and sellers)',
        security,
        body: closeAccountBody,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await account.closeAccount(caller(request), request.body.password, auditContext(request, clock));
      return reply.code(204).send();
    },
  );

  routes.post(
    '/password',
    {
      config: { access: 'password:change' },
      schema: { tags: ['me'], summary: 'Change my password; signs out my other sessions', security, body: changePasswordBody, response: { 200: ok(messageResult) } },
    },
    async (request) => {
      await auth.changePassword(caller(request), request.body.currentPassword, request.body.newPassword, auditContext(request, clock));
      return { success: true as const, data: { message: 'Your password was changed and your other devices were signed out.' } };
    },
  );

  routes.get(
    '/sessions',
    { config: { access: 'sessions:manage' }, schema: { tags: ['me'], summary: 'My signed-in devices', security, response: { 200: ok(z.array(sessionView)) } } },
    async (request) => ({ success: true as const, data: await auth.listSessions(caller(request)) }),
  );

  routes.delete(
    '/sessions/:id',
    {
      config: { access: 'sessions:manage' },
      schema: { tags: ['me'], summary: 'Sign out one of my devices', security, params: idParams, response: { 204: z.undefined() } },
    },
    async (request, reply) => {
      await auth.revokeSession(caller(request), request.params.id, auditContext(request, clock));
      return reply.code(204).send();
    },
  );
}
