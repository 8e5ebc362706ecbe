import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closeAccountBody, profilePatch } from '../../../contracts/account.js';
import { userProfile } from '../../../contracts/auth.js';
import { ok } from '../../../contracts/common.js';
import { signedIn } from '../../plugins/authorize.js';
import { perUserPerMinute } from '../../plugins/rate-limit.js';
import type { AccountService } from './account.service.js';
import type { UserService } from './users.service.js';

/** The signed-in user's own account under /me: the profile, and closing it. */
export async function accountRoutes(app: FastifyInstance, options: { users: UserService; account: AccountService }): Promise<void> {
  const { users, account } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];

  routes.get(
    '/',
    { config: { access: 'account:read' }, schema: { tags: ['me'], summary: 'My account', security, response: { 200: ok(userProfile) } } },
    async (request) => ({ success: true as const, data: await users.profile(signedIn(request).userId) }),
  );

  routes.patch(
    '/',
    {
      config: { access: 'account:update' },
      schema: { tags: ['me'], summary: 'Change my name or phone number', security, body: profilePatch, response: { 200: ok(userProfile) } },
    },
    async (request) => ({ success: true as const, data: await account.updateProfile(signedIn(request), request.body) }),
  );

  routes.delete(
    '/',
    {
      // The password is checked here, so guesses with a stolen access token are throttled.
      config: { ...perUserPerMinute(5), access: 'account:delete' },
      schema: {
        tags: ['me'],
        summary: 'Close my account: signs out everywhere and erases my personal data (customers and sellers)',
        security,
        body: closeAccountBody,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await account.closeAccount(signedIn(request), request.body.password);
      return reply.code(204).send();
    },
  );
}
