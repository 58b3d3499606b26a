import { AppError } from '../errors';
import { middleware, publicProcedure } from './trpc';

const requireUser = middleware(({ ctx, next }) => {
  if (!ctx.user) {
    throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again to continue.');
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure for signed-in users only; `ctx.user` is the caller. Others get UNAUTHORIZED. */
export const protectedProcedure = publicProcedure.use(requireUser);
