import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { categoryNode, productDetail, productListQuery, productSummary } from '../../../contracts/catalog.js';
import { idParams, ok, okList } from '../../../contracts/common.js';
import type { CatalogService } from './catalog.service.js';

/** The storefront's catalog: categories, products and their images. */
export async function catalogRoutes(app: FastifyInstance, options: { catalog: CatalogService }): Promise<void> {
  const { catalog } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/categories',
    { config: { access: 'catalog:browse' }, schema: { tags: ['catalog'], summary: 'The category tree', response: { 200: ok(z.array(categoryNode)) } } },
    async () => ({ success: true as const, data: await catalog.categoryTree() }),
  );

  routes.get(
    '/products',
    {
      config: { access: 'catalog:browse' },
      schema: {
        tags: ['catalog'],
        summary: 'Search and browse active products',
        querystring: productListQuery,
        response: { 200: okList(productSummary) },
      },
    },
    async (request) => {
      const { items, meta } = await catalog.listProducts(request.query);
      return { success: true as const, data: items, meta };
    },
  );

  routes.get(
    '/products/:id',
    { config: { access: 'catalog:browse' }, schema: { tags: ['catalog'], summary: 'One product with variants and images', params: idParams, response: { 200: ok(productDetail) } } },
    async (request) => ({ success: true as const, data: await catalog.getProduct(request.params.id) }),
  );

  routes.get(
    '/images/:id',
    {
      // Public even when the store requires sign-in: an <img> cannot send a bearer token, and an
      // image id is an unguessable UUID that only a product page reveals.
      config: { access: 'public' },
      schema: { tags: ['catalog'], summary: 'A product image (binary)', params: idParams },
    },
    async (request, reply) => {
      const image = await catalog.getImage(request.params.id);
      // Images are immutable (a new upload gets a new id), so browsers may keep them.
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .type(image.contentType)
        .send(image.data);
    },
  );
}
