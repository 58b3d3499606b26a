import { randomBytes } from 'node:crypto';
import { createUser } from './create-user';
import { findUserByEmail } from './user-repository';

/** Result of ensureLocalAdmin: the password is present only when the account was just made. */
export interface LocalAdmin {
  email: string;
  createdPassword: string | null;
}

/** Creates the embedded default's administrator on first start; later starts leave it alone. */
export async function ensureLocalAdmin(email: string, password?: string): Promise<LocalAdmin> {
  if (await findUserByEmail(email)) return { email, createdPassword: null };
  const chosen = password ?? randomBytes(12).toString('base64url');
  await createUser({ email, password: chosen, isAdmin: true, displayName: 'Administrator' });
  return { email, createdPassword: chosen };
}
