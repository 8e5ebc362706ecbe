export type Role = 'customer' | 'seller' | 'admin';

/**
 * The permission matrix: what each role may do. Seller inherits customer and admin inherits
 * both; the access token carries its role's list, and every API route names the one it needs
 * (`config.access`), or says it is public. "own" permissions reach only the caller's own
 * resources: the services scope their queries to the caller and answer 403 otherwise.
 * Later capabilities (catalog writes, orders, reviews, analytics) add their rows here.
 */
const customer = [
  /** Categories, products and their pictures; anonymous visitors too unless the store requires sign-in. */
  'catalog:browse',
  'account:read',
  'account:update',
  'account:delete',
  'password:change',
  'sessions:manage',
  'addresses:manage:own',
  /** "Email me when it is back" on out-of-stock variants. */
  'back-in-stock:own',
  /** Sellers and admins hold it through inheritance and are answered 409: they sell already. */
  'seller-application:submit',
] as const;

/** Seller-only rows (order lines, analytics) arrive with orders. */
const seller = [
  ...customer,
  /** Their own products, variants, stock and images; admins reach everyone's. */
  'products:manage:own',
] as const;

const adminOnly = ['users:read', 'users:manage', 'admins:create', 'seller-applications:review', 'audit-log:read', 'settings:manage', 'categories:manage', 'products:read:all'] as const;

export type Permission = (typeof seller)[number] | (typeof adminOnly)[number];

/** Admins hold everything except closing their own account: the shop must never lose its admins that way. */
const admin: readonly Permission[] = [...seller.filter((p) => p !== 'account:delete'), ...adminOnly];

export const permissionsByRole: Record<Role, readonly Permission[]> = { customer, seller, admin };

/** What a visitor who is not signed in may do: browse, unless the store requires sign-in. */
export const anonymousPermissions = (settings: { requireSignInToBrowse: boolean }): readonly Permission[] =>
  settings.requireSignInToBrowse ? [] : ['catalog:browse'];
