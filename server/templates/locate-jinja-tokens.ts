import { tokenize } from '@huggingface/jinja';
import { type JinjaChunk, splitJinjaSource } from './split-jinja-source';

/** A token of the Jinja engine's lexer. */
export type JinjaToken = ReturnType<typeof tokenize>[number];

/** The lexer options the engine's `Template` uses; ours must match to see the same tokens. */
export const JINJA_LEXER_OPTIONS = { lstrip_blocks: true, trim_blocks: true };

/** The engine's tokens of a source and the 1-based line of each. */
export interface LocatedTokens {
  tokens: JinjaToken[];
  lines: number[];
}

/** Offset of the next quote at or after `from`, or -1. */
function nextQuote(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    if (text[index] === "'" || text[index] === '"') return index;
  }
  return -1;
}

/** Where a token starts inside its tag's text, searching from `cursor`; and where it ends. */
function findToken(text: string, token: JinjaToken, cursor: number): [number, number] {
  if (token.type === 'StringLiteral') {
    const start = nextQuote(text, cursor);
    if (start === -1) return [cursor, cursor];
    let end = start + 1;
    while (end < text.length && text[end] !== text[start]) end += text[end] === '\\' ? 2 : 1;
    return [start, end + 1];
  }
  const start = text.indexOf(token.value, cursor);
  return start === -1 ? [cursor, cursor] : [start, start + token.value.length];
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) === 10) count += 1;
  return count;
}

/** Assigns lines to the tokens of one tag, starting at token `first`; returns the next index. */
function locateTag(chunk: JinjaChunk, tokens: JinjaToken[], lines: number[], first: number) {
  const closer = chunk.kind === 'expression' ? 'CloseExpression' : 'CloseStatement';
  let index = first;
  let cursor = 0;
  let line = chunk.line;
  while (index < tokens.length) {
    const token = tokens[index] as JinjaToken;
    const [start, end] = findToken(chunk.text, token, cursor);
    // Lines are counted from the previous token on, so long tags stay linear.
    line += countNewlines(chunk.text, cursor, start);
    lines[index] = line;
    line += countNewlines(chunk.text, start, end);
    cursor = end;
    index += 1;
    if (token.type === closer) break;
  }
  return index;
}

/**
 * Tokenizes like the engine does and finds the line of every token, by walking the source's
 * tags in step with the token list (the engine's tokens carry no positions). Throws the lexer's
 * own error for sources it cannot tokenize.
 */
export function locateJinjaTokens(source: string): LocatedTokens {
  const tokens = tokenize(source, JINJA_LEXER_OPTIONS);
  const lines: number[] = [];
  let index = 0;
  for (const chunk of splitJinjaSource(source)) {
    const token = tokens[index];
    if (!token) break;
    if (chunk.kind === 'expression' || chunk.kind === 'statement') {
      index = locateTag(chunk, tokens, lines, index);
      continue;
    }
    // Whitespace control may have removed a text token, so a text chunk consumes one only if
    // the next token is text.
    const expected = chunk.kind === 'text' ? 'Text' : 'Comment';
    if (token.type === expected) {
      lines[index] = chunk.line;
      index += 1;
    }
  }
  let last = 1;
  for (let position = 0; position < tokens.length; position += 1) {
    last = lines[position] ?? last;
    lines[position] = last;
  }
  return { tokens, lines };
}
