import { z } from 'zod';

/** Path parameter of tune endpoints; ids look like `geotune-…`, anything else is simply not found. */
export const TuneIdParamSchema = z.object({ id: z.string().min(1).max(100) });
