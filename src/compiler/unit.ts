// unit.ts - one code object being generated: its blocks, constants, names, local slots, the
// current source line and the stack of open control-flow blocks (loops, try, with...).
// Must never: optimise or lay out code; it only records what codegen emits, in emission order.

import type { Pos, Stmt, With } from '../ast';
import type { ConstSpec } from '../code';
import { Op } from '../opcodes';
import { constKey } from './constants';
import { Block, type Instr, isJumpOp, isScopeExit, makeInstr, NO_LINE } from './instr';
import type { Scope } from './scope';

export type UnitKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

/** Open blocks that break/continue/return must unwind through (CPython's fblock types). */
export type FBlock =
  | { kind: 'while'; loop: Block; exit: Block }
  | { kind: 'for'; loop: Block; exit: Block }
  | { kind: 'try-except' }
  | { kind: 'finally-try'; finalbody: Stmt[] }
  | { kind: 'finally-end' }
  | { kind: 'with'; stmt: With }
  | { kind: 'handler-cleanup'; name: string | null; pos: Pos }
  | { kind: 'pop-value' }
  | { kind: 'exception-handler' };

/** Opcodes whose argument is a cell/free index during codegen, rewritten to a localsplus slot at assembly. */
export const DEREF_OPS: ReadonlySet<number> = new Set([
  Op.MAKE_CELL, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLASSDEREF,
]);

export class Unit {
  readonly consts: ConstSpec[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  /** co_varnames in slot order: parameters first, then locals as codegen first touches them. */
  readonly varnames: string[] = [];
  private readonly varIndex = new Map<string, number>();
  /** Cell names then free names; a deref instruction's codegen argument indexes this list. */
  readonly cellvars: string[];
  readonly freevars: string[];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** Class name used for private-name mangling inside this unit. */
  privateName: string | null;
  readonly blocks: Block[] = [];
  readonly entry: Block;
  cur: Block;
  /** The last instruction ended the block: the next emission starts a new one. */
  private split = false;
  /** Line given to the next instruction; NO_LINE for artificial code. */
  line: number;
  readonly fblocks: FBlock[] = [];
  /** co_flags bits of the module's future imports, which every code object of it carries. */
  futureFlags = 0;

  constructor(
    readonly scope: Scope,
    readonly kind: UnitKind,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
    privateName: string | null,
  ) {
    this.privateName = privateName;
    this.cellvars = scope.cellNames();
    if (scope.needsClassClosure) this.cellvars.unshift('__class__');
    this.freevars = scope.freeNames();
    for (const p of scope.params) this.varIndexOf(p);
    this.entry = this.newBlock();
    this.cur = this.entry;
    this.line = firstlineno;
  }

  newBlock(): Block {
    const b = new Block();
    this.blocks.push(b);
    return b;
  }

  /** Continue emitting into `b`, laid out right after the current block. */
  useNextBlock(b: Block): void {
    this.cur.next = b;
    this.cur = b;
    this.split = false;
  }

  addInstr(op: number, arg: number, target: Block | null, line: number): Instr {
    if (this.split) this.useNextBlock(this.newBlock());
    const ins = makeInstr(op, arg, line, target);
    this.cur.instrs.push(ins);
    // A jump or an exit ends its basic block, as the CFG passes require.
    if (isJumpOp(op) || isScopeExit(op)) this.split = true;
    return ins;
  }

  /** True when the current block ends with RETURN_VALUE and nothing was started after it. */
  endsWithReturn(): boolean {
    return this.cur.last?.op === Op.RETURN_VALUE;
  }

  constIndexOf(c: ConstSpec): number {
    const key = constKey(c);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(c);
      this.constIndex.set(key, i);
    }
    return i;
  }

  nameIndexOf(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  varIndexOf(name: string): number {
    let i = this.varIndex.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varIndex.set(name, i);
    }
    return i;
  }

  hasVar(name: string): boolean {
    return this.varIndex.has(name);
  }

  cellIndexOf(name: string): number {
    return this.cellvars.indexOf(name);
  }

  freeIndexOf(name: string): number {
    const i = this.freevars.indexOf(name);
    return i < 0 ? -1 : this.cellvars.length + i;
  }
}

export { NO_LINE };
