// freeze_lib.js - compiles lib/*.py (the standard modules pygil writes in Python) into
// dist/frozen/NAME.json, which `import` loads instead of compiling (src/vm/frozen.ts).
// Owns: running the compiler over lib/ at build time and writing the files.
// Must never: fail the build. A module that does not compile, or a build without this step,
// is compiled when imported, as any other module.

'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const lib = path.join(root, 'lib');
const out = path.join(root, 'dist', 'frozen');

function main() {
  // cli first: the interpreter's modules load in the order runtime/natives.ts expects
  require(path.join(root, 'dist', 'src', 'cli.js'));
  const { compileSource } = require(path.join(root, 'dist', 'src', 'interpreter.js'));
  const { freeze } = require(path.join(root, 'dist', 'src', 'vm', 'frozen.js'));
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  let n = 0;
  for (const name of fs.readdirSync(lib).sort()) {
    if (!name.endsWith('.py')) continue;
    const file = path.join(lib, name);
    const source = fs.readFileSync(file, 'utf8');
    try {
      fs.writeFileSync(path.join(out, name.slice(0, -3) + '.json'), freeze(source, compileSource(source, file)));
      n++;
    } catch (e) {
      console.warn(`pygil: ${name} not frozen (${e.message}); it is compiled when imported`);
    }
  }
  console.log(`pygil: ${n} library modules frozen`);
}

try {
  main();
} catch (e) {
  console.warn(`pygil: library modules not frozen (${e.message}); they are compiled when imported`);
}
