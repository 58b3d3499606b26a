import { randomUUID } from 'node:crypto';
import { getServerSession } from 'next-auth';
import type { Logger } from 'pino';
import { authOptions } from '../auth/auth-options';
import type { SessionUser } from '../auth/user';
import { logger } from '../logger';
import { findUserById, toSessionUser } from '../users/user-repository';

/** What every tRPC procedure receives: the signed-in user (or null) and a request logger. */
export interface TrpcContext {
  user: SessionUser | null;
  requestId: string;
  log: Logger;
}

/**
 * Resolves the browser's next-auth session cookie to a studio user. The row is read again so
 * that a deleted account stops working at once, whatever its still-valid session cookie says.
 */
export async function createTrpcContext({ headers }: { headers: Headers }): Promise<TrpcContext> {
  const requestId = headers.get('x-request-id') ?? randomUUID();
  const session = await getServerSession(authOptions());
  const row = session?.user?.id ? await findUserById(session.user.id) : undefined;
  const user = row ? toSessionUser(row) : null;
  const log = logger.child({ requestId, edge: 'trpc', ...(user ? { userId: user.id } : {}) });
  return { user, requestId, log };
}
