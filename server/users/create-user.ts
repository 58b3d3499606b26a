import { z } from 'zod';
import { hashPassword } from '../auth/password';
import { db } from '../db/client';
import { users } from '../db/schema';
import { AppError } from '../errors';
import { findUserByEmail } from './user-repository';

/** Input of createUser: a local account with an optional password for browser sign-in. */
export const CreateUserSchema = z.object({
  email: z.email(),
  displayName: z.string().max(200).optional(),
  password: z.string().min(8, 'must be at least 8 characters').optional(),
  isAdmin: z.boolean().default(false),
});

/** Creates a local user; 409 when the e-mail is taken. */
export async function createUser(input: z.input<typeof CreateUserSchema>) {
  const data = CreateUserSchema.parse(input);
  if (await findUserByEmail(data.email)) {
    throw new AppError('CONFLICT', `A user with e-mail ${data.email} already exists.`);
  }
  const rows = await db()
    .insert(users)
    .values({
      email: data.email,
      displayName: data.displayName ?? data.email,
      passwordHash: data.password ? await hashPassword(data.password) : null,
      isAdmin: data.isAdmin,
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('insert into users returned no row');
  return row;
}
