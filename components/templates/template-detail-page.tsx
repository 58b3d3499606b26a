'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { CopyButton } from '@/components/ui/copy-button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorNotice } from '@/components/ui/error-notice';
import { formatDateTime } from '@/components/ui/format-date';
import { PageHeader } from '@/components/ui/page-header';
import { useTRPC } from '@/lib/trpc/client';
import { describeError } from '@/lib/trpc/describe-error';
import { JinjaSource } from './jinja-source';
import { ParameterFormPreview } from './parameter-form-preview';
import { TemplateFits } from './template-fits';
import styles from './templates.module.css';

const BREADCRUMB = <Link href="/templates">← Templates</Link>;

// A malformed id (422) is as missing as an unknown one (404) to the person reading the page.
function isMissing(error: unknown): boolean {
  const { status } = describeError(error);
  return status === 404 || status === 422;
}

/** One template: what it is for, the form its parameter schema drives, and its Jinja source. */
export function TemplateDetailPage({ id }: { id: string }) {
  const trpc = useTRPC();
  const template = useQuery(trpc.tuneTemplates.get.queryOptions({ id }));

  if (template.error) {
    return (
      <>
        <PageHeader title="Template" breadcrumb={BREADCRUMB} />
        {isMissing(template.error) ? (
          <div className="panel">
            <EmptyState
              title="Template not found"
              actions={
                <Link className="button" href="/templates">
                  All templates
                </Link>
              }
            >
              There is no template <code>{id}</code>, or it belongs to someone else.
            </EmptyState>
          </div>
        ) : (
          <ErrorNotice
            error={template.error}
            title="The template could not be loaded"
            onRetry={() => void template.refetch()}
          />
        )}
      </>
    );
  }
  if (!template.data) {
    return (
      <>
        <PageHeader title="Template" breadcrumb={BREADCRUMB} />
        <div className="panel panel-body" aria-busy="true" data-testid="loading">
          <span className="skeleton" />
        </div>
      </>
    );
  }

  const data = template.data;
  return (
    <>
      <PageHeader
        title={data.name}
        breadcrumb={BREADCRUMB}
        description={data.description || undefined}
      />
      <div className={styles.stack}>
        <section className="panel panel-body" aria-label="About this template">
          <dl className={styles.meta}>
            <div>
              <dt>Purpose</dt>
              <dd>{data.purpose}</dd>
            </div>
            <div>
              <dt>Fits</dt>
              <dd>
                <TemplateFits extraInfo={data.extra_info} />
              </dd>
            </div>
            <div>
              <dt>Source</dt>
              <dd>{data.created_by === 'system' ? 'Studio catalogue' : data.created_by}</dd>
            </div>
            <div>
              <dt>Updated</dt>
              <dd>{formatDateTime(data.updated_at)}</dd>
            </div>
            <div className={styles.metaWide}>
              <dt>Id</dt>
              <dd className="mono">{data.id}</dd>
            </div>
          </dl>
        </section>
        <section className="panel" aria-labelledby="parameters-heading">
          <div className="panel-header">
            <h2 id="parameters-heading">Parameters</h2>
            <span className="muted">The tune form, with each default. Read-only here.</span>
          </div>
          <ParameterFormPreview schema={data.model_params} />
        </section>
        <section className="panel" aria-labelledby="source-heading">
          <div className="panel-header">
            <h2 id="source-heading">Jinja source</h2>
            <div className={styles.headerActions}>
              <CopyButton value={data.text} className="button button-small" />
            </div>
          </div>
          <JinjaSource text={data.text} />
        </section>
      </div>
    </>
  );
}
