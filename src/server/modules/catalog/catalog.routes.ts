import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  categoryNode,
  createCategoryBody,
  createProductBody,
  newVariantBody,
  productDetail,
  productListQuery,
  productSummary,
  sellerProductQuery,
  sellerProductSummary,
  sellerVariant,
  stockMovement,
  updateCategoryBody,
  updateProductBody,
  updateVariantBody,
} from '../../../contracts/catalog.js';
import { idParams, ok, okList, paginationQuery } from '../../../contracts/common.js';
import { signedIn } from '../../plugins/authorize.js';
import type { CatalogService } from './catalog.service.js';
import type { CategoryService } from './categories.service.js';
import type { ProductService } from './products.service.js';

/** The storefront's catalog: categories, products and their images. */
export async function catalogRoutes(app: FastifyInstance, options: { catalog: CatalogService; categories: CategoryService; products: ProductService }): Promise<void> {
  const { catalog, categories, products } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];

  routes.get(
    '/categories',
    { config: { access: 'catalog:browse' }, schema: { tags: ['catalog'], summary: 'The category tree', response: { 200: ok(z.array(categoryNode)) } } },
    async () => ({ success: true as const, data: await catalog.categoryTree() }),
  );

  routes.post(
    '/categories',
    {
      config: { access: 'categories:manage' },
      schema: { tags: ['catalog'], summary: 'Create a category (the slug is made from the name unless given)', security, body: createCategoryBody, response: { 201: ok(categoryNode) } },
    },
    async (request, reply) => reply.code(201).send({ success: true, data: await categories.create(signedIn(request), request.body) }),
  );

  routes.patch(
    '/categories/:id',
    {
      config: { access: 'categories:manage' },
      schema: { tags: ['catalog'], summary: 'Rename, re-slug or move a category (never under itself)', security, params: idParams, body: updateCategoryBody, response: { 200: ok(categoryNode) } },
    },
    async (request) => ({ success: true as const, data: await categories.update(signedIn(request), request.params.id, request.body) }),
  );

  routes.delete(
    '/categories/:id',
    {
      config: { access: 'categories:manage' },
      schema: { tags: ['catalog'], summary: 'Delete a category; 409 while sub-categories or products are filed under it', security, params: idParams, response: { 204: z.undefined() } },
    },
    async (request, reply) => {
      await categories.remove(signedIn(request), request.params.id);
      return reply.code(204).send();
    },
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

  routes.post(
    '/products',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: 'List a product with its variants; the caller is its seller', security, body: createProductBody, response: { 201: ok(productDetail) } },
    },
    async (request, reply) => reply.code(201).send({ success: true, data: await products.create(signedIn(request), request.body) }),
  );

  routes.patch(
    '/products/:id',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: "Edit, publish, draft or archive one of your products (admins: anyone's); another seller's is 404", security, params: idParams, body: updateProductBody, response: { 200: ok(productDetail) } },
    },
    async (request) => ({ success: true as const, data: await products.update(signedIn(request), request.params.id, request.body) }),
  );

  routes.delete(
    '/products/:id',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: 'Delete one of your products (soft: past orders keep their lines)', security, params: idParams, response: { 204: z.undefined() } },
    },
    async (request, reply) => {
      await products.remove(signedIn(request), request.params.id);
      return reply.code(204).send();
    },
  );

  routes.post(
    '/products/:id/variants',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: 'Add a variant (SKU) naming the product’s options', security, params: idParams, body: newVariantBody, response: { 201: ok(sellerVariant) } },
    },
    async (request, reply) => reply.code(201).send({ success: true, data: await products.addVariant(signedIn(request), request.params.id, request.body) }),
  );

  routes.patch(
    '/variants/:id',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: 'Change a variant’s price, low-stock threshold or counted stock (with a reason, into the ledger)', security, params: idParams, body: updateVariantBody, response: { 200: ok(sellerVariant) } },
    },
    async (request) => ({ success: true as const, data: await products.updateVariant(signedIn(request), request.params.id, request.body) }),
  );

  routes.delete(
    '/variants/:id',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: 'Delete a variant (soft: past orders keep their lines)', security, params: idParams, response: { 204: z.undefined() } },
    },
    async (request, reply) => {
      await products.removeVariant(signedIn(request), request.params.id);
      return reply.code(204).send();
    },
  );

  routes.get(
    '/variants/:id/stock-movements',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: 'A variant’s stock ledger, newest first: who changed it, when, by how much and why', security, params: idParams, querystring: paginationQuery, response: { 200: okList(stockMovement) } },
    },
    async (request) => {
      const { items, meta } = await products.stockLedger(signedIn(request), request.params.id, request.query);
      return { success: true as const, data: items, meta };
    },
  );

  routes.get(
    '/seller/products',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: 'Your products, drafts and archived ones too; ?lowStock=true for those with a variant at or under its threshold', security, querystring: sellerProductQuery, response: { 200: okList(sellerProductSummary) } },
    },
    async (request) => {
      const { items, meta } = await products.listOwn(signedIn(request), request.query);
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
