import { TRPCClientError } from '@trpc/client';

/** An error as the page shows it. */
export interface DescribedError {
  message: string;
  fieldErrors: Record<string, string[]>;
  isSignedOut: boolean;
  /** The HTTP status of the answer, or null when no answer came. */
  status: number | null;
}

interface StudioErrorData {
  httpStatus?: number;
  fieldErrors?: Record<string, string[]>;
}

/** Turns whatever a tRPC call threw into a message, field errors, and whether to sign in again. */
export function describeError(error: unknown): DescribedError {
  // A TRPCClientError without data never got a tRPC answer: the network or a proxy failed.
  if (error instanceof TRPCClientError && error.data) {
    const data = (error.data ?? {}) as StudioErrorData;
    return {
      message: error.message,
      fieldErrors: data.fieldErrors ?? {},
      isSignedOut: data.httpStatus === 401,
      status: data.httpStatus ?? null,
    };
  }
  if (error instanceof TRPCClientError || (error instanceof Error && error.name === 'TypeError')) {
    return {
      message: 'The studio could not be reached. Check your connection and try again.',
      fieldErrors: {},
      isSignedOut: false,
      status: null,
    };
  }
  return {
    message: error instanceof Error ? error.message : 'Unknown error.',
    fieldErrors: {},
    isSignedOut: false,
    status: null,
  };
}
