import path from 'node:path';
import { deepMerge, isPlainObject } from './deep-merge';

/** Where a tune's files live as the training runtime sees them, unless the caller says. */
export const DEFAULT_MOUNT_ROOT = '/studio';

/** Everything a template's variables come from. */
export interface TemplateVariableSources {
  /** `model_params` of the base model (backbone, patch_size, num_layers, …). */
  baseModelParams: Record<string, unknown>;
  /** `training_params` of the dataset (bands, norm_means, split paths, classes, …). */
  datasetParams: Record<string, unknown>;
  /** Defaults from the template's parameter schema. */
  schemaDefaults: Record<string, unknown>;
  /** The user's `model_parameters`, already coerced by the schema. */
  userParameters: Record<string, unknown>;
  tuneId: string;
  /** Dataset id; its files are under `<mount_root>/datasets/<id>`. */
  datasetId?: string;
  /** File name of the base model's weights under `<mount_root>/models`. */
  checkpointFilename?: string;
  /** Root of the runtime's file tree; the local and Ray backends pass their own. */
  mountRoot?: string;
}

/** Dataset parameters that name files: relative values are resolved under `data_root`. */
const PATH_VARIABLES = ['data', 'labels', 'split'].flatMap((kind) =>
  ['train', 'val', 'test'].map((split) =>
    kind === 'split' ? `${split}_split_path` : `${split}_${kind}_dir`,
  ),
);

function resolveUnder(root: string, value: unknown): unknown {
  if (typeof value === 'string') {
    const isAbsolute = value.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
    return isAbsolute || value === '' ? value : path.posix.join(root, value);
  }
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, resolveUnder(root, v)]),
    );
  }
  return value;
}

/**
 * The variables a tune template renders with: base model params, then dataset training
 * params, then schema defaults, then user parameters, deep-merged (later wins), plus the
 * variable names templates written for the reference use (`tune_id`, `mount_root`,
 * `data_root`, `pretrained_weights_path`, …). Dataset paths given relative to the dataset
 * folder (per modality or not) become absolute under `data_root`.
 */
export function buildTemplateVariables(sources: TemplateVariableSources): Record<string, unknown> {
  const mountRoot = sources.mountRoot ?? DEFAULT_MOUNT_ROOT;
  const datasetFolder = sources.datasetId ?? 'dataset';
  const dataRoot = path.posix.join(mountRoot, 'datasets', datasetFolder);
  const tuneDir = path.posix.join(mountRoot, 'tune-tasks', sources.tuneId);
  const backbone = sources.baseModelParams.backbone;

  const soft = {
    pretrained_model_name: typeof backbone === 'string' ? backbone : '',
    pretrained_weights_path: sources.checkpointFilename
      ? path.posix.join(mountRoot, 'models', sources.checkpointFilename)
      : '',
    // Metrics go to the studio itself; the names stay so reference templates still render.
    mlflow_tracking_url: '',
    mlflow_tags: {},
  };
  const merged = deepMerge(
    soft,
    sources.baseModelParams,
    sources.datasetParams,
    sources.schemaDefaults,
    sources.userParameters,
  );
  for (const name of PATH_VARIABLES) {
    if (name in merged) merged[name] = resolveUnder(dataRoot, merged[name]);
  }
  // These describe where the tune runs; no layer may move them.
  return {
    ...merged,
    tune_id: sources.tuneId,
    mount_root: mountRoot,
    data_root: dataRoot,
    tune_dir: tuneDir,
  };
}
