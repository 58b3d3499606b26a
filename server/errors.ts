/** Every expected failure the studio reports to a client. */
export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE';

/** One problem with one field of the input, as shown to the client. */
export interface FieldIssue {
  /** Where the problem is, e.g. ['body', 'model_params', 'patch_size']. */
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** The one error type of the studio: a code, a message saying what to do, and field issues. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: FieldIssue[];

  constructor(
    code: AppErrorCode,
    message: string,
    options?: { issues?: FieldIssue[]; cause?: unknown },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options?.issues ?? [];
  }
}

/** Shorthand for the 404 that hides objects that are not there and objects of other users alike. */
export function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `${what} ${id} was not found.`);
}

/** Shorthand for a 422 about one field. */
export function invalidField(loc: (string | number)[], msg: string): AppError {
  return new AppError('INVALID_INPUT', msg, { issues: [{ loc, msg, type: 'value_error' }] });
}

/** HTTP status of each code; the one place codes meet statuses. */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
};
