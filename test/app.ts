import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { loadConfig, type Config } from '../src/server/config.js';
import type { Database } from '../src/server/db/client.js';

export const TEST_PUBLIC_URL = 'http://shop.test';

export const testConfig = (env: NodeJS.ProcessEnv = {}): Config =>
  loadConfig({ NODE_ENV: 'test', PUBLIC_URL: TEST_PUBLIC_URL, ...env });

const apps: FastifyInstance[] = [];
// Module level, like the database cleanup: it runs after the file's own afterAll hooks.
afterAll(() => Promise.all(apps.splice(0).map((app) => app.close())));

/** The real application on the test file's database, closed after the file's tests. */
export async function buildTestApp(db: Database, env: NodeJS.ProcessEnv = {}, webRoot?: string): Promise<FastifyInstance> {
  const app = await buildApp({ config: testConfig(env), db, webRoot });
  apps.push(app);
  return app;
}
