import { createHash, randomBytes } from 'node:crypto';
import type { Context } from '../../context.js';
import type { Executor } from '../../db/client.js';
import { AppError } from '../../lib/app-error.js';
import { consumeToken, findLiveToken, insertOneTimeToken, type OneTimeTokenKind } from './auth.repository.js';

/**
 * The tokens of email links: 32 random bytes in the link, only their SHA-256 in the database, so
 * a leaked table yields no usable link; single use, and they expire.
 */

/** A link that is unknown, used or expired: the same answer for each, so none can be told apart. */
export const invalidLink = () => new AppError('AUTH_RESET_TOKEN_INVALID', 'This link is invalid or has expired');

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A new link token for the user; the caller puts it in an email of the same transaction. */
export async function issueLinkToken(ctx: Context, userId: string, kind: OneTimeTokenKind, ttlMs: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertOneTimeToken(ctx.tx, { userId, kind, tokenHash: sha256(token), createdAt: ctx.now, expiresAt: new Date(ctx.now.getTime() + ttlMs) });
  return token;
}

/** Uses the link token up; its user, or undefined when it is unknown, used or expired. */
export const consumeLinkToken = (ctx: Context, kind: OneTimeTokenKind, token: string): Promise<string | undefined> =>
  consumeToken(ctx.tx, kind, sha256(token), ctx.now);

/** The user of a live link token, leaving it unused: for work that must happen before its transaction. */
export const peekLinkToken = (db: Executor, kind: OneTimeTokenKind, token: string, now: Date): Promise<string | undefined> =>
  findLiveToken(db, kind, sha256(token), now);
