import styles from './base-models.module.css';

/** The fields of a base model the card shows, as the API answers them. */
export interface BaseModelCardData {
  id: string;
  name: string;
  description: string;
  created_by: string;
  checkpoint_filename: string;
  model_params: Record<string, unknown>;
}

const SPECS: { key: string; label: string }[] = [
  { key: 'num_layers', label: 'Layers' },
  { key: 'embed_dim', label: 'Embed dim' },
  { key: 'num_heads', label: 'Heads' },
  { key: 'patch_size', label: 'Patch' },
  { key: 'tile_size', label: 'Tile' },
  { key: 'tubelet_size', label: 'Tubelet' },
];

function param(params: Record<string, unknown>, key: string): string | null {
  const value = params[key];
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return null;
}

/** One base model: family, TerraTorch backbone, size, and whether it starts from weights. */
export function BaseModelCard({ model }: { model: BaseModelCardData }) {
  const params = model.model_params;
  const category = param(params, 'model_category');
  const backbone = param(params, 'backbone');
  const isPretrained = params.pretrained !== false;
  const isSystem = model.created_by === 'system';
  return (
    <article className={`panel ${styles.card}`} aria-labelledby={`model-${model.id}`}>
      <div className={styles.cardHeader}>
        <div className={styles.cardTitle}>
          <h2 id={`model-${model.id}`} className={styles.cardName}>
            {model.name}
          </h2>
          {backbone ? <span className={styles.backbone}>{backbone}</span> : null}
        </div>
        {category ? <span className="badge badge-plain badge-info">{category}</span> : null}
      </div>
      <p className={styles.description}>{model.description || 'No description.'}</p>
      <dl className={styles.specs}>
        {SPECS.map((spec) => (
          <div key={spec.key} className={styles.spec}>
            <dt>{spec.label}</dt>
            <dd>{param(params, spec.key) ?? '—'}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.footer}>
        <span className={isPretrained ? 'badge badge-success' : 'badge badge-warning'}>
          {isPretrained ? 'Pretrained weights' : 'Random init'}
        </span>
        <span>{isSystem ? 'Studio catalogue' : `Added by ${model.created_by}`}</span>
      </div>
    </article>
  );
}
