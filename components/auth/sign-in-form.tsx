'use client';

import { signIn } from 'next-auth/react';
import { type FormEvent, useRef, useState } from 'react';
import styles from './sign-in.module.css';
import { describeSignInError } from './sign-in-error';

/** Props of the sign-in form. */
export interface SignInFormProps {
  callbackUrl: string;
  hasSingleSignOn: boolean;
  initialError: string | null;
}

/** E-mail and password sign-in, plus single sign-on when the studio has an OIDC provider. */
export function SignInForm({ callbackUrl, hasSingleSignOn, initialError }: SignInFormProps) {
  const [error, setError] = useState(initialError);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsSubmitting(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
      callbackUrl,
    });
    if (!result?.ok || result.error) {
      setIsSubmitting(false);
      setError(describeSignInError(result?.error ?? 'Default'));
      passwordRef.current?.select();
      return;
    }
    // A full load, so the server renders the studio with the new session cookie.
    window.location.assign(callbackUrl);
  }

  return (
    <>
      <form className={styles.form} onSubmit={submit} noValidate={false}>
        {error ? (
          <div className="notice notice-error" role="alert" data-testid="sign-in-error">
            {error}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="email">E-mail</label>
          <input
            id="email"
            name="email"
            type="email"
            className="input"
            autoComplete="username"
            required
            // biome-ignore lint/a11y/noAutofocus: the sign-in page has one job; start typing at once
            autoFocus
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            ref={passwordRef}
            id="password"
            name="password"
            type="password"
            className="input"
            autoComplete="current-password"
            required
            aria-invalid={error ? true : undefined}
          />
        </div>
        <button
          type="submit"
          className={`button button-primary ${styles.submit}`}
          disabled={isSubmitting}
        >
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {hasSingleSignOn ? (
        <>
          <div className={styles.divider}>or</div>
          <button
            type="button"
            className={`button ${styles.sso}`}
            onClick={() => void signIn('oidc', { callbackUrl })}
          >
            Sign in with single sign-on
          </button>
        </>
      ) : null}
    </>
  );
}
