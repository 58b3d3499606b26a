import { parse, tokenize } from '@huggingface/jinja';
import { type JinjaToken, locateJinjaTokens } from './locate-jinja-tokens';
import { splitJinjaSource } from './split-jinja-source';

/** A syntax error of a Jinja source: the 1-based line and what is wrong. */
export interface JinjaSyntaxError {
  line: number;
  message: string;
}

const BLOCK_OPENERS = new Set(['if', 'for', 'macro', 'call', 'filter', 'set']);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The line of the first tag the lexer cannot read (tags are tokenized one by one). */
function lexerError(source: string, error: unknown): JinjaSyntaxError {
  for (const chunk of splitJinjaSource(source)) {
    if (chunk.kind === 'text') continue;
    if (!chunk.isClosed) {
      return { line: chunk.line, message: `this tag is never closed (${messageOf(error)})` };
    }
    try {
      tokenize(chunk.text);
    } catch (tagError) {
      return { line: chunk.line, message: messageOf(tagError) };
    }
  }
  return { line: source.split('\n').length, message: messageOf(error) };
}

/** Index of the last token the parser read before it gave up; the parser keeps no positions. */
function lastTokenRead(tokens: JinjaToken[]): number {
  let last = 0;
  const watched = new Proxy(tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) last = Number(key);
      return Reflect.get(target, key, receiver);
    },
  });
  try {
    parse(watched);
  } catch {
    // The error itself was already caught once; here only the position matters.
  }
  return last;
}

/** The opening tag of the innermost block that never closes, if any. */
function unclosedBlock(
  tokens: JinjaToken[],
  lines: number[],
): { name: string; line: number } | null {
  const open: { name: string; line: number }[] = [];
  tokens.forEach((token, index) => {
    const keyword = tokens[index + 1];
    if (token.type !== 'OpenStatement' || keyword?.type !== 'Identifier') return;
    const name = keyword.value;
    if (name === 'set' && isInlineSet(tokens, index + 2)) return;
    if (BLOCK_OPENERS.has(name)) open.push({ name, line: lines[index] ?? 1 });
    if (name.startsWith('end') && open.at(-1)?.name === name.slice(3)) open.pop();
  });
  return open.at(-1) ?? null;
}

/** `{% set x = … %}` assigns inline; `{% set x %}…{% endset %}` is a block. */
function isInlineSet(tokens: JinjaToken[], from: number): boolean {
  for (let index = from; index < tokens.length; index += 1) {
    const type = tokens[index]?.type;
    if (type === 'Equals') return true;
    if (type === 'CloseStatement') return false;
  }
  return false;
}

/** Finds the first syntax error of a Jinja source with its line, or null when it parses. */
export function findJinjaSyntaxError(source: string): JinjaSyntaxError | null {
  let located: ReturnType<typeof locateJinjaTokens>;
  try {
    located = locateJinjaTokens(source);
  } catch (error) {
    return lexerError(source, error);
  }
  const { tokens, lines } = located;
  try {
    parse(tokens);
    return null;
  } catch (error) {
    const index = lastTokenRead(tokens);
    const block = index >= tokens.length - 1 ? unclosedBlock(tokens, lines) : null;
    if (block) {
      return {
        line: block.line,
        message: `the {% ${block.name} %} block opened here is never closed; add {% end${block.name} %}`,
      };
    }
    if (error instanceof RangeError) {
      return { line: lines[index] ?? 1, message: 'the template is nested too deeply to parse' };
    }
    return { line: lines[Math.min(index, tokens.length - 1)] ?? 1, message: messageOf(error) };
  }
}
