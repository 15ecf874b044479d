// codegen_stmt.ts - codegen for statements and for the code objects they open: module body,
// def, class; loops, try/except/finally and with blocks with 3.11's exception-table style
// (SETUP_*/POP_BLOCK pseudo-instructions that exceptions.ts turns into table rows), and the
// unwinding that return/break/continue do through open finally and with blocks.
// Must never: emit SETUP_* real opcodes or any jump target as a number; blocks only.

import {
  type Arguments, assertNever, type ClassDef, type ExceptHandler, type Expr, type FunctionDef, type Module, type Pos,
  type Stmt, type Try, type With,
} from '../ast';
import type { CodeSpec } from '../code';
import { Op } from '../opcodes';
import { NONE } from './constants';
import { binaryOpArg, ExprCodegen } from './codegen_expr';
import { foldConst } from './fold';
import { type Block, Pseudo } from './instr';
import { mangle } from './scope';
import { unparseAnnotation } from './unparse';
import type { FBlock } from './unit';

/** The docstring of a body: its first statement when that is a string literal (after folding). */
function docstringOf(body: readonly Stmt[]): string | null {
  const first = body[0];
  if (first === undefined || first.kind !== 'Expr') return null;
  const c = foldConst(first.value);
  return c !== null && c.type === 'str' ? c.value : null;
}

/** Whether a module or class body has an annotated assignment outside nested defs (it then needs __annotations__). */
function hasAnnotations(body: readonly Stmt[]): boolean {
  for (const s of body) {
    switch (s.kind) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If':
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse)) return true;
        break;
      case 'With':
        if (hasAnnotations(s.body)) return true;
        break;
      case 'Try':
        if (s.handlers.some((h) => hasAnnotations(h.body))) return true;
        if (hasAnnotations(s.body) || hasAnnotations(s.finalbody) || hasAnnotations(s.orelse)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

export class Codegen extends ExprCodegen {
  compileModule(mod: Module): CodeSpec {
    this.enterUnit(mod, 'module', '<module>', 1);
    this.body(mod.body);
    return this.exitUnit(true);
  }

  /** Module and class bodies: __annotations__ set-up, the docstring stored as __doc__, then the statements. */
  private body(stmts: readonly Stmt[]): void {
    if (this.u.kind === 'module' && stmts.length > 0) this.setLoc(stmts[0]);
    if (hasAnnotations(stmts)) this.emit(Op.SETUP_ANNOTATIONS);
    if (stmts.length === 0) return;
    let i = 0;
    const doc = docstringOf(stmts);
    if (doc !== null) {
      i = 1;
      this.visitExpr((stmts[0] as Extract<Stmt, { kind: 'Expr' }>).value);
      this.unsetLoc();
      this.nameOp('__doc__', 'Store', stmts[0]);
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]);
  }

  protected visitStmts(stmts: readonly Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  protected visitStmt(s: Stmt): void {
    this.setLoc(s);
    switch (s.kind) {
      case 'FunctionDef':
        this.functionDef(s);
        return;
      case 'ClassDef':
        this.classDef(s);
        return;
      case 'Return':
        this.returnStmt(s);
        return;
      case 'Delete':
        this.visitExprs(s.targets);
        return;
      case 'Assign':
        this.visitExpr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.visitExpr(t);
        });
        return;
      case 'AugAssign':
        this.augAssign(s);
        return;
      case 'AnnAssign':
        this.annAssign(s);
        return;
      case 'For':
        this.forStmt(s);
        return;
      case 'While':
        this.whileStmt(s);
        return;
      case 'If': {
        const end = this.newBlock();
        const next = s.orelse.length > 0 ? this.newBlock() : end;
        this.jumpIf(s.test, next, false);
        this.visitStmts(s.body);
        if (s.orelse.length > 0) {
          this.emitJumpNoLine(Pseudo.JUMP, end);
          this.useNextBlock(next);
          this.visitStmts(s.orelse);
        }
        this.useNextBlock(end);
        return;
      }
      case 'With':
        this.withStmt(s, 0);
        return;
      case 'Raise': {
        let n = 0;
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause !== null) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.emit(Op.RAISE_VARARGS, n);
        this.nextBlock();
        return;
      }
      case 'Try':
        if (s.finalbody.length > 0) this.tryFinally(s);
        else this.tryExcept(s);
        return;
      case 'Assert': {
        const end = this.newBlock();
        this.jumpIf(s.test, end, true);
        this.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg !== null) {
          // As 3.11: [AssertionError, msg] CALL 0 calls the error type with msg as its "self".
          this.visitExpr(s.msg);
          this.emit(Op.CALL, 0);
        }
        this.emit(Op.RAISE_VARARGS, 1);
        this.useNextBlock(end);
        return;
      }
      case 'Import':
        this.importStmt(s);
        return;
      case 'ImportFrom':
        this.importFrom(s);
        return;
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr':
        if (foldConst(s.value) !== null) {
          this.emit(Op.NOP);  // a bare literal statement keeps only its line
          return;
        }
        this.visitExpr(s.value);
        this.unsetLoc();
        this.emit(Op.POP_TOP);
        return;
      case 'Pass':
        this.emit(Op.NOP);
        return;
      case 'Break':
        this.breakStmt(s);
        return;
      case 'Continue':
        this.continueStmt(s);
        return;
      default:
        assertNever(s);
    }
  }

  // ---------------------------------------------------------------- def and class

  /** Decorators are pushed first; after the function or class is made, each is called innermost first. */
  private applyDecorators(decorators: readonly Expr[]): void {
    const saved = this.u.line;
    for (let i = decorators.length - 1; i >= 0; i--) {
      this.setLoc(decorators[i]);
      // [decorator, fn] CALL 0 is the bound-method form: decorator(fn), as 3.11 emits it.
      this.emit(Op.CALL, 0);
    }
    this.u.line = saved;
  }

  private functionDef(s: FunctionDef): void {
    this.visitExprs(s.decorators);
    const firstlineno = s.decorators.length > 0 ? s.decorators[0].line : s.line;
    let flags = this.defaults(s.args);
    if (this.annotationsTuple(s.args, s.returns)) flags |= 4;
    this.enterUnit(s, 'function', s.name, firstlineno);
    const doc = docstringOf(s.body);
    this.u.constIndexOf(doc !== null ? { type: 'str', value: doc } : NONE);
    this.setArgCounts(s.args);
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]);
    const code = this.exitUnit(true);
    this.makeClosure(code, flags);
    this.applyDecorators(s.decorators);
    this.nameOp(s.name, 'Store', s);
  }

  /**
   * Pushes the ('name', annotation, ...) tuple MAKE_FUNCTION takes with flag 4, in 3.11's order
   * (args, posonly, *args, kwonly, **kwargs, return); false when nothing is annotated.
   */
  private annotationsTuple(a: Arguments, returns: Expr | null): boolean {
    let n = 0;
    const one = (name: string, annotation: Expr | null): void => {
      if (annotation === null) return;
      this.loadConst({ type: 'str', value: mangle(this.u.privateName, name) });
      this.annotationValue(annotation);
      n += 2;
    };
    for (const p of a.args) one(p.arg, p.annotation);
    for (const p of a.posonlyargs) one(p.arg, p.annotation);
    if (a.vararg !== null) one(a.vararg.arg, a.vararg.annotation);
    for (const p of a.kwonlyargs) one(p.arg, p.annotation);
    if (a.kwarg !== null) one(a.kwarg.arg, a.kwarg.annotation);
    one('return', returns);
    if (n === 0) return false;
    this.emit(Op.BUILD_TUPLE, n);
    return true;
  }

  /** An annotation's value: evaluated, or its source text under `from __future__ import annotations`. */
  private annotationValue(annotation: Expr): void {
    if (this.future.annotations) {
      this.loadConst({ type: 'str', value: unparseAnnotation(annotation) });
    } else if (annotation.kind === 'Starred') {
      // `*args: *Ts` stores the single item the starred value unpacks to.
      this.visitExpr(annotation.value);
      this.emit(Op.UNPACK_SEQUENCE, 1);
    } else {
      this.visitExpr(annotation);
    }
  }

  private classDef(s: ClassDef): void {
    this.visitExprs(s.decorators);
    const firstlineno = s.decorators.length > 0 ? s.decorators[0].line : s.line;
    this.enterUnit(s, 'class', s.name, firstlineno);
    this.u.privateName = s.name;
    this.nameOp('__name__', 'Load', s);
    this.nameOp('__module__', 'Store', s);
    this.loadConst({ type: 'str', value: this.u.qualname });
    this.nameOp('__qualname__', 'Store', s);
    this.body(s.body);
    this.unsetLoc();
    if (this.scope.needsClassClosure) {
      // The class cell goes back to type.__new__ as __classcell__, which fills it with the class.
      this.emit(Op.LOAD_CLOSURE, this.u.cellIndexOf('__class__'));
      this.emit(Op.COPY, 1);
      this.nameOp('__classcell__', 'Store', s);
    } else {
      this.loadConst(NONE);
    }
    this.emit(Op.RETURN_VALUE);
    const code = this.exitUnit(true);
    this.emit(Op.PUSH_NULL);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeClosure(code, 0);
    this.loadConst({ type: 'str', value: s.name });
    this.callHelper(2, s.bases, s.keywords, s);
    this.applyDecorators(s.decorators);
    this.nameOp(s.name, 'Store', s);
  }

  // ---------------------------------------------------------------- assignments

  private augAssign(s: Extract<Stmt, { kind: 'AugAssign' }>): void {
    const t = s.target;
    const saved = this.u.line;
    this.setLoc(t);
    switch (t.kind) {
      case 'Attribute': {
        this.visitExpr(t.value);
        this.emit(Op.COPY, 1);
        const l = this.u.line;
        this.u.line = t.endLine;
        this.emitName(Op.LOAD_ATTR, t.attr);
        this.u.line = l;
        break;
      }
      case 'Subscript':
        this.visitExpr(t.value);
        this.visitExpr(t.slice);
        this.emit(Op.COPY, 2);
        this.emit(Op.COPY, 2);
        this.emit(Op.BINARY_SUBSCR);
        break;
      case 'Name':
        this.nameOp(t.id, 'Load', t);
        break;
      default:
        throw new Error(`invalid augmented assignment target ${t.kind}`);
    }
    this.u.line = saved;
    this.visitExpr(s.value);
    this.emit(Op.BINARY_OP, binaryOpArg(s.op) + 13);
    this.setLoc(t);
    switch (t.kind) {
      case 'Attribute':
        this.u.line = t.endLine;
        this.emit(Op.SWAP, 2);
        this.emitName(Op.STORE_ATTR, t.attr);
        break;
      case 'Subscript':
        this.emit(Op.SWAP, 3);
        this.emit(Op.SWAP, 2);
        this.emit(Op.STORE_SUBSCR);
        break;
      default:
        this.nameOp(t.id, 'Store', t);
        break;
    }
  }

  private annAssign(s: Extract<Stmt, { kind: 'AnnAssign' }>): void {
    const t = s.target;
    if (s.value !== null) {
      this.visitExpr(s.value);
      this.visitExpr(t);
    }
    const moduleOrClass = this.u.kind === 'module' || this.u.kind === 'class';
    switch (t.kind) {
      case 'Name':
        if (t.id === '__debug__') this.error('cannot assign to __debug__', t);
        // A simple name at module or class level records its annotation in __annotations__.
        if (moduleOrClass) {
          this.annotationValue(s.annotation);
          this.emitName(Op.LOAD_NAME, '__annotations__');
          this.loadConst({ type: 'str', value: mangle(this.u.privateName, t.id) });
          this.emit(Op.STORE_SUBSCR);
        }
        return;
      case 'Attribute':
        if (s.value === null) this.evaluateAndDrop(t.value);
        break;
      case 'Subscript':
        if (s.value === null) {
          this.evaluateAndDrop(t.value);
          this.evaluateSubscriptAndDrop(t.slice);
        }
        break;
      default:
        throw new Error(`invalid annotated assignment target ${t.kind}`);
    }
    // Annotations of other targets are evaluated (and dropped) at module and class level only,
    // and not at all when annotations are strings.
    if (moduleOrClass && !this.future.annotations) this.evaluateAndDrop(s.annotation);
  }

  private evaluateAndDrop(e: Expr): void {
    this.visitExpr(e);
    this.emit(Op.POP_TOP);
  }

  /** The parts of an annotated `x[...]` target's subscript, each evaluated for its errors only. */
  private evaluateSubscriptAndDrop(e: Expr): void {
    if (e.kind === 'Slice') {
      for (const part of [e.lower, e.upper, e.step]) if (part !== null) this.evaluateAndDrop(part);
    } else if (e.kind === 'Tuple') {
      for (const x of e.elts) this.evaluateSubscriptAndDrop(x);
    } else {
      this.evaluateAndDrop(e);
    }
  }

  // ---------------------------------------------------------------- loops

  private forStmt(s: Extract<Stmt, { kind: 'For' }>): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFBlock({ kind: 'for', loop: start, exit: end }, s);
    this.visitIterable(s.iter);
    this.emit(Op.GET_ITER);
    this.useNextBlock(start);
    this.emitJump(Op.FOR_ITER, cleanup);
    this.useNextBlock(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.unsetLoc();
    this.jump(start);
    this.useNextBlock(cleanup);
    this.popFBlock();
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private whileStmt(s: Extract<Stmt, { kind: 'While' }>): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useNextBlock(loop);
    this.pushFBlock({ kind: 'while', loop, exit: end }, s);
    this.jumpIf(s.test, anchor, false);
    this.useNextBlock(body);
    this.visitStmts(s.body);
    // The test is repeated at the bottom so the loop edge is one conditional jump back.
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.popFBlock();
    this.useNextBlock(anchor);
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  // ---------------------------------------------------------------- return, break, continue

  private returnStmt(s: Extract<Stmt, { kind: 'Return' }>): void {
    const value = s.value;
    const preserveTos = value !== null && foldConst(value) === null;
    if (!this.inFunctionBlock()) this.error("'return' outside function", s);
    if (preserveTos) {
      this.visitExpr(value!);
    } else if (value !== null) {
      this.setLoc(value);
      this.emit(Op.NOP);  // the returned literal's line
    }
    if (value === null || value.line !== s.line) {
      this.setLoc(s);
      this.emit(Op.NOP);
    }
    this.unwindFBlockStack(preserveTos, false, s);
    if (value === null) this.loadConst(NONE);
    else if (!preserveTos) this.loadConst(foldConst(value)!);
    this.emit(Op.RETURN_VALUE);
  }

  private breakStmt(s: Stmt): void {
    this.emit(Op.NOP);
    const loop = this.unwindFBlockStack(false, true, s);
    if (loop === null) this.error("'break' outside loop", s);
    this.unwindFBlock(loop, false);
    this.jump(loop.exit);
    this.nextBlock();
  }

  private continueStmt(s: Stmt): void {
    this.emit(Op.NOP);
    const loop = this.unwindFBlockStack(false, true, s);
    if (loop === null) this.error("'continue' not properly in loop", s);
    this.jump(loop.loop);
    this.nextBlock();
  }

  /**
   * Emits the exits of the open blocks, innermost first, stopping at the innermost loop when
   * `toLoop` (and returning it). Each block is taken off the stack while its exit code is
   * generated, so a finally body compiled inline sees only the blocks outside it.
   */
  private unwindFBlockStack(preserveTos: boolean, toLoop: boolean, pos: Pos):
    Extract<FBlock, { kind: 'while' | 'for' }> | null {
    const stack = this.u.fblocks;
    if (stack.length === 0) return null;
    const top = stack[stack.length - 1];
    if (toLoop && (top.kind === 'while' || top.kind === 'for')) return top;
    stack.pop();
    this.unwindFBlock(top, preserveTos);
    const loop = this.unwindFBlockStack(preserveTos, toLoop, pos);
    stack.push(top);
    return loop;
  }

  private unwindFBlock(f: FBlock, preserveTos: boolean): void {
    switch (f.kind) {
      case 'while':
      case 'exception-handler':
        return;
      case 'for':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);  // the iterator
        return;
      case 'try-except':
        this.emit(Pseudo.POP_BLOCK);
        return;
      case 'finally-try':
        this.emit(Pseudo.POP_BLOCK);
        if (preserveTos) this.u.fblocks.push({ kind: 'pop-value' });
        this.visitStmts(f.finalbody);
        if (preserveTos) this.u.fblocks.pop();
        // The unwinding statement's own instructions run after the finally body.
        this.unsetLoc();
        return;
      case 'finally-end':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);  // the exception
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Pseudo.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        return;
      case 'with':
        this.setLoc(f.stmt);
        this.emit(Pseudo.POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.callExitWithNones();
        this.emit(Op.POP_TOP);
        this.unsetLoc();
        return;
      case 'handler-cleanup':
        if (f.name !== null) this.emit(Pseudo.POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Pseudo.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        if (f.name !== null) this.clearHandlerName(f.name, f.pos);
        return;
      case 'pop-value':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      default:
        assertNever(f);
    }
  }

  /** `except E as e` ends with `e = None; del e` so the exception does not outlive the handler. */
  private clearHandlerName(name: string, handler: Pos): void {
    this.loadConst(NONE);
    this.nameOp(name, 'Store', handler);
    this.nameOp(name, 'Del', handler);
  }

  // ---------------------------------------------------------------- try

  /** COPY 3; POP_EXCEPT; RERAISE 1: restores the previous handled exception and re-raises. */
  private popExceptAndReraise(): void {
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
  }

  private tryFinally(s: Try): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.emitJump(Pseudo.SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.pushFBlock({ kind: 'finally-try', finalbody: s.finalbody }, s);
    if (s.handlers.length > 0) this.tryExcept(s);
    else this.visitStmts(s.body);
    this.emitNoLine(Pseudo.POP_BLOCK);
    this.popFBlock();
    this.visitStmts(s.finalbody);
    this.emitJumpNoLine(Pseudo.JUMP, exit);
    // The exceptional path: run the finally body with the exception saved, then re-raise it.
    this.useNextBlock(end);
    this.unsetLoc();
    this.emitJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock({ kind: 'finally-end' }, s);
    this.visitStmts(s.finalbody);
    this.popFBlock();
    this.emit(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
  }

  private tryExcept(s: Try): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.emitJump(Pseudo.SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFBlock({ kind: 'try-except' }, s);
    this.visitStmts(s.body);
    this.popFBlock();
    this.emitNoLine(Pseudo.POP_BLOCK);
    this.visitStmts(s.orelse);
    this.emitJumpNoLine(Pseudo.JUMP, end);
    this.useNextBlock(except);
    this.unsetLoc();
    this.emitJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock({ kind: 'exception-handler' }, s);
    s.handlers.forEach((h, i) => {
      this.setLoc(h);
      if (h.type === null && i < s.handlers.length - 1) this.error("default 'except:' must be last", h);
      except = this.newBlock();
      if (h.type !== null) {
        this.visitExpr(h.type);
        this.emit(Op.CHECK_EXC_MATCH);
        this.emitJump(Op.POP_JUMP_IF_FALSE, except);
      }
      if (h.name !== null) this.namedHandler(h, h.name, end);
      else this.unnamedHandler(h, end);
      this.useNextBlock(except);
    });
    this.unsetLoc();
    this.popFBlock();
    this.emit(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(end);
  }

  /** `except T as name:` - the body runs inside a cleanup that unbinds name however it exits. */
  private namedHandler(h: ExceptHandler, name: string, end: Block): void {
    const cleanupEnd = this.newBlock();
    const cleanupBody = this.newBlock();
    this.nameOp(name, 'Store', h);
    this.emitJump(Pseudo.SETUP_CLEANUP, cleanupEnd);
    this.useNextBlock(cleanupBody);
    this.pushFBlock({ kind: 'handler-cleanup', name, pos: h }, h);
    this.visitStmts(h.body);
    this.popFBlock();
    this.unsetLoc();
    this.emit(Pseudo.POP_BLOCK);
    this.emit(Pseudo.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.clearHandlerName(name, h);
    this.jump(end);
    this.useNextBlock(cleanupEnd);
    this.unsetLoc();
    this.clearHandlerName(name, h);
    this.emit(Op.RERAISE, 1);
  }

  private unnamedHandler(h: ExceptHandler, end: Block): void {
    const cleanupBody = this.newBlock();
    this.emit(Op.POP_TOP);  // the exception
    this.useNextBlock(cleanupBody);
    this.pushFBlock({ kind: 'handler-cleanup', name: null, pos: h }, h);
    this.visitStmts(h.body);
    this.popFBlock();
    this.unsetLoc();
    this.emit(Pseudo.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.jump(end);
  }

  // ---------------------------------------------------------------- with

  /** [__exit__, None, None, None] CALL 2: the bound-method form calls __exit__(None, None, None). */
  private callExitWithNones(): void {
    this.loadConst(NONE);
    this.loadConst(NONE);
    this.loadConst(NONE);
    this.emit(Op.CALL, 2);
  }

  private withStmt(s: With, pos: number): void {
    const item = s.items[pos];
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.contextExpr);
    this.emit(Op.BEFORE_WITH);
    this.emitJump(Pseudo.SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFBlock({ kind: 'with', stmt: s }, s);
    if (item.optionalVars !== null) this.visitExpr(item.optionalVars);
    else this.emit(Op.POP_TOP);  // __enter__'s result
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.withStmt(s, pos + 1);
    this.unsetLoc();
    this.emit(Pseudo.POP_BLOCK);
    this.popFBlock();
    this.setLoc(s);
    this.callExitWithNones();
    this.emit(Op.POP_TOP);
    this.jump(exit);
    // The exceptional path: __exit__(type, value, tb) decides whether the exception is swallowed.
    this.useNextBlock(final);
    this.emitJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    this.unsetLoc();
    const swallow = this.newBlock();
    this.emitJump(Op.POP_JUMP_IF_TRUE, swallow);
    this.emit(Op.RERAISE, 2);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(swallow);
    this.emit(Op.POP_TOP);  // the exception
    this.emit(Pseudo.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);  // __exit__'s result... and below it
    this.emit(Op.POP_TOP);  // ...the bound __exit__
    this.useNextBlock(exit);
  }

  // ---------------------------------------------------------------- imports

  private importStmt(s: Extract<Stmt, { kind: 'Import' }>): void {
    for (const a of s.names) {
      this.loadConst({ type: 'int', value: 0n });
      this.loadConst(NONE);
      this.emitName(Op.IMPORT_NAME, a.name);
      if (a.asname !== null) {
        // `import a.b.c as d` binds d to the submodule: walk down with IMPORT_FROM.
        const parts = a.name.split('.');
        if (parts.length > 1) {
          for (let i = 1; i < parts.length; i++) {
            this.emit(Op.IMPORT_FROM, this.u.nameIndexOf(parts[i]));
            if (i < parts.length - 1) {
              this.emit(Op.SWAP, 2);
              this.emit(Op.POP_TOP);
            }
          }
          this.nameOp(a.asname, 'Store', a);
          this.emit(Op.POP_TOP);
        } else {
          this.nameOp(a.asname, 'Store', a);
        }
      } else {
        const dot = a.name.indexOf('.');
        this.nameOp(dot >= 0 ? a.name.slice(0, dot) : a.name, 'Store', a);
      }
    }
  }

  private importFrom(s: Extract<Stmt, { kind: 'ImportFrom' }>): void {
    this.loadConst({ type: 'int', value: BigInt(s.level) });
    // Future imports are only honoured at the top of the module (see future.ts).
    if (s.module === '__future__' && s.line > this.future.line) {
      this.error('from __future__ imports must occur at the beginning of the file', s);
    }
    this.loadConst({ type: 'tuple', items: s.names.map((a) => ({ type: 'str', value: a.name })) });
    this.emitName(Op.IMPORT_NAME, s.module ?? '');
    for (let i = 0; i < s.names.length; i++) {
      const a = s.names[i];
      if (i === 0 && a.name === '*') {
        this.emit(Op.IMPORT_STAR);
        return;
      }
      this.emit(Op.IMPORT_FROM, this.u.nameIndexOf(a.name));
      this.nameOp(a.asname ?? a.name, 'Store', a);
    }
    this.emit(Op.POP_TOP);  // the module
  }
}
