import type { ReactNode } from 'react';
import styles from './ui.module.css';

/** Props of an empty state. */
export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  mark?: string;
}

/** What a list shows when it has nothing yet: what belongs here and how it gets here. */
export function EmptyState({ title, children, actions, mark = '∅' }: EmptyStateProps) {
  return (
    <div className={styles.empty} data-testid="empty-state">
      <span className={styles.emptyIcon} aria-hidden="true">
        {mark}
      </span>
      <h2>{title}</h2>
      {children ? <div className={styles.emptyBody}>{children}</div> : null}
      {actions ? <div className={styles.emptyActions}>{actions}</div> : null}
    </div>
  );
}
