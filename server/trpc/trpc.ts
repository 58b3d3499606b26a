import { initTRPC } from '@trpc/server';
import type { TrpcContext } from './context';
import { formatTrpcError } from './format-trpc-error';

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter: formatTrpcError,
  // Stack traces stay on the server, in the logs, whatever NODE_ENV says.
  isDev: false,
});

/** Builds a tRPC router. */
export const router = t.router;

/** A procedure anyone may call, signed in or not. */
export const publicProcedure = t.procedure;

/** Builds server-side callers of a router (tests, server components). */
export const createCallerFactory = t.createCallerFactory;

/** Builds a middleware with the studio's context type. */
export const middleware = t.middleware;
