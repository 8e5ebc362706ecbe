import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_ADDRESSES } from '../../../contracts/address-rules.js';
import { addressBody, addressPatch, addressView } from '../../../contracts/addresses.js';
import { idParams, ok } from '../../../contracts/common.js';
import type { ModuleDeps } from '../../app.js';
import { caller } from '../../plugins/authorize.js';
import { auditContext } from '../auth/auth.routes.js';
import { createAddressService, type Owner } from './addresses.service.js';

/** Delivery addresses of the signed-in user, under /me/addresses. */
export async function addressRoutes(app: FastifyInstance, options: ModuleDeps): Promise<void> {
  const { db, clock } = options;
  const addresses = createAddressService(db, clock);
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  const config = { access: 'addresses:manage:own' } as const;
  const tags = ['me'];
  const owner = (request: FastifyRequest): Owner => ({ id: caller(request).userId, email: caller(request).email });
  const ctx = (request: FastifyRequest) => auditContext(request, clock);

  routes.get(
    '/',
    { config, schema: { tags, summary: 'My delivery addresses: the default first, then the most recently used', security, response: { 200: ok(z.array(addressView)) } } },
    async (request) => ({ success: true as const, data: await addresses.list(owner(request)) }),
  );

  routes.post(
    '/',
    {
      config,
      schema: {
        tags,
        summary: `Add a delivery address (the first becomes the default; at most ${MAX_ADDRESSES})`,
        security,
        body: addressBody,
        response: { 201: ok(addressView) },
      },
    },
    async (request, reply) => reply.code(201).send({ success: true, data: await addresses.create(owner(request), request.body, ctx(request)) }),
  );

  routes.patch(
    '/:id',
    {
      config,
      schema: { tags, summary: 'Change some fields of an address; the postal code and phone are checked against the resulting country', security, params: idParams, body: addressPatch, response: { 200: ok(addressView) } },
    },
    async (request) => ({ success: true as const, data: await addresses.update(owner(request), request.params.id, request.body, ctx(request)) }),
  );

  routes.delete(
    '/:id',
    { config, schema: { tags, summary: 'Delete an address; deleting the default leaves no default until one is chosen', security, params: idParams, response: { 204: z.undefined() } } },
    async (request, reply) => {
      await addresses.remove(owner(request), request.params.id, ctx(request));
      return reply.code(204).send();
    },
  );

  routes.post(
    '/:id/default',
    { config, schema: { tags, summary: 'Make an address the default (the previous default is unset)', security, params: idParams, response: { 200: ok(addressView) } } },
    async (request) => ({ success: true as const, data: await addresses.makeDefault(owner(request), request.params.id, ctx(request)) }),
  );
}
