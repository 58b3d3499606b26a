'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '@/components/ui/error-notice';
import { useTRPC } from '@/lib/trpc/client';
import { describeError } from '@/lib/trpc/describe-error';
import styles from './api-keys.module.css';

/** A key just created, with the secret that is shown this one time. */
export interface CreatedApiKey {
  id: string;
  name: string;
  value: string;
}

const MAX_EXPIRY_DAYS = 3650;

function parseExpiry(raw: string): { days: number | null; error: string | null } {
  const trimmed = raw.trim();
  if (!trimmed) return { days: null, error: null };
  const days = Number(trimmed);
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS) {
    return { days: null, error: `Enter whole days from 1 to ${MAX_EXPIRY_DAYS}, or leave empty.` };
  }
  return { days, error: null };
}

/** Names a new key and, optionally, when it stops working. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('');
  const [expiryError, setExpiryError] = useState<string | null>(null);
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: async (created) => {
        onCreated({ id: created.id, name: created.name, value: created.value });
        setName('');
        setExpiry('');
        await queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
      },
    }),
  );
  const serverFieldErrors = create.error ? describeError(create.error).fieldErrors : {};
  const nameError = serverFieldErrors.name?.[0];
  const shownExpiryError = expiryError ?? serverFieldErrors.expires_in_days?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseExpiry(expiry);
    setExpiryError(parsed.error);
    if (parsed.error) return;
    create.mutate({ name: name.trim(), expires_in_days: parsed.days });
  }

  return (
    <form onSubmit={submit} aria-label="Create an API key" className={styles.stack}>
      <div className={styles.createForm}>
        <div className="field">
          <label htmlFor="api-key-name">Name</label>
          <input
            id="api-key-name"
            className="input"
            value={name}
            maxLength={100}
            placeholder="e.g. laptop notebook, nightly job"
            onChange={(event) => setName(event.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby="api-key-name-hint"
          />
          <span id="api-key-name-hint" className={nameError ? 'field-error' : 'field-hint'}>
            {nameError ?? 'Say where the key will live, so you know which one to revoke.'}
          </span>
        </div>
        <div className="field">
          <label htmlFor="api-key-expiry">Expires after (days)</label>
          <input
            id="api-key-expiry"
            className="input"
            inputMode="numeric"
            value={expiry}
            placeholder="Never"
            onChange={(event) => setExpiry(event.target.value)}
            aria-invalid={shownExpiryError ? true : undefined}
            aria-describedby="api-key-expiry-hint"
          />
          <span
            id="api-key-expiry-hint"
            className={shownExpiryError ? 'field-error' : 'field-hint'}
          >
            {shownExpiryError ?? 'Optional. Empty means the key works until revoked.'}
          </span>
        </div>
        <button
          type="submit"
          className={`button button-primary ${styles.createSubmit}`}
          disabled={create.isPending}
        >
          {create.isPending ? 'Creating…' : 'Create key'}
        </button>
      </div>
      {create.error && !nameError && !shownExpiryError ? (
        <ErrorNotice error={create.error} title="The key was not created" />
      ) : null}
    </form>
  );
}
