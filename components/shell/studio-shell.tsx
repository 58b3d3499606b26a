import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '../auth/sign-out-button';
import { MainNav } from './main-nav';
import styles from './studio-shell.module.css';

/** The frame of every signed-in page: sidebar navigation, the account, and the page itself. */
export function StudioShell({ email, children }: { email: string; children: ReactNode }) {
  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <aside className={styles.sidebar}>
        <div className={styles.sidebarInner}>
          <Link href="/tunes" className={styles.brand}>
            <span className={styles.brandMark} aria-hidden="true">
              GT
            </span>
            Geo Tuning Studio
          </Link>
          <MainNav />
          <div className={styles.account}>
            <span className={styles.accountLabel}>Signed in as</span>
            <span className={styles.accountEmail} data-testid="signed-in-email">
              {email}
            </span>
            <SignOutButton className={styles.signOut} />
          </div>
        </div>
      </aside>
      <main id="main" className={styles.main}>
        <div className={styles.content}>{children}</div>
      </main>
    </div>
  );
}
