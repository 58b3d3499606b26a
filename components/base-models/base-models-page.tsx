'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorNotice } from '@/components/ui/error-notice';
import { PageHeader } from '@/components/ui/page-header';
import { useTRPC } from '@/lib/trpc/client';
import { BaseModelCard } from './base-model-card';
import styles from './base-models.module.css';

// The catalogue is small; one page holds it all and filtering happens here.
const CATALOGUE_LIMIT = 1000;

function categoryOf(params: Record<string, unknown>): string {
  return typeof params.model_category === 'string' ? params.model_category : 'other';
}

function LoadingCards() {
  return (
    <ul className={styles.grid} aria-busy="true" data-testid="loading">
      {['a', 'b', 'c', 'd', 'e', 'f'].map((key) => (
        <li key={key} className={`panel ${styles.skeletonCard}`}>
          <span className="skeleton" style={{ width: '60%', height: '1.1rem' }} />
          <span className="skeleton" style={{ width: '40%' }} />
          <span className="skeleton" />
          <span className="skeleton" style={{ width: '85%' }} />
        </li>
      ))}
    </ul>
  );
}

/** The base model catalogue as cards, filterable by family. */
export function BaseModelsPage() {
  const trpc = useTRPC();
  const models = useQuery(trpc.baseModels.list.queryOptions({ limit: CATALOGUE_LIMIT, skip: 0 }));
  const [category, setCategory] = useState<string | null>(null);

  const results = models.data?.results ?? [];
  const categories = [...new Set(results.map((model) => categoryOf(model.model_params)))].sort();
  const shown = category
    ? results.filter((model) => categoryOf(model.model_params) === category)
    : results;

  return (
    <>
      <PageHeader
        title="Base models"
        description={
          'Foundation models a tune starts from. Each names the TerraTorch backbone it ' +
          'loads; templates pick the ones whose family they fit.'
        }
      />
      {models.error ? (
        <ErrorNotice
          error={models.error}
          title="The catalogue could not be loaded"
          onRetry={() => void models.refetch()}
        />
      ) : null}
      {models.isPending ? <LoadingCards /> : null}
      {models.data && results.length === 0 ? (
        <div className="panel">
          <EmptyState title="No base models" mark="◇">
            The seeded catalogue is missing. Restart the studio with <code>./studio up</code> to
            seed it, or add one with <code>POST /v2/base-models</code>.
          </EmptyState>
        </div>
      ) : null}
      {results.length > 0 ? (
        <>
          <fieldset className={styles.toolbar}>
            <legend className="visually-hidden">Filter by family</legend>
            <button
              type="button"
              className={styles.chip}
              aria-pressed={category === null}
              onClick={() => setCategory(null)}
            >
              All
            </button>
            {categories.map((name) => (
              <button
                key={name}
                type="button"
                className={styles.chip}
                aria-pressed={category === name}
                onClick={() => setCategory(name)}
              >
                {name}
              </button>
            ))}
            <span className={styles.count}>
              {shown.length} of {models.data?.total ?? results.length} models
            </span>
          </fieldset>
          <ul className={styles.grid}>
            {shown.map((model) => (
              <li key={model.id}>
                <BaseModelCard model={model} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
