// codegen.ts - the base of the codegen pass: the stack of units (one per code object being
// generated), emission helpers that stamp each instruction with the current source line, name
// resolution into LOAD_FAST/LOAD_GLOBAL/LOAD_DEREF/LOAD_NAME, and closure creation.
// Expressions live in codegen_expr.ts and statements in codegen_stmt.ts, layered on this class.
// Must never: lay out, optimise or encode code; finished units are handed to the assembler.

import type { Ctx, Node, Pos } from '../ast';
import { type CodeSpec, type ConstSpec, FastKind } from '../code';
import { Op } from '../opcodes';
import { NONE } from './constants';
import { type SourceInfo, syntaxErrorAt } from './errors';
import type { Future } from './future';
import { type Block, NO_LINE, Pseudo } from './instr';
import { mangle, type Scope, type SymbolTable, Where } from './scope';
import { type FBlock, Unit, type UnitKind } from './unit';

/** Turns a finished unit into a code object (the optimise + assemble passes, see compile.ts). */
export type AssembleUnit = (u: Unit) => CodeSpec;

/** CPython's co_flags bit for `from __future__ import annotations` (not in code.ts's CoFlags). */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** CPython's CO_MAXBLOCKS: how deep loops, try and with statements may nest in one function. */
const MAX_FBLOCKS = 20;

export abstract class CodegenBase {
  /** The unit being generated. */
  protected u!: Unit;
  private readonly outer: Unit[] = [];

  constructor(
    protected readonly symtable: SymbolTable,
    protected readonly src: SourceInfo,
    protected readonly future: Future,
    private readonly assembleUnit: AssembleUnit,
  ) {}

  protected error(msg: string, pos: Pos): never {
    throw syntaxErrorAt(this.src, msg, pos);
  }

  // ---------------------------------------------------------------- emission

  protected emit(op: number, arg = 0): void {
    this.u.addInstr(op, arg, null, this.u.line);
  }

  protected emitNoLine(op: number, arg = 0): void {
    this.u.addInstr(op, arg, null, NO_LINE);
  }

  protected emitJump(op: number, target: Block): void {
    this.u.addInstr(op, 0, target, this.u.line);
  }

  protected emitJumpNoLine(op: number, target: Block): void {
    this.u.addInstr(op, 0, target, NO_LINE);
  }

  protected loadConst(c: ConstSpec): void {
    this.emit(Op.LOAD_CONST, this.u.constIndexOf(c));
  }

  /** An instruction whose argument indexes co_names; the name is mangled as CPython does. */
  protected emitName(op: number, name: string): void {
    this.emit(op, this.u.nameIndexOf(mangle(this.u.privateName, name)));
  }

  protected newBlock(): Block {
    return this.u.newBlock();
  }

  protected useNextBlock(b: Block): void {
    this.u.useNextBlock(b);
  }

  /**
   * Starts a new block now, where CPython's compiler does NEXT_BLOCK (after a conditional jump,
   * raise, break, continue), so blocks are allocated in CPython's order, which its passes over
   * the allocation list (exit duplication) depend on. After `return` the block stays open: a
   * new one is made only if more code follows (Unit.addInstr), and a body ending in `return`
   * gets no implicit `return None` (nor its None constant), as in 3.11.
   */
  protected nextBlock(): void {
    this.u.useNextBlock(this.u.newBlock());
  }

  /** Artificial code: instructions get no line of their own and inherit one later. */
  protected unsetLoc(): void {
    this.u.line = NO_LINE;
  }

  protected setLoc(pos: Pos): void {
    this.u.line = pos.line;
  }

  protected pushFBlock(f: FBlock, pos: Pos): void {
    if (this.u.fblocks.length >= MAX_FBLOCKS) this.error('too many statically nested blocks', pos);
    this.u.fblocks.push(f);
  }

  protected popFBlock(): void {
    this.u.fblocks.pop();
  }

  // ---------------------------------------------------------------- names

  protected get scope(): Scope {
    return this.u.scope;
  }

  protected inFunctionBlock(): boolean {
    return this.u.scope.type === 'function';
  }

  protected nameOp(name: string, ctx: Ctx, pos: Pos): void {
    if (name === '__debug__') {
      if (ctx === 'Store') this.error('cannot assign to __debug__', pos);
      if (ctx === 'Del') this.error('cannot delete __debug__', pos);
    }
    const mangled = mangle(this.u.privateName, name);
    const where = this.u.scope.whereOf(mangled);
    const fn = this.inFunctionBlock();
    switch (where) {
      case Where.FREE:
      case Where.CELL: {
        const i = where === Where.CELL ? this.u.cellIndexOf(mangled) : this.u.freeIndexOf(mangled);
        if (i < 0) throw new Error(`compiler bug: no deref slot for '${mangled}'`);
        const op = ctx === 'Load' ? (this.u.scope.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
          : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        this.emit(op, i);
        return;
      }
      case Where.LOCAL:
        if (fn) {
          const op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
          this.emit(op, this.u.varIndexOf(mangled));
          return;
        }
        break;
      case Where.GLOBAL_IMPLICIT:
        if (fn) return this.globalOp(mangled, ctx);
        break;
      case Where.GLOBAL_EXPLICIT:
        return this.globalOp(mangled, ctx);
      default:
        break;
    }
    const op = ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
    this.emit(op, this.u.nameIndexOf(mangled));
  }

  private globalOp(mangled: string, ctx: Ctx): void {
    const i = this.u.nameIndexOf(mangled);
    if (ctx === 'Load') this.emit(Op.LOAD_GLOBAL, i << 1);
    else this.emit(ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i);
  }

  // ---------------------------------------------------------------- units

  /**
   * Starts generating a nested code object for `node`'s block. Emits its RESUME (the other
   * prologue instructions are inserted at assembly, once cells and free variables are final).
   */
  protected enterUnit(node: Node, kind: UnitKind, name: string, firstlineno: number): void {
    const scope = this.symtable.scopeOf(node);
    const parent = (this.u as Unit | undefined) ?? null;
    const qualname = parent === null ? name : this.qualnameFor(parent, kind, name);
    const u = new Unit(scope, kind, name, qualname, firstlineno, parent?.privateName ?? null);
    if (parent !== null) this.outer.push(parent);
    if (this.future.annotations) u.futureFlags = CO_FUTURE_ANNOTATIONS;
    this.u = u;
    if (kind === 'module') u.line = 0;
    this.emit(Op.RESUME, 0);
    if (kind === 'module') u.line = NO_LINE;
  }

  /** co_qualname: "outer.<locals>.inner" under functions, "C.m" under classes, plain at top or for globals. */
  private qualnameFor(parent: Unit, kind: UnitKind, name: string): string {
    if (parent.kind === 'module') return name;
    if (kind === 'function' || kind === 'class') {
      const w = parent.scope.whereOf(mangle(parent.privateName, name));
      if (w === Where.GLOBAL_EXPLICIT) return name;
    }
    const fnParent = parent.kind === 'function' || parent.kind === 'lambda';
    return `${parent.qualname}${fnParent ? '.<locals>' : ''}.${name}`;
  }

  /** Finishes the current unit: an implicit `return None` if control can fall off its end, then assembly. */
  protected exitUnit(addNone: boolean): CodeSpec {
    const u = this.u;
    if (!u.endsWithReturn()) {
      u.line = NO_LINE;
      if (addNone) this.loadConst(NONE);
      this.emit(Op.RETURN_VALUE);
    }
    const code = this.assembleUnit(u);
    const parent = this.outer.pop();
    if (parent !== undefined) this.u = parent;
    return code;
  }

  /**
   * Pushes a function object for `code`: the closure tuple (one LOAD_CLOSURE per free variable
   * of the child, from this unit's cells or free variables), then MAKE_FUNCTION. `flags` says
   * which of defaults / kwdefaults the caller already pushed.
   */
  protected makeClosure(code: CodeSpec, flags: number): void {
    const free: string[] = [];
    code.localsplusKinds.forEach((k, i) => {
      if ((k & FastKind.FREE) !== 0) free.push(code.localsplusNames[i]);
    });
    if (free.length > 0) {
      for (const name of free) {
        const isCell = (this.u.kind === 'class' && name === '__class__')
          || this.u.scope.whereOf(name) === Where.CELL;
        const i = isCell ? this.u.cellIndexOf(name) : this.u.freeIndexOf(name);
        if (i < 0) throw new Error(`compiler bug: closure variable '${name}' of ${code.qualname} not found`);
        this.emit(Op.LOAD_CLOSURE, i);
      }
      flags |= 8;
      this.emit(Op.BUILD_TUPLE, free.length);
    }
    this.loadConst({ type: 'code', code });
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  protected jump(target: Block): void {
    this.emitJump(Pseudo.JUMP, target);
  }
}
