// Password hashing runs here, on piscina's worker threads (see passwords.ts). Plain JavaScript
// because worker threads load files as Node finds them, without the TypeScript loader of the tests.
import { hashSync, verifySync } from '@node-rs/argon2';

/** @param {{ password: string, options: import('@node-rs/argon2').Options }} task */
export const hash = ({ password, options }) => hashSync(password, options);

/** @param {{ storedHash: string, password: string }} task */
export const verify = ({ storedHash, password }) => verifySync(storedHash, password);
