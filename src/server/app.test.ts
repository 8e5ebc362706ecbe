import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/app.js';
import { createTestDatabase } from '../../test/database.js';
import { bearer, signedIn } from '../../test/auth-helpers.js';
import { connect, type Database } from './db/client.js';

let app: FastifyInstance;
let databaseUrl: string;

beforeAll(async () => {
  const { db, url } = await createTestDatabase();
  databaseUrl = url;
  app = await buildTestApp(db);
});

/** A route that exists and reads a JSON body: what the body checks are made against. */
const JSON_ROUTE = '/api/v1/auth/register';

const expectEnvelope = (body: unknown, code: string) => {
  expect(body).toMatchObject({ success: false, error: { code, message: expect.any(String) } });
  expect(new Date((body as { timestamp: string }).timestamp).toString()).not.toBe('Invalid Date');
};

describe('error envelope', () => {
  it('answers an unknown API route with 404 NOT_FOUND', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expectEnvelope(res.json(), 'NOT_FOUND');
  });

  it('answers an unknown method on a known path with 404 NOT_FOUND', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/api/v1/categories' });
    expect(res.statusCode).toBe(404);
    expectEnvelope(res.json(), 'NOT_FOUND');
  });

  it('rejects malformed JSON with 400 VALIDATION_ERROR', async () => {
    const res = await app.inject({ method: 'POST', url: JSON_ROUTE, headers: { 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(res.statusCode).toBe(400);
    expectEnvelope(res.json(), 'VALIDATION_ERROR');
  });

  it('rejects a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await app.inject({
      method: 'POST',
      url: JSON_ROUTE,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    });
    expect(res.statusCode).toBe(413);
    expectEnvelope(res.json(), 'PAYLOAD_TOO_LARGE');
  });

  it('names every failing field of a schema in details', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/products?pageSize=101&sort=cheapest' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expectEnvelope(body, 'VALIDATION_ERROR');
    const fields = (body.error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['pageSize', 'sort']);
  });

  it('rejects a malformed id in the path with 400, not 404 or 500', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/products/not-a-uuid' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'id', message: expect.any(String) }]);
  });

  it('hides what broke behind 500 INTERNAL_ERROR with the request id', async () => {
    // A database that went away is a real unexpected failure: the pool is closed under the app.
    const brokenDb = connect(databaseUrl, { max: 1 });
    await brokenDb.$client.end();
    const broken = await buildTestApp(brokenDb);
    const res = await broken.inject({ method: 'GET', url: '/api/v1/categories' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expectEnvelope(body, 'INTERNAL_ERROR');
    expect(body.error.details).toEqual({ requestId: res.headers['x-request-id'] });
    expect(res.body).not.toMatch(/pool|select|categories|stack|at .*\.ts/i);
  });
});

describe('operations', () => {
  it('reports liveness at /healthz and readiness at /readyz', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ success: true, data: { status: 'ok' } });
    expect((await app.inject('/readyz')).json()).toEqual({ success: true, data: { status: 'ready' } });
  });

  it('is not ready, with 503, when the database is unreachable', async () => {
    const brokenDb = connect(databaseUrl, { max: 1 });
    await brokenDb.$client.end();
    const broken = await buildTestApp(brokenDb);
    const res = await broken.inject('/readyz');
    expect(res.statusCode).toBe(503);
    expectEnvelope(res.json(), 'SERVICE_UNAVAILABLE');
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await app.inject('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    const products = doc.paths['/api/v1/products'].get;
    expect(products.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'category', 'sort', 'page', 'pageSize']),
    );
    expect(doc.paths['/api/v1/products/{id}']).toBeDefined();
  });

  it('serves readable API docs at /api/docs', async () => {
    const res = await app.inject({ url: '/api/docs/', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger-ui');
  });
});

describe('security headers', () => {
  it('sends CSP, nosniff, referrer policy and no X-Powered-By', async () => {
    const res = await app.inject('/healthz');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS when the shop is served over HTTPS', async () => {
    const { db } = await createTestDatabase();
    const https = await buildTestApp(db, { PUBLIC_URL: 'https://shop.example' });
    const res = await https.inject('/healthz');
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
  });
});

describe('the web app', () => {
  let shop: FastifyInstance;
  let shopDb: Database;

  beforeAll(async () => {
    const webRoot = await mkdtemp(path.join(tmpdir(), 'shop-web-'));
    await writeFile(path.join(webRoot, 'index.html'), '<!doctype html><title>Shop</title><div id="root"></div>');
    await mkdir(path.join(webRoot, 'assets'));
    await writeFile(path.join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
    ({ db: shopDb } = await createTestDatabase());
    shop = await buildTestApp(shopDb, {}, { webRoot });
  });

  it('answers every page path with the app, whatever the Accept header: curl / gets the shop', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'text/html']) {
      for (const url of ['/', '/products/42', '/account/security?tab=1']) {
        const res = await shop.inject({ url, headers: accept ? { accept } : {} });
        expect(res.statusCode, `${url} with Accept ${accept}`).toBe(200);
        expect(res.body).toContain('<div id="root"></div>');
      }
    }
  });

  it("titles the page with the store's name, escaped", async () => {
    const patched = await shop.inject({ method: 'PATCH', url: '/api/v1/admin/settings', headers: bearer((await signedIn(shop, shopDb, 'admin')).accessToken), payload: { storeName: 'Tom & Jerry <Goods>' } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await shop.inject('/')).body).toContain('<title>Tom &amp; Jerry &lt;Goods&gt;</title>');
  });

  it('serves built files, and a missing file or API path as the 404 envelope, not as the app', async () => {
    const asset = await shop.inject('/assets/app-1234.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    for (const url of ['/assets/missing-5678.js', '/api/v1/nothing-here', '/api', '/dev/nothing']) {
      const res = await shop.inject({ url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(404);
      expectEnvelope(res.json(), 'NOT_FOUND');
    }
  });
});
