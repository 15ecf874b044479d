// build_snapshot.js - writes dist/pygil.blob, a V8 start-up snapshot of the loaded interpreter,
// and dist/worker-bundle.js with its V8 code cache (worker-bundle.cache) for worker threads.
// Owns: bundling dist/ (and chevrotain's one-file build) into one script, because Node 20 can
// snapshot only a single script, and running `node --build-snapshot` on it.
// Must never: fail the build. Without a snapshot, bin/pygil falls back to loading dist/ normally.
//
// Why: most of pygil's start-up is Node loading ~90 modules and chevrotain building the parser.
// A snapshot restores the heap of a process that has already done both, so `pygil -c pass`
// costs little more than Node's own start. The snapshot holds no SharedArrayBuffer (Node does
// not allow one while building a snapshot): the Python heap is made at run time.

'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const blob = path.join(dist, 'pygil.blob');
const entry = path.join(dist, 'pygil-snapshot-entry.js');
const workerSource = path.join(dist, 'worker-bundle.js');
const workerCache = path.join(dist, 'worker-bundle.cache');

function jsFiles(dir) {
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) out.push(...jsFiles(p));
    else if (name.endsWith('.js') && p !== entry && p !== workerSource) out.push(p);
  }
  return out;
}

/**
 * The source with every character above U+00FF written as a \\u escape. V8 keeps a script's source
 * in its heap (and so in the snapshot) as one-byte characters only when every character fits in
 * one byte; a single one beyond (chevrotain has a few, in string literals of whitespace) made the
 * whole 1.6 MB bundle two-byte: 3.3 MB of the snapshot, read and deserialised at every start.
 * Only string and regular-expression literals hold such characters here, where the escape means
 * the same character.
 */
function oneByte(source) {
  return source.replace(/[^\x00-\xff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Every module as a function, and a small require of their own (__load), as lines of a script. */
function modulesAndLoader() {
  const parts = ['"use strict";', 'const __modules = Object.create(null);'];
  const add = (id, source) => {
    parts.push(`__modules[${JSON.stringify(id)}] = function (exports, require, module, __filename, __dirname) {\n${oneByte(source)}\n};`);
  };
  for (const file of [...jsFiles(path.join(dist, 'src')), ...jsFiles(path.join(dist, 'grammar'))]) {
    add(path.relative(dist, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8'));
  }
  // the one-file build of the same release (its package exports do not list it, so find it by path)
  add('chevrotain', fs.readFileSync(path.join(root, 'node_modules', 'chevrotain', 'lib', 'chevrotain.min.js'), 'utf8'));
  parts.push(`
const __loaded = Object.create(null);
const __builtinRequire = require;
function __load(id) {
  const cached = __loaded[id];
  if (cached !== undefined) return cached.exports;
  const module = { exports: {}, paths: [] };
  __loaded[id] = module;
  const dir = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '';
  const localRequire = (spec) => {
    if (spec === 'chevrotain') return __load('chevrotain');
    if (!spec.startsWith('.')) return __builtinRequire(spec);
    const resolved = __builtinRequire('path').posix.normalize(dir + '/' + spec);
    if (__modules[resolved + '.js'] !== undefined) return __load(resolved + '.js');
    if (__modules[resolved + '/index.js'] !== undefined) return __load(resolved + '/index.js');
    throw new Error('pygil snapshot: cannot resolve ' + spec + ' from ' + id);
  };
  __modules[id].call(module.exports, module.exports, localRequire, module, __filename, __dirname);
  return module.exports;
}`);
  return parts;
}

/** The snapshot's entry: the modules, their loader, and what runs while the snapshot is built. */
function bundle() {
  const parts = modulesAndLoader();
  parts.push(`
// Load everything and build the parser by compiling once (the front end loads on first use); all
// of it is then in the snapshot.
const cli = __load('src/cli.js');
__load('src/interpreter.js').compileSource('x = [i for i in range(3)]\\n', '<snapshot>');
__builtinRequire('v8').startupSnapshot.setDeserializeMainFunction(() => {
  // started as: node --snapshot-blob pygil.blob -- ARGS...; process.argv is [node, ARGS...]
  cli.runCli(process.argv.slice(1));
});
`);
  fs.writeFileSync(entry, parts.join('\n'));
}

/**
 * Workers cannot start from the snapshot, so they load the interpreter themselves: from one
 * bundle (a function expression that returns the loader) compiled with a V8 code cache made
 * here, which spares them parsing and compiling ~100 modules (src/vm/worker_boot.ts).
 */
function workerBundle() {
  const source = '(function (require, __filename, __dirname) {\n' + modulesAndLoader().join('\n') + '\nreturn __load;\n})';
  fs.writeFileSync(workerSource, source);
  fs.rmSync(workerCache, { force: true });
  const make = `
    const vm = require('vm'), fs = require('fs');
    const file = ${JSON.stringify(workerSource)};
    const script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file });
    const load = script.runInThisContext()(require, file, ${JSON.stringify(dist)});
    load('src/cli.js');
    fs.writeFileSync(${JSON.stringify(workerCache)}, script.createCachedData());`;
  const r = spawnSync(process.execPath, ['-e', make], { encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0) throw new Error(`worker code cache failed: ${(r.stderr || '').split('\n').slice(0, 3).join(' ')}`);
}

function main() {
  try {
    workerBundle();
  } catch (e) {
    fs.rmSync(workerSource, { force: true });
    fs.rmSync(workerCache, { force: true });
    console.warn(`pygil: no worker bundle (${e.message}); workers will load modules normally`);
  }
  fs.rmSync(blob, { force: true });
  try {
    bundle();
    const r = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entry], {
      cwd: dist, encoding: 'utf8', timeout: 120000,
    });
    if (r.status !== 0 || !fs.existsSync(blob)) {
      throw new Error(`node --build-snapshot failed (status ${r.status}): ${(r.stderr || '').split('\n').slice(0, 5).join(' ')}`);
    }
    // smoke test: the snapshot must run a program correctly, or it is not used
    const t = spawnSync(process.execPath, ['--snapshot-blob', blob, '--', '-c', 'print(6 * 7)'], { encoding: 'utf8', timeout: 30000 });
    if (t.status !== 0 || t.stdout !== '42\n') throw new Error(`snapshot smoke test failed: ${t.stdout} ${t.stderr}`);
    console.log(`pygil: start-up snapshot written (${(fs.statSync(blob).size / 1048576).toFixed(1)} MiB)`);
  } catch (e) {
    fs.rmSync(blob, { force: true });
    console.warn(`pygil: no start-up snapshot (${e.message}); bin/pygil will load modules normally`);
  } finally {
    fs.rmSync(entry, { force: true });
  }
}

main();
