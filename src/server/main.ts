import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { AppError } from './lib/app-error.js';
import { ConfigError, loadConfig, type Config, type JwtKey } from './config.js';
import { openDatabase } from './db/open.js';
import { systemClock } from './lib/clock.js';
import { countryGeolocator } from './modules/auth/geolocation.js';
import { createPasswordHasher } from './modules/auth/passwords.js';
import { devMailboxTransport, smtpTransport, startMailWorker } from './modules/mail/mail.worker.js';
import { seedDemo, workingDemoLogins, type DemoLogin } from './seed/demo.js';
import { logsEveryRequest, processLogger } from './logging.js';

const SHUTDOWN_GRACE_MS = 10_000;
const LOCKOUT_SWEEP_EVERY_MS = 3_600_000;

/** src/server/main.ts and dist/server/main.js are both two levels below the project root. */
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const log = processLogger(config);

  const database = await openDatabase(config, log);
  const { db } = database;
  const hasher = createPasswordHasher();
  const jwtKeys = config.jwtKeys ?? (await developmentJwtKeys(config.dataDir));
  const app = await buildApp({ config, jwtKeys, db, hasher, logger: log, logRequests: logsEveryRequest(config), webRoot: path.join(projectRoot, 'dist', 'web'), geolocate: await countryGeolocator() });
  const { services } = app;
  if (config.admin) {
    // A refusal (the email belongs to an account already, a weak password) is the operator's to fix; the shop still starts.
    const outcome = await services.adminUsers.createFirstAdmin({ ...config.admin, fullName: 'Administrator' }).catch((error: unknown) => {
      if (!(error instanceof AppError)) throw error;
      log.error({ email: config.admin?.email, code: error.code }, `ADMIN_EMAIL: no admin created: ${error.message}`);
    });
    if (outcome === 'created') log.info({ email: config.admin.email }, 'first admin created');
  }
  if (config.seedDemo) await seedDemo(services);
  const demo = config.seedDemo ? await workingDemoLogins({ users: services.users, hasher }) : [];
  const admins = await services.users.countActiveAdmins();

  const worker = startMailWorker({
    db,
    transport: config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : devMailboxTransport,
    clock: systemClock,
    log,
  });
  await app.listen({ port: config.port, host: config.host });
  // Failed logins too old to count and lapsed locks are of no use, and they hold emails.
  const sweepLockout = () => services.lockout.purgeExpired().catch((err: unknown) => log.error({ err }, 'lockout sweep failed'));
  void sweepLockout();
  const lockoutSweep = setInterval(sweepLockout, LOCKOUT_SWEEP_EVERY_MS);

  let stopping = false;
  const stop = async (signal: string) => {
    // Under `npm start` a Ctrl-C arrives twice (from the terminal and forwarded by npm): one shutdown.
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: draining requests');
    setTimeout(() => {
      log.error(`requests still running after ${SHUTDOWN_GRACE_MS / 1000} s: exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    // Close the HTTP server first (in-flight requests finish), then what they depend on.
    clearInterval(lockoutSweep);
    await app.close();
    await worker.stop();
    await hasher.close();
    await database.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', (s) => void stop(s));
  process.on('SIGTERM', (s) => void stop(s));

  printBanner(config, { storeName: (await services.settings.current()).storeName, demo, admins }, Math.round(performance.now() - startedAt));
}

/**
 * Outside production JWT_SECRETS may be unset: a random key is made once and kept under DATA_DIR,
 * so restarting the shop does not sign everybody out.
 */
async function developmentJwtKeys(dataDir: string): Promise<JwtKey[]> {
  const file = path.join(dataDir, 'jwt-secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  const secret = existing.trim() || randomBytes(48).toString('base64url');
  if (!existing) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
  }
  return [{ kid: 'dev', secret }];
}

function printBanner(config: Config, shop: { storeName: string; demo: DemoLogin[]; admins: number }, readyMs: number): void {
  const adminLine =
    shop.admins > 0
      ? `  Admins:    ${shop.admins} (sign in at ${config.publicUrl}/sign-in; make more under Admin → Users)`
      : '  No admin yet: set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run admin:create`.';
  const lines = [
    '',
    `  ${shop.storeName} is ready in ${readyMs} ms`,
    '',
    `  Shop:      ${config.publicUrl}`,
    `  API docs:  ${config.publicUrl}/api/docs`,
    ...(config.env !== 'production' && !config.smtpUrl ? [`  Mailbox:   ${config.publicUrl}/dev/mailbox`] : []),
    '',
    ...(shop.demo.length ? ['  Demo logins:', ...shop.demo.map((d) => `    ${d.role.padEnd(9)} ${d.email}  /  ${d.password}`), ''] : []),
    adminLine,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  // A configuration error is the user's to fix: one clear line, no stack.
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
