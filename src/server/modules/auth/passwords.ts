import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (the library's default algorithm) with OWASP's parameters: 19 MiB, 2 iterations,
 * 1 lane — 10–20 ms a hash on this hardware.
 */
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, PARAMS);

export const verifyPassword = (storedHash: string, password: string): Promise<boolean> =>
  verify(storedHash, password).catch(() => false);
