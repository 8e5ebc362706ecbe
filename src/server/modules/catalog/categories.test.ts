import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppWithAdmin } from '../../../../test/app.js';
import { bearer, signedIn, type SignedInUser } from '../../../../test/auth-helpers.js';
import { errorOf } from '../../../../test/errors.js';
import { slugify } from '../../../contracts/catalog-rules.js';
import type { CategoryNode } from '../../../contracts/catalog.js';
import type { Database } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { auditLog } from '../audit/audit.tables.js';
import { insertProducts } from './catalog.repository.js';
import { categories } from './catalog.tables.js';

let app: FastifyInstance;
let db: Database;
let admin: SignedInUser;

beforeAll(async () => {
  ({ app, db, admin } = await testAppWithAdmin());
});

let counter = 0;
const unique = (word: string) => `${word} ${++counter}-${Math.random().toString(36).slice(2, 7)}`;

const call = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, token = admin.accessToken) =>
  app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });

async function create(body: { name: string; slug?: string; parentId?: string | null }): Promise<CategoryNode> {
  const res = await call('POST', '/categories', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as CategoryNode;
}

async function tree(): Promise<CategoryNode[]> {
  return (await app.inject({ url: '/api/v1/categories' })).json().data as CategoryNode[];
}

const find = (nodes: CategoryNode[], id: string): CategoryNode | undefined => {
  for (const node of nodes) {
    if (node.id === id) return node;
    const below = find(node.children, id);
    if (below) return below;
  }
  return undefined;
};

describe('slugify', () => {
  it.each([
    ['Crème brûlée & Co.', 'creme-brulee-co'],
    ['  Kids --- Toys  ', 'kids-toys'],
    ['Ünïcödé 2026', 'unicode-2026'],
    ['日本', ''],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('POST /categories', () => {
  it('creates a top category and one under it, with slugs from their names, shown in the tree and audited', async () => {
    const name = unique('Garden Tools');
    const top = await create({ name });
    expect(top).toMatchObject({ name, slug: slugify(name), parentId: null, children: [] });
    const child = await create({ name: unique('Shears'), parentId: top.id });

    expect(find(await tree(), top.id)?.children.map((c) => c.id)).toEqual([child.id]);
    const [record] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'category.created'), eq(auditLog.targetId, child.id)));
    expect(record).toMatchObject({ actorId: admin.userId, details: { parentId: top.id } });
  });

  it('answers a taken slug with 409, a malformed one and an unknown parent with 400', async () => {
    const first = await create({ name: unique('Lamps') });
    const taken = await call('POST', '/categories', { name: 'Other', slug: first.slug });
    expect(taken.statusCode).toBe(409);
    expect(errorOf(taken).code).toBe('CONFLICT');

    for (const slug of ['Has Spaces', 'UPPER', 'trailing-', 'a--b']) {
      const res = await call('POST', '/categories', { name: 'x', slug });
      expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'slug' }] });
    }
    const orphan = await call('POST', '/categories', { name: unique('Orphan'), parentId: newId() });
    expect(errorOf(orphan)).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'parentId' }] });
    expect(errorOf(await call('POST', '/categories', { name: '日本' }))).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'slug' }] });
  });

  it('is for admins only: a seller and a customer get 403 and nothing is made', async () => {
    for (const role of ['seller', 'customer'] as const) {
      const caller = await signedIn(app, db, role);
      const name = unique('Forbidden');
      const res = await call('POST', '/categories', { name }, caller.accessToken);
      expect(res.statusCode).toBe(403);
      expect(await db.$count(categories, eq(categories.name, name))).toBe(0);
    }
  });
});

describe('PATCH /categories/:id', () => {
  it('renames, re-slugs and moves a category, and makes it a top one again with parentId null', async () => {
    const a = await create({ name: unique('Audio') });
    const b = await create({ name: unique('Video') });
    const res = await call('PATCH', `/categories/${b.id}`, { name: 'Video & TV', slug: `video-tv-${counter}`, parentId: a.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ name: 'Video & TV', slug: `video-tv-${counter}`, parentId: a.id });

    expect((await call('PATCH', `/categories/${b.id}`, { parentId: null })).json().data.parentId).toBeNull();
    expect((await call('PATCH', `/categories/${b.id}`, {})).json().data.name).toBe('Video & TV');
  });

  it('refuses to move a category under itself or one of its sub-categories (409), and changes nothing', async () => {
    const top = await create({ name: unique('Home') });
    const mid = await create({ name: unique('Kitchen'), parentId: top.id });
    const low = await create({ name: unique('Knives'), parentId: mid.id });

    for (const parentId of [top.id, low.id]) {
      const res = await call('PATCH', `/categories/${top.id}`, { parentId });
      expect(res.statusCode).toBe(409);
    }
    expect(find(await tree(), top.id)?.parentId).toBeNull();
  });

  it('of two moves racing to put each under the other, one wins: the tree keeps no cycle', async () => {
    const x = await create({ name: unique('Xray') });
    const y = await create({ name: unique('Yankee') });

    const answers = await Promise.all([call('PATCH', `/categories/${x.id}`, { parentId: y.id }), call('PATCH', `/categories/${y.id}`, { parentId: x.id })]);

    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
  });

  it('answers 404 for an unknown category', async () => {
    expect((await call('PATCH', `/categories/${newId()}`, { name: 'Nothing' })).statusCode).toBe(404);
  });
});

describe('DELETE /categories/:id', () => {
  it('deletes an unused category (204, audited) and answers 404 the second time', async () => {
    const gone = await create({ name: unique('Temporary') });
    expect((await call('DELETE', `/categories/${gone.id}`)).statusCode).toBe(204);
    expect(find(await tree(), gone.id)).toBeUndefined();
    expect(await db.$count(auditLog, and(eq(auditLog.action, 'category.deleted'), eq(auditLog.targetId, gone.id)))).toBe(1);
    expect((await call('DELETE', `/categories/${gone.id}`)).statusCode).toBe(404);
  });

  it('refuses with 409 while a product or a sub-category is filed under it', async () => {
    const seller = await signedIn(app, db, 'seller');
    const used = await create({ name: unique('Used') });
    const imageId = newId();
    await insertProducts(db, [
      {
        product: { id: newId(), sellerId: seller.userId, categoryId: used.id, name: 'Thing', description: 'A thing' },
        variants: [{ id: newId(), sku: `SKU-${newId()}`, options: {}, priceCents: 100, stock: 1 }],
        image: { row: { id: imageId, alt: '', width: 1, height: 1 }, files: [{ width: 1, contentType: 'image/png', data: Buffer.from('x'), etag: 'x' }] },
      },
    ]);
    expect(errorOf(await call('DELETE', `/categories/${used.id}`)).code).toBe('CONFLICT');

    const parent = await create({ name: unique('Parent') });
    await create({ name: unique('Child'), parentId: parent.id });
    expect(errorOf(await call('DELETE', `/categories/${parent.id}`)).code).toBe('CONFLICT');
    expect(find(await tree(), parent.id)).toBeDefined();
  });
});
