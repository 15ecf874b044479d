// worker_boot.ts - the script a worker thread starts with: loads the interpreter, fast.
// Owns: choosing how the worker loads its modules: from dist/worker-bundle.js with the V8 code
// cache that the build makes (scripts/build_snapshot.js), or, without them, module by module.
// Must never: load the modules in another order than the main thread (runtime/natives.ts checks
// it): cli first, as bin/pygil.js and the snapshot do, then worker_main.
//
// Why: a worker cannot start from the start-up snapshot, and parsing and compiling ~100 modules
// is most of the ~100 ms it needs before it can run a Python thread.

import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const dist = path.join(__dirname, '..', '..');
const bundle = path.join(dist, 'worker-bundle.js');
const cache = path.join(dist, 'worker-bundle.cache');

function boot(): void {
  if (fs.existsSync(bundle)) {
    const cachedData = fs.existsSync(cache) ? fs.readFileSync(cache) : undefined;
    const script = new vm.Script(fs.readFileSync(bundle, 'utf8'), { filename: bundle, cachedData });
    const load = (script.runInThisContext() as (r: NodeRequire, f: string, d: string) => (id: string) => unknown)(require, bundle, dist);
    load('src/cli.js');
    load('src/vm/worker_main.js');
    return;
  }
  require('../cli');
  require('./worker_main');
}

boot();
