import type { Redis } from 'ioredis';
import type { UserProfile } from '../../../contracts/auth.js';
import type { Context } from '../../context.js';
import type { Database, Executor } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, notFound, sessionEnded } from '../../lib/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { createSharedCache } from '../../lib/shared-cache.js';
import { erasePersonalData, updateProfile } from './account.repository.js';
import { makeSeller } from './seller-applications.repository.js';
import * as repo from './users.repository.js';
import type { UserRow } from './users.repository.js';

export type { UserRow } from './users.repository.js';
/** Published for other modules to join on: what an account and an active seller are lives here. */
export { accountDirectory, activeAccountIds, activeSellers, sellerNames } from './users.repository.js';

export type NewAccount = Pick<UserRow, 'email' | 'passwordHash' | 'fullName' | 'phone' | 'role'> & { business?: { name: string; taxId: string } };

const emailTaken = () => new AppError('AUTH_EMAIL_EXISTS', 'An account with this email already exists');

/**
 * How long a node may answer GET /me from memory. Every change an account's own node makes is
 * seen at once (the cache forgets it after the commit, on every node through Redis); one whose
 * message is lost within this time, inside the contract's 5 seconds.
 */
export const PROFILE_CACHE_MS = 4_000;

/** The account's own fields: a profile without the seller's business (the admins' user list). */
export function accountOf(user: repo.AccountFields): Omit<UserProfile, 'seller'> {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    phone: user.phone,
    role: user.role,
    status: user.status,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}

const profileOfRow = (row: repo.ProfileRow): UserProfile => ({
  ...accountOf(row),
  ...(row.role !== 'customer' && row.businessName !== null && row.taxId !== null ? { seller: { businessName: row.businessName, taxId: row.taxId } } : {}),
});

/**
 * Accounts: who they are, their role and status, and the seller's business. Every other module
 * reaches these tables through this service (or the subqueries it publishes).
 */
export function createUserService({ db, clock, redis }: { db: Database; clock: Clock; redis?: Redis }) {
  const profiles = createSharedCache<UserProfile>({
    name: 'profiles',
    ttlMs: PROFILE_CACHE_MS,
    clock,
    redis,
    loadMany: async (ids) => new Map((await repo.profilesByIds(db, { ids: [...ids] })).rows.map((row) => [row.id, profileOfRow(row)])),
  });
  /** The account's row changed: every node forgets its profile once the change commits. */
  const changed = (ctx: Context, userId: string) => ctx.afterCommit(() => profiles.forget([userId]));

  return {
    /** Inside a use case, pass its context: the read then runs in its transaction, on the connection it holds. */
    findByEmail: (email: string, ctx?: Context): Promise<UserRow | undefined> => repo.findUserByEmail(ctx?.tx ?? db, email),

    findById: (id: string, ctx?: Context): Promise<UserRow | undefined> => repo.findUserById(ctx?.tx ?? db, id),

    /** What a user sees of their own account (GET /me), and what sign-in and registration return. */
    async profileOf(user: UserRow, executor: Executor = db): Promise<UserProfile> {
      const seller = user.role === 'customer' ? undefined : await repo.findSellerProfile(executor, user.id);
      return profileOfRow({ ...user, businessName: seller?.businessName ?? null, taxId: seller?.taxId ?? null });
    },

    /** GET /me: the caller's profile, from the cache when a node has it. */
    async profile(userId: string): Promise<UserProfile> {
      const profile = await profiles.get(userId);
      if (!profile) throw notFound('User');
      return profile;
    },

    search: (search: repo.UserSearch) => repo.searchUsers(db, search),

    /** A new account; an email taken in any case, even by a racing request, is AUTH_EMAIL_EXISTS. */
    async create(ctx: Context, account: NewAccount, status: { status: UserRow['status']; verified: boolean }): Promise<UserRow> {
      const { tx, now } = ctx;
      if (await repo.findUserByEmail(tx, account.email)) throw emailTaken();
      const { business, ...fields } = account;
      const created = await repo
        .insertUser(tx, { id: newId(), ...fields, status: status.status, emailVerifiedAt: status.verified ? now : null, createdAt: now, updatedAt: now })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? emailTaken() : error;
        });
      if (business) await repo.insertSellerProfile(tx, { userId: created.id, businessName: business.name, taxId: business.taxId, createdAt: now });
      return created;
    },

    /** The account when this call verified it; an already verified account is left alone. */
    async markEmailVerified(ctx: Context, userId: string): Promise<UserRow | undefined> {
      changed(ctx, userId);
      return repo.markEmailVerified(ctx.tx, userId, ctx.now);
    },

    async recordSignIn(ctx: Context, userId: string): Promise<boolean> {
      changed(ctx, userId);
      return repo.recordSignIn(ctx.tx, userId, ctx.now);
    },

    /** The same password under a stronger hash, unless the password changed meanwhile. */
    upgradePasswordHash: (ctx: Context, userId: string, change: { from: string; to: string }) => repo.replacePasswordHash(ctx.tx, userId, change),

    setPasswordHash: (ctx: Context, userId: string, passwordHash: string) => repo.setPasswordHash(ctx.tx, userId, passwordHash, ctx.now),

    /** Moves the account from one status to another; undefined when it was not in `from` (any more). */
    async changeStatus(ctx: Context, userId: string, change: { from: UserRow['status']; to: UserRow['status'] }): Promise<UserRow | undefined> {
      changed(ctx, userId);
      return repo.changeUserStatus(ctx.tx, userId, change, ctx.now);
    },

    async updateProfile(ctx: Context, userId: string, changes: { fullName?: string; phone?: string }): Promise<UserRow> {
      changed(ctx, userId);
      return updateProfile(ctx.tx, userId, changes, ctx.now);
    },

    /** The customer becomes a seller with this business; addresses, orders and everything else stay theirs. */
    async makeSeller(ctx: Context, userId: string, business: { businessName: string; taxId: string }): Promise<void> {
      changed(ctx, userId);
      await makeSeller(ctx.tx, userId, business, ctx.now);
    },

    /** A closed account: anonymised in this module's tables (`account.repository.ts`). */
    async erasePersonalData(ctx: Context, userId: string): Promise<void> {
      changed(ctx, userId);
      await erasePersonalData(ctx.tx, userId, ctx.now);
    },

    /**
     * True when the shop has no customer or seller yet, under a lock held to the end of the
     * transaction: of two nodes starting at once on an empty database, one seeds the demo shop.
     */
    async claimEmptyShop(ctx: Context): Promise<boolean> {
      await repo.holdDemoSeed(ctx.tx);
      return (await repo.countShoppersAndSellers(ctx.tx)) === 0;
    },

    countActiveAdmins: () => repo.countActiveAdmins(db),

    /** The active admins, counted under a lock held to the end of the transaction: two nodes bootstrapping at once make one admin. */
    async countActiveAdminsForBootstrap(ctx: Context): Promise<number> {
      await repo.holdAdminRoster(ctx.tx);
      return repo.countActiveAdmins(ctx.tx);
    },

    /** Serialises changes to who is an active admin until the transaction ends. */
    holdAdminRoster: (ctx: Context) => repo.holdAdminRoster(ctx.tx),

    /** Whom to tell when the admins change. */
    activeAdminEmails: (ctx: Context) => repo.activeAdminEmails(ctx.tx),

    /** The account row, locked until the transaction ends: serialises the writes made on its behalf. */
    lock: (ctx: Context, userId: string) => repo.lockUser(ctx.tx, userId),

    /**
     * The caller's account, locked for the rest of the transaction, for a write made on its
     * behalf. A token can outlive its account by a few seconds (the session cache, a request in
     * flight while the account is closed or suspended): such a write is refused here, and can
     * never bring personal data back to a closed account.
     */
    async lockActiveAccount(ctx: Context, userId: string): Promise<UserRow> {
      const user = await repo.lockUser(ctx.tx, userId);
      if (user?.status !== 'active') throw sessionEnded();
      return user;
    },

    close: () => profiles.close(),
  };
}

export type UserService = ReturnType<typeof createUserService>;
