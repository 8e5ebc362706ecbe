import { uuidv7 } from 'uuidv7';

/** Time-ordered UUIDs keep primary-key indexes append-only and sort by creation. */
export const newId = (): string => uuidv7();
