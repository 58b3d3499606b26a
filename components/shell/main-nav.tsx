'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { NAV_GROUPS } from './nav-items';
import styles from './studio-shell.module.css';

function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The sidebar links; the current section is marked for sight and for screen readers. */
export function MainNav() {
  const pathname = usePathname();
  return (
    <nav className={styles.nav} aria-label="Main">
      {NAV_GROUPS.map((group) => (
        <div key={group.title}>
          <div className={styles.navGroupTitle}>{group.title}</div>
          <ul className={styles.navGroup}>
            {group.items.map((item) => {
              const current = isCurrent(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className={`${styles.navLink} ${current ? styles.navLinkActive : ''}`}
                    aria-current={current ? 'page' : undefined}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
