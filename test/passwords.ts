import { afterAll } from 'vitest';
import { createPasswordHasher } from '../src/server/modules/auth/passwords.js';

/** One hashing pool per test file, as the process has one; closed after the file's tests. */
export const testHasher = createPasswordHasher({ threads: 2 });
afterAll(() => testHasher.close());

export const hashPassword = (password: string): Promise<string> => testHasher.hash(password);
export const verifyPassword = (storedHash: string, password: string): Promise<boolean> => testHasher.verify(storedHash, password);
