import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adminProductQuery,
  adminProductSummary,
  backInStockRequest,
  categoryNode,
  createCategoryBody,
  createProductBody,
  newVariantBody,
  productDetail,
  productImage,
  productListQuery,
  productSummary,
  sellerProductDetail,
  sellerProductQuery,
  sellerProductSummary,
  sellerProfile,
  sellerVariant,
  stockMovement,
  updateCategoryBody,
  updateImageBody,
  updateProductBody,
  updateVariantBody,
} from '../../../contracts/catalog.js';
import multipart from '@fastify/multipart';
import { IMAGE_BYTES_MAX, IMAGE_PIXELS_MAX } from '../../../contracts/catalog-rules.js';
import { idParams, ok, okList, paginationQuery, uuid } from '../../../contracts/common.js';
import { AppError, fieldError } from '../../lib/app-error.js';
import { signedIn } from '../../plugins/authorize.js';
import type { BackInStockService } from './back-in-stock.service.js';
import { PRODUCT_COUNT_CAP, type CatalogService } from './catalog.service.js';
import type { CategoryService } from './categories.service.js';
import type { ImageService } from './images.service.js';
import type { ProductService } from './products.service.js';

/** The catalog: the category tree, products and their variants, stock and images. */
export async function catalogRoutes(app: FastifyInstance, options: { catalog: CatalogService; categories: CategoryService; products: ProductService; images: ImageService; backInStock: BackInStockService }): Promise<void> {
  const { catalog, categories, products, images, backInStock } = options;
  // Uploads only: one file a request, no other parts, and never more than the limit in memory.
  await app.register(multipart, { limits: { fileSize: IMAGE_BYTES_MAX, files: 1, fields: 0, parts: 1 } });
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
        description: `Full-text search (stemmed, ranked, each word a prefix; a word that finds nothing is corrected to the nearest word of the catalog) with filters and sort. \`meta.total\` counts matches up to ${PRODUCT_COUNT_CAP.toLocaleString('en')}: a broader search says ${PRODUCT_COUNT_CAP.toLocaleString('en')}, and its pages go that far.`,
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
    '/seller/products/:id',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: 'One of your products in any status, as its edit page shows it (admins: anyone’s); another seller’s is 404', security, params: idParams, response: { 200: ok(sellerProductDetail) } },
    },
    async (request) => ({ success: true as const, data: await products.ownDetail(signedIn(request), request.params.id) }),
  );

  routes.get(
    '/admin/products',
    {
      config: { access: 'products:read:all' },
      schema: { tags: ['admin'], summary: 'Every seller’s products, drafts and archived ones too, filtered by seller, status, category and name or SKU', security, querystring: adminProductQuery, response: { 200: okList(adminProductSummary) } },
    },
    async (request) => {
      const { items, meta } = await products.listAll(request.query);
      return { success: true as const, data: items, meta };
    },
  );

  routes.get(
    '/sellers/:id',
    { config: { access: 'catalog:browse' }, schema: { tags: ['catalog'], summary: 'An active seller’s public page; `GET /products?seller=` lists its products', params: idParams, response: { 200: ok(sellerProfile) } } },
    async (request) => ({ success: true as const, data: await catalog.sellerProfile(request.params.id) }),
  );

  routes.put(
    '/variants/:id/back-in-stock',
    {
      config: { access: 'back-in-stock:own' },
      schema: { tags: ['catalog'], summary: 'Ask to be emailed once when this out-of-stock variant is back (idempotent); 409 while it is in stock', security, params: idParams, response: { 200: ok(backInStockRequest) } },
    },
    async (request) => ({ success: true as const, data: await backInStock.request(signedIn(request), request.params.id) }),
  );

  routes.delete(
    '/variants/:id/back-in-stock',
    {
      config: { access: 'back-in-stock:own' },
      schema: { tags: ['catalog'], summary: 'No longer wait for this variant', security, params: idParams, response: { 204: z.undefined() } },
    },
    async (request, reply) => {
      await backInStock.cancel(signedIn(request), request.params.id);
      return reply.code(204).send();
    },
  );

  routes.get(
    '/me/back-in-stock',
    {
      config: { access: 'back-in-stock:own' },
      schema: { tags: ['catalog'], summary: 'The variants you wait for, newest request first', security, response: { 200: ok(z.array(backInStockRequest)) } },
    },
    async (request) => ({ success: true as const, data: await backInStock.mine(signedIn(request)) }),
  );

  routes.get(
    '/products/:id',
    { config: { access: 'catalog:browse' }, schema: { tags: ['catalog'], summary: 'One product with variants and images', params: idParams, response: { 200: ok(productDetail) } } },
    async (request) => ({ success: true as const, data: await catalog.getProduct(request.params.id) }),
  );

  routes.post(
    '/products/:id/images',
    {
      config: { access: 'products:manage:own' },
      schema: {
        tags: ['catalog'],
        summary: `Upload an image (multipart/form-data, the part "file"): JPEG, PNG or WebP by its bytes, at most ${IMAGE_BYTES_MAX / 1024 / 1024} MB and ${IMAGE_PIXELS_MAX / 1_000_000} million pixels; stored without its metadata, as WebP at several widths`,
        security,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: ok(productImage) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the image as multipart/form-data, in a part named "file"');
      const oneFile = () => fieldError('file', 'Send one image in a part named "file", and nothing else');
      let bytes: Buffer | undefined;
      try {
        // Every part is read, so a second one is refused rather than dropped unseen.
        for await (const part of request.parts()) {
          if (bytes || part.type !== 'file' || part.fieldname !== 'file') throw oneFile();
          // Over the size limit this throws a 413 before more than the limit is held in memory.
          bytes = await part.toBuffer();
        }
      } catch (error) {
        // The multipart limits of one file and no fields: the request's shape, not its size.
        if (['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT'].includes((error as { code?: string }).code ?? '')) throw oneFile();
        throw error;
      }
      if (!bytes) throw oneFile();
      return reply.code(201).send({ success: true, data: await images.upload(signedIn(request), request.params.id, bytes) });
    },
  );

  routes.patch(
    '/images/:id',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: 'Change an image’s alt text or its place among the product’s images (0 is first, the one lists show)', security, params: idParams, body: updateImageBody, response: { 200: ok(productImage) } },
    },
    async (request) => ({ success: true as const, data: await images.update(signedIn(request), request.params.id, request.body) }),
  );

  routes.delete(
    '/images/:id',
    {
      config: { access: 'products:manage:own' },
      schema: { tags: ['catalog'], summary: 'Delete an image; the ones after it move up', security, params: idParams, response: { 204: z.undefined() } },
    },
    async (request, reply) => {
      await images.remove(signedIn(request), request.params.id);
      return reply.code(204).send();
    },
  );

  routes.get(
    '/images/:id/:width',
    {
      // Public even when the store requires sign-in: an <img> cannot send a bearer token, and an
      // image id is an unguessable UUID that only a product page reveals.
      config: { access: 'public' },
      schema: { tags: ['catalog'], summary: 'A product image at one of its stored widths (binary; the srcset names them)', params: imageFileParams },
    },
    async (request, reply) => {
      const file = await images.file(request.params.id, request.params.width);
      const etag = `"${file.etag}"`;
      // Files never change (a new upload is a new image), so browsers and proxies keep them a year.
      reply.header('cache-control', 'public, max-age=31536000, immutable').header('etag', etag);
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .header('x-content-type-options', 'nosniff')
        .type(file.contentType)
        .send(file.data);
    },
  );
}

const imageFileParams = z.object({ id: uuid, width: z.coerce.number().int().min(1).max(10_000) });

/** If-None-Match holds one ETag, several, or `*`; weak ones compare equal too (RFC 9110 §13.1.2). */
const matchesEtag = (header: string | undefined, etag: string): boolean =>
  header !== undefined && header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === etag;
  });
