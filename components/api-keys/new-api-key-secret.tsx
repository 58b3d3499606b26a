'use client';

import { useEffect, useRef } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import styles from './api-keys.module.css';
import type { CreatedApiKey } from './create-api-key-form';

/** Shows a new key's secret this one time, with a copy button and a plain warning. */
export function NewApiKeySecret({ apiKey, onDone }: { apiKey: CreatedApiKey; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus here so keyboard and screen-reader users learn at once that the secret appeared.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section
      className={`panel ${styles.secretPanel}`}
      aria-labelledby="new-api-key-heading"
      data-testid="new-api-key"
    >
      <div className={`panel-body ${styles.secretBody}`}>
        <h2 id="new-api-key-heading" ref={headingRef} tabIndex={-1}>
          Your new key{apiKey.name ? `: ${apiKey.name}` : ''}
        </h2>
        <div className="notice notice-warning" role="status">
          Copy this key now and store it somewhere safe. It will not be shown again: the studio
          keeps only a hash of it.
        </div>
        <div className="field">
          <label htmlFor="new-api-key-value">API key</label>
          <div className={styles.copyRow}>
            <input
              id="new-api-key-value"
              className={`input ${styles.secretValue}`}
              value={apiKey.value}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              data-testid="new-api-key-value"
            />
            <CopyButton value={apiKey.value} label="Copy key" className="button button-primary" />
          </div>
        </div>
        <div>
          <button type="button" className="button" onClick={onDone}>
            I have stored it
          </button>
        </div>
      </div>
    </section>
  );
}
