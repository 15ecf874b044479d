// parser_integration.test.ts - the project's parser (src/parser) feeding the compiler: for every
// corpus program, compiling its AST must give exactly the code compiling CPython's AST gives.
// Skipped while the parser cannot be loaded.

import type { Module } from '../../src/ast';
import { compileModule } from '../../src/compiler/compile';
import { CORPUS } from './corpus';
import { codeInfo, pythonAvailable, pyref } from './harness';

function loadParser(): ((source: string, filename: string) => Module) | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require('../../src/parser') as { parse?: (source: string, filename: string) => Module };
    return typeof mod.parse === 'function' ? mod.parse : null;
  } catch {
    return null;
  }
}

const parse = loadParser();

(parse !== null && pythonAvailable() ? describe : describe.skip)('src/parser ASTs compile like CPython ASTs', () => {
  const names = Object.keys(CORPUS);
  const refs = pyref(names.map((n) => CORPUS[n]));

  test.each(names.map((n, i) => [n, i] as const))('%s', (name, i) => {
    const src = CORPUS[name];
    const viaParser = codeInfo(compileModule(parse!(src, 'x.py'), 'x.py', src));
    const viaCPython = codeInfo(compileModule(refs[i].ast!, 'x.py', src));
    expect(viaParser).toEqual(viaCPython);
  });
});
