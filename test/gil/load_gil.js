// load_gil.js - compile src/gil.ts and src/gil_trace.ts to CommonJS in a temporary directory, so
// that worker threads (which run plain Node, outside jest's transformer) can require the lock.
//
// Why not dist/: `npm test` builds dist/ first, but a build error anywhere in the tree (another
// engineer's half-done file) would leave dist/src/gil.js stale or missing, and running jest alone
// locally would test whatever was built last. Why not ts-node in each worker: it costs hundreds of
// milliseconds per worker and a dozen workers per test. typescript.transpileModule on two files
// takes a few milliseconds, always compiles the current source, and depends on nothing else in
// the tree (gil.ts imports only node built-ins and gil_trace.ts).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');

const SRC = path.join(__dirname, '..', '..', 'src');
const FILES = ['gil.ts', 'gil_trace.ts'];

/** Returns { dir, gilPath, cleanup }. */
function compileGil() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pygil-gil-'));
  for (const f of FILES) {
    const src = fs.readFileSync(path.join(SRC, f), 'utf8');
    const out = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: f,
    });
    fs.writeFileSync(path.join(dir, f.replace(/\.ts$/, '.js')), out.outputText);
  }
  return {
    dir,
    gilPath: path.join(dir, 'gil.js'),
    cleanup() { fs.rmSync(dir, { recursive: true, force: true }); },
  };
}

module.exports = { compileGil };
