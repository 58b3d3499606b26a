import { pool } from '@/server/db/client';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for launchers and load balancers; no auth, no data. */
export async function GET(): Promise<Response> {
  try {
    await pool().query('select 1');
    return Response.json({ status: 'ok', database: 'ok' });
  } catch {
    return Response.json({ status: 'degraded', database: 'unreachable' }, { status: 503 });
  }
}
