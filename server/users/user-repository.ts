import { eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { users } from '../db/schema';

type UserRow = typeof users.$inferSelect;

/** Shapes a user row as the caller identity services receive. */
export function toSessionUser(row: UserRow): SessionUser {
  return { id: row.id, email: row.email, isAdmin: row.isAdmin };
}

/** Finds a user by e-mail, case-insensitively. */
export async function findUserByEmail(email: string): Promise<UserRow | undefined> {
  const rows = await db()
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return rows[0];
}

/** Finds a user by id. */
export async function findUserById(id: string): Promise<UserRow | undefined> {
  const rows = await db().select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

/** Finds or creates the user an OIDC subject belongs to (first sign-in provisions the account). */
export async function upsertOidcUser(subject: string, email: string): Promise<UserRow> {
  const existing = await db().select().from(users).where(eq(users.oidcSubject, subject)).limit(1);
  if (existing[0]) return existing[0];
  const inserted = await db()
    .insert(users)
    .values({ email, oidcSubject: subject, displayName: email })
    .onConflictDoNothing()
    .returning();
  if (inserted[0]) return inserted[0];
  const byEmail = await findUserByEmail(email);
  if (!byEmail) throw new Error(`Could not provision the OIDC user ${subject}`);
  return byEmail;
}
