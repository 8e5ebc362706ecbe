import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config, JwtKey } from './config.js';
import { createUnitOfWork } from './context.js';
import type { Database } from './db/client.js';
import type { Clock } from './lib/clock.js';
import { addressRoutes } from './modules/addresses/addresses.routes.js';
import { createAddressService } from './modules/addresses/addresses.service.js';
import { adminUserRoutes } from './modules/admin/admin-users.routes.js';
import { createAdminUserService } from './modules/admin/admin-users.service.js';
import { auditLogRoutes } from './modules/audit/audit.routes.js';
import { appendAudit, createAuditService } from './modules/audit/audit.service.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { createDeviceCookies } from './modules/auth/device-cookies.js';
import type { Geolocator } from './modules/auth/device.js';
import { memoryIpBlock, redisIpBlock } from './modules/auth/ip-block.js';
import { createLockoutService } from './modules/auth/lockout.service.js';
import type { PasswordHasher } from './modules/auth/passwords.js';
import { createPasswordService } from './modules/auth/passwords.service.js';
import { createRegistrationService } from './modules/auth/registration.service.js';
import { securityRoutes } from './modules/auth/security.routes.js';
import { createSessionService } from './modules/auth/sessions.service.js';
import { createSignInService } from './modules/auth/sign-in.service.js';
import { createTokenService } from './modules/auth/tokens.js';
import { createBackInStockService } from './modules/catalog/back-in-stock.service.js';
import { catalogRoutes } from './modules/catalog/catalog.routes.js';
import { createCatalogService } from './modules/catalog/catalog.service.js';
import { createCategoryService } from './modules/catalog/categories.service.js';
import { createImageProcessor } from './modules/catalog/images.js';
import { createImageService } from './modules/catalog/images.service.js';
import { createProductService } from './modules/catalog/products.service.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { createMailer } from './modules/mail/mail.service.js';
import { mailboxRoutes } from './modules/mail/mailbox.routes.js';
import { settingsRoutes } from './modules/settings/settings.routes.js';
import { createSettingsService } from './modules/settings/settings.service.js';
import { accountRoutes } from './modules/users/account.routes.js';
import { createAccountService } from './modules/users/account.service.js';
import { sellerApplicationRoutes } from './modules/users/seller-applications.routes.js';
import { createSellerApplicationService } from './modules/users/seller-applications.service.js';
import { createUserService } from './modules/users/users.service.js';

/**
 * The composition root: every service is built here, once, from what it declares it needs, and
 * every module's routes are registered here. No module imports this file; a new module is its
 * folder, a line building its service and a line registering its routes.
 */

/** What the process provides: configuration, the database and the long-lived parts around it. */
export type Infrastructure = {
  config: Config;
  db: Database;
  clock: Clock;
  hasher: PasswordHasher;
  /** The signing keys: JWT_SECRETS, or in development a key kept under DATA_DIR. */
  jwtKeys: JwtKey[];
  /** Turns a public IP into a place name for the session list. */
  geolocate: Geolocator;
  redis?: Redis;
  /** Where failures that cannot reach a client are reported (an after-commit hook's). */
  reportError: (error: unknown, what: string) => void;
};

export function createServices(infra: Infrastructure) {
  const { config, db, clock, hasher, redis } = infra;
  const run = createUnitOfWork({ db, clock, writeAudit: appendAudit, onHookError: (error) => infra.reportError(error, 'after-commit work failed') });
  const tokens = createTokenService(infra.jwtKeys, clock);
  const ipBlock = redis ? redisIpBlock(redis, clock) : memoryIpBlock(clock);
  const deviceCookies = createDeviceCookies(infra.jwtKeys);

  const settings = createSettingsService({ db, clock, run });
  const audit = createAuditService({ db });
  const mailer = createMailer({ publicUrl: config.publicUrl, settings });
  const users = createUserService({ db, clock, redis });
  const sessions = createSessionService({ db, clock, run, redis });
  const lockout = createLockoutService({ db, clock, run, mailer, users });
  const passwords = createPasswordService({ db, clock, run, hasher, mailer, users, sessions, lockout });
  const registration = createRegistrationService({ run, mailer, users, passwords });
  const signIn = createSignInService({ db, clock, run, hasher, tokens, mailer, users, sessions, lockout, deviceCookies, ipBlock, geolocate: infra.geolocate, reportError: infra.reportError });
  const addresses = createAddressService({ db, run, users });
  const sellerApplications = createSellerApplicationService({ db, run, mailer, users, settings });
  const backInStock = createBackInStockService({ db, run, mailer });
  const account = createAccountService({ run, mailer, users, sessions, passwords, lockout, sellerApplications, personalData: [addresses, backInStock] });
  const adminUsers = createAdminUserService({ run, mailer, users, sessions, passwords, lockout, addresses });
  const catalog = createCatalogService({ db, clock, redis, users });
  const categories = createCategoryService({ run, catalog });
  const products = createProductService({ db, run, users, settings, mailer, backInStock, catalog });
  const images = createImageService({ db, run, users, processImage: createImageProcessor(), catalog });

  return { run, tokens, ipBlock, settings, audit, mailer, users, sessions, lockout, passwords, registration, signIn, addresses, sellerApplications, account, adminUsers, catalog, categories, products, images, backInStock };
}

export type Services = ReturnType<typeof createServices>;

/** Every module's routes, each given the services it names in its options. */
export async function registerModuleRoutes(app: FastifyInstance, services: Services, extra: { publicUrl: string; devMailbox: boolean; db: Database; migrations: number }): Promise<void> {
  await app.register(healthRoutes, { db: extra.db, migrations: extra.migrations });
  await app.register(authRoutes, { prefix: '/api/v1/auth', publicUrl: extra.publicUrl, ...services });
  await app.register(catalogRoutes, { prefix: '/api/v1', ...services });
  await app.register(settingsRoutes, { prefix: '/api/v1', devMailbox: extra.devMailbox, ...services });
  await app.register(accountRoutes, { prefix: '/api/v1/me', ...services });
  await app.register(securityRoutes, { prefix: '/api/v1/me', ...services });
  await app.register(addressRoutes, { prefix: '/api/v1/me/addresses', ...services });
  await app.register(sellerApplicationRoutes, { prefix: '/api/v1', ...services });
  await app.register(adminUserRoutes, { prefix: '/api/v1/admin/users', ...services });
  await app.register(auditLogRoutes, { prefix: '/api/v1/admin/audit-log', ...services });
  if (extra.devMailbox) await app.register(mailboxRoutes, { db: extra.db });
}
