import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config, TrustProxy } from './config.js';
import { shippedMigrationCount, type Database } from './db/client.js';
import { catalogRoutes } from './modules/catalog/catalog.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { mailboxRoutes } from './modules/mail/mailbox.routes.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerWeb } from './plugins/web.js';

export const STORE_NAME = 'shoppingMall';

export type AppDeps = {
  config: Config;
  db: Database;
  /** The built web app (dist/web); without it only the API is served. */
  webRoot?: string;
  /** Tests run silent; the server passes its pino logger. */
  logger?: FastifyBaseLogger;
};

/** Builds the whole application from its dependencies; never listens, so tests can `inject()`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db } = deps;
  const app = Fastify({
    loggerInstance: deps.logger,
    trustProxy: toFastifyTrustProxy(config.trustProxy),
    bodyLimit: 1_048_576,
    // Ids are ours: a client-sent X-Request-Id would let anyone forge log correlation.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandling(app);
  await registerSecurityHeaders(app, { https: config.publicUrl.startsWith('https:') });
  await registerOpenApi(app, { publicUrl: config.publicUrl });

  await app.register(healthRoutes, { db, migrations: await shippedMigrationCount() });
  await app.register(catalogRoutes, { prefix: '/api/v1', db });
  if (config.env !== 'production' && !config.smtpUrl) await app.register(mailboxRoutes, { db });
  await registerWeb(app, { webRoot: deps.webRoot });

  await app.ready();
  return app;
}

/** A hop count trusts that many proxies nearest to us, which Fastify expresses as a function. */
function toFastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
