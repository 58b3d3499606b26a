import { PageHeader } from '@/components/ui/page-header';
import styles from './api-reference.module.css';
import { InlineCode } from './inline-code';
import type { ApiReference } from './openapi-operations';
import { OperationView } from './operation-view';

function Basics() {
  return (
    <div className={styles.basics}>
      <section className={`panel ${styles.basic}`} aria-labelledby="basics-paths">
        <h3 id="basics-paths">Paths</h3>
        <p>Every endpoint answers under two prefixes:</p>
        <ul>
          <li>
            <code>/v2/…</code>
          </li>
          <li>
            <code>/studio-gateway/v2/…</code> (where the geostudio SDK calls)
          </li>
        </ul>
      </section>
      <section className={`panel ${styles.basic}`} aria-labelledby="basics-auth">
        <h3 id="basics-auth">Authentication</h3>
        <p>Send one of these headers with every request:</p>
        <ul>
          <li>
            <code>X-API-Key: gsk_…</code>, from <a href="/api-keys">API keys</a>
          </li>
          <li>
            <code>Authorization: Bearer &lt;token&gt;</code>
          </li>
        </ul>
        <p className="muted">
          Without one the answer is <code>401</code> with a <code>detail</code> message.
        </p>
      </section>
      <section className={`panel ${styles.basic}`} aria-labelledby="basics-shapes">
        <h3 id="basics-shapes">Answers</h3>
        <ul>
          <li>
            Lists: <code>total_records</code>, <code>page_count</code>, <code>results</code>; page
            with <code>limit</code> and <code>skip</code>.
          </li>
          <li>
            Errors: <code>{'{"detail": …}'}</code>; <code>422</code> lists each bad field.
          </li>
          <li>
            Times: UTC, <code>YYYY-MM-DDTHH:MM:SS.fffZ</code>.
          </li>
        </ul>
      </section>
    </div>
  );
}

/** The REST API, read from its OpenAPI document: grouped by tag, each endpoint folding open. */
export function ApiReferencePage({ reference }: { reference: ApiReference }) {
  const count = reference.groups.reduce((sum, group) => sum + group.operations.length, 0);
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            <InlineCode text={reference.description} /> {count} endpoints, version{' '}
            {reference.version}.
          </>
        }
        actions={
          <a className="button" href="/v2/openapi.json">
            OpenAPI document (JSON)
          </a>
        }
      />
      <div className={styles.layout}>
        <nav className={styles.toc} aria-label="API sections">
          <span className={styles.tocTitle}>Sections</span>
          {reference.groups.map((group) => (
            <a key={group.tag} className={styles.tocLink} href={`#${group.anchor}`}>
              {group.tag}
              <span className={styles.tocCount}>{group.operations.length}</span>
            </a>
          ))}
        </nav>
        <div className={styles.sections}>
          <Basics />
          {reference.groups.map((group) => (
            <section
              key={group.tag}
              id={group.anchor}
              className={styles.tagSection}
              aria-labelledby={`${group.anchor}-heading`}
            >
              <div className={styles.tagHeading}>
                <h2 id={`${group.anchor}-heading`}>{group.tag}</h2>
                <span className="muted">{group.operations.length} endpoints</span>
              </div>
              {group.operations.map((operation) => (
                <OperationView key={operation.id} operation={operation} />
              ))}
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
