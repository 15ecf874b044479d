// codegen_expr.ts - codegen for expressions: operators, displays, calls, comprehensions,
// lambdas, f-strings, conditional jumps on a test, and the default/closure set-up shared with
// `def`. Sequences follow CPython 3.11's compiler, so `dis` output reads alike.
// Must never: compile statements (codegen_stmt.ts) or reach past the current unit's names.

import {
  assertNever, type Arguments, type BinOperator, type CmpOperator, type Compare, type Comprehension,
  type DictExpr, type Expr, type Keyword, type Pos,
} from '../ast';
import type { ConstSpec } from '../code';
import { BINARY_OPS, Cmp, FormatFlags, Op } from '../opcodes';
import { NONE } from './constants';
import { CodegenBase } from './codegen';
import { foldConst, percentFormatAsFString } from './fold';
import { type Block, Pseudo } from './instr';
import { Def, mangle } from './scope';

/** CPython's STACK_USE_GUIDELINE: beyond this many stack items, displays and calls are built incrementally. */
const STACK_USE_GUIDELINE = 30;

type CompKind = 'list' | 'set' | 'dict' | 'generator';

const CMP_ARG: Partial<Record<CmpOperator, number>> = {
  '<': Cmp.LT, '<=': Cmp.LE, '==': Cmp.EQ, '!=': Cmp.NE, '>': Cmp.GT, '>=': Cmp.GE,
};

const INVERTED: Partial<Record<CmpOperator, CmpOperator>> = {
  'is': 'is not', 'is not': 'is', 'in': 'not in', 'not in': 'in',
};

const notFolds = new WeakMap<Expr, Expr>();

/**
 * CPython's AST optimizer rewrites `not (a is b)` to `a is not b` (likewise for `in`), which
 * changes both value and jump code; this returns the rewritten node (or the node itself).
 */
export function foldNot(e: Expr): Expr {
  if (e.kind !== 'UnaryOp' || e.op !== 'not') return e;
  let r = notFolds.get(e);
  if (r === undefined) {
    const inner = foldNot(e.operand);
    const inv = inner.kind === 'Compare' && inner.ops.length === 1 ? INVERTED[inner.ops[0]] : undefined;
    if (inv !== undefined && inner.kind === 'Compare') r = { ...inner, ops: [inv] };
    else r = inner === e.operand ? e : { ...e, operand: inner };
    notFolds.set(e, r);
  }
  return r;
}

export function binaryOpArg(op: BinOperator): number {
  const i = BINARY_OPS.indexOf(op);
  if (i < 0) throw new Error(`unknown binary operator ${op}`);
  return i;
}

export abstract class ExprCodegen extends CodegenBase {
  /** Compiles `e` with its line as the current line, restoring the enclosing line afterwards. */
  protected visitExpr(e: Expr): void {
    const saved = this.u.line;
    this.u.line = e.line;
    this.expr(e);
    this.u.line = saved;
  }

  protected visitExprs(es: readonly Expr[]): void {
    for (const e of es) this.visitExpr(e);
  }

  private expr(e0: Expr): void {
    const c = foldConst(e0);
    if (c !== null) {
      this.loadConst(c);
      return;
    }
    const e = foldNot(e0);
    switch (e.kind) {
      case 'BoolOp': {
        const end = this.newBlock();
        const jump = e.op === 'and' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) {
          this.visitExpr(e.values[i]);
          this.emitJump(jump, end);
          this.useNextBlock(this.newBlock());
        }
        this.visitExpr(e.values[n]);
        this.useNextBlock(end);
        return;
      }
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.emit(Op.COPY, 1);
        this.visitExpr(e.target);
        return;
      case 'BinOp': {
        const fstring = percentFormatAsFString(e);
        if (fstring !== null) {
          this.expr(fstring);
          return;
        }
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.emit(Op.BINARY_OP, binaryOpArg(e.op));
        return;
      }
      case 'UnaryOp':
        this.visitExpr(e.operand);
        this.emit(e.op === 'not' ? Op.UNARY_NOT : e.op === '-' ? Op.UNARY_NEGATIVE
          : e.op === '+' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT);
        return;
      case 'Lambda':
        this.lambda(e);
        return;
      case 'IfExp': {
        const end = this.newBlock();
        const next = this.newBlock();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.emitJumpNoLine(Pseudo.JUMP, end);
        this.useNextBlock(next);
        this.visitExpr(e.orelse);
        this.useNextBlock(end);
        return;
      }
      case 'Dict':
        this.dict(e);
        return;
      case 'Set':
        this.starUnpack(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
        return;
      case 'ListComp':
        this.comprehension(e, 'list', '<listcomp>', e.generators, e.elt, null);
        return;
      case 'SetComp':
        this.comprehension(e, 'set', '<setcomp>', e.generators, e.elt, null);
        return;
      case 'DictComp':
        this.comprehension(e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
        return;
      case 'GeneratorExp':
        this.comprehension(e, 'generator', '<genexpr>', e.generators, e.elt, null);
        return;
      case 'Await':
        // The AST has no `async def`, so no await can be inside an async function.
        return this.error(this.inFunctionBlock() ? "'await' outside async function" : "'await' outside function", e);
      case 'Yield':
        if (!this.inFunctionBlock()) this.error("'yield' outside function", e);
        if (e.value !== null) this.visitExpr(e.value);
        else this.loadConst(NONE);
        this.emit(Op.YIELD_VALUE);
        this.emit(Op.RESUME, 1);
        return;
      case 'YieldFrom':
        if (!this.inFunctionBlock()) this.error("'yield' outside function", e);
        this.visitExpr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(NONE);
        this.yieldFromLoop();
        return;
      case 'Compare':
        this.compare(e);
        return;
      case 'Call':
        this.call(e);
        return;
      case 'FormattedValue': {
        this.visitExpr(e.value);
        let flags = e.conversion === -1 ? FormatFlags.CONV_NONE
          : e.conversion === 115 ? FormatFlags.CONV_STR
            : e.conversion === 114 ? FormatFlags.CONV_REPR
              : e.conversion === 97 ? FormatFlags.CONV_ASCII : -1;
        if (flags < 0) throw new Error(`unknown f-string conversion ${e.conversion}`);
        if (e.formatSpec !== null) {
          this.visitExpr(e.formatSpec);
          flags |= FormatFlags.HAVE_SPEC;
        }
        this.emit(Op.FORMAT_VALUE, flags);
        return;
      }
      case 'JoinedStr':
        if (e.values.length > STACK_USE_GUIDELINE) {
          this.loadConst({ type: 'str', value: '' });
          this.emitName(Op.LOAD_METHOD, 'join');
          this.emit(Op.BUILD_LIST, 0);
          for (const v of e.values) {
            this.visitExpr(v);
            this.emit(Op.LIST_APPEND, 1);
          }
          this.emit(Op.CALL, 1);
        } else {
          this.visitExprs(e.values);
          if (e.values.length !== 1) this.emit(Op.BUILD_STRING, e.values.length);
        }
        return;
      case 'Constant': {
        // Every other literal folded above: this is an imaginary literal. Complex numbers are
        // outside pygil's subset, but `1j` is valid Python, so it is no syntax error: it compiles
        // to complex(0.0, 1.0), a call to the built-in that raises NotImplementedError naming
        // them, when (and only if) the expression runs.
        const imag = e.value.type === 'complex' ? e.value.imag : 0;
        this.emit(Op.PUSH_NULL);
        this.emit(Op.LOAD_GLOBAL, this.u.nameIndexOf('complex') << 1);
        this.loadConst({ type: 'float', value: 0 });
        this.loadConst({ type: 'float', value: imag });
        this.emit(Op.CALL, 2);
        return;
      }
      case 'Attribute': {
        this.visitExpr(e.value);
        if (e.ctx === 'Del') {
          this.emitName(Op.DELETE_ATTR, e.attr);
          return;
        }
        if (e.ctx === 'Store' && e.attr === '__debug__') this.error('cannot assign to __debug__', e);
        // A multi-line `a\n.b` reports the attribute's own line.
        const saved = this.u.line;
        this.u.line = e.endLine;
        this.emitName(e.ctx === 'Load' ? Op.LOAD_ATTR : Op.STORE_ATTR, e.attr);
        this.u.line = saved;
        return;
      }
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.emit(e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
        return;
      case 'Starred':
        if (e.ctx === 'Store') this.error('starred assignment target must be in a list or tuple', e);
        return this.error("can't use starred expression here", e);
      case 'Name':
        this.nameOp(e.id, e.ctx, e);
        return;
      case 'List':
      case 'Tuple':
        if (e.ctx === 'Store') this.assignUnpack(e.elts, e);
        else if (e.ctx === 'Load') {
          if (e.kind === 'List') this.starUnpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
          else this.starUnpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        } else this.visitExprs(e.elts);
        return;
      case 'Slice':
        if (e.lower !== null) this.visitExpr(e.lower);
        else this.loadConst(NONE);
        if (e.upper !== null) this.visitExpr(e.upper);
        else this.loadConst(NONE);
        if (e.step !== null) this.visitExpr(e.step);
        this.emit(Op.BUILD_SLICE, e.step !== null ? 3 : 2);
        return;
      default:
        assertNever(e);
    }
  }

  /** The SEND loop of `yield from` (and of await): SEND; YIELD_VALUE; RESUME 2; jump back. */
  protected yieldFromLoop(): void {
    const start = this.newBlock();
    const resume = this.newBlock();
    const exit = this.newBlock();
    this.useNextBlock(start);
    this.emitJump(Op.SEND, exit);
    this.useNextBlock(resume);
    this.emit(Op.YIELD_VALUE);
    this.emit(Op.RESUME, 2);
    this.emitJump(Pseudo.JUMP_NO_INTERRUPT, start);
    this.useNextBlock(exit);
  }

  // ---------------------------------------------------------------- tests and comparisons

  private compareOp(op: CmpOperator): void {
    switch (op) {
      case 'is': this.emit(Op.IS_OP, 0); return;
      case 'is not': this.emit(Op.IS_OP, 1); return;
      case 'in': this.emit(Op.CONTAINS_OP, 0); return;
      case 'not in': this.emit(Op.CONTAINS_OP, 1); return;
      default: this.emit(Op.COMPARE_OP, CMP_ARG[op]!);
    }
  }

  /** A comparison operand; the last one of an `in` test is an iterable (see visitIterable). */
  private comparator(e: Compare, i: number): void {
    const op = e.ops[i];
    if (i === e.ops.length - 1 && (op === 'in' || op === 'not in')) this.visitIterable(e.comparators[i]);
    else this.visitExpr(e.comparators[i]);
  }

  /** An iterable of `for` or `in`: a list display without `*` becomes a tuple (folded when constant), as CPython's optimizer does. */
  protected visitIterable(e: Expr): void {
    if (e.kind === 'List' && e.ctx === 'Load' && !e.elts.some((x) => x.kind === 'Starred')) {
      this.visitExpr({ ...e, kind: 'Tuple' });
      return;
    }
    this.visitExpr(e);
  }

  private compare(e: Compare): void {
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.comparator(e, 0);
      this.compareOp(e.ops[0]);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.comparator(e, i);
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.compareOp(e.ops[i]);
      this.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
      this.nextBlock();
    }
    this.comparator(e, n);
    this.compareOp(e.ops[n]);
    const end = this.newBlock();
    this.emitJumpNoLine(Pseudo.JUMP, end);
    this.useNextBlock(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.useNextBlock(end);
  }

  /** Jumps to `next` when `e` is true (`cond`) or false (`!cond`); falls through otherwise. */
  protected jumpIf(e0: Expr, next: Block, cond: boolean): void {
    const e = foldNot(e0);
    if (foldConst(e) === null) {
      switch (e.kind) {
        case 'UnaryOp':
          if (e.op === 'not') {
            this.jumpIf(e.operand, next, !cond);
            return;
          }
          break;
        case 'BoolOp': {
          const isOr = e.op === 'or';
          const next2 = isOr !== cond ? this.newBlock() : next;
          const n = e.values.length - 1;
          for (let i = 0; i < n; i++) this.jumpIf(e.values[i], next2, isOr);
          this.jumpIf(e.values[n], next, cond);
          if (next2 !== next) this.useNextBlock(next2);
          return;
        }
        case 'IfExp': {
          const end = this.newBlock();
          const next2 = this.newBlock();
          this.jumpIf(e.test, next2, false);
          this.jumpIf(e.body, next, cond);
          this.emitJumpNoLine(Pseudo.JUMP, end);
          this.useNextBlock(next2);
          this.jumpIf(e.orelse, next, cond);
          this.useNextBlock(end);
          return;
        }
        case 'Compare': {
          // 3.11 moves the current line to a tested comparison and leaves it there: the jump
          // and what follows it (a comprehension's append, say) report the comparison's line.
          this.setLoc(e);
          const n = e.ops.length - 1;
          if (n === 0) break;
          const cleanup = this.newBlock();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.comparator(e, i);
            this.emit(Op.SWAP, 2);
            this.emit(Op.COPY, 2);
            this.compareOp(e.ops[i]);
            this.emitJump(Op.POP_JUMP_IF_FALSE, cleanup);
            this.nextBlock();
          }
          this.comparator(e, n);
          this.compareOp(e.ops[n]);
          this.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
          this.nextBlock();
          const end = this.newBlock();
          this.emitJumpNoLine(Pseudo.JUMP, end);
          this.useNextBlock(cleanup);
          this.emit(Op.POP_TOP);
          if (!cond) this.emitJumpNoLine(Pseudo.JUMP, next);
          this.useNextBlock(end);
          return;
        }
        default:
          break;
      }
    }
    this.visitExpr(e);
    this.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
    this.nextBlock();
  }

  // ---------------------------------------------------------------- displays

  /**
   * A list/tuple/set display, possibly with `*x` items, after `pushed` items already on the
   * stack. Constant runs of more than two items load one constant tuple and extend with it.
   */
  protected starUnpack(elts: readonly Expr[], pushed: number, build: number, add: number, extend: number,
                       tuple: boolean): void {
    const n = elts.length;
    if (n > 2) {
      const items = constItems(elts);
      if (items !== null) {
        // CPython uses a frozenset constant for sets; CodeSpec has none, and SET_UPDATE takes any iterable.
        const folded: ConstSpec = { type: 'tuple', items };
        if (tuple && pushed === 0) {
          this.loadConst(folded);
        } else {
          this.emit(build, pushed);
          this.loadConst(folded);
          this.emit(extend, 1);
          if (tuple) this.emit(Op.LIST_TO_TUPLE);
        }
        return;
      }
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x.kind === 'Starred');
    if (!seenStar && !big) {
      this.visitExprs(elts);
      this.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.emit(build, pushed);
      built = true;
    }
    elts.forEach((x, i) => {
      if (x.kind === 'Starred') {
        if (!built) {
          this.emit(build, i + pushed);
          built = true;
        }
        this.visitExpr(x.value);
        this.emit(extend, 1);
      } else {
        this.visitExpr(x);
        if (built) this.emit(add, 1);
      }
    });
    if (tuple) this.emit(Op.LIST_TO_TUPLE);
  }

  /** Unpacking assignment `a, *b, c = ...`: UNPACK_SEQUENCE or UNPACK_EX, then each target. */
  protected assignUnpack(elts: readonly Expr[], node: Pos): void {
    const n = elts.length;
    let seenStar = false;
    elts.forEach((x, i) => {
      if (x.kind !== 'Starred') return;
      if (seenStar) this.error('multiple starred expressions in assignment', node);
      if (i >= 1 << 8 || n - i - 1 >= (0x7fffffff >> 8)) {
        this.error('too many expressions in star-unpacking assignment', node);
      }
      this.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    });
    if (!seenStar) this.emit(Op.UNPACK_SEQUENCE, n);
    for (const x of elts) this.visitExpr(x.kind === 'Starred' ? x.value : x);
  }

  private dict(e: DictExpr): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements > 0) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.emit(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]);
        this.emit(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements > 0) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.emit(Op.BUILD_MAP, 0);
  }

  private subdict(e: DictExpr, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end) as Expr[];
    const constKeys = n > 1 && !big ? constItems(keys) : null;
    if (constKeys !== null) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]);
      this.loadConst({ type: 'tuple', items: constKeys });
      this.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.emit(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]);
      if (big) this.emit(Op.MAP_ADD, 1);
    }
    if (!big) this.emit(Op.BUILD_MAP, n);
  }

  // ---------------------------------------------------------------- calls

  private call(e: Extract<Expr, { kind: 'Call' }>): void {
    if (this.methodCall(e)) return;
    const saved = this.u.line;
    this.u.line = e.func.line;
    this.emit(Op.PUSH_NULL);
    this.u.line = saved;
    this.visitExpr(e.func);
    this.callHelper(0, e.args, e.keywords, e);
  }

  /** `obj.meth(args)` as LOAD_METHOD + CALL, unless the call has star arguments or obj is an imported module. */
  private methodCall(e: Extract<Expr, { kind: 'Call' }>): boolean {
    const meth = e.func;
    if (meth.kind !== 'Attribute' || meth.ctx !== 'Load') return false;
    const base = meth.value;
    if (base.kind === 'Name' && (this.symtable.top.flagsOf(base.id) & Def.IMPORT) !== 0) return false;
    const nargs = e.args.length;
    const nkw = e.keywords.length;
    if (nargs + nkw + (nkw !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a.kind === 'Starred')) return false;
    if (e.keywords.some((k) => k.arg === null)) return false;
    this.validateKeywords(e.keywords, e);
    this.visitExpr(base);
    const saved = this.u.line;
    this.u.line = meth.endLine;
    this.emitName(Op.LOAD_METHOD, meth.attr);
    this.visitExprs(e.args);
    if (nkw > 0) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.kwNames(e.keywords);
    }
    this.emit(Op.CALL, nargs + nkw);
    this.u.line = saved;
    return true;
  }

  /** Repeated keywords are reported at the repeat; `__debug__=` at the call (`at`), as CPython does. */
  private validateKeywords(keywords: readonly Keyword[], at: Pos): void {
    keywords.forEach((k, i) => {
      if (k.arg === null) return;
      if (k.arg === '__debug__') this.error('cannot assign to __debug__', at);
      for (let j = i + 1; j < keywords.length; j++) {
        if (keywords[j].arg === k.arg) this.error(`keyword argument repeated: ${k.arg}`, keywords[j]);
      }
    });
  }

  private kwNames(keywords: readonly Keyword[]): void {
    const items: ConstSpec[] = keywords.map((k) => ({ type: 'str', value: k.arg! }));
    this.emit(Op.KW_NAMES, this.u.constIndexOf({ type: 'tuple', items }));
  }

  /**
   * The arguments and the call, after the callable (and `n` leading arguments, for the class
   * builder) are on the stack: CALL when there are no star arguments, else CALL_FUNCTION_EX with an args
   * tuple and a kwargs dict built for the call.
   */
  protected callHelper(n: number, args: readonly Expr[], keywords: readonly Keyword[], at: Pos): void {
    this.validateKeywords(keywords, at);
    const nelts = args.length;
    const nkw = keywords.length;
    const simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
      && !args.some((a) => a.kind === 'Starred') && !keywords.some((k) => k.arg === null);
    if (simple) {
      this.visitExprs(args);
      if (nkw > 0) {
        for (const k of keywords) this.visitExpr(k.value);
        this.kwNames(keywords);
      }
      this.emit(Op.CALL, n + nelts + nkw);
      return;
    }
    // Unlike 3.11, a lone `*x` is also copied into a fresh tuple: CALL_FUNCTION_EX always gets a tuple.
    this.starUnpack(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    if (nkw > 0) {
      let haveDict = false;
      let seen = 0;
      keywords.forEach((k, i) => {
        if (k.arg === null) {
          if (seen > 0) {
            this.subkwargs(keywords, i - seen, i);
            if (haveDict) this.emit(Op.DICT_MERGE, 1);
            haveDict = true;
            seen = 0;
          }
          if (!haveDict) {
            this.emit(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.visitExpr(k.value);
          this.emit(Op.DICT_MERGE, 1);
        } else {
          seen++;
        }
      });
      if (seen > 0) {
        this.subkwargs(keywords, nkw - seen, nkw);
        if (haveDict) this.emit(Op.DICT_MERGE, 1);
      }
    }
    this.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
  }

  private subkwargs(keywords: readonly Keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i].value);
      const items: ConstSpec[] = keywords.slice(begin, end).map((k) => ({ type: 'str', value: k.arg! }));
      this.loadConst({ type: 'tuple', items });
      this.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.emitNoLine(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.loadConst({ type: 'str', value: keywords[i].arg! });
      this.visitExpr(keywords[i].value);
      if (big) this.emitNoLine(Op.MAP_ADD, 1);
    }
    if (!big) this.emit(Op.BUILD_MAP, n);
  }

  // ---------------------------------------------------------------- functions

  /**
   * Pushes the defaults tuple and kwdefaults dict of a def or lambda (evaluated in the
   * enclosing scope) and returns the MAKE_FUNCTION flags for them.
   */
  protected defaults(args: Arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      this.visitExprs(args.defaults);
      this.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= 1;
    }
    const keys: ConstSpec[] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kwDefaults[i];
      if (d === null || d === undefined) return;
      keys.push({ type: 'str', value: mangle(this.u.privateName, a.arg) });
      this.visitExpr(d);
    });
    if (keys.length > 0) {
      this.loadConst({ type: 'tuple', items: keys });
      this.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
      flags |= 2;
    }
    return flags;
  }

  protected setArgCounts(args: Arguments): void {
    this.u.argcount = args.posonlyargs.length + args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
  }

  private lambda(e: Extract<Expr, { kind: 'Lambda' }>): void {
    const flags = this.defaults(e.args);
    this.enterUnit(e, 'lambda', '<lambda>', e.line);
    // None is always the first constant, so a lambda never has a docstring.
    this.u.constIndexOf(NONE);
    this.setArgCounts(e.args);
    this.visitExpr(e.body);
    const generator = this.scope.generator;
    if (!generator) this.emit(Op.RETURN_VALUE);
    const code = this.exitUnit(!generator);
    this.makeClosure(code, flags);
  }

  // ---------------------------------------------------------------- comprehensions

  /**
   * A comprehension is its own function taking the first iterator as `.0`. Unlike 3.11, which
   * leans on CALL treating [fn, iter] as a bound method, the call is spelled out:
   * PUSH_NULL; <make function>; <first iterable>; GET_ITER; CALL 1.
   */
  private comprehension(e: Expr, kind: CompKind, name: string, gens: readonly Comprehension[], elt: Expr,
                        value: Expr | null): void {
    const outermost = gens[0];
    if (gens.some((g) => g.isAsync) || this.symtable.scopeOf(e).coroutine) {
      this.error(kind === 'generator'
        ? 'asynchronous generator expressions are not supported'
        : 'asynchronous comprehension outside of an asynchronous function', e);
    }
    this.emit(Op.PUSH_NULL);
    this.enterUnit(e, 'comprehension', name, e.line);
    this.setLoc(e);
    if (kind !== 'generator') {
      this.emit(kind === 'list' ? Op.BUILD_LIST : kind === 'set' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    }
    this.u.argcount = 1;
    this.comprehensionGenerator(gens, 0, 0, elt, value, kind);
    if (kind !== 'generator') this.emit(Op.RETURN_VALUE);
    const code = this.exitUnit(true);
    this.makeClosure(code, 0);
    this.visitIterable(outermost.iter);
    this.emit(Op.GET_ITER);
    this.emit(Op.CALL, 1);
  }

  private comprehensionGenerator(gens: readonly Comprehension[], index: number, depth: number, elt: Expr,
                                 value: Expr | null, kind: CompKind): void {
    let start: Block | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    const gen = gens[index];
    if (index === 0) {
      this.emit(Op.LOAD_FAST, 0);  // `.0`, the iterator passed in
    } else {
      // `for y in [f(x)]` binds y without building and iterating a one-item list.
      const it = gen.iter;
      const elts = it.kind === 'List' || it.kind === 'Tuple' ? it.elts : null;
      if (elts !== null && elts.length === 1 && elts[0].kind !== 'Starred') {
        this.visitExpr(elts[0]);
        start = null;
      } else {
        this.visitIterable(it);
        this.emit(Op.GET_ITER);
      }
    }
    if (start !== null) {
      depth++;
      this.useNextBlock(start);
      this.emitJump(Op.FOR_ITER, anchor);
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (index + 1 < gens.length) {
      this.comprehensionGenerator(gens, index + 1, depth, elt, value, kind);
    } else {
      this.visitExpr(elt);
      switch (kind) {
        case 'generator':
          this.emit(Op.YIELD_VALUE);
          this.emit(Op.RESUME, 1);
          this.emit(Op.POP_TOP);
          break;
        case 'list':
          this.emit(Op.LIST_APPEND, depth + 1);
          break;
        case 'set':
          this.emit(Op.SET_ADD, depth + 1);
          break;
        case 'dict':
          this.visitExpr(value!);
          this.emit(Op.MAP_ADD, depth + 1);
          break;
      }
    }
    this.useNextBlock(ifCleanup);
    if (start !== null) {
      this.jump(start);
      this.useNextBlock(anchor);
    }
  }
}

/** The constants of a list of expressions when every one folds, else null. */
function constItems(elts: readonly (Expr | null)[]): ConstSpec[] | null {
  const items: ConstSpec[] = [];
  for (const x of elts) {
    if (x === null || x.kind === 'Starred') return null;
    const c = foldConst(x);
    if (c === null) return null;
    items.push(c);
  }
  return items;
}

