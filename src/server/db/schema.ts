// Every table, for drizzle-kit (migrations) and for the typed query builder.
export * from '../modules/users/users.tables.js';
export * from '../modules/catalog/catalog.tables.js';
export * from '../modules/mail/mail.tables.js';
