import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ok } from '../../../contracts/common.js';
import { settingsPatch, shippingMethod, storeInfo, storeSettings } from '../../../contracts/settings.js';
import { STORE_CURRENCY } from '../../lib/money.js';
import { signedIn } from '../../plugins/authorize.js';
import type { SettingsService } from './settings.service.js';

/** The store as every visitor sees it, and its settings for admins. */
export async function settingsRoutes(app: FastifyInstance, options: { settings: SettingsService; devMailbox: boolean }): Promise<void> {
  const { settings, devMailbox } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];

  routes.get(
    '/store',
    { config: { access: 'public' }, schema: { tags: ['store'], summary: 'The store name, currency, whether browsing needs a sign-in, and whether emails stay in a dev mailbox', response: { 200: ok(storeInfo) } } },
    async () => {
      const { storeName, requireSignInToBrowse } = await settings.current();
      return { success: true as const, data: { storeName, requireSignInToBrowse, currency: STORE_CURRENCY, devMailbox } };
    },
  );

  routes.get(
    '/shipping-methods',
    { config: { access: 'public' }, schema: { tags: ['store'], summary: 'How orders can be shipped, and at what price', response: { 200: ok(z.array(shippingMethod)) } } },
    async () => ({ success: true as const, data: (await settings.current()).shipping }),
  );

  routes.get(
    '/admin/settings',
    { config: { access: 'settings:manage' }, schema: { tags: ['admin'], summary: 'The store settings', security, response: { 200: ok(storeSettings) } } },
    async () => ({ success: true as const, data: await settings.current() }),
  );

  routes.patch(
    '/admin/settings',
    {
      config: { access: 'settings:manage' },
      schema: { tags: ['admin'], summary: 'Change store settings (recorded in the audit log)', security, body: settingsPatch, response: { 200: ok(storeSettings) } },
    },
    async (request) => ({ success: true as const, data: await settings.update(signedIn(request), request.body) }),
  );
}
