// compile.ts - the compiler's entry point: AST -> CodeSpec, in named passes:
//   scope     (scope.ts)      which block each name lives in, and compile-time name errors;
//   codegen   (codegen*.ts)   blocks of instructions per code object, CPython 3.11's sequences;
//   assemble  (optimize.ts, exceptions.ts, assembler.ts) per code object as codegen finishes
//             it: CFG clean-up, stack depth, exception table, jumps, bytes, line table.
// Must never: run code or touch the heap; the output is plain data for objects/code.ts and dis.

import type { Module } from '../ast';
import type { CodeSpec } from '../code';
import {
  buildCode, derefSlots, fixDerefArgs, insertPrologue, normalizeJumps, stackDepth,
} from './assembler';
import { Codegen } from './codegen_stmt';
import { sourceInfo } from './errors';
import { labelExceptionTargets } from './exceptions';
import { futureOf } from './future';
import {
  cleanBlock, duplicateExitsWithoutLine, extendBlock, guaranteeExitLines, layout, optimizeCfg,
  propagateLines, pseudoToNops, skipEmptyTargets, trimUnusedConsts,
} from './optimize';
import { buildSymbolTable } from './scope';
import type { Unit } from './unit';

/**
 * Compiles a parsed module. `source` is optional and only used to quote the offending line in
 * SyntaxErrors. Throws PySyntaxError for the errors CPython reports at compile time.
 */
export function compileModule(mod: Module, filename: string, source?: string): CodeSpec {
  const src = sourceInfo(filename, source);
  const future = futureOf(mod, src);
  const symtable = buildSymbolTable(mod, src, future);
  const codegen = new Codegen(symtable, src, future, (u) => assembleUnit(u, filename));
  return codegen.compileModule(mod);
}

/** The assemble pass for one finished unit, in CPython 3.11's order. */
function assembleUnit(u: Unit, filename: string): CodeSpec {
  skipEmptyTargets(u.blocks);
  for (let i = u.blocks.length - 1; i >= 0; i--) extendBlock(u.blocks[i]);
  const slots = derefSlots(u);
  insertPrologue(u, slots);
  fixDerefArgs(u.entry, slots);
  const consts = u.consts;
  optimizeCfg(u.entry, u.blocks, { consts, indexOf: (c) => u.constIndexOf(c) });
  duplicateExitsWithoutLine(u.entry, u.blocks.slice(), () => u.newBlock());
  trimUnusedConsts(u.entry, consts);
  propagateLines(u.entry);
  guaranteeExitLines(u.entry, u.firstlineno);
  const blocks = layout(u.entry);
  const stacksize = stackDepth(u.entry, blocks, u.scope.generator && u.scope.type === 'function');
  labelExceptionTargets(u.entry, blocks);
  pseudoToNops(u.entry);
  for (const b of blocks) cleanBlock(b);
  normalizeJumps(u.entry, () => u.newBlock());
  return buildCode({ unit: u, filename, entry: u.entry, consts, stacksize, slots });
}
