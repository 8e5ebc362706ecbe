import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_ADDRESSES } from '../../../contracts/address-rules.js';
import { addressBody, addressPatch, addressView } from '../../../contracts/addresses.js';
import { idParams, ok } from '../../../contracts/common.js';
import { signedIn } from '../../plugins/authorize.js';
import type { AddressService } from './addresses.service.js';

/** Delivery addresses of the signed-in user, under /me/addresses. */
export async function addressRoutes(app: FastifyInstance, options: { addresses: AddressService }): Promise<void> {
  const { addresses } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  const config = { access: 'addresses:manage:own' } as const;
  const tags = ['me'];

  routes.get(
    '/',
    { config, schema: { tags, summary: 'My delivery addresses: the default first, then the most recently used', security, response: { 200: ok(z.array(addressView)) } } },
    async (request) => ({ success: true as const, data: await addresses.listFor(signedIn(request).userId) }),
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
    async (request, reply) => reply.code(201).send({ success: true, data: await addresses.create(signedIn(request), request.body) }),
  );

  routes.patch(
    '/:id',
    {
      config,
      schema: { tags, summary: 'Change some fields of an address; the postal code and phone are checked against the resulting country', security, params: idParams, body: addressPatch, response: { 200: ok(addressView) } },
    },
    async (request) => ({ success: true as const, data: await addresses.update(signedIn(request), request.params.id, request.body) }),
  );

  routes.delete(
    '/:id',
    { config, schema: { tags, summary: 'Delete an address; deleting the default leaves no default until one is chosen', security, params: idParams, response: { 204: z.undefined() } } },
    async (request, reply) => {
      await addresses.remove(signedIn(request), request.params.id);
      return reply.code(204).send();
    },
  );

  routes.post(
    '/:id/default',
    { config, schema: { tags, summary: 'Make an address the default (the previous default is unset)', security, params: idParams, response: { 200: ok(addressView) } } },
    async (request) => ({ success: true as const, data: await addresses.makeDefault(signedIn(request), request.params.id) }),
  );
}
