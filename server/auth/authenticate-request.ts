import { findUserByApiKey } from '../api-keys/find-user-by-api-key';
import { AppError } from '../errors';
import type { SessionUser } from './user';
import { verifyBearerToken } from './verify-bearer-token';

/** The exact 401 message scripts written for the reference system expect. */
export const UNAUTHENTICATED_DETAIL = 'Provide a valid Authorization or X-Api-Key header.';

/** Authenticates a REST request by its X-API-Key or Authorization: Bearer header. */
export async function authenticateRequest(headers: Headers): Promise<SessionUser> {
  const apiKey = headers.get('x-api-key')?.trim();
  if (apiKey) {
    const user = await findUserByApiKey(apiKey);
    if (user) return user;
    throw new AppError('UNAUTHENTICATED', UNAUTHENTICATED_DETAIL);
  }
  const authorization = headers.get('authorization')?.trim() ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (match?.[1]) {
    const user = await verifyBearerToken(match[1]);
    if (user) return user;
  }
  throw new AppError('UNAUTHENTICATED', UNAUTHENTICATED_DETAIL);
}
