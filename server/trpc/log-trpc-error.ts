import type { TRPCError } from '@trpc/server';
import type { Logger } from 'pino';
import { isExpectedTrpcError } from './format-trpc-error';

/** Logs a failed procedure once: refusals at info, unexpected failures at error with the cause. */
export function logTrpcError(log: Logger, error: TRPCError, path: string | undefined): void {
  if (isExpectedTrpcError(error)) {
    log.info({ path, code: error.code, err: error.message }, 'procedure refused');
    return;
  }
  log.error({ path, err: error.cause ?? error }, 'procedure failed unexpectedly');
}
