import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { safeCallbackUrl } from '@/components/auth/safe-callback-url';
import styles from '@/components/auth/sign-in.module.css';
import { describeSignInError } from '@/components/auth/sign-in-error';
import { SignInForm } from '@/components/auth/sign-in-form';
import { authOptions } from '@/server/auth/auth-options';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign in · Geo Tuning Studio' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The studio's sign-in page; signed-in visitors go straight to where they were heading. */
export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const options = authOptions();
  const session = await getServerSession(options);
  if (session?.user?.id) redirect(callbackUrl);

  // The same provider list next-auth serves at /api/auth/providers, read without a round trip.
  const hasSingleSignOn = options.providers.some((provider) => provider.id === 'oidc');
  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <div className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true">
            GT
          </span>
          Geo Tuning Studio
        </div>
        <h1 className={styles.title}>Sign in</h1>
        <p className={styles.lead}>Fine-tune geospatial foundation models on your own imagery.</p>
        <SignInForm
          callbackUrl={callbackUrl}
          hasSingleSignOn={hasSingleSignOn}
          initialError={describeSignInError(params.error)}
        />
        <p className={styles.footer}>
          New studio? <code>./studio up</code> prints the local admin account when it first starts
          and saves its password in the data folder.
        </p>
      </div>
    </main>
  );
}
