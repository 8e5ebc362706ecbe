export type Role = 'customer' | 'seller' | 'admin';

/**
 * What each role may do. Seller inherits customer and admin inherits both; the access token
 * carries the list, and every route names the one it needs. The full matrix with every route
 * arrives with roles and administration (issue 4).
 */
const customer = ['account:read', 'account:update', 'sessions:manage', 'password:change'] as const;
const seller = [...customer] as const;
const admin = [...seller] as const;

export const permissionsByRole: Record<Role, readonly string[]> = { customer, seller, admin };
