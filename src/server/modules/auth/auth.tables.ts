import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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

/** Recent failed logins of an account: the lockout counts those of the last 15 minutes. */
export const loginFailures = pgTable(
  'login_failures',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_failures_user_at_idx').on(t.userId, t.at)],
);

/** An account locked by the fifth failed login within 15 minutes, until `lockedUntil`. */
export const loginLocks = pgTable('login_locks', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  lockedUntil: timestamp('locked_until', { withTimezone: true }).notNull(),
});
