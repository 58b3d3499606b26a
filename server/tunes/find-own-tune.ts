import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { tunes } from '../db/schema';
import { notFound } from '../errors';
import { ownTunes, selectTunesWithNames } from './tune-query';
import type { TuneWithNames } from './tune-view';

/** Loads one of the caller's tunes with its names; 404 for missing, deleted or others' tunes. */
export async function findOwnTune(user: SessionUser, id: string): Promise<TuneWithNames> {
  const rows = await selectTunesWithNames()
    .where(and(eq(tunes.id, id), ownTunes(user)))
    .limit(1);
  const found = rows[0];
  if (!found) throw notFound('Tune', id);
  return { ...found, ownerEmail: user.email };
}
