import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { Redis } from 'ioredis';
import type { Config, JwtKey, TrustProxy } from './config.js';
import { shippedMigrationCount, type Database } from './db/client.js';
import { systemClock, type Clock } from './lib/clock.js';
import { audit } from './modules/audit/audit.service.js';
import { accountRoutes } from './modules/auth/account.routes.js';
import { auditContext, authRoutes } from './modules/auth/auth.routes.js';
import { createAuthService } from './modules/auth/auth.service.js';
import { noGeolocation, type Geolocator } from './modules/auth/device.js';
import { memoryIpBlock, redisIpBlock } from './modules/auth/ip-block.js';
import { anonymousPermissions } from './modules/auth/permissions.js';
import { createSessionGuard, type SessionGuard } from './modules/auth/session-guard.js';
import { createTokenService } from './modules/auth/tokens.js';
import { catalogRoutes } from './modules/catalog/catalog.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { createMailer, type Mailer } from './modules/mail/mail.service.js';
import { mailboxRoutes } from './modules/mail/mailbox.routes.js';
import { settingsRoutes } from './modules/settings/settings.routes.js';
import { createSettingsService, type SettingsService } from './modules/settings/settings.service.js';
import { addressRoutes } from './modules/addresses/addresses.routes.js';
import { adminUserRoutes } from './modules/admin/admin-users.routes.js';
import { auditLogRoutes } from './modules/audit/audit.routes.js';
import { sellerApplicationRoutes } from './modules/users/seller-applications.routes.js';
import { registerAuthorization } from './plugins/authorize.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerRateLimits } from './plugins/rate-limit.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerWeb } from './plugins/web.js';

export const STORE_NAME = 'shoppingMall';

/** What a module's routes may need from the application. */
export type ModuleDeps = { db: Database; clock: Clock; mailer: Mailer; guard: SessionGuard; settings: SettingsService };

export type AppDeps = {
  config: Config;
  /** The signing keys: JWT_SECRETS, or in development a key kept under DATA_DIR. */
  jwtKeys: JwtKey[];
  db: Database;
  clock?: Clock;
  /** Turns a public IP into a place name for the session list; none is configured by default. */
  geolocate?: Geolocator;
  /** The built web app (dist/web); without it only the API is served. */
  webRoot?: string;
  /** Tests run silent; the server passes its pino logger. */
  logger?: FastifyBaseLogger;
};

/** Builds the whole application from its dependencies; never listens, so tests can `inject()`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db } = deps;
  const clock = deps.clock ?? systemClock;
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
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  const mailer = createMailer({ publicUrl: config.publicUrl, clock });
  const tokens = createTokenService(deps.jwtKeys, clock);
  const ipBlock = redis ? redisIpBlock(redis, clock) : memoryIpBlock(clock);
  // The guard asks the auth service, which needs the guard to announce revocations: tie the knot lazily.
  const guard = createSessionGuard({ clock, redis, load: (sessionId) => auth.sessionActive(sessionId) });
  const auth = createAuthService({ db, clock, tokens, mailer, guard, ipBlock, geolocate: deps.geolocate ?? noGeolocation });
  const settings = createSettingsService(db, clock);
  app.addHook('onClose', async () => {
    await guard.close();
    redis?.disconnect();
  });

  registerErrorHandling(app);
  registerAuthorization(app, {
    tokens,
    guard,
    anonymous: async () => anonymousPermissions(await settings.current()),
    onDenied: (request) =>
      audit(db, auditContext(request, clock), {
        action: 'authz.denied',
        outcome: 'denied',
        actor: request.auth ? { id: request.auth.userId, email: request.auth.email } : null,
        details: { access: request.routeOptions.config.access, method: request.method, route: request.routeOptions.url, url: request.url },
      }),
  });
  registerSecurityHeaders(app, { https: config.publicUrl.startsWith('https:') });
  await registerRateLimits(app, { redis, ipBlock });
  await registerOpenApi(app, { publicUrl: config.publicUrl });

  const routeOptions = { auth, clock, publicUrl: config.publicUrl };
  await app.register(healthRoutes, { db, migrations: await shippedMigrationCount() });
  await app.register(authRoutes, { prefix: '/api/v1/auth', ...routeOptions });
  await app.register(catalogRoutes, { prefix: '/api/v1', db });
  // Outside production, without SMTP, emails stay in the outbox and a page shows them.
  const devMailbox = config.env !== 'production' && !config.smtpUrl;
  await app.register(settingsRoutes, { prefix: '/api/v1', settings, clock, devMailbox });
  const moduleDeps: ModuleDeps = { db, clock, mailer, guard, settings };
  await app.register(accountRoutes, { prefix: '/api/v1/me', ...routeOptions, ...moduleDeps });
  await app.register(addressRoutes, { prefix: '/api/v1/me/addresses', ...moduleDeps });
  await app.register(sellerApplicationRoutes, { prefix: '/api/v1', ...moduleDeps });
  await app.register(adminUserRoutes, { prefix: '/api/v1/admin/users', ...moduleDeps });
  await app.register(auditLogRoutes, { prefix: '/api/v1/admin/audit-log', ...moduleDeps });
  if (devMailbox) await app.register(mailboxRoutes, { db });
  await registerWeb(app, { webRoot: deps.webRoot });

  await app.ready();
  return app;
}

/** A hop count trusts that many proxies nearest to us, which Fastify expresses as a function. */
function toFastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
