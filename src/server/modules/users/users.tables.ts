import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['customer', 'seller', 'admin']);
export const userStatus = pgEnum('user_status', ['unverified', 'active', 'suspended', 'deleted']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    /** Stored normalised to lower case; the unique index enforces one account per address. */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    fullName: text('full_name').notNull(),
    phone: text('phone').notNull(),
    role: userRole('role').notNull().default('customer'),
    status: userStatus('status').notNull().default('unverified'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

export const sellerProfiles = pgTable('seller_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  businessName: text('business_name').notNull(),
  taxId: text('tax_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sellerApplicationStatus = pgEnum('seller_application_status', ['pending', 'approved', 'rejected']);

/** A customer's request to sell; an admin approves (the role becomes seller) or rejects it. */
export const sellerApplications = pgTable(
  'seller_applications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    businessName: text('business_name').notNull(),
    taxId: text('tax_id').notNull(),
    description: text('description'),
    status: sellerApplicationStatus('status').notNull().default('pending'),
    /** Why it was rejected; shown to the applicant. */
    reason: text('reason'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('seller_applications_status_idx').on(t.status, t.createdAt),
    // One pending application per user, whatever the race.
    uniqueIndex('seller_applications_one_pending_key').on(t.userId).where(sql`${t.status} = 'pending'`),
  ],
);
