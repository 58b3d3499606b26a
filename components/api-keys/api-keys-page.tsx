'use client';

import Link from 'next/link';
import { useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { ApiKeySnippets } from './api-key-snippets';
import { ApiKeyTable } from './api-key-table';
import styles from './api-keys.module.css';
import { CreateApiKeyForm, type CreatedApiKey } from './create-api-key-form';
import { NewApiKeySecret } from './new-api-key-secret';

/** Create, list and revoke the keys scripts use to call the REST API. */
export function ApiKeysPage() {
  // The secret lives only in this state: leaving the page forgets it for good.
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys let scripts, notebooks and the geostudio SDK call the studio's REST API as you. See
            the <Link href="/api-reference">API reference</Link> for every endpoint.
          </>
        }
      />
      <div className={styles.stack}>
        <section className="panel" aria-labelledby="create-key-heading">
          <div className="panel-header">
            <h2 id="create-key-heading">Create a key</h2>
          </div>
          <div className="panel-body">
            <CreateApiKeyForm onCreated={setCreated} />
          </div>
        </section>
        {created ? (
          <NewApiKeySecret key={created.id} apiKey={created} onDone={() => setCreated(null)} />
        ) : null}
        <section className="panel" aria-labelledby="keys-heading">
          <div className="panel-header">
            <h2 id="keys-heading">Your keys</h2>
          </div>
          <ApiKeyTable />
        </section>
        <section className="panel" aria-labelledby="snippets-heading">
          <div className="panel-header">
            <h2 id="snippets-heading">Use it from a script</h2>
          </div>
          <ApiKeySnippets />
        </section>
      </div>
    </>
  );
}
