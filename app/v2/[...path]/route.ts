import { V2_ENDPOINTS } from '@/server/api/v2/endpoints';
import { handleApiRequest } from '@/server/http/handle-api-request';
import { RouteTable } from '@/server/http/route-table';

export const dynamic = 'force-dynamic';

const routes = new RouteTable(V2_ENDPOINTS);

/** Every /v2 method goes through the one request handler. */
function serve(request: Request): Promise<Response> {
  return handleApiRequest(request, routes);
}

export { serve as DELETE, serve as GET, serve as PATCH, serve as POST, serve as PUT };
