import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new tune id, `geotune-` and 12 random lowercase letters or digits, as the SDK expects. */
export function newTuneId(): string {
  const bytes = randomBytes(12);
  let suffix = '';
  for (const byte of bytes) suffix += ALPHABET[byte % ALPHABET.length];
  return `geotune-${suffix}`;
}

/** Checks the shape of a tune id before any query runs. */
export const TUNE_ID_PATTERN = /^geotune-[a-z0-9]{1,64}$/;
