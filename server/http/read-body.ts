import { AppError, type FieldIssue } from '../errors';
import type { BodyKind } from './endpoint';

/** Largest JSON body accepted by the API, in bytes. */
export const MAX_JSON_BODY_BYTES = 5 * 1024 * 1024;

function invalidJson(msg: string): AppError {
  const issue: FieldIssue = { loc: ['body'], msg, type: 'json_invalid' };
  return new AppError('INVALID_INPUT', msg, { issues: [issue] });
}

/** Reads a JSON body whatever its Content-Type says; an empty body reads as undefined. */
async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_JSON_BODY_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Request body is over ${MAX_JSON_BODY_BYTES} bytes.`);
  }
  const raw = await request.text();
  if (raw.length > MAX_JSON_BODY_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Request body is over ${MAX_JSON_BODY_BYTES} bytes.`);
  }
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw invalidJson(`Request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads multipart form data into a plain object of strings and Files. */
async function readMultipart(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'This endpoint takes multipart/form-data; send the file in the form field named `file`.',
    );
  }
  const form = await request.formData();
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) fields[key] = value;
  return fields;
}

/** Reads the request body in the way the endpoint declares. */
export async function readBody(request: Request, kind: BodyKind): Promise<unknown> {
  return kind === 'multipart' ? readMultipart(request) : readJson(request);
}
