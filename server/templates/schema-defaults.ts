import { deepMerge, isPlainObject } from './deep-merge';
import { parameterKind } from './parameter-kind';
import type { ParameterSchema } from './parameter-schema';

function nodeDefault(node: ParameterSchema): unknown {
  if (parameterKind(node) !== 'object' || !node.properties) {
    return node.default === undefined ? undefined : structuredClone(node.default);
  }
  const fromProperties: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(node.properties)) {
    const value = nodeDefault(property);
    if (value !== undefined) fromProperties[name] = value;
  }
  // An object's own `default` (what the SDK's get_task_param_defaults reads) is the more
  // deliberate statement of the whole block, so it wins over its properties' defaults.
  return deepMerge(fromProperties, isPlainObject(node.default) ? node.default : {});
}

/** The defaults a parameter schema declares, as one object shaped like the parameters. */
export function schemaDefaults(schema: ParameterSchema): Record<string, unknown> {
  const defaults = nodeDefault(schema);
  return isPlainObject(defaults) ? defaults : {};
}
