import { invalidField } from '../errors';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes that must be UTF-8 text; anything else answers 422 at `loc`. */
export function decodeUtf8(bytes: Uint8Array, loc: (string | number)[]): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw invalidField(loc, 'must be UTF-8 text');
  }
}
