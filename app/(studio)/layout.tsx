import { getServerSession } from 'next-auth';
import type { ReactNode } from 'react';
import { RedirectToSignIn } from '@/components/auth/redirect-to-sign-in';
import { StudioShell } from '@/components/shell/studio-shell';
import { StudioTrpcProvider } from '@/lib/trpc/trpc-provider';
import { authOptions } from '@/server/auth/auth-options';

export const dynamic = 'force-dynamic';

/** Every studio page: signed-in users only, inside the shell, with the tRPC client. */
export default async function StudioLayout({ children }: { children: ReactNode }) {
  const session = await getServerSession(authOptions());
  // The session callback fills `id` only while the account still exists.
  if (!session?.user?.id) return <RedirectToSignIn />;
  return (
    <StudioTrpcProvider>
      <StudioShell email={session.user.email}>{children}</StudioShell>
    </StudioTrpcProvider>
  );
}
