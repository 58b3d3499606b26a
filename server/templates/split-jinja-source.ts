/** What a piece of Jinja source is: literal text, `{{ … }}`, `{% … %}` or `{# … #}`. */
export type JinjaChunkKind = 'text' | 'expression' | 'statement' | 'comment';

/** One piece of a Jinja source with where it starts, for error messages that name a line. */
export interface JinjaChunk {
  kind: JinjaChunkKind;
  /** The raw text, delimiters included. */
  text: string;
  /** Offset of the first character in the source. */
  start: number;
  /** 1-based line of the first character. */
  line: number;
  /** False when the source ends inside this tag. */
  isClosed: boolean;
}

const OPENERS: Record<string, JinjaChunkKind> = {
  '{{': 'expression',
  '{%': 'statement',
  '{#': 'comment',
};

/** Offset of the next `{{`, `{%` or `{#` at or after `from`, or the source length. */
function nextTagStart(source: string, from: number): number {
  let index = source.indexOf('{', from);
  while (index !== -1) {
    if (OPENERS[source.slice(index, index + 2)]) return index;
    index = source.indexOf('{', index + 1);
  }
  return source.length;
}

/** Offset just past the closing quote of a string literal that starts at `start`. */
function skipString(source: string, start: number): number {
  const quote = source[start];
  let index = start + 1;
  while (index < source.length && source[index] !== quote) {
    index += source[index] === '\\' ? 2 : 1;
  }
  return index + 1;
}

/**
 * Offset just past the end of the tag that starts at `start`, or -1 when it never closes. Like
 * the engine's lexer, quotes hide delimiters and `}}` inside a `{…}` literal does not end an
 * expression.
 */
function tagEnd(source: string, start: number, kind: JinjaChunkKind): number {
  if (kind === 'comment') {
    const close = source.indexOf('#}', start + 2);
    return close === -1 ? -1 : close + 2;
  }
  const closer = kind === 'expression' ? '}}' : '%}';
  let depth = 0;
  let index = start + 2;
  while (index < source.length) {
    const character = source[index];
    if (character === '"' || character === "'") {
      index = skipString(source, index);
      continue;
    }
    // The engine ends a statement at the first `%}` whatever the braces say.
    const isOutsideLiterals = kind === 'statement' || depth === 0;
    if (isOutsideLiterals && source.startsWith(closer, index)) return index + 2;
    if (character === '{') depth += 1;
    if (character === '}' && depth > 0) depth -= 1;
    index += 1;
  }
  return -1;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) {
    if (text.charCodeAt(index) === 10) count += 1;
  }
  return count;
}

/** Splits Jinja source into text and tags, each with its starting line. */
export function splitJinjaSource(source: string): JinjaChunk[] {
  const chunks: JinjaChunk[] = [];
  let position = 0;
  let line = 1;
  const push = (kind: JinjaChunkKind, end: number, isClosed: boolean) => {
    chunks.push({ kind, text: source.slice(position, end), start: position, line, isClosed });
    line += countNewlines(source, position, end);
    position = end;
  };

  while (position < source.length) {
    const tagStart = nextTagStart(source, position);
    if (tagStart > position) {
      push('text', tagStart, true);
      continue;
    }
    const kind = OPENERS[source.slice(position, position + 2)] ?? 'text';
    const end = tagEnd(source, position, kind);
    if (end === -1) {
      push(kind, source.length, false);
      break;
    }
    push(kind, end, true);
  }
  return chunks;
}
