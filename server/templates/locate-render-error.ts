import { type JinjaToken, locateJinjaTokens } from './locate-jinja-tokens';

/** A rendering error placed on a line of the template, with a message saying what to change. */
export interface LocatedRenderError {
  line: number;
  message: string;
}

/** Functions every template may call (the engine's globals). */
const GLOBAL_FUNCTIONS = new Set([
  'range',
  'namespace',
  'raise_exception',
  'strftime_now',
  'caller',
]);

/** Names that precede `(` without being called: keywords of statements and expressions. */
const KEYWORDS = new Set(['if', 'elif', 'else', 'in', 'not', 'and', 'or', 'is', 'for', 'return']);

/** Methods the engine's strings, lists and mappings have. */
const KNOWN_METHODS = new Set([
  'upper',
  'lower',
  'strip',
  'lstrip',
  'rstrip',
  'title',
  'capitalize',
  'split',
  'startswith',
  'endswith',
  'replace',
  'items',
  'keys',
  'values',
  'get',
  'cycle',
]);

function isName(token: JinjaToken | undefined, value?: string): boolean {
  return token?.type === 'Identifier' && (value === undefined || token.value === value);
}

/** Index of the first `| name` (a filter) in the tokens. */
function findFilter(tokens: JinjaToken[], name: string): number {
  return tokens.findIndex(
    (token, index) => isName(token, name) && tokens[index - 1]?.type === 'Pipe',
  );
}

/** Index of the first `is name` / `is not name` (a test) in the tokens. */
function findTest(tokens: JinjaToken[], name: string): number {
  return tokens.findIndex((token, index) => {
    if (!isName(token, name)) return false;
    const before = tokens[index - 1];
    return isName(before, 'is') || (isName(before, 'not') && isName(tokens[index - 2], 'is'));
  });
}

/** Names a template defines that may be called: its macros and what it assigns with `set`. */
function definedNames(tokens: JinjaToken[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if ((isName(token, 'macro') || isName(token, 'set')) && next && isName(next)) {
      names.add(next.value);
    }
  });
  return names;
}

/** Index and name of the first call of something that is not a function. */
function findUndefinedCall(tokens: JinjaToken[]): { index: number; name: string } | null {
  const defined = definedNames(tokens);
  for (let index = 0; index < tokens.length - 1; index += 1) {
    const token = tokens[index] as JinjaToken;
    if (tokens[index + 1]?.type !== 'OpenParen' || !isName(token)) continue;
    const before = tokens[index - 1];
    if (before?.type === 'Dot') {
      if (!KNOWN_METHODS.has(token.value)) return { index, name: `.${token.value}` };
      continue;
    }
    if (before?.type === 'Pipe' || isName(before, 'is') || isName(before, 'not')) continue;
    if (KEYWORDS.has(token.value) || GLOBAL_FUNCTIONS.has(token.value)) continue;
    if (!defined.has(token.value)) return { index, name: token.value };
  }
  return null;
}

/**
 * Places a runtime error of the engine on a template line when its message names an unknown
 * filter or test, or a call of something that is not a function. Other errors carry no
 * position (the engine's syntax tree has none), so they answer null.
 */
export function locateRenderError(source: string, message: string): LocatedRenderError | null {
  const { tokens, lines } = locateJinjaTokens(source);
  const lineOf = (index: number) => lines[index] ?? 1;

  const filter = /Unknown (?:\w+ )?filter: (\w+)/.exec(message)?.[1];
  if (filter) {
    const index = findFilter(tokens, filter);
    const text = `the filter "${filter}" does not exist for this value`;
    return index === -1 ? null : { line: lineOf(index), message: text };
  }
  const applied = /Cannot apply filter "(\w+)" to type: (\w+)/.exec(message);
  if (applied?.[1]) {
    const index = findFilter(tokens, applied[1]);
    const text = `the filter "${applied[1]}" cannot be applied to a ${applied[2]}`;
    return index === -1 ? null : { line: lineOf(index), message: text };
  }
  const test = /Unknown test: (\w+)/.exec(message)?.[1];
  if (test) {
    const index = findTest(tokens, test);
    return index === -1
      ? null
      : { line: lineOf(index), message: `the test "${test}" does not exist` };
  }
  if (message.includes('Cannot call something that is not a function')) {
    const call = findUndefinedCall(tokens);
    if (!call) return null;
    return {
      line: lineOf(call.index),
      message: `${call.name}(…) is not a function the template can call`,
    };
  }
  return null;
}
