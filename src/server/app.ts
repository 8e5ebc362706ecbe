import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config, JwtKey } from './config.js';
import { shippedMigrationCount, type Database } from './db/client.js';
import { systemClock, type Clock } from './lib/clock.js';
import { createRedis } from './lib/redis.js';
import { RECORDED_TEXT_MAX } from './context.js';
import { clientKey } from './lib/client-key.js';
import { withoutQuery } from './logging.js';
import { appendDenial } from './modules/audit/audit.service.js';
import { noGeolocation, type Geolocator } from './modules/auth/device.js';
import type { PasswordHasher } from './modules/auth/passwords.js';
import { anonymousPermissions } from './modules/auth/permissions.js';
import { registerAuthorization } from './plugins/authorize.js';
import { toFastifyTrustProxy, warnOfUntrustedForwarding } from './plugins/client-address.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerRateLimits } from './plugins/rate-limit.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerWeb } from './plugins/web.js';
import { createServices, registerModuleRoutes, type Services } from './services.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The application's services, for what runs beside the HTTP API: the first admin, the demo data. */
    services: Services;
  }
}

export type AppDeps = {
  config: Config;
  /** The signing keys: JWT_SECRETS, or in development a key kept under DATA_DIR. */
  jwtKeys: JwtKey[];
  db: Database;
  /** The process's password-hashing pool; the process closes it after the app. */
  hasher: PasswordHasher;
  clock?: Clock;
  /** Turns a public IP into a place name for the session list; none is configured by default. */
  geolocate?: Geolocator;
  /** The built web app (dist/web); without it only the API is served. */
  webRoot?: string;
  /** Tests run silent; the server passes its pino logger. */
  logger?: FastifyBaseLogger;
  /** A line for each request and its answer; off in a developer's terminal (`logging.ts`). */
  logRequests?: boolean;
};

/** Builds the whole application from its dependencies; never listens, so tests can `inject()`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db } = deps;
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    loggerInstance: deps.logger,
    logController: new LogController({ disableRequestLogging: deps.logRequests === false }),
    trustProxy: toFastifyTrustProxy(config.trustProxy),
    bodyLimit: 1_048_576,
    // Ids are ours: a client-sent X-Request-Id would let anyone forge log correlation.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  warnOfUntrustedForwarding(app, config.trustProxy);

  const redis = config.redisUrl ? createRedis(config.redisUrl, app.log) : undefined;
  const services = createServices({
    config,
    db,
    clock,
    hasher: deps.hasher,
    jwtKeys: deps.jwtKeys,
    geolocate: deps.geolocate ?? noGeolocation,
    redis,
    reportError: (err, what) => app.log.error({ err }, what),
  });
  app.decorate('services', services);
  app.addHook('onClose', async () => {
    await services.sessions.close();
    await services.users.close();
    await services.catalog.close();
    redis?.disconnect();
  });

  registerErrorHandling(app, clock);
  registerAuthorization(app, {
    tokens: services.tokens,
    sessions: services.sessions,
    anonymous: async () => anonymousPermissions(await services.settings.current()),
    onDenied: (request) => {
      const route = `${request.method} ${request.routeOptions.url ?? ''}`;
      const caller = request.actor.userId ?? `ip:${clientKey(request.actor.ip)}`;
      // The path only, cut short: a query string may carry a token, and a URL may be as long as a client likes.
      const url = withoutQuery(request.url).slice(0, RECORDED_TEXT_MAX);
      return appendDenial(
        db,
        request.actor,
        clock.now(),
        {
          action: 'authz.denied',
          outcome: 'denied',
          details: { access: request.routeOptions.config.access, method: request.method, route: request.routeOptions.url, url },
        },
        { caller, route, url },
      );
    },
  });
  registerSecurityHeaders(app, { https: config.publicUrl.startsWith('https:') });
  await registerRateLimits(app, { redis, ipBlock: services.ipBlock });
  await registerOpenApi(app, { publicUrl: config.publicUrl });
  // Outside production, without SMTP, emails stay in the outbox and a page shows them.
  const devMailbox = config.env !== 'production' && !config.smtpUrl;
  await registerModuleRoutes(app, services, { publicUrl: config.publicUrl, devMailbox, db, migrations: await shippedMigrationCount() });
  await registerWeb(app, { webRoot: deps.webRoot, storeName: async () => (await services.settings.current()).storeName });

  await app.ready();
  return app;
}
