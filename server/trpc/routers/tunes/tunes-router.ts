import { router } from '../../trpc';
import { listTunesProcedure } from './list-tunes';

/** The signed-in user's tunes. */
export const tunesRouter = router({
  list: listTunesProcedure,
});
