/**
 * What to tell a person for each error code next-auth puts in `?error=`; unknown codes get the
 * generic line so nothing odd from the URL is ever echoed onto the page.
 */
const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'That e-mail and password do not match an account. Check both and try again.',
  OAuthSignin: 'Single sign-on could not start. Try again, or ask your administrator.',
  OAuthCallback: 'Single sign-on did not complete. Try again, or ask your administrator.',
  OAuthAccountNotLinked: 'This e-mail already belongs to another way of signing in.',
  AccessDenied: 'Your single sign-on account is not allowed into this studio.',
  SessionRequired: 'Sign in to see that page.',
  Callback: 'Signing in failed on the way back from the provider. Try again.',
};

const GENERIC = 'Signing in failed. Try again.';

/** The message for a next-auth error code, or null when there is none. */
export function describeSignInError(code: string | string[] | undefined | null): string | null {
  const value = Array.isArray(code) ? code[0] : code;
  if (!value) return null;
  return MESSAGES[value] ?? GENERIC;
}
