import { checkPhone, checkPostalCode, MAX_ADDRESSES } from '../../../contracts/address-rules.js';
import type { AddressBody, AddressPatch, AddressView } from '../../../contracts/addresses.js';
import type { Actor, Context, UnitOfWork } from '../../context.js';
import type { Database, Executor } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import type { UserService } from '../users/users.service.js';
import * as repo from './addresses.repository.js';
import type { AddressRow } from './addresses.repository.js';

type Contact = { phone: string; postalCode: string; country: string };

/**
 * The postal code and phone checked against the address's own country and put in their stored
 * form (postal code tidied, phone in E.164); every problem is reported at once.
 */
function normalised<T extends Contact>(address: T): T {
  const postalCode = checkPostalCode(address.postalCode, address.country);
  const phone = checkPhone(address.phone, address.country);
  if (postalCode.ok && phone.ok) return { ...address, postalCode: postalCode.value, phone: phone.value };
  const checks = [
    ['postalCode', postalCode],
    ['phone', phone],
  ] as const;
  const problems = checks.flatMap(([field, check]) => (check.ok ? [] : [{ field, message: check.message }]));
  throw new AppError('VALIDATION_ERROR', 'The address is not valid', problems);
}

const viewOf = (row: AddressRow): AddressView => ({
  id: row.id,
  label: row.label,
  recipientName: row.recipientName,
  phone: row.phone,
  line1: row.line1,
  line2: row.line2,
  city: row.city,
  state: row.state,
  postalCode: row.postalCode,
  country: row.country,
  isDefault: row.isDefault,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The fields a user may change, as they stand on the row. */
const editableOf = ({ label, recipientName, phone, line1, line2, city, state, postalCode, country }: AddressRow) => ({
  label,
  recipientName,
  phone,
  line1,
  line2,
  city,
  state,
  postalCode,
  country,
});

export function createAddressService({ db, run, users }: { db: Database; run: UnitOfWork; users: UserService }) {
  /**
   * Every write holds the owner's account row for its whole transaction: two creates at once
   * cannot both see no address (two defaults) or both pass the limit, and nothing is written for
   * an account that is being closed or suspended.
   */
  const withAddressBook = <T>(owner: Actor, work: (ctx: Context<Actor>) => Promise<T>): Promise<T> =>
    run(owner, async (ctx) => {
      await users.lockActiveAccount(ctx, owner.userId);
      return work(ctx);
    });

  /** A live address of the owner. Someone else's is refused with nothing of it in the answer. */
  const ownedAddress = async (tx: Executor, owner: Actor, id: string): Promise<AddressRow> => {
    const row = await repo.findLiveAddress(tx, id);
    if (!row) throw notFound('Address');
    if (row.userId !== owner.userId) throw new AppError('AUTH_PERMISSION_DENIED', 'You do not have permission to do this');
    return row;
  };

  return {
    /** A user's live addresses, default first, then the most recently used: for the user, and for admins. */
    listFor: async (userId: string): Promise<AddressView[]> => (await repo.listLiveAddresses(db, userId)).map(viewOf),

    /** The first live address becomes the default. */
    async create(owner: Actor, body: AddressBody): Promise<AddressView> {
      const address = normalised({ ...body, label: body.label ?? null, line2: body.line2 ?? null });
      return withAddressBook(owner, async (ctx) => {
        const live = await repo.countLiveAddresses(ctx.tx, owner.userId);
        if (live >= MAX_ADDRESSES) {
          throw new AppError('CONFLICT', `You can keep up to ${MAX_ADDRESSES} addresses. Delete one you no longer use, then add this one.`);
        }
        const row = await repo.insertAddress(ctx.tx, { id: newId(), userId: owner.userId, ...address, isDefault: live === 0, createdAt: ctx.now, updatedAt: ctx.now });
        await ctx.audit({ action: 'address.created', outcome: 'success', target: { type: 'address', id: row.id } });
        return viewOf(row);
      });
    },

    /** The postal code and phone are checked again against the resulting country. */
    async update(owner: Actor, id: string, patch: AddressPatch): Promise<AddressView> {
      return withAddressBook(owner, async (ctx) => {
        const current = await ownedAddress(ctx.tx, owner, id);
        const address = normalised({ ...editableOf(current), ...patch });
        const row = await repo.updateAddress(ctx.tx, id, { ...address, updatedAt: ctx.now });
        // Which fields changed, never their values: the audit log holds no personal data.
        await ctx.audit({ action: 'address.updated', outcome: 'success', target: { type: 'address', id }, details: { fields: Object.keys(patch) } });
        return viewOf(row);
      });
    },

    /** A soft delete: orders keep their own snapshot. Deleting the default leaves none; the user picks the next. */
    async remove(owner: Actor, id: string): Promise<void> {
      await withAddressBook(owner, async (ctx) => {
        const current = await ownedAddress(ctx.tx, owner, id);
        // The 409 for an address that a pending order ships to arrives with the orders module.
        await repo.updateAddress(ctx.tx, id, { deletedAt: ctx.now });
        await ctx.audit({ action: 'address.deleted', outcome: 'success', target: { type: 'address', id }, details: { wasDefault: current.isDefault } });
      });
    },

    /** Exactly one default: the old one is unset first, in the same transaction. */
    async makeDefault(owner: Actor, id: string): Promise<AddressView> {
      return withAddressBook(owner, async (ctx) => {
        const current = await ownedAddress(ctx.tx, owner, id);
        if (current.isDefault) return viewOf(current);
        const previousDefaultId = await repo.clearDefault(ctx.tx, owner.userId, ctx.now);
        const row = await repo.updateAddress(ctx.tx, id, { isDefault: true, updatedAt: ctx.now });
        await ctx.audit({ action: 'address.default_set', outcome: 'success', target: { type: 'address', id }, details: { previousDefaultId: previousDefaultId ?? null } });
        return viewOf(row);
      });
    },

    /** A closed account's addresses: blanked and deleted. */
    eraseFor: (ctx: Context, userId: string) => repo.eraseAddressesOf(ctx.tx, userId, ctx.now),
  };
}

export type AddressService = ReturnType<typeof createAddressService>;
