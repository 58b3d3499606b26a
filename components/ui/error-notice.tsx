'use client';

import { describeError } from '@/lib/trpc/describe-error';
import styles from './ui.module.css';

/** Props of an error notice. */
export interface ErrorNoticeProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** An API error, shown where it happened, with a way to try again when that can help. */
export function ErrorNotice({ error, title = 'Something went wrong', onRetry }: ErrorNoticeProps) {
  const described = describeError(error);
  return (
    <div className="notice notice-error" role="alert">
      <div className={styles.errorBody}>
        <span className={styles.errorTitle}>{title}</span>
        <span>{described.message}</span>
        {described.isSignedOut ? (
          <a href={`/sign-in?callbackUrl=${encodeURIComponent(currentPath())}`}>Sign in again</a>
        ) : null}
      </div>
      {onRetry && !described.isSignedOut ? (
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

function currentPath(): string {
  if (typeof window === 'undefined') return '/tunes';
  return window.location.pathname + window.location.search;
}
