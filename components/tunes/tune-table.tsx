import { formatDateTime } from '@/components/ui/format-date';
import { TuneStatusBadge } from './tune-status-badge';
import styles from './tunes.module.css';

/** The fields of a tune the list shows, as the API answers them. */
export interface TuneRowData {
  id: string;
  name: string;
  status: string;
  status_reason: string | null;
  created_at: string;
  dataset_id: string;
  task: { id: string | null; name: string | null };
  base_model: { id: string | null; name: string | null };
}

/** Column headings of the tune table. */
export const TUNE_COLUMNS = ['Tune', 'Status', 'Template', 'Base model', 'Dataset', 'Created'];

/** One page of tunes. */
export function TuneRows({ tunes }: { tunes: TuneRowData[] }) {
  return (
    <tbody>
      {tunes.map((tune) => (
        <tr key={tune.id} data-testid="tune-row">
          <td>
            <div className={styles.nameCell}>
              <span className={styles.tuneName}>{tune.name}</span>
              <span className={styles.tuneId}>{tune.id}</span>
            </div>
          </td>
          <td>
            <TuneStatusBadge status={tune.status} reason={tune.status_reason} />
          </td>
          <td>{tune.task.name ?? '—'}</td>
          <td>{tune.base_model.name ?? '—'}</td>
          <td className="mono">{tune.dataset_id}</td>
          <td>{formatDateTime(tune.created_at)}</td>
        </tr>
      ))}
    </tbody>
  );
}
