/**
 * The code of the child process that renders one template, run with `node -e`. A string, not a
 * file: the Next.js build bundles server code, so a script path would not exist at run time.
 * It reads `{ source, variables, moduleRoot, maxOutputChars }` as JSON on stdin, loads the engine
 * from the app's node_modules, and writes one JSON line on stdout: `{ kind: 'rendered', text }`,
 * `{ kind: 'failed', message }`, `{ kind: 'too-large' }` or `{ kind: 'setup-failed', message }`.
 * Limits on memory and time are set by the parent.
 */
export const RENDER_WORKER_SOURCE = `
'use strict';
const { createRequire } = require('node:module');
const path = require('node:path');

function answer(outcome) {
  process.stdout.write(JSON.stringify(outcome) + '\\n');
}

function render(input) {
  let engine;
  try {
    engine = createRequire(path.join(input.moduleRoot, 'package.json'))('@huggingface/jinja');
  } catch (error) {
    return answer({ kind: 'setup-failed', message: String(error && error.message) });
  }
  // Printing a function (e.g. {{ range }}) must not reveal source code of this process.
  Function.prototype.toString = function () { return 'function () { [native code] }'; };
  try {
    const text = new engine.Template(input.source).render(input.variables);
    if (text.length > input.maxOutputChars) return answer({ kind: 'too-large' });
    answer({ kind: 'rendered', text });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    answer({ kind: 'failed', message: String(message).slice(0, 500) });
  }
}

let raw = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { raw += chunk; });
process.stdin.on('end', () => render(JSON.parse(raw)));
`;
