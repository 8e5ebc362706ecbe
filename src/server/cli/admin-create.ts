import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { systemClock } from '../lib/clock.js';
import { AppError } from '../lib/app-error.js';
import { noGeolocation } from '../modules/auth/device.js';
import { createPasswordHasher } from '../modules/auth/passwords.js';
import { createServices } from '../services.js';

/**
 * `npm run admin:create -- --email you@example.com [--name "Your Name"]`: makes the first admin.
 * The password comes from ADMIN_PASSWORD or is asked for, so it never lands in shell history.
 */
async function run(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const config = loadConfig();
  const email = values.email ?? config.admin?.email ?? (await ask('Admin email: '));
  const password = config.admin?.password ?? (await ask('Password (8–128 characters, upper, lower, digit, one of @$!%*?&#): '));
  const log = pino({ level: 'warn' });
  const database = await openDatabase(config, log);
  const hasher = createPasswordHasher({ threads: 1 });
  try {
    const { adminUsers } = createServices({
      config,
      db: database.db,
      clock: systemClock,
      hasher,
      // This command signs no token; the key only completes the services.
      jwtKeys: config.jwtKeys ?? [{ kid: 'cli', secret: randomBytes(32).toString('base64url') }],
      geolocate: noGeolocation,
      reportError: (err, what) => log.error({ err }, what),
    });
    const outcome = await adminUsers.createFirstAdmin({ email: email.toLowerCase(), password, fullName: values.name ?? 'Administrator' });
    process.stdout.write(
      outcome === 'created'
        ? `Admin ${email} created. Sign in at ${config.publicUrl}/sign-in\n`
        : 'An active admin exists already: sign in as that admin and create more under Admin → Users.\n',
    );
    return outcome === 'created' ? 0 : 1;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const details = Array.isArray(error.details) ? (error.details as { message: string }[]).map((d) => `\n  - ${d.message}`).join('') : '';
    process.stderr.write(`${error.message}${details}\n`);
    return 1;
  } finally {
    await hasher.close();
    await database.close();
  }
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error(`${question.trim()} required: pass --email and set ADMIN_PASSWORD when not on a terminal`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
