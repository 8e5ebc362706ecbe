import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBody, messageResult, sessionView } from '../../../contracts/auth.js';
import { idParams, ok } from '../../../contracts/common.js';
import { signedIn } from '../../plugins/authorize.js';
import { perUserPerMinute } from '../../plugins/rate-limit.js';
import type { PasswordService } from './passwords.service.js';
import type { SessionService } from './sessions.service.js';

/** The signed-in user's password and devices, under /me. */
export async function securityRoutes(app: FastifyInstance, options: { passwords: PasswordService; sessions: SessionService }): Promise<void> {
  const { passwords, sessions } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];

  routes.post(
    '/password',
    {
      config: { ...perUserPerMinute(5), access: 'password:change' },
      schema: { tags: ['me'], summary: 'Change my password; signs out my other sessions. At most 5 attempts a minute per account (429)', security, body: changePasswordBody, response: { 200: ok(messageResult) } },
    },
    async (request) => {
      await passwords.change(signedIn(request), request.body.currentPassword, request.body.newPassword);
      return { success: true as const, data: { message: 'Your password was changed and your other devices were signed out.' } };
    },
  );

  routes.get(
    '/sessions',
    { config: { access: 'sessions:manage' }, schema: { tags: ['me'], summary: 'My signed-in devices', security, response: { 200: ok(z.array(sessionView)) } } },
    async (request) => ({ success: true as const, data: await sessions.list(signedIn(request)) }),
  );

  routes.delete(
    '/sessions/:id',
    {
      config: { access: 'sessions:manage' },
      schema: { tags: ['me'], summary: 'Sign out one of my devices', security, params: idParams, response: { 204: z.undefined() } },
    },
    async (request, reply) => {
      await sessions.revokeOne(signedIn(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
