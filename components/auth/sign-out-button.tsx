'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

/** Ends the browser session and returns to the sign-in page. */
export function SignOutButton({ className }: { className?: string }) {
  const [isSigningOut, setIsSigningOut] = useState(false);
  return (
    <button
      type="button"
      className={className}
      disabled={isSigningOut}
      onClick={() => {
        setIsSigningOut(true);
        void signOut({ callbackUrl: '/sign-in' });
      }}
    >
      {isSigningOut ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
