import type { ParameterField } from './parameter-tabs';
import styles from './templates.module.css';

function fieldId(field: ParameterField): string {
  return `parameter-${field.path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function rangeNote(field: ParameterField): string | null {
  if (field.minimum !== null && field.maximum !== null) {
    return `${field.minimum} to ${field.maximum}`;
  }
  if (field.minimum !== null) return `at least ${field.minimum}`;
  if (field.maximum !== null) return `at most ${field.maximum}`;
  return null;
}

function Control({ field, id }: { field: ParameterField; id: string }) {
  const value = field.defaultValue;
  if (field.choices) {
    return (
      <select id={id} className="select" value={String(value ?? '')} disabled>
        {value === undefined ? <option value="">No default</option> : null}
        {field.choices.map((choice) => (
          <option key={String(choice)} value={String(choice)}>
            {String(choice)}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === 'boolean') {
    return (
      <input
        id={id}
        type="checkbox"
        className={styles.checkbox}
        checked={value === true}
        disabled
      />
    );
  }
  const isNumber = field.kind === 'integer' || field.kind === 'number';
  const shown =
    value === undefined
      ? ''
      : typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : JSON.stringify(value);
  return (
    <input
      id={id}
      className="input"
      type={isNumber ? 'number' : 'text'}
      value={shown}
      placeholder="No default"
      readOnly
    />
  );
}

/** One parameter as the tune form will show it: label, control with its default, and hints. */
export function ParameterFieldView({ field }: { field: ParameterField }) {
  const id = fieldId(field);
  if (field.kind === 'object') {
    return (
      <fieldset className={styles.group}>
        <legend>{field.label}</legend>
        {field.description ? <p className="field-hint">{field.description}</p> : null}
        <div className={styles.fieldGrid}>
          {field.fields.map((child) => (
            <ParameterFieldView key={child.path} field={child} />
          ))}
        </div>
      </fieldset>
    );
  }
  const range = rangeNote(field);
  return (
    <div className={`field ${field.kind === 'boolean' ? styles.booleanField : ''}`}>
      <label htmlFor={id}>{field.label}</label>
      <Control field={field} id={id} />
      <span className="field-hint">
        <code className={styles.paramName}>{field.path}</code>
        {` · ${field.kind}`}
        {range ? ` · ${range}` : ''}
        {field.description ? ` · ${field.description}` : ''}
      </span>
    </div>
  );
}
