import type { Logger } from 'pino';
import { z } from 'zod';
import { AppError, type FieldIssue, HTTP_STATUS } from '../errors';

/** Turns zod issues into FastAPI-style field issues under a location prefix. */
export function zodIssues(error: z.ZodError, location: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    loc: [location, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
    msg: issue.message,
    type: issue.code,
  }));
}

/**
 * The one place errors become HTTP answers: AppErrors keep their code's status, validation
 * problems become a 422 `detail` list, anything else is logged and answers 500 without details.
 */
export function errorResponse(error: unknown, log: Logger): Response {
  if (error instanceof z.ZodError) {
    return Response.json({ detail: zodIssues(error, 'body') }, { status: 422 });
  }
  if (error instanceof AppError) {
    const status = HTTP_STATUS[error.code];
    log.info({ status, code: error.code, err: error.message }, 'request refused');
    if (error.issues.length > 0) {
      return Response.json({ detail: error.issues, message: error.message }, { status });
    }
    const headers: HeadersInit = status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
    return Response.json({ detail: error.message }, { status, headers });
  }
  log.error({ err: error }, 'request failed unexpectedly');
  return Response.json(
    { detail: 'The studio hit an unexpected error; it has been logged. Try again later.' },
    { status: 500 },
  );
}
