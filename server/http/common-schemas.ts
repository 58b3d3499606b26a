import { z } from 'zod';

/** `limit` and `skip` of every list; strings from the query string are coerced. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(25),
  skip: z.coerce.number().int().min(0).default(0),
});

/** A UUID path parameter, checked before any query runs. */
export const UuidParamSchema = z.object({ id: z.uuid({ message: 'must be a UUID' }) });

/** The list envelope; page_count is the length of this page, as in the reference. */
export function listPageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    total_records: z.number().int(),
    page_count: z.number().int(),
    results: z.array(item),
  });
}

/** Builds the list envelope from one page of results and the total. */
export function listPage<T>(results: T[], total: number) {
  return { total_records: total, page_count: results.length, results };
}

/** `{"message": ...}` answers of updates. */
export const MessageSchema = z.object({ message: z.string() });

/** Timestamps as YYYY-MM-DDTHH:MM:SS.fffZ. */
export const TimestampSchema = z.string().describe('UTC timestamp, YYYY-MM-DDTHH:MM:SS.fffZ');

/** A `{id, name}` reference to a related object. */
export const RefSchema = z.object({ id: z.string().nullable(), name: z.string().nullable() });
