import type { TRPCDefaultErrorShape, TRPCError } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { z } from 'zod';
import { AppError, type FieldIssue, HTTP_STATUS } from '../errors';
import { TRPC_CODE } from './trpc-error-codes';

/** Messages per field and messages about the whole input, as forms show them. */
export interface FlatFieldErrors {
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
}

/** The error shape every tRPC client sees: tRPC's own plus the flattened field errors. */
export type StudioErrorShape = TRPCDefaultErrorShape & {
  data: TRPCDefaultErrorShape['data'] & FlatFieldErrors;
};

const UNEXPECTED_MESSAGE = 'The studio hit an unexpected error; it has been logged. Try again.';

// Locations the REST edge prefixes to field paths; forms name fields without them.
const LOCATIONS = new Set(['body', 'query', 'path']);

function flattenIssues(issues: FieldIssue[]): FlatFieldErrors {
  const flat: FlatFieldErrors = { formErrors: [], fieldErrors: {} };
  for (const issue of issues) {
    const field = issue.loc.filter((part) => !LOCATIONS.has(String(part))).join('.');
    if (!field) {
      flat.formErrors.push(issue.msg);
      continue;
    }
    flat.fieldErrors[field] = [...(flat.fieldErrors[field] ?? []), issue.msg];
  }
  return flat;
}

function flattenZod(error: z.ZodError): FlatFieldErrors {
  const flat = z.flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flat.fieldErrors)) {
    if (Array.isArray(messages)) fieldErrors[field] = messages;
  }
  return { formErrors: flat.formErrors, fieldErrors };
}

function withCode(
  shape: TRPCDefaultErrorShape,
  code: keyof typeof TRPC_ERROR_CODES_BY_KEY,
  httpStatus: number,
  message: string,
  flat: FlatFieldErrors,
): StudioErrorShape {
  return {
    ...shape,
    message,
    code: TRPC_ERROR_CODES_BY_KEY[code],
    data: { ...shape.data, code, httpStatus, ...flat },
  };
}

/**
 * The one place tRPC errors are shaped: AppErrors keep their code (see TRPC_CODE), zod failures
 * become 422 with flattened field errors, and unexpected failures hide their message.
 */
export function formatTrpcError({
  shape,
  error,
}: {
  shape: TRPCDefaultErrorShape;
  error: TRPCError;
}): StudioErrorShape {
  const cause = error.cause;
  if (cause instanceof AppError) {
    const code = TRPC_CODE[cause.code];
    return withCode(
      shape,
      code,
      HTTP_STATUS[cause.code],
      cause.message,
      flattenIssues(cause.issues),
    );
  }
  if (cause instanceof z.ZodError) {
    const flat = flattenZod(cause);
    const first = cause.issues[0];
    const where = first?.path.length ? `${first.path.join('.')}: ` : '';
    const message = `Invalid input. ${where}${first?.message ?? ''}`.trim();
    return withCode(shape, 'UNPROCESSABLE_CONTENT', 422, message, flat);
  }
  const empty: FlatFieldErrors = { formErrors: [], fieldErrors: {} };
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return { ...shape, message: UNEXPECTED_MESSAGE, data: { ...shape.data, ...empty } };
  }
  return { ...shape, data: { ...shape.data, ...empty } };
}

/** Whether a tRPC error is an expected refusal (logged at info) rather than a failure. */
export function isExpectedTrpcError(error: TRPCError): boolean {
  if (error.cause instanceof AppError || error.cause instanceof z.ZodError) return true;
  return error.code !== 'INTERNAL_SERVER_ERROR';
}
