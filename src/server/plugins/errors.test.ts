import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../lib/app-error.js';
import { systemClock } from '../lib/clock.js';
import { registerErrorHandling } from './errors.js';

/** A minimal app with the error handling of the real one and a route that takes a body. */
async function appWithBodyRoute() {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, systemClock);
  app.post('/things', { schema: { body: z.strictObject({ name: z.string().min(2), size: z.int().optional() }) } }, (req) => {
    if (req.body.name === 'conflict') throw new AppError('CONFLICT', 'Already there', { name: req.body.name });
    return { success: true, data: req.body };
  });
  await app.ready();
  return app;
}

describe('error handling', () => {
  it('answers a body it cannot parse as JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const app = await appWithBodyRoute();
    const res = await app.inject({ method: 'POST', url: '/things', headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('rejects unknown fields, so nothing can be mass-assigned', async () => {
    const app = await appWithBodyRoute();
    const res = await app.inject({ method: 'POST', url: '/things', payload: { name: 'ok', role: 'admin' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'VALIDATION_ERROR',
      message: expect.any(String),
      details: [{ field: 'role', message: 'Unknown field' }],
    });
  });

  it('names nested and type errors by field', async () => {
    const app = await appWithBodyRoute();
    const res = await app.inject({ method: 'POST', url: '/things', payload: { name: 'x', size: 'big' } });
    expect(res.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['name', 'size']);
  });

  it('passes an AppError through with its code, status and details', async () => {
    const app = await appWithBodyRoute();
    const res = await app.inject({ method: 'POST', url: '/things', payload: { name: 'conflict' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ success: false, error: { code: 'CONFLICT', message: 'Already there', details: { name: 'conflict' } } });
  });

  it('sends Retry-After with a rate limit', async () => {
    const app = Fastify();
    registerErrorHandling(app, systemClock);
    app.get('/limited', () => {
      throw new AppError('RATE_LIMITED', 'Too many requests', { retryAfterSeconds: 42 });
    });
    const res = await app.inject('/limited');
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('42');
  });
});
