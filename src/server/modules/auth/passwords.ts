import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';

/**
 * Argon2id (the library's default algorithm) with OWASP's parameters: 19 MiB, 2 iterations,
 * 1 lane — 10–21 ms of CPU a hash on the hosts this was measured on (decision 007).
 */
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const PARAMS_IN_HASH = `m=${PARAMS.memoryCost},t=${PARAMS.timeCost},p=${PARAMS.parallelism}`;

/**
 * Hashes run on their own threads, one per core, at the lowest CPU priority (nice 19). They use
 * every core nobody else needs, but the event loop takes a core back the moment a request
 * arrives: a burst of logins slows other logins, never the rest of the API (decision 007).
 */
const threads = availableParallelism();
const hashers = new Piscina({
  filename: new URL('./argon2-worker.js', import.meta.url).href,
  // Started up front and kept: a login burst must not wait for threads to spawn.
  minThreads: threads,
  maxThreads: threads,
  niceIncrement: 19,
});

/** First come, first hashed: piscina's balancer does not keep arrival order, and its tail latency showed it. */
const inOrder = pLimit(threads);

export const hashPassword = (password: string): Promise<string> => inOrder(() => hashers.run({ password, options: PARAMS }, { name: 'hash' }));

export const verifyPassword = (storedHash: string, password: string): Promise<boolean> =>
  inOrder(() => hashers.run({ storedHash, password }, { name: 'verify' })).catch(() => false);

/** A hash made with other parameters (older, weaker) is replaced at the next successful login. */
export const needsRehash = (storedHash: string): boolean =>
  !storedHash.startsWith('$argon2id$') || !storedHash.includes(`$${PARAMS_IN_HASH}$`);

/**
 * Unknown emails are checked against this, so a login for an address with no account costs the
 * same time as one for a real account and timing reveals nothing. Made when the module loads, so
 * that not even the first unknown email pays for making it; its password is random and unknown.
 */
const dummyHash = hashPassword(randomBytes(32).toString('base64url'));
export const verifyAgainstDummy = async (password: string): Promise<false> => {
  await verifyPassword(await dummyHash, password);
  return false;
};
