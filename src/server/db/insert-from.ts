import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * `insert into table (…) select …, once for each row of source`: a row written from parameters
 * only when an earlier part of the same statement (the CTE `source`) produced a row. This is how a
 * hot path makes several dependent writes atomic in one round trip.
 */
export function insertFrom<T extends PgTable>(table: T, row: { [K in keyof T['$inferInsert']]?: unknown }, source: string): SQL {
  const columns = getTableColumns(table);
  // The table's columns that `row` gives: it may carry other values too (a hot statement's parameters).
  const keys = Object.keys(columns).filter((key) => row[key as keyof typeof row] !== undefined);
  const names = sql.join(keys.map((key) => sql.identifier(columns[key]!.name)), sql`, `);
  // Typed casts: parameters in a SELECT list would otherwise arrive as text.
  const values = keys.map((key) => {
    const column = columns[key]!;
    return sql`${sql.param(row[key as keyof typeof row], column)}::${sql.raw(column.getSQLType())}`;
  });
  return sql`insert into ${table} (${names}) select ${sql.join(values, sql`, `)} from ${sql.identifier(source)}`;
}
