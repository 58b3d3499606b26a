import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { logger } from '@/server/logger';
import { appRouter } from '@/server/trpc/app-router';
import { createTrpcContext } from '@/server/trpc/context';
import { logTrpcError } from '@/server/trpc/log-trpc-error';

export const dynamic = 'force-dynamic';

/** Serves the browser's tRPC calls; the session cookie authenticates them. */
function serve(request: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: () => createTrpcContext({ headers: request.headers }),
    onError: ({ error, path, ctx }) => logTrpcError(ctx?.log ?? logger, error, path),
  });
}

export { serve as GET, serve as POST };
