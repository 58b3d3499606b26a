'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorNotice } from '@/components/ui/error-notice';
import { formatDate, formatDateTime } from '@/components/ui/format-date';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useTRPC } from '@/lib/trpc/client';
import { API_KEY_STATUS_BADGE, apiKeyStatus } from './api-key-status';
import styles from './api-keys.module.css';

const COLUMNS = ['Name', 'Key', 'Created', 'Expires', 'Last used', 'Status', ''];

interface KeyToRevoke {
  id: string;
  name: string;
  prefix: string;
}

/** The caller's keys, with a revoke button behind a confirmation on each. */
export function ApiKeyTable() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.apiKeys.list.queryOptions());
  const [toRevoke, setToRevoke] = useState<KeyToRevoke | null>(null);
  const setActive = useMutation(
    trpc.apiKeys.setActive.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
      },
    }),
  );
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      onSuccess: async () => {
        setToRevoke(null);
        await queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
      },
    }),
  );

  if (keys.error) {
    return (
      <div className="panel-body">
        <ErrorNotice
          error={keys.error}
          title="Your keys could not be loaded"
          onRetry={() => void keys.refetch()}
        />
      </div>
    );
  }
  if (keys.data?.length === 0) {
    return (
      <EmptyState title="No API keys yet" mark="+">
        Create a key above to call the REST API from scripts, notebooks or the geostudio SDK.
      </EmptyState>
    );
  }
  return (
    <>
      {setActive.error ? (
        <div className="panel-body">
          <ErrorNotice error={setActive.error} title="The key was not paused or resumed" />
        </div>
      ) : null}
      {revoke.error ? (
        <div className="panel-body">
          <ErrorNotice error={revoke.error} title="The key was not revoked" />
        </div>
      ) : null}
      <div className="table-wrap">
        <table className="table" aria-label="API keys">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column || 'actions'} scope="col">
                  {column || <span className="visually-hidden">Actions</span>}
                </th>
              ))}
            </tr>
          </thead>
          {keys.data ? (
            <tbody>
              {keys.data.map((key) => {
                const status = apiKeyStatus(key);
                return (
                  <tr key={key.id} data-testid="api-key-row" data-key-id={key.id}>
                    <td className={styles.nameCell}>
                      {key.name || <em className="muted">Unnamed</em>}
                    </td>
                    <td className="mono">{key.prefix}</td>
                    <td>{formatDate(key.created_at)}</td>
                    <td>{key.expires_at ? formatDate(key.expires_at) : 'Never'}</td>
                    <td>{key.last_used_at ? formatDateTime(key.last_used_at) : 'Never'}</td>
                    <td>
                      <span className={API_KEY_STATUS_BADGE[status]}>{status}</span>
                    </td>
                    <td className={styles.actionsCell}>
                      {status === 'Expired' ? null : (
                        <button
                          type="button"
                          className="button button-small"
                          disabled={setActive.isPending}
                          onClick={() => setActive.mutate({ id: key.id, active: !key.active })}
                          aria-label={`${key.active ? 'Pause' : 'Resume'} ${key.name || key.prefix}`}
                        >
                          {key.active ? 'Pause' : 'Resume'}
                        </button>
                      )}{' '}
                      <button
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => {
                          revoke.reset();
                          setToRevoke({ id: key.id, name: key.name, prefix: key.prefix });
                        }}
                        aria-label={`Revoke ${key.name || key.prefix}`}
                      >
                        Revoke
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ) : (
            <TableSkeleton columns={COLUMNS.length} rows={3} />
          )}
        </table>
      </div>
      <ConfirmDialog
        isOpen={toRevoke !== null}
        title="Revoke this API key?"
        confirmLabel="Revoke key"
        isBusy={revoke.isPending}
        onCancel={() => setToRevoke(null)}
        onConfirm={() => toRevoke && revoke.mutate({ id: toRevoke.id })}
      >
        <p>
          Scripts using <strong>{toRevoke?.name || 'this key'}</strong>{' '}
          <span className="mono">({toRevoke?.prefix})</span> will get 401 from the next request.
          This cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
