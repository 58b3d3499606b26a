/** Id reported for renders against the built-in example dataset; no dataset row has it. */
export const EXAMPLE_DATASET_ID = 'geodata-example';

/** First line of a config rendered against the example dataset, so nobody mistakes it. */
export const EXAMPLE_DATASET_NOTICE =
  '# Rendered against the built-in EXAMPLE dataset (no dataset_id given): six-band ' +
  'surface-reflectance chips with two classes. Pass dataset_id to render for your data.';

/**
 * Training parameters of a built-in example dataset: six optical bands, two classes, splits in
 * text files. Test renders use it when no dataset is chosen, so the template editor works before
 * any dataset exists. It also shows the shape the dataset factory records in `training_params`:
 * the reference's variable names, per-modality values keyed by modality tag, and paths relative
 * to the dataset folder (rendering makes them absolute under `data_root`).
 */
export const EXAMPLE_DATASET_PARAMS: Record<string, unknown> = {
  image_modalities: ['S2L2A'],
  rgb_modality: 'S2L2A',
  num_modalities: 1,
  bands: { S2L2A: ['BLUE', 'GREEN', 'RED', 'NIR_NARROW', 'SWIR_1', 'SWIR_2'] },
  output_bands: { S2L2A: ['BLUE', 'GREEN', 'RED', 'NIR_NARROW', 'SWIR_1', 'SWIR_2'] },
  norm_means: { S2L2A: [1120.5, 1365.2, 1501.8, 2810.4, 2125.9, 1480.3] },
  norm_stds: { S2L2A: [612.4, 640.7, 721.3, 998.1, 870.6, 745.2] },
  rgb_band_indices: { S2L2A: [2, 1, 0] },
  train_data_dir: { S2L2A: 'images' },
  val_data_dir: { S2L2A: 'images' },
  test_data_dir: { S2L2A: 'images' },
  train_labels_dir: { S2L2A: 'labels' },
  val_labels_dir: { S2L2A: 'labels' },
  test_labels_dir: { S2L2A: 'labels' },
  train_split_path: { S2L2A: 'splits/train.txt' },
  val_split_path: { S2L2A: 'splits/val.txt' },
  test_split_path: { S2L2A: 'splits/test.txt' },
  img_suffix: { S2L2A: '_image.tif' },
  seg_map_suffix: { S2L2A: '_label.tif' },
  classes: [
    { id: 0, name: 'Land', color: '#9a8c73' },
    { id: 1, name: 'Water', color: '#1f6fb4' },
  ],
  class_weights: [0.35, 0.65],
  num_frames: 1,
  image_size: [256, 256],
  ignore_index: -1,
  label_nodata: -1,
  image_nodata_replace: 0,
  constant_multiply: 1.0,
};
