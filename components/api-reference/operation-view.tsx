import styles from './api-reference.module.css';
import { InlineCode } from './inline-code';
import type { ApiOperation } from './openapi-operations';
import { constraintNotes, typeLabel } from './schema-summary';
import { SchemaView } from './schema-view';
import fieldStyles from './schema-view.module.css';

function Parameters({ operation }: { operation: ApiOperation }) {
  if (operation.parameters.length === 0) return null;
  return (
    <div className={styles.block}>
      <h4>Parameters</h4>
      <table className={`table ${styles.paramTable}`}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">In</th>
            <th scope="col">Type</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {operation.parameters.map((parameter) => {
            const schema = parameter.schema ?? {};
            const notes = constraintNotes(schema);
            return (
              <tr key={`${parameter.in}-${parameter.name}`}>
                <td>
                  <span className={fieldStyles.fieldName}>{parameter.name}</span>
                  {parameter.required ? (
                    <span className={fieldStyles.required}>required</span>
                  ) : null}
                </td>
                <td>{parameter.in}</td>
                <td className={fieldStyles.fieldType}>{typeLabel(schema)}</td>
                <td>
                  {parameter.description ? <InlineCode text={parameter.description} /> : null}
                  {parameter.description && notes.length > 0 ? ' · ' : null}
                  <span className={fieldStyles.fieldNotes}>{notes.join(' · ')}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RequestBody({ operation }: { operation: ApiOperation }) {
  const body = operation.requestBody;
  if (!body) return null;
  return (
    <div className={styles.block}>
      <h4>
        Request body <span className="muted">{body.required ? '(required)' : '(optional)'}</span>
      </h4>
      {Object.entries(body.content).map(([contentType, media]) => (
        <details key={contentType} className={styles.schemaDetails} open>
          <summary>
            <code>{contentType}</code>
          </summary>
          {media.schema ? <SchemaView schema={media.schema} /> : null}
        </details>
      ))}
    </div>
  );
}

function statusClass(status: string): string {
  if (status.startsWith('2')) return 'badge badge-plain badge-success';
  if (status.startsWith('4')) return 'badge badge-plain badge-warning';
  return 'badge badge-plain';
}

function Responses({ operation }: { operation: ApiOperation }) {
  return (
    <div className={styles.block}>
      <h4>Responses</h4>
      <ul className={styles.responses}>
        {Object.entries(operation.responses).map(([status, response]) => {
          const media = Object.entries(response.content ?? {});
          const heading = (
            <>
              <span className={statusClass(status)}>{status}</span>{' '}
              <InlineCode text={response.description} />
              {media.map(([contentType]) => (
                <code key={contentType} className={styles.contentType}>
                  {contentType}
                </code>
              ))}
            </>
          );
          return (
            <li key={status}>
              {media.length === 0 ? (
                <div className={styles.responseLine}>{heading}</div>
              ) : (
                <details className={styles.schemaDetails} open={status.startsWith('2')}>
                  <summary className={styles.responseLine}>{heading}</summary>
                  {media.map(([contentType, item]) =>
                    item.schema ? <SchemaView key={contentType} schema={item.schema} /> : null,
                  )}
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** One endpoint: method and path, what it does, its parameters, body and answers. */
export function OperationView({ operation }: { operation: ApiOperation }) {
  return (
    <details className={`panel ${styles.operation}`} id={operation.id}>
      <summary className={styles.operationSummary}>
        <span className={`${styles.method} ${styles[`method-${operation.method}`] ?? ''}`}>
          {operation.method.toUpperCase()}
        </span>
        <code className={styles.path}>{operation.path}</code>
        <span className={styles.summaryText}>{operation.summary}</span>
      </summary>
      <div className={styles.operationBody}>
        {operation.description ? (
          <p>
            <InlineCode text={operation.description} />
          </p>
        ) : null}
        <Parameters operation={operation} />
        <RequestBody operation={operation} />
        <Responses operation={operation} />
      </div>
    </details>
  );
}
