'use client';

import { redirect, usePathname, useSearchParams } from 'next/navigation';
import { signInUrl } from './safe-callback-url';

/**
 * Sends an anonymous visitor to sign-in, remembering where they were going. Layouts cannot see
 * the request path, so this small client component reads it; rendered on the server it still
 * answers with an HTTP redirect, before any page content is sent.
 */
export function RedirectToSignIn(): never {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return redirect(signInUrl(search ? `${pathname}?${search}` : pathname));
}
