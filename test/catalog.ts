import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { CategoryNode, CreateProductBody, ProductDetail } from '../src/contracts/catalog.js';
import { bearer } from './auth-helpers.js';

/** Sellers and shoppers through the catalog API, for the catalog's test files. */

let counter = 0;
/** A short upper-case tag, unique in the run: for SKUs and names that must not collide. */
export const uniqueTag = (): string => `${++counter}${randomBytes(3).toString('hex')}`.toUpperCase();

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One API call, with the caller's token if there is one. */
export const api = (app: FastifyInstance, method: Method, url: string, token?: string, payload?: object) =>
  app.inject({ method, url: `/api/v1${url}`, headers: token ? bearer(token) : {}, ...(payload ? { payload } : {}) });

/** A category made by an admin, under `parentId` if given. */
export async function newCategory(app: FastifyInstance, adminToken: string, parentId?: string): Promise<CategoryNode> {
  const res = await api(app, 'POST', '/categories', adminToken, { name: `Category ${uniqueTag()}`, ...(parentId ? { parentId } : {}) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as CategoryNode;
}

/** A mug in two sizes: S with 3 in stock, M sold out. */
export function productBody(categoryId: string, overrides: Partial<CreateProductBody> = {}): CreateProductBody {
  const tag = uniqueTag();
  return {
    name: `Stoneware Mug ${tag}`,
    description: 'Thrown by hand, glazed twice.',
    categoryId,
    variants: [
      { sku: `MUG-${tag}-S`, options: { size: 'S' }, priceCents: 2500, stock: 3 },
      { sku: `MUG-${tag}-M`, options: { size: 'M' }, priceCents: 2700, stock: 0 },
    ],
    ...overrides,
  };
}

/** A product listed through the API by the owner of `token`. */
export async function newProduct(app: FastifyInstance, token: string, categoryId: string, overrides: Partial<CreateProductBody> = {}): Promise<ProductDetail> {
  const res = await api(app, 'POST', '/products', token, productBody(categoryId, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as ProductDetail;
}
