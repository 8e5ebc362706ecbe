import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp, type AppDeps } from '../src/server/app.js';
import { loadConfig, type Config } from '../src/server/config.js';
import type { Database } from '../src/server/db/client.js';
import { testHasher } from './passwords.js';

export const TEST_PUBLIC_URL = 'http://shop.test';

export const TEST_JWT_SECRETS = `test-2:${'b'.repeat(40)},test-1:${'a'.repeat(40)}`;

export const testConfig = (env: NodeJS.ProcessEnv = {}): Config =>
  loadConfig({ NODE_ENV: 'test', PUBLIC_URL: TEST_PUBLIC_URL, JWT_SECRETS: TEST_JWT_SECRETS, ...env });

const apps: FastifyInstance[] = [];
// Module level, like the database cleanup: it runs after the file's own afterAll hooks.
afterAll(() => Promise.all(apps.splice(0).map((app) => app.close())));

/** The real application on the test file's database, closed after the file's tests. */
export async function buildTestApp(
  db: Database,
  env: NodeJS.ProcessEnv = {},
  extra: Partial<Omit<AppDeps, 'config' | 'db'>> = {},
): Promise<FastifyInstance> {
  const config = testConfig(env);
  const app = await buildApp({ config, db, jwtKeys: config.jwtKeys ?? [], hasher: testHasher, ...extra });
  apps.push(app);
  return app;
}

/** The services of a test app on `db`, for what a test drives without HTTP (the seed, the bootstrap). */
export const testServices = async (db: Database) => (await buildTestApp(db)).services;
