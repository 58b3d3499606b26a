import { splitJinjaSource } from './split-jinja-source';

const TO_YAML_FILTER = /\|(\s*)to_yaml\b/g;

/**
 * Rewrites the `to_yaml` filter of templates written for the reference into the engine's
 * built-in `tojson`. The engine takes no custom filters, and YAML is a superset of JSON, so the
 * JSON text is a valid YAML value wherever `to_yaml` output was. Only tags are rewritten, never
 * literal text, and no line moves.
 */
export function rewriteToYamlFilter(source: string): string {
  if (!source.includes('to_yaml')) return source;
  return splitJinjaSource(source)
    .map((chunk) =>
      chunk.kind === 'expression' || chunk.kind === 'statement'
        ? chunk.text.replace(TO_YAML_FILTER, '|$1tojson')
        : chunk.text,
    )
    .join('');
}
