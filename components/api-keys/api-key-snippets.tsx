'use client';

import { useEffect, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import styles from './api-keys.module.css';

function curlSnippet(origin: string): string {
  return [
    'export STUDIO_API_KEY="gsk_…"   # the key you just copied',
    '',
    `curl -H "X-API-Key: $STUDIO_API_KEY" \\`,
    `  "${origin}/v2/tunes?limit=5"`,
  ].join('\n');
}

function sdkSnippet(origin: string): string {
  return [
    '# pip install geostudio',
    `# export BASE_GATEWAY_API_URL="${origin}"`,
    '# export STUDIO_API_KEY="gsk_…"',
    'import os',
    'from geostudio import Client',
    '',
    'client = Client(api_key=os.environ["STUDIO_API_KEY"])',
    'print(client.list_tunes())',
  ].join('\n');
}

/** How to call the API with a key: curl, and the geostudio Python SDK, for this studio's URL. */
export function ApiKeySnippets() {
  // The address the person reached the studio at is the one their scripts should use.
  const [origin, setOrigin] = useState('https://your-studio.example');
  useEffect(() => setOrigin(window.location.origin), []);
  const snippets = [
    { id: 'curl', title: 'curl', code: curlSnippet(origin) },
    { id: 'sdk', title: 'Python (geostudio SDK)', code: sdkSnippet(origin) },
  ];
  return (
    <div className="panel-body">
      <p className={styles.snippetIntro}>
        Send the key in the <code>X-API-Key</code> header. Every path also answers under{' '}
        <code>/studio-gateway/v2/…</code>, which is where the SDK looks when{' '}
        <code>BASE_GATEWAY_API_URL</code> ends in <code>/studio-gateway</code>. Keep keys in
        environment variables, not in code.
      </p>
      <div className={styles.snippets}>
        {snippets.map((snippet) => (
          <div key={snippet.id} className={styles.snippet}>
            <div className={styles.snippetHeader}>
              <h3>{snippet.title}</h3>
              <CopyButton value={snippet.code} className="button button-small" />
            </div>
            <pre>
              <code>{snippet.code}</code>
            </pre>
          </div>
        ))}
      </div>
    </div>
  );
}
