import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/app.js';
import { nextIp, uniqueEmail } from '../../../../test/auth-helpers.js';
import { createTestDatabase } from '../../../../test/database.js';
import { AppError } from '../../lib/app-error.js';
import { createPasswordHasher } from './passwords.js';

/** One thread and room for two waiting hashes: small enough for a test to fill. */
const small = createPasswordHasher({ threads: 1, maxQueued: 2 });
afterAll(() => small.close());

describe('the bounded hashing queue', () => {
  it('sheds what does not fit with SERVICE_UNAVAILABLE and a retry time, and takes work again once it drains', async () => {
    const stored = await small.hash('Tr1cky#Parrot');

    const results = await Promise.allSettled(Array.from({ length: 8 }, () => small.verify(stored, 'Tr1cky#Parrot')));

    const done = results.filter((r) => r.status === 'fulfilled');
    const shed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    // One hashing and two waiting at most; whatever came after was refused at once.
    expect(done.length).toBeGreaterThanOrEqual(1);
    expect(done.length).toBeLessThanOrEqual(3);
    expect(done.every((r) => r.value === true)).toBe(true);
    expect(shed.length).toBe(8 - done.length);
    for (const { reason } of shed) {
      expect(reason).toBeInstanceOf(AppError);
      expect(reason).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: expect.any(Number) } });
    }
    expect(await small.verify(stored, 'Tr1cky#Parrot')).toBe(true);
  });

  it('answers a login flood beyond the queue with 503 and Retry-After, never 500', async () => {
    const { db } = await createTestDatabase();
    const app = await buildTestApp(db, {}, { hasher: small });
    const login = () => app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: uniqueEmail('flood'), password: 'Wrong#Guess99' }, remoteAddress: nextIp() });
    expect((await login()).statusCode).toBe(401);

    const answers = await Promise.all(Array.from({ length: 12 }, login));

    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.every((s) => s === 401 || s === 503)).toBe(true);
    const shed = answers.filter((a) => a.statusCode === 503);
    expect(shed.length).toBeGreaterThan(0);
    for (const res of shed) {
      expect(res.json().error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: expect.any(Number) } });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
  });
});
