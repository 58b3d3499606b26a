import {
  isMap,
  isScalar,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
} from 'yaml';
import { AppError, type FieldIssue } from '../errors';

/** Where problems of a rendered config are reported. */
const LOC = 'rendered_config';

const CLASS_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** How each LightningCLI section is checked, and the example its messages suggest. */
const SECTIONS = {
  data: {
    isRequired: true,
    example: 'terratorch.datamodules.GenericNonGeoSegmentationDataModule',
    initArgs: 'the datamodule arguments (batch_size, data roots, bands, means, stds, ...)',
  },
  model: {
    isRequired: true,
    example: 'terratorch.tasks.SemanticSegmentationTask',
    initArgs: 'the task arguments (model_factory, model_args, loss, ...)',
  },
  optimizer: { isRequired: false, example: 'torch.optim.AdamW', initArgs: null },
  lr_scheduler: {
    isRequired: false,
    example: 'lightning.pytorch.cli.ReduceLROnPlateau',
    initArgs: null,
  },
} as const;

type SectionName = keyof typeof SECTIONS;

/** Collects problems, each placed on the line of the node it is about. */
class ConfigProblems {
  readonly issues: FieldIssue[] = [];

  constructor(
    private readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  /** Adds a problem at a node's line; `isMissing` problems show no line content. */
  add(path: string[], node: Node | null | undefined, message: string, isMissing = false): void {
    const line = this.lines.linePos(node?.range?.[0] ?? 0).line;
    const content = isMissing ? '' : (this.text.split('\n')[line - 1]?.trim() ?? '');
    const shown = content.length > 60 ? `${content.slice(0, 57)}...` : content;
    const where = shown ? `line ${line} (\`${shown}\`)` : `line ${line}`;
    this.issues.push({
      loc: [LOC, ...path],
      msg: `${where}: ${message}`,
      type: 'terratorch_config',
    });
  }

  throwIfAny(): void {
    const first = this.issues[0];
    if (!first) return;
    throw new AppError('INVALID_INPUT', `Invalid rendered config: ${first.msg}`, {
      issues: this.issues,
    });
  }
}

function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  const found = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return found as Pair<Node, Node> | undefined;
}

function scalarText(node: Node | null | undefined): string {
  return isScalar(node) && typeof node.value === 'string' ? node.value : '';
}

/** Checks one `class_path` + `init_args` section; answers its init_args when they are a map. */
function checkSection(root: YAMLMap, name: SectionName, problems: ConfigProblems) {
  const { isRequired, example, initArgs: initArgsHint } = SECTIONS[name];
  const pair = pairOf(root, name);
  if (!pair) {
    if (!isRequired) return null;
    const message =
      `the config has no \`${name}\` section; add \`${name}:\` with \`class_path\` ` +
      `(e.g. ${example}) and \`init_args\``;
    problems.add([name], root, message, true);
    return null;
  }
  const section = pair.value;
  if (!isMap(section)) {
    problems.add(
      [name],
      pair.key,
      `\`${name}\` must be a mapping with \`class_path\` and \`init_args\``,
    );
    return null;
  }
  const classPath = pairOf(section, 'class_path');
  if (!CLASS_PATH.test(scalarText(classPath?.value))) {
    const message = `\`${name}.class_path\` must name a Python class (e.g. ${example})`;
    problems.add([name, 'class_path'], classPath?.key ?? pair.key, message);
  }
  const initArgs = pairOf(section, 'init_args');
  if (!initArgs) {
    if (initArgsHint) {
      const message = `add \`${name}.init_args\` with ${initArgsHint}`;
      problems.add([name, 'init_args'], pair.key, message, true);
    }
    return null;
  }
  if (!isMap(initArgs.value)) {
    problems.add([name, 'init_args'], initArgs.key, `\`${name}.init_args\` must be a mapping`);
    return null;
  }
  return { section, initArgs: initArgs.value };
}

/** A TerraTorch task needs its model described: `model_factory` and `model_args`. */
function checkTask(root: YAMLMap, problems: ConfigProblems): void {
  const checked = checkSection(root, 'model', problems);
  if (!checked) return;
  const className = scalarText(pairOf(checked.section, 'class_path')?.value);
  const isTask = className.startsWith('terratorch.tasks.') || className.endsWith('Task');
  const modelArgs = pairOf(checked.initArgs, 'model_args');
  const modelFactory = pairOf(checked.initArgs, 'model_factory');
  const modelKey = pairOf(root, 'model')?.key;
  if (isTask && !modelArgs && !modelFactory) {
    const message =
      'a TerraTorch task needs `model_factory` (e.g. EncoderDecoderFactory) and ' +
      '`model_args` (backbone, decoder, ...) under `model.init_args`';
    problems.add(['model', 'init_args'], modelKey, message);
  }
  if (modelArgs && !isMap(modelArgs.value)) {
    problems.add(
      ['model', 'init_args', 'model_args'],
      modelArgs.key,
      '`model_args` must be a mapping',
    );
  }
}

function yamlSyntaxError(issues: FieldIssue[]): AppError {
  return new AppError('INVALID_INPUT', `The rendered config is not valid YAML: ${issues[0]?.msg}`, {
    issues,
  });
}

/**
 * Parses a rendered TerraTorch (LightningCLI) config and checks the blocks a run needs:
 * `trainer` as a mapping, `data` and `model` with `class_path` and `init_args`, the task's
 * `model_args` or `model_factory`, and `class_path` on `optimizer` and `lr_scheduler` when
 * present. Answers the parsed config; every problem is one 422 issue naming its line and what
 * to add.
 */
export function checkTerratorchConfig(yamlText: string): Record<string, unknown> {
  const lines = new LineCounter();
  const options = { lineCounter: lines, prettyErrors: true, uniqueKeys: true };
  const document = parseDocument(yamlText, options);
  if (document.errors.length > 0) {
    throw yamlSyntaxError(
      document.errors.map((error) => {
        const position = error.linePos?.[0];
        const problem = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
        const where = position ? `line ${position.line}, column ${position.col}` : 'the config';
        return { loc: [LOC], msg: `YAML error at ${where}: ${problem}`, type: 'yaml_syntax' };
      }),
    );
  }

  const problems = new ConfigProblems(yamlText, lines);
  const root = document.contents;
  if (!isMap(root)) {
    const message =
      'the config must be a mapping of LightningCLI sections (trainer, data, model, ' +
      'optimizer, ...)';
    problems.add([], root, message);
    problems.throwIfAny();
    return {};
  }
  const trainer = pairOf(root, 'trainer');
  if (!trainer) {
    const message =
      'the config has no `trainer` section; add `trainer:` with at least `max_epochs`';
    problems.add(['trainer'], root, message, true);
  } else if (!isMap(trainer.value)) {
    problems.add(
      ['trainer'],
      trainer.key,
      '`trainer` must be a mapping of Lightning Trainer arguments',
    );
  }
  checkSection(root, 'data', problems);
  checkTask(root, problems);
  checkSection(root, 'optimizer', problems);
  checkSection(root, 'lr_scheduler', problems);
  problems.throwIfAny();
  return document.toJS() as Record<string, unknown>;
}
