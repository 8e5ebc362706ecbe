import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.js';
import { activeUser, bearer, login } from '../../../test/auth-helpers.js';
import { createTestDatabase } from '../../../test/database.js';
import type { Database } from '../db/client.js';

/** The address the shop recorded for a sign-in from `socket` with these headers: what limits and the audit log count. */
async function recordedAddress(app: FastifyInstance, socket: string, headers: Record<string, string>): Promise<string> {
  const session = await login(app, await activeUser(app, db), headers, socket);
  const res = await app.inject({ method: 'GET', url: '/api/v1/me/sessions', headers: bearer(session.accessToken) });
  return (res.json().data as { current: boolean; ip: string }[]).find((s) => s.current)!.ip;
}

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

describe('the client address behind TRUST_PROXY', () => {
  it('with one trusted proxy takes the address it names, not what the client wrote before it', async () => {
    const app = await buildTestApp(db, { TRUST_PROXY: '1' });
    expect(await recordedAddress(app, '10.0.0.2', { 'x-forwarded-for': '203.0.113.7' })).toBe('203.0.113.7');
    expect(await recordedAddress(app, '10.0.0.2', { 'x-forwarded-for': '1.1.1.1, 203.0.113.8' })).toBe('203.0.113.8');
  });

  it('passes over a forwarded value that is no IP address for the nearest real one', async () => {
    const app = await buildTestApp(db, { TRUST_PROXY: '2' });
    expect(await recordedAddress(app, '10.0.0.2', { 'x-forwarded-for': '<script>, 10.0.0.9' })).toBe('10.0.0.9');
    expect(await recordedAddress(app, '10.0.0.2', { 'x-forwarded-for': 'not-an-address' })).toBe('10.0.0.2');
  });

  it('believes only the listed proxies', async () => {
    const app = await buildTestApp(db, { TRUST_PROXY: '10.0.0.2' });
    expect(await recordedAddress(app, '10.0.0.2', { 'x-forwarded-for': '203.0.113.9' })).toBe('203.0.113.9');
    expect(await recordedAddress(app, '198.51.100.4', { 'x-forwarded-for': '203.0.113.9' })).toBe('198.51.100.4');
  });
});

describe('TRUST_PROXY off', () => {
  it('counts the connecting address and warns once when forwarded headers arrive', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, new Writable({ write: (chunk, _encoding, done) => done(void lines.push(String(chunk))) }));
    const app = await buildTestApp(db, {}, { logger });

    expect(await recordedAddress(app, '198.51.100.5', { 'x-forwarded-for': '203.0.113.10' })).toBe('198.51.100.5');
    await app.inject({ method: 'GET', url: '/healthz', headers: { forwarded: 'for=203.0.113.11' } });

    const warnings = lines.filter((line) => line.includes('TRUST_PROXY is off'));
    expect(warnings).toHaveLength(1);
  });
});
