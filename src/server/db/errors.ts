/** PostgreSQL's unique_violation: two writers raced for one key, and the unique index decided. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const cause = (error as { cause?: { code?: string; constraint?: string } }).cause;
  return cause?.code === '23505' && (constraint === undefined || cause.constraint === constraint);
}

/** PostgreSQL's foreign_key_violation: a row still refers to the one being removed (or one refers to a row just gone). */
export function isForeignKeyViolation(error: unknown): boolean {
  return (error as { cause?: { code?: string } }).cause?.code === '23503';
}
