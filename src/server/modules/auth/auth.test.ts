import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppAndDatabase } from '../../../../test/app.js';
import { activeUser, bearer, DESKTOP_CHROME, emailsTo, IPHONE_SAFARI, login, nextIp, registration, tokenFromEmail } from '../../../../test/auth-helpers.js';
import type { Database } from '../../db/client.js';

let app: FastifyInstance;
let db: Database;

beforeAll(async () => {
  ({ app, db } = await testAppAndDatabase());
});

const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `/api/v1/auth${url}`, payload, headers, remoteAddress: nextIp() });

describe('happy path', () => {
  it('registers, verifies, signs in, refreshes, lists sessions and signs out', async () => {
    const body = registration();
    const reg = await post('/register', body);
    expect(reg.statusCode).toBe(201);
    expect(reg.json().data.user).toMatchObject({ email: body.email, status: 'unverified', emailVerified: false, role: 'customer' });

    const early = await post('/login', { email: body.email, password: body.password });
    expect(early.json().error.code).toBe('AUTH_EMAIL_NOT_VERIFIED');

    const token = await tokenFromEmail(db, body.email, '/verify-email');
    const ver = await post('/verify-email', { token });
    expect(ver.json().data.user).toMatchObject({ status: 'active', emailVerified: true });

    const session = await login(app, body, { 'user-agent': DESKTOP_CHROME });
    expect(session.cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });

    const me = await app.inject({ url: '/api/v1/me', headers: bearer(session.accessToken) });
    expect(me.json().data.email).toBe(body.email);

    const refreshed = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { refresh_token: session.refreshToken } });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json().data.refreshToken).toBeUndefined();

    const sessions = await app.inject({ url: '/api/v1/me/sessions', headers: bearer(session.accessToken) });
    expect(sessions.json().data).toEqual([
      expect.objectContaining({ id: session.session.id, current: true, deviceType: 'desktop', browser: 'Chrome 130', os: 'Windows 10', location: 'Unknown', status: 'active' }),
    ]);

    const out = await post('/logout', undefined, bearer(session.accessToken));
    expect(out.statusCode).toBe(204);
    const after = await app.inject({ url: '/api/v1/me', headers: bearer(session.accessToken) });
    expect(after.json().error.code).toBe('AUTH_INVALID_TOKEN');
  });

  it('emails on a sign-in from a new device', async () => {
    const user = await activeUser(app, db);
    await login(app, user, { 'user-agent': DESKTOP_CHROME });
    await login(app, user, { 'user-agent': DESKTOP_CHROME });
    expect(await emailsTo(db, user.email, 'New sign-in')).toHaveLength(0);
    await login(app, user, { 'user-agent': IPHONE_SAFARI });
    expect(await emailsTo(db, user.email, 'New sign-in')).toHaveLength(1);
  });
});
