import type { SessionUser } from '../auth/user';
import { AppError } from '../errors';
import { findVisibleTuneTemplate } from './find-visible-tune-template';

/**
 * Loads a template the user may change: their own (others' answer 404, as if absent) or,
 * for administrators, a seeded one; seeded templates answer 403 to everyone else.
 */
export async function findWritableTuneTemplate(user: SessionUser, id: string) {
  const found = await findVisibleTuneTemplate(user, id);
  if (found.template.ownerId === null && !user.isAdmin) {
    throw new AppError(
      'FORBIDDEN',
      'Seeded tune templates can be changed only by an administrator; create your own ' +
        'template from its content instead.',
    );
  }
  return found;
}
