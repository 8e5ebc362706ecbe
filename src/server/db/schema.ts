// Every table, for drizzle-kit (migrations) and for the typed query builder.
export * from '../modules/users/users.tables.js';
export * from '../modules/catalog/catalog.tables.js';
export * from '../modules/mail/mail.tables.js';
export * from '../modules/auth/auth.tables.js';
export * from '../modules/audit/audit.tables.js';
export * from '../modules/addresses/addresses.tables.js';
export * from '../modules/settings/settings.tables.js';
