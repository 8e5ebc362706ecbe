import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../src/server/lib/free-port.js';
import { startSmtpReceiver } from './smtp.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shop without SMTP_URL: it keeps its emails at /dev/mailbox. */
    baseUrl: string;
    /** The shop with SMTP_URL: it delivers its emails to the receiver, and has no /dev/mailbox. */
    smtpShopUrl: string;
    /** Where the receiver saves every email the SMTP shop delivered, one raw .eml file each. */
    mailDir: string;
  }
}

export const ADMIN = { email: 'admin@example.com', password: 'Admin#Journey2026' };

export type Shop = { url: string; stop(): Promise<void> };

/**
 * The built shop exactly as `npm start` runs it — embedded PostgreSQL in a fresh directory,
 * demo data — on a free port, for the browser journeys. Twice: the shop registers /dev/mailbox
 * only when SMTP_URL is unset (src/server/app.ts), so one shop keeps the dev mailbox and the
 * other delivers over SMTP to a real receiver on loopback.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mailDir = await mkdtemp(path.join(os.tmpdir(), 'shoppingmall-e2e-mail-'));
  const smtp = await startSmtpReceiver(mailDir);
  const started = await Promise.allSettled([startShop({}), startShop({ SMTP_URL: smtp.url })]);
  const shops = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const teardown = async () => {
    await Promise.all(shops.map((shop) => shop.stop()));
    await smtp.close();
    await rm(mailDir, { recursive: true, force: true });
  };
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await teardown();
    throw failure.reason;
  }
  const [devShop, smtpShop] = shops as [Shop, Shop];
  project.provide('baseUrl', devShop.url);
  project.provide('smtpShopUrl', smtpShop.url);
  project.provide('mailDir', mailDir);
  return teardown;
}

/**
 * One built shop (`dist/server/main.js`) on a free loopback port, on embedded PostgreSQL in a fresh
 * directory with the demo data; `stop` ends it and deletes the directory. Also used by
 * scripts/lighthouse.ts.
 */
export async function startShop(env: { SMTP_URL?: string }): Promise<Shop> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'shoppingmall-e2e-'));
  // As root, the embedded PostgreSQL runs as the postgres user, who must be able to enter it.
  await chmod(dataDir, 0o711);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const shop = {
    url,
    async stop() {
      await stop(server);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitUntilReady(url, server, () => output);
  } catch (error) {
    await shop.stop();
    throw error;
  }
  return shop;
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited early:\n${output()}`);
    const ready = await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready within 90 s:\n${output()}`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}
