import { inject } from 'vitest';
import type { TestUser } from './studio-context';

/** An HTTP answer with its body parsed when it is JSON. */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON shapes
  json: any;
}

/** Calls the running studio as `user` (or anonymously with null) and parses the answer. */
export async function api(
  user: TestUser | null,
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: BodyInit; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (user) headers['X-API-Key'] = user.apiKey;
  let body: BodyInit | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${inject('studio').baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The three users the global setup made. */
export function users() {
  const { alice, bob, admin } = inject('studio');
  return { alice, bob, admin };
}
