import { router } from '../../trpc';
import { getTuneTemplateProcedure } from './get-tune-template';
import { listTuneTemplatesProcedure } from './list-tune-templates';

/** Tune templates: the seeded ones and the caller's own. */
export const tuneTemplatesRouter = router({
  list: listTuneTemplatesProcedure,
  get: getTuneTemplateProcedure,
});
