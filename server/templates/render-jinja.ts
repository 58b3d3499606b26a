import { env } from '../env';
import { type AppError, invalidField } from '../errors';
import { findJinjaSyntaxError } from './find-jinja-syntax-error';
import { locateRenderError } from './locate-render-error';
import { rewriteToYamlFilter } from './rewrite-to-yaml-filter';
import { MAX_RENDERED_CHARS, RENDER_MEMORY_LIMIT_MB, runRenderWorker } from './run-render-worker';

/** Where rendering problems are reported, e.g. ['template'] or ['body', 'content']. */
export type ProblemLocation = (string | number)[];

/** Checks that a template parses; a syntax error answers 422 naming its line. */
export function checkJinjaSyntax(source: string, loc: ProblemLocation): void {
  const problem = findJinjaSyntaxError(rewriteToYamlFilter(source));
  if (problem) {
    throw invalidField(loc, `Jinja syntax error on line ${problem.line}: ${problem.message}`);
  }
}

function failure(source: string, message: string, loc: ProblemLocation): AppError {
  if (/Maximum call stack size exceeded/.test(message)) {
    return invalidField(loc, 'template rendering exceeded the recursion limit');
  }
  if (/Invalid string length|Invalid array length/.test(message)) {
    return invalidField(
      loc,
      'template rendering exceeded the memory limit: a value grew too large',
    );
  }
  const located = locateRenderError(source, message);
  if (located) {
    return invalidField(
      loc,
      `template rendering failed on line ${located.line}: ${located.message}`,
    );
  }
  return invalidField(loc, `template rendering failed: ${message}`);
}

/**
 * Renders a Jinja template with the given variables in a sandboxed process; the template can
 * reach only those variables. Syntax errors, rendering errors and exceeded limits answer 422 at
 * `loc`; only a rendering process that cannot start is a server error.
 */
export async function renderJinja(
  source: string,
  variables: Record<string, unknown>,
  loc: ProblemLocation,
): Promise<string> {
  checkJinjaSyntax(source, loc);
  const rewritten = rewriteToYamlFilter(source);
  const timeoutMs = env().STUDIO_TEMPLATE_RENDER_TIMEOUT_MS;
  const outcome = await runRenderWorker(rewritten, variables, timeoutMs);
  switch (outcome.kind) {
    case 'rendered':
      return outcome.text;
    case 'failed':
      throw failure(rewritten, outcome.message, loc);
    case 'timeout':
      throw invalidField(loc, `template rendering exceeded the time limit of ${timeoutMs} ms`);
    case 'out-of-memory':
      throw invalidField(
        loc,
        `template rendering exceeded the memory limit of ${RENDER_MEMORY_LIMIT_MB} MB`,
      );
    case 'too-large':
      throw invalidField(
        loc,
        `template rendering exceeded the size limit: the config is over ${MAX_RENDERED_CHARS} characters`,
      );
    case 'setup-failed':
      throw new Error(`the template rendering process failed: ${outcome.message}`);
  }
}
