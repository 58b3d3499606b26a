import { randomBytes } from 'node:crypto';
import { createUser } from '../../server/users/create-user';
import { toSessionUser } from '../../server/users/user-repository';

/** The password every journey user gets, as in tests/support/global-setup.ts. */
export const E2E_PASSWORD = 'correct horse battery';

/** A fresh user of its own per journey, so journeys never see each other's keys or tunes. */
export async function createE2eUser(label: string) {
  const email = `${label}-${randomBytes(4).toString('hex')}@example.org`;
  const row = await createUser({ email, password: E2E_PASSWORD });
  return { ...toSessionUser(row), password: E2E_PASSWORD };
}
