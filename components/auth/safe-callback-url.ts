/** Where to go after signing in when nothing (or nothing safe) was asked for. */
export const DEFAULT_AFTER_SIGN_IN = '/tunes';

/**
 * Keeps a callback URL only when it is a path on this studio, so a crafted sign-in link cannot
 * send someone to another site after they enter their password.
 */
export function safeCallbackUrl(value: string | string[] | undefined | null): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate) return DEFAULT_AFTER_SIGN_IN;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (candidate.startsWith('/sign-in') || candidate.startsWith('/api/')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  return candidate;
}

/** The sign-in address that returns to `path` afterwards. */
export function signInUrl(path: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(safeCallbackUrl(path))}`;
}
