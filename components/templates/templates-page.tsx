'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorNotice } from '@/components/ui/error-notice';
import { formatDate } from '@/components/ui/format-date';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useTRPC } from '@/lib/trpc/client';
import { TemplateFits } from './template-fits';
import styles from './templates.module.css';

const COLUMNS = ['Template', 'Purpose', 'Fits', 'Source', 'Updated'];

// Templates are few; one page holds them and the purpose filter works here.
const LIST_LIMIT = 1000;

/** The tune templates the person may use: the seeded ones and their own. */
export function TemplatesPage() {
  const trpc = useTRPC();
  const templates = useQuery(trpc.tuneTemplates.list.queryOptions({ limit: LIST_LIMIT, skip: 0 }));
  const [purpose, setPurpose] = useState('');

  const results = templates.data?.results ?? [];
  const purposes = [...new Set(results.map((template) => template.purpose))].sort();
  const shown = purpose ? results.filter((template) => template.purpose === purpose) : results;

  return (
    <>
      <PageHeader
        title="Templates"
        description={
          'Jinja templates of TerraTorch configs. A tune renders one with the base model, ' +
          "the dataset and the form's parameters."
        }
      />
      <section className="panel" aria-label="Templates">
        <div className={styles.toolbar}>
          <div className={`field ${styles.purposeFilter}`}>
            <label htmlFor="template-purpose">Purpose</label>
            <select
              id="template-purpose"
              className="select"
              value={purpose}
              onChange={(event) => setPurpose(event.target.value)}
            >
              <option value="">All purposes</option>
              {purposes.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          {templates.data ? (
            <span className={styles.count}>
              {shown.length} of {templates.data.total} templates
            </span>
          ) : null}
        </div>
        {templates.error ? (
          <div className="panel-body">
            <ErrorNotice
              error={templates.error}
              title="Templates could not be loaded"
              onRetry={() => void templates.refetch()}
            />
          </div>
        ) : null}
        {templates.data && results.length === 0 ? (
          <EmptyState title="No templates yet" mark="{ }">
            The seeded templates are missing. Restart the studio with <code>./studio up</code> to
            seed them, or add one with <code>POST /v2/tune-templates</code>.
          </EmptyState>
        ) : null}
        {templates.isPending || results.length > 0 ? (
          <div className="table-wrap">
            <table className="table" aria-label="Templates">
              <thead>
                <tr>
                  {COLUMNS.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              {templates.data ? (
                <tbody>
                  {shown.map((template) => (
                    <tr key={template.id} data-testid="template-row">
                      <td>
                        <div className={styles.nameCell}>
                          <Link className={styles.templateLink} href={`/templates/${template.id}`}>
                            {template.name}
                          </Link>
                          {template.description ? (
                            <span className={styles.templateDescription}>
                              {template.description}
                            </span>
                          ) : null}
                        </div>
                      </td>
                      <td>
                        <span className="badge badge-plain">{template.purpose}</span>
                      </td>
                      <td>
                        <TemplateFits extraInfo={template.extra_info} />
                      </td>
                      <td className={styles.nowrap}>
                        {template.created_by === 'system' ? 'Studio catalogue' : 'Yours'}
                      </td>
                      <td className={styles.nowrap}>{formatDate(template.updated_at)}</td>
                    </tr>
                  ))}
                </tbody>
              ) : (
                <TableSkeleton columns={COLUMNS.length} rows={3} />
              )}
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
