import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { boundedQueue } from '../../lib/bounded-queue.js';

/**
 * Argon2id (the library's default algorithm) with OWASP's parameters: 19 MiB, 2 iterations,
 * 1 lane — 10–21 ms of CPU a hash on the hosts this was measured on (decision 007).
 */
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const PARAMS_IN_HASH = `m=${PARAMS.memoryCost},t=${PARAMS.timeCost},p=${PARAMS.parallelism}`;

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a stored value that is no hash at all (a closed account's). */
  verify(storedHash: string, password: string): Promise<boolean>;
  /**
   * The work of a verification, for an email with no account, so that timing reveals nothing.
   * Always false.
   */
  verifyAgainstDummy(password: string): Promise<false>;
  close(): Promise<void>;
};

/**
 * How many hashes may wait for a thread: about a second and a half of work at the measured 10–21 ms
 * a hash on two threads. Beyond that a caller is told to come back (503) instead of queueing
 * behind a flood, and the memory each waiting request holds stays bounded.
 */
const MAX_QUEUED = 128;

/** A hash made with other parameters (older, weaker) is replaced at the next successful login. */
export const needsRehash = (storedHash: string): boolean =>
  !storedHash.startsWith('$argon2id$') || !storedHash.includes(`$${PARAMS_IN_HASH}$`);

/**
 * The process makes one hasher and passes it in; nothing starts at import. Hashes run on their
 * own threads at the lowest CPU priority (nice 19): they use the cores nobody else needs, and the
 * event loop and PostgreSQL take a core back the moment a request needs it, so a burst of logins
 * slows other logins, never the rest of the API (decision 007).
 */
export function createPasswordHasher(options: { threads?: number; maxQueued?: number } = {}): PasswordHasher {
  const threads = options.threads ?? availableParallelism();
  const maxQueued = options.maxQueued ?? MAX_QUEUED;
  const pool = new Piscina({
    filename: new URL('./argon2-worker.js', import.meta.url).href,
    // Started up front and kept: a login burst must not wait for threads to spawn.
    minThreads: threads,
    maxThreads: threads,
    niceIncrement: 19,
  });
  /** First come, first hashed: piscina's balancer does not keep arrival order, and its tail latency showed it. */
  const queued = boundedQueue({ concurrency: threads, maxQueued });

  const hash = (password: string): Promise<string> => queued(() => pool.run({ password, options: PARAMS }, { name: 'hash' }));
  const verify = (storedHash: string, password: string): Promise<boolean> =>
    queued(() => pool.run({ storedHash, password }, { name: 'verify' }).catch(() => false));
  // Made at once, so not even the first unknown email pays for making it; its password is random and unknown.
  const dummyHash = hash(randomBytes(32).toString('base64url'));

  return {
    hash,
    verify,
    async verifyAgainstDummy(password) {
      await verify(await dummyHash, password);
      return false;
    },
    async close() {
      await dummyHash.catch(() => undefined);
      await pool.destroy();
    },
  };
}
