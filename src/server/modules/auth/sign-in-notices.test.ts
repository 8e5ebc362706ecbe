import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PUBLIC_URL } from '../../../../test/app.js';
import { activeUser, bearer, DESKTOP_CHROME, emailsTo, login, nextIp, refreshCookie } from '../../../../test/auth-helpers.js';
import { testClock, type TestClock } from '../../../../test/clock.js';
import { createTestDatabase } from '../../../../test/database.js';
import type { Database } from '../../db/client.js';
import type { Geolocator } from './device.js';

/**
 * What a user notices of a sign-in: the "new sign-in" email when a known device turns up in a
 * new place, and the refresh cookie as API.md describes it (httpOnly, SameSite=Strict,
 * Path=/api/v1/auth, Secure over HTTPS, 30 days).
 */

const NEW_SIGN_IN = 'New sign-in';
const COOKIE_PATH = '/api/v1/auth';
/** The refresh token's lifetime in API.md, written out rather than imported so a change to the code cannot move it. */
const THIRTY_DAYS_MS = 30 * 24 * 3_600_000;

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

// ---------------------------------------------------------------------------------------------

/**
 * Two places a geo-IP database could know, each a public documentation network. Every sign-in
 * takes a fresh address in its place, so the login rate limit (10 a minute per IP) never bites.
 */
const LISBON = { name: 'Lisbon, Portugal', network: '203.0.113.' };
const OSAKA = { name: 'Osaka, Japan', network: '192.0.2.' };
let hostCounter = 0;
const addressIn = (place: { network: string }) => `${place.network}${(++hostCounter % 250) + 1}`;
const geolocate: Geolocator = async (ip) => [LISBON, OSAKA].find((place) => ip.startsWith(place.network))?.name ?? null;

/** Not the test default, so a link that comes out right was built from this app's PUBLIC_URL. */
const GEO_PUBLIC_URL = 'https://mall.example';

describe('the new-sign-in email', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildTestApp(db, { PUBLIC_URL: GEO_PUBLIC_URL }, { geolocate });
  });

  const fromDesktop = { 'user-agent': DESKTOP_CHROME };

  it('is not sent for the first sign-in ever: there is nothing to compare it with', async () => {
    const user = await activeUser(app, db);
    await login(app, user, fromDesktop, addressIn(LISBON));
    expect(await emailsTo(db, user.email, NEW_SIGN_IN)).toHaveLength(0);
  });

  it('is not sent when the same device signs in again from the same place', async () => {
    const user = await activeUser(app, db);
    const home = addressIn(LISBON);
    await login(app, user, fromDesktop, home);
    await login(app, user, fromDesktop, home);
    expect(await emailsTo(db, user.email, NEW_SIGN_IN)).toHaveLength(0);
  });

  it('is sent once when the same device signs in from a new location, which is then known', async () => {
    const user = await activeUser(app, db);
    await login(app, user, fromDesktop, addressIn(LISBON));
    await login(app, user, fromDesktop, addressIn(OSAKA));
    expect(await emailsTo(db, user.email, NEW_SIGN_IN)).toHaveLength(1);

    // A second sign-in from Osaka is no longer news.
    await login(app, user, fromDesktop, addressIn(OSAKA));
    expect(await emailsTo(db, user.email, NEW_SIGN_IN)).toHaveLength(1);
  });

  it('names the browser, OS, new location and IP, and links to PUBLIC_URL/account/security', async () => {
    const user = await activeUser(app, db);
    await login(app, user, fromDesktop, addressIn(LISBON));
    const osaka = addressIn(OSAKA);
    // A forged Host must not leak into the link: emails are built from PUBLIC_URL only.
    await login(app, user, { ...fromDesktop, host: 'attacker.example' }, osaka);

    const [email] = await emailsTo(db, user.email, NEW_SIGN_IN);
    expect(email?.subject).toBe('New sign-in to your shoppingMall account');
    const text = email?.text ?? '';
    expect(text).toContain('Chrome 130');
    expect(text).toContain('Windows 10');
    expect(text).toContain(OSAKA.name);
    expect(text).not.toContain(LISBON.name); // the place of the new sign-in, not of the old one
    expect(text).toContain(osaka);
    expect(text).toContain(`${GEO_PUBLIC_URL}/account/security`);
    expect(text).not.toContain('attacker.example');
  });
});

// ---------------------------------------------------------------------------------------------

/** The raw Set-Cookie line, to check that an attribute is absent rather than merely unparsed. */
const rawRefreshCookie = (res: LightMyRequestResponse): string => {
  const header = res.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  return lines.find((line) => line.startsWith('refresh_token=')) ?? '';
};

describe('the refresh cookie', () => {
  let httpsClock: TestClock;
  let httpsApp: FastifyInstance;
  let httpClock: TestClock;
  let httpApp: FastifyInstance;

  beforeAll(async () => {
    // Clocks that stand still, so the cookie's lifetime can be measured from "now" exactly.
    httpsClock = testClock();
    httpsApp = await buildTestApp(db, { PUBLIC_URL: 'https://shop.example' }, { clock: httpsClock });
    httpClock = testClock();
    httpApp = await buildTestApp(db, { PUBLIC_URL: TEST_PUBLIC_URL }, { clock: httpClock });
  });

  it.each([
    ['https', () => ({ app: httpsApp, clock: httpsClock })],
    ['http', () => ({ app: httpApp, clock: httpClock })],
  ])('is httpOnly, SameSite=Strict, scoped to /api/v1/auth and lives 30 days (%s)', async (_scheme, shop) => {
    const { app, clock } = shop();
    const { cookie } = await login(app, await activeUser(app, db));

    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: COOKIE_PATH });
    // Max-Age or Expires, whichever is sent, must say 30 days. JWT times have whole seconds,
    // so up to a second less is fine.
    const lifetimesMs = [
      ...(cookie?.maxAge !== undefined ? [cookie.maxAge * 1000] : []),
      ...(cookie?.expires !== undefined ? [cookie.expires.getTime() - clock.now().getTime()] : []),
    ];
    expect(lifetimesMs.length, 'neither Max-Age nor Expires: a session cookie').toBeGreaterThan(0);
    for (const lifetime of lifetimesMs) {
      expect(lifetime).toBeGreaterThan(THIRTY_DAYS_MS - 1000);
      expect(lifetime).toBeLessThanOrEqual(THIRTY_DAYS_MS);
    }
  });

  it('is Secure when PUBLIC_URL is https', async () => {
    const { response } = await login(httpsApp, await activeUser(httpsApp, db));
    expect(refreshCookie(response)?.secure).toBe(true);
    expect(rawRefreshCookie(response)).toMatch(/;\s*Secure(;|$)/i);
  });

  it('is not Secure when PUBLIC_URL is http: a browser would never send it back over plain HTTP', async () => {
    const { response } = await login(httpApp, await activeUser(httpApp, db));
    expect(refreshCookie(response)?.secure).toBeFalsy();
    expect(rawRefreshCookie(response)).not.toMatch(/;\s*Secure(;|$)/i);
  });

  it('is cleared by logout with the attributes it was set with, so the browser drops the very cookie it holds', async () => {
    const session = await login(httpsApp, await activeUser(httpsApp, db));
    const res = await httpsApp.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer(session.accessToken), remoteAddress: nextIp() });
    expect(res.statusCode, res.body).toBe(204);

    const cleared = refreshCookie(res);
    expect(cleared).toMatchObject({ value: '', path: COOKIE_PATH, httpOnly: true, sameSite: 'Strict', secure: true });
    const expired = cleared?.maxAge === 0 || (cleared?.expires !== undefined && cleared.expires.getTime() <= httpsClock.now().getTime());
    expect(expired, rawRefreshCookie(res)).toBe(true);
  });
});
