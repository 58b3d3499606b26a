import type { Endpoint, HttpMethod } from './endpoint';

/** An endpoint with its compiled path pattern. */
interface CompiledRoute {
  endpoint: Endpoint;
  pattern: RegExp;
  names: string[];
}

/** The outcome of matching a path: the endpoint and its path parameters, or why none matched. */
export type RouteMatch =
  | { kind: 'found'; endpoint: Endpoint; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: HttpMethod[] }
  | { kind: 'not-found' };

function compile(endpoint: Endpoint): CompiledRoute {
  const names: string[] = [];
  const source = endpoint.path
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{(\w+)\}/g, (_, name) => {
      names.push(name);
      return '([^/]+)';
    });
  return { endpoint, pattern: new RegExp(`^${source}$`), names };
}

/** Matches request paths against a fixed list of endpoints. */
export class RouteTable {
  private readonly routes: CompiledRoute[];

  constructor(endpoints: Endpoint[]) {
    this.routes = endpoints.map(compile);
  }

  /** Finds the endpoint for a method and path (no trailing slash). */
  match(method: string, path: string): RouteMatch {
    const allowed: HttpMethod[] = [];
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      if (route.endpoint.method !== method) {
        allowed.push(route.endpoint.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { kind: 'found', endpoint: route.endpoint, params };
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
  }
}
