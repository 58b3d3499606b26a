/**
 * The code of the worker thread that renders one template, as a string for `new Worker(code,
 * { eval: true })`. A string, not a file: the Next.js build bundles server code, so a worker
 * file path would not exist at run time. The worker loads the engine from the app's
 * node_modules (`moduleRoot`), renders `source` with `variables`, and posts one message:
 * `{ kind: 'rendered', text }`, `{ kind: 'failed', message }`, `{ kind: 'too-large' }` or
 * `{ kind: 'setup-failed', message }`. Limits on memory and time are set by the parent.
 */
export const RENDER_WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const path = require('node:path');

function loadEngine() {
  try {
    return createRequire(path.join(workerData.moduleRoot, 'package.json'))('@huggingface/jinja');
  } catch (error) {
    parentPort.postMessage({ kind: 'setup-failed', message: String(error && error.message) });
    return null;
  }
}

function render(engine) {
  // Printing a function (e.g. {{ range }}) must not reveal source code of this process.
  Function.prototype.toString = function () { return 'function () { [native code] }'; };
  try {
    const text = new engine.Template(workerData.source).render(workerData.variables);
    if (text.length > workerData.maxOutputChars) {
      parentPort.postMessage({ kind: 'too-large', length: text.length });
      return;
    }
    parentPort.postMessage({ kind: 'rendered', text });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort.postMessage({ kind: 'failed', message: String(message).slice(0, 500) });
  }
}

const engine = loadEngine();
if (engine) render(engine);
`;
