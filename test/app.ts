import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp, type AppDeps } from '../src/server/app.js';
import { loadConfig, type Config } from '../src/server/config.js';
import type { Database } from '../src/server/db/client.js';
import { signedIn, type SignedInUser } from './auth-helpers.js';
import { testClock, type TestClock } from './clock.js';
import { createTestDatabase } from './database.js';
import { testHasher } from './passwords.js';

export const TEST_PUBLIC_URL = 'http://shop.test';

export const TEST_JWT_SECRETS = `test-2:${'b'.repeat(40)},test-1:${'a'.repeat(40)}`;

export const testConfig = (env: NodeJS.ProcessEnv = {}): Config =>
  loadConfig({ NODE_ENV: 'test', PUBLIC_URL: TEST_PUBLIC_URL, JWT_SECRETS: TEST_JWT_SECRETS, ...env });

/** What a test may inject into the app besides its configuration and database (the clock, geolocation, keys…). */
type TestAppDeps = Partial<Omit<AppDeps, 'config' | 'db'>>;

const apps: FastifyInstance[] = [];
// Module level, like the database cleanup: it runs after the file's own afterAll hooks, and before
// that cleanup (registered first, by the import above), so no app outlives its database.
afterAll(() => Promise.all(apps.splice(0).map((app) => app.close())));

/** The real application on the test file's database, closed after the file's tests. */
export async function buildTestApp(
  db: Database,
  env: NodeJS.ProcessEnv = {},
  extra: TestAppDeps = {},
): Promise<FastifyInstance> {
  const config = testConfig(env);
  const app = await buildApp({ config, db, jwtKeys: config.jwtKeys ?? [], hasher: testHasher, ...extra });
  apps.push(app);
  return app;
}

/** The services of a test app on `db`, for what a test drives without HTTP (the seed, the bootstrap). */
export const testServices = async (db: Database) => (await buildTestApp(db)).services;

/** The usual setup of a test file: a database of its own and the real application on it. */
export async function testAppAndDatabase(env: NodeJS.ProcessEnv = {}, extra: TestAppDeps = {}): Promise<{ app: FastifyInstance; db: Database }> {
  const { db } = await createTestDatabase();
  return { app: await buildTestApp(db, env, extra), db };
}

/** The setup of a file about the admin API: `testAppAndDatabase` with an admin signed in. */
export async function testAppWithAdmin(extra: TestAppDeps = {}): Promise<{ app: FastifyInstance; db: Database; admin: SignedInUser }> {
  const { app, db } = await testAppAndDatabase({}, extra);
  return { app, db, admin: await signedIn(app, db, 'admin') };
}

/** An app of its own on `db` with a clock of its own, for a test that moves time. */
export async function testAppWithClock(
  db: Database,
  env: NodeJS.ProcessEnv = {},
  extra: Omit<TestAppDeps, 'clock'> = {},
): Promise<{ app: FastifyInstance; clock: TestClock }> {
  const clock = testClock();
  return { app: await buildTestApp(db, env, { clock, ...extra }), clock };
}
