import { hash, verify } from '@node-rs/argon2';
import pLimit from 'p-limit';

/**
 * Argon2id (the library's default algorithm) with OWASP's parameters: 19 MiB, 2 iterations,
 * 1 lane — about 20 ms a hash on this hardware.
 */
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const PARAMS_IN_HASH = `m=${PARAMS.memoryCost},t=${PARAMS.timeCost},p=${PARAMS.parallelism}`;

/**
 * Hashes run on libuv's pool (4 threads), shared with file and DNS work. Two at a time keep both
 * cores busy during a login burst while leaving threads, and CPU, for requests that need no hash.
 */
const hashing = pLimit(2);

export const hashPassword = (password: string): Promise<string> => hashing(() => hash(password, PARAMS));

export const verifyPassword = (storedHash: string, password: string): Promise<boolean> =>
  hashing(() => verify(storedHash, password)).catch(() => false);

/** A hash made with other parameters (older, weaker) is replaced at the next successful login. */
export const needsRehash = (storedHash: string): boolean =>
  !storedHash.startsWith('$argon2id$') || !storedHash.includes(`$${PARAMS_IN_HASH}$`);

/**
 * Unknown emails are checked against this, so a login for an address with no account costs the
 * same time as one for a real account and timing reveals nothing.
 */
let dummyHash: Promise<string> | undefined;
export const verifyAgainstDummy = async (password: string): Promise<false> => {
  dummyHash ??= hash('dummy password for timing', PARAMS);
  await verifyPassword(await dummyHash, password);
  return false;
};
