import { index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.tables.js';

export const deviceType = pgEnum('device_type', ['desktop', 'mobile', 'tablet', 'unknown']);

/**
 * A signed-in device. Access tokens name it (`sid`) and stop working once it is revoked; the
 * refresh token's id is kept only as a SHA-256 hash, so a database leak yields no usable token.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    refreshTokenHash: text('refresh_token_hash').notNull(),
    refreshExpiresAt: timestamp('refresh_expires_at', { withTimezone: true }).notNull(),
    deviceType: deviceType('device_type').notNull(),
    browser: text('browser').notNull(),
    os: text('os').notNull(),
    userAgent: text('user_agent').notNull(),
    ip: text('ip').notNull(),
    location: text('location').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), uniqueIndex('sessions_refresh_token_key').on(t.refreshTokenHash)],
);

export const oneTimeTokenKind = pgEnum('one_time_token_kind', ['verify_email', 'reset_password', 'unlock']);

/** Links sent by email: 32 random bytes in the link, only their SHA-256 here; single use. */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: oneTimeTokenKind('kind').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('one_time_tokens_hash_key').on(t.tokenHash), index('one_time_tokens_user_kind_idx').on(t.userId, t.kind, t.createdAt)],
);

/** Every password a user has set, newest last, so that the last five cannot be reused. */
export const passwordHistory = pgTable(
  'password_history',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('password_history_user_idx').on(t.userId, t.createdAt)],
);

/**
 * Failed logins of the last 15 minutes, per normalised email whether or not an account has it, and
 * per scope: `''` for browsers that have not signed in to the account before, a device cookie's
 * nonce for one that has, `session:<id>` for a signed-in session confirming its password. Each
 * scope is counted and locked apart, so a stranger's failures never lock the owner's devices.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    email: text('email').notNull(),
    scope: text('scope').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_failures_email_scope_at_idx').on(t.email, t.scope, t.at), index('login_failures_at_idx').on(t.at)],
);

/** An email locked for one scope by its fifth failed login within 15 minutes, until `lockedUntil`. */
export const loginLocks = pgTable(
  'login_locks',
  {
    email: text('email').notNull(),
    scope: text('scope').notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.email, t.scope] })],
);
