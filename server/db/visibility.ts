import { eq, isNull, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { SessionUser } from '../auth/user';

/** Rows a user may see in a catalogue: their own and the system's (owner null). */
export function visibleInCatalogue(ownerColumn: PgColumn, user: SessionUser): SQL {
  return or(isNull(ownerColumn), eq(ownerColumn, user.id)) as SQL;
}

/** The name shown as `created_by`: the owner's e-mail, or `system` for seeded rows. */
export function creatorName(ownerEmail: string | null | undefined): string {
  return ownerEmail ?? 'system';
}
