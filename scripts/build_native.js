// build_native.js - builds src/native/signals.c (the SIGINT handler) into dist/pygil_signals.node.
// Owns: finding node-gyp and Node's headers without a network (npm's own node-gyp, and the
// headers of the Node that runs this script), and skipping the build when it is up to date.
// Must never: fail the build. Without the handler pygil still runs; Ctrl-C then ends it at once
// instead of raising KeyboardInterrupt (src/vm/interrupt.ts), and this script says so.

'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const dir = path.join(root, 'src', 'native');
const out = path.join(root, 'dist', 'pygil_signals.node');
const built = path.join(dir, 'build', 'Release', 'pygil_signals.node');
const sources = ['signals.c', 'binding.gyp'].map((f) => path.join(dir, f));

function upToDate() {
  if (!fs.existsSync(out)) return false;
  const t = fs.statSync(out).mtimeMs;
  return sources.every((s) => fs.statSync(s).mtimeMs <= t);
}

/** npm's node-gyp: npm names it to its scripts; otherwise look beside the npm that came with Node. */
function nodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((c) => c && fs.existsSync(c)) || null;
}

/** Headers of the running Node (a distribution's /usr/include/node), so node-gyp downloads nothing. */
function nodeDir() {
  if (process.env.npm_config_nodedir) return process.env.npm_config_nodedir;
  const prefix = path.join(path.dirname(process.execPath), '..');
  return fs.existsSync(path.join(prefix, 'include', 'node', 'node_api.h')) ? path.resolve(prefix) : null;
}

function main() {
  if (upToDate()) return;
  const gyp = nodeGyp();
  const headers = nodeDir();
  const why = (msg) => {
    console.error(`build_native: ${msg}; pygil runs without its Ctrl-C handler (Ctrl-C ends it without KeyboardInterrupt)`);
  };
  if (gyp === null) return why('node-gyp not found');
  const args = [gyp, 'rebuild', '--directory', dir];
  if (headers !== null) args.push(`--nodedir=${headers}`);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0 || !fs.existsSync(built)) {
    process.stderr.write((r.stdout || '') + (r.stderr || ''));
    return why('node-gyp failed');
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.copyFileSync(built, out);
}

main();
