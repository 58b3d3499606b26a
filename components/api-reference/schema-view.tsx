import { InlineCode } from './inline-code';
import type { JsonSchema } from './openapi-operations';
import { constraintNotes, nestedObject, objectFields, typeLabel } from './schema-summary';
import styles from './schema-view.module.css';

// Deeper than this, schemas are usually recursive; the raw document has the rest.
const MAX_DEPTH = 6;

function FieldList({ schema, depth }: { schema: JsonSchema; depth: number }) {
  const fields = objectFields(schema);
  if (fields.length === 0) return <p className="muted">An object with any fields.</p>;
  return (
    <ul className={styles.fields}>
      {fields.map((field) => {
        const nested = depth < MAX_DEPTH ? nestedObject(field.schema) : null;
        const notes = constraintNotes(field.schema);
        const description =
          typeof field.schema.description === 'string' ? field.schema.description : null;
        const line = (
          <span className={styles.fieldLine}>
            <span className={styles.fieldName}>{field.name}</span>
            <span className={styles.fieldType}>{typeLabel(field.schema)}</span>
            {field.isRequired ? <span className={styles.required}>required</span> : null}
            {description ? (
              <span className={styles.fieldDescription}>
                <InlineCode text={description} />
              </span>
            ) : null}
            {notes.length > 0 ? (
              <span className={styles.fieldNotes}>{notes.join(' · ')}</span>
            ) : null}
          </span>
        );
        return (
          <li key={field.name} className={styles.field}>
            {nested ? (
              <details className={styles.nested}>
                <summary>{line}</summary>
                <FieldList schema={nested} depth={depth + 1} />
              </details>
            ) : (
              line
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A JSON Schema as a readable tree of fields; nested objects fold open on demand. */
export function SchemaView({ schema }: { schema: JsonSchema }) {
  const object = nestedObject(schema);
  const notes = constraintNotes(schema);
  return (
    <div className={styles.schema}>
      <div className={styles.schemaType}>
        <span className={styles.fieldType}>{typeLabel(schema)}</span>
        {notes.length > 0 ? <span className={styles.fieldNotes}>{notes.join(' · ')}</span> : null}
      </div>
      {object ? <FieldList schema={object} depth={1} /> : null}
    </div>
  );
}
