import { MODEL_FAMILY_COUNT } from './model-family-count';
import styles from './templates.module.css';

/** The base model families a template says it fits; listing none, or all, means any. */
export function TemplateFits({ extraInfo }: { extraInfo: Record<string, unknown> }) {
  const listed = extraInfo.model_category;
  const families = Array.isArray(listed) ? listed.map(String) : [];
  if (families.length === 0 || families.length >= MODEL_FAMILY_COUNT) {
    return <span className="muted">Any base model</span>;
  }
  return (
    <span className={styles.fits}>
      {families.map((family) => (
        <span key={family} className="badge badge-plain badge-info">
          {family}
        </span>
      ))}
    </span>
  );
}
