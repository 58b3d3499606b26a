import { invalidField } from '../errors';
import { buildTemplateVariables, type TemplateVariableSources } from './build-template-variables';
import { checkTerratorchConfig } from './check-terratorch-config';
import { ParameterSchemaSchema } from './parameter-schema';
import { renderJinja } from './render-jinja';
import { schemaDefaults } from './schema-defaults';

/** What a tune config is rendered from. */
export interface TuneConfigSources extends Omit<TemplateVariableSources, 'schemaDefaults'> {
  /** Jinja source of the template. */
  content: string;
  /** The template's stored parameter schema. */
  parameterSchema: Record<string, unknown>;
}

/** A rendered config: its YAML text and the parsed object. */
export interface RenderedTuneConfig {
  text: string;
  config: Record<string, unknown>;
}

/**
 * Renders a tune template into a TerraTorch config and checks it: variables from the base
 * model, the dataset, the schema's defaults and the user's parameters; rendering in the
 * sandbox; then YAML parsing and the LightningCLI block checks. Problems answer 422.
 */
export async function renderTuneConfig(sources: TuneConfigSources): Promise<RenderedTuneConfig> {
  const schema = ParameterSchemaSchema.safeParse(sources.parameterSchema);
  if (!schema.success) {
    throw invalidField(
      ['template', 'model_params'],
      "the template's parameter schema is invalid; replace it with PUT /v2/tune-templates/{id}/schema",
    );
  }
  const variables = buildTemplateVariables({
    ...sources,
    schemaDefaults: schemaDefaults(schema.data),
  });
  const text = await renderJinja(sources.content, variables, ['template']);
  return { text, config: checkTerratorchConfig(text) };
}
