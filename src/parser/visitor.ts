// visitor.ts - CST (grammar/parser.ts) -> AST (src/ast.ts): node shapes, CPython's positions (a node spans
// its first to last token; a parenthesised expression keeps its inner span), Load/Store/Del contexts, and
// the errors CPython's grammar raises that the permissive LL grammar lets through (targets, parameter
// order, call arguments), worded and located as CPython does.
// Must never: re-read source text (everything comes from CST tokens) or parse anything itself.

import type { CstElement, CstNode } from 'chevrotain';
import * as A from '../ast';
import { PySyntaxError, SyntaxErrorKind } from '../syntax_error';
import { PyToken, tokenPos } from '../../grammar/lexer';
import { buildStringAtom, StringHost } from './fstring';

type Children = Record<string, CstElement[] | undefined>;

function node(ch: Children, key: string, i = 0): CstNode | undefined {
  return ch[key]?.[i] as CstNode | undefined;
}
function nodes(ch: Children, key: string): CstNode[] {
  return (ch[key] ?? []) as CstNode[];
}
function tok(ch: Children, key: string, i = 0): PyToken | undefined {
  return ch[key]?.[i] as PyToken | undefined;
}
function toks(ch: Children, key: string): PyToken[] {
  return (ch[key] ?? []) as PyToken[];
}
function need<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`parser internal error: missing ${what}`);
  return x;
}

/** The grammar runs with full location tracking, copied from our tokens' CPython-style coordinates. */
function locPos(n: CstNode): A.Pos {
  const l = need(n.location, `location of ${n.name}`);
  return { line: l.startLine!, col: l.startColumn!, endLine: l.endLine!, endCol: l.endColumn! };
}
export function span(a: A.Pos, b: A.Pos): A.Pos {
  return { line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
}
/** A PySyntaxError over `pos`; CPython has no end column for a range that ends on a later line. */
export function syntaxErrorAt(kind: SyntaxErrorKind, msg: string, filename: string, text: string, pos: A.Pos): PySyntaxError {
  const end = pos.endLine === pos.line ? pos.endCol + 1 : text.length + 1;
  return new PySyntaxError(kind, msg, filename, pos.line, pos.col + 1, text, end);
}

function last<T>(xs: T[]): T {
  return xs[xs.length - 1];
}

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      switch (e.value.type) {
        case 'None': return 'None';
        case 'bool': return e.value.value ? 'True' : 'False';
        case 'Ellipsis': return 'ellipsis';
        default: return 'literal';
      }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    default: return A.assertNever(e);
  }
}

type TargetMode = 'Store' | 'Del';

/** Python's precedence for the operators of the grammar's flat bitwiseOr rule (higher binds tighter). */
const PRECEDENCE: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '@': 6, '/': 6, '//': 6, '%': 6,
};

/** CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be assigned/deleted. */
function invalidTarget(e: A.Expr, mode: TargetMode): A.Expr | null {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      return null;
    case 'Tuple': case 'List':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, mode);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return mode === 'Del' ? e : invalidTarget(e.value, mode);
    default:
      return e;
  }
}

function withCtx(e: A.Expr, ctx: A.Ctx): A.Expr {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      return { ...e, ctx };
    case 'Tuple': case 'List':
      return { ...e, ctx, elts: e.elts.map((x) => withCtx(x, ctx)) };
    case 'Starred':
      return { ...e, ctx, value: withCtx(e.value, ctx) };
    default:
      return e;
  }
}

/** Services the builder needs from outside the CST: source lines, the token stream, field parsing. */
export interface BuildContext {
  readonly filename: string;
  /** 1-based; '' past the end */
  lineText(line: number): string;
  /** the token following `t` in the stream, where CPython reports some errors */
  tokenAfter(t: PyToken): PyToken;
  /** parses an f-string replacement field's expression found at (line, col) of the source */
  parseField(text: string, line: number, col: number): A.Expr;
}

type Param = { kind: 'slash' | 'star' | 'dstar' | 'plain'; token: PyToken; arg: A.Arg | null; def: CstNode | undefined };

export class AstBuilder {
  /** Expressions written inside their own parentheses (or tuples written with them). */
  private readonly parenthesized = new WeakSet<A.Expr>();
  private readonly strings: StringHost;

  constructor(private readonly ctx: BuildContext) {
    this.strings = {
      fail: (msg, after) => this.failAfter(msg, after),
      parseField: (text, line, col) => ctx.parseField(text, line, col),
    };
  }

  // ---------------------------------------------------------------- errors

  private fail(msg: string, pos: A.Pos): never {
    throw syntaxErrorAt('SyntaxError', msg, this.ctx.filename, this.ctx.lineText(pos.line), pos);
  }

  /** An error CPython reports at the token after `t` (the furthest token its parser had read). */
  private failAfter(msg: string, t: PyToken): never {
    const next = this.ctx.tokenAfter(t);
    this.fail(msg, tokenPos(next));
  }

  // ---------------------------------------------------------------- statements

  module(cst: CstNode): A.Module {
    return { kind: 'Module', body: nodes(cst.children, 'statement').flatMap((s) => this.statement(s)) };
  }

  private statement(n: CstNode): A.Stmt[] {
    const compound = node(n.children, 'compoundStmt');
    if (compound) return [this.compound(compound)];
    return this.simpleStmts(need(node(n.children, 'simpleStmts'), 'simpleStmts'));
  }

  private simpleStmts(n: CstNode): A.Stmt[] {
    return nodes(n.children, 'simpleStmt').map((s) => this.simpleStmt(s));
  }

  private block(n: CstNode): A.Stmt[] {
    const simple = node(n.children, 'simpleStmts');
    if (simple) return this.simpleStmts(simple);
    return nodes(n.children, 'statement').flatMap((s) => this.statement(s));
  }

  private simpleStmt(n: CstNode): A.Stmt {
    const c = n.children;
    const pos = locPos(n);
    let sub: CstNode | undefined;
    if ((sub = node(c, 'exprStmt'))) return this.exprStmt(sub, pos);
    if ((sub = node(c, 'yieldExpr'))) return { kind: 'Expr', value: this.yieldExpr(sub), ...pos };
    if (c.KwPass) return { kind: 'Pass', ...pos };
    if (c.KwBreak) return { kind: 'Break', ...pos };
    if (c.KwContinue) return { kind: 'Continue', ...pos };
    if ((sub = node(c, 'returnStmt'))) {
      const value = node(sub.children, 'starExpressions');
      return { kind: 'Return', value: value ? this.starExpressions(value) : null, ...pos };
    }
    if ((sub = node(c, 'raiseStmt'))) {
      const exc = node(sub.children, 'exc');
      const cause = node(sub.children, 'cause');
      return { kind: 'Raise', exc: exc ? this.test(exc) : null, cause: cause ? this.test(cause) : null, ...pos };
    }
    if ((sub = node(c, 'delStmt'))) {
      const items = this.targetItems(need(node(sub.children, 'targetList'), 'del targets'));
      return { kind: 'Delete', targets: items.map((e) => this.target(e, 'Del')), ...pos };
    }
    if ((sub = node(c, 'globalStmt'))) return { kind: 'Global', names: toks(sub.children, 'Name').map((t) => t.image), ...pos };
    if ((sub = node(c, 'nonlocalStmt'))) return { kind: 'Nonlocal', names: toks(sub.children, 'Name').map((t) => t.image), ...pos };
    if ((sub = node(c, 'assertStmt'))) {
      const msg = node(sub.children, 'message');
      return { kind: 'Assert', test: this.test(need(node(sub.children, 'condition'), 'assert test')), msg: msg ? this.test(msg) : null, ...pos };
    }
    if ((sub = node(c, 'importName'))) return { kind: 'Import', names: nodes(sub.children, 'dottedAsName').map((d) => this.dottedAsName(d)), ...pos };
    if ((sub = node(c, 'importFrom'))) return this.importFrom(sub, pos);
    throw new Error(`parser internal error: unknown simple statement ${Object.keys(c).join(',')}`);
  }

  private exprStmt(n: CstNode, pos: A.Pos): A.Stmt {
    const c = n.children;
    const first = this.starExpressions(need(node(c, 'starExpressions'), 'expression'));
    const ann = node(c, 'annAssignTail');
    if (ann) {
      const annotation = this.test(need(node(ann.children, 'test'), 'annotation'));
      const valueNode = node(ann.children, 'assignValue');
      const value = valueNode ? this.assignValue(valueNode) : null;
      return { kind: 'AnnAssign', target: this.annotationTarget(first), annotation, value, ...pos };
    }
    const aug = tok(c, 'AugAssign');
    if (aug) {
      const value = this.assignValue(need(node(c, 'assignValue'), 'augmented value'));
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
        this.fail(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
      }
      const op = aug.image.slice(0, -1) as A.BinOperator;
      return { kind: 'AugAssign', target: withCtx(first, 'Store'), op, value, ...pos };
    }
    const tails = nodes(c, 'assignTail');
    if (tails.length === 0) return { kind: 'Expr', value: first, ...pos };
    const exprs = [first, ...tails.map((t) => this.assignValue(need(node(t.children, 'assignValue'), 'assigned value')))];
    const value = exprs.pop()!;
    const targets = exprs.map((e, i) => this.assignTarget(e, i === 0 && exprs.length === 1 ? value : null));
    return { kind: 'Assign', targets, value, ...pos };
  }

  private assignValue(n: CstNode): A.Expr {
    const y = node(n.children, 'yieldExpr');
    return y ? this.yieldExpr(y) : this.starExpressions(need(node(n.children, 'starExpressions'), 'value'));
  }

  /**
   * `single` is the value when this is the only target: CPython then reports an invalid target that
   * looks like an operand (`f() = 1`) as a likely typo for `==`.
   */
  private assignTarget(e: A.Expr, single: A.Expr | null): A.Expr {
    if ((e.kind === 'Yield' || e.kind === 'YieldFrom') && !this.parenthesized.has(e)) {
      this.fail('assignment to yield expression not possible', e);
    }
    const bad = invalidTarget(e, 'Store');
    if (bad) {
      if (single && this.isOperandLike(e) && this.startsWithOperand(single)) {
        this.fail(`cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`, e);
      }
      this.fail(`cannot assign to ${exprName(bad)}`, bad);
    }
    return withCtx(e, 'Store');
  }

  /** What CPython's invalid_named_expression accepts as its left side: a bitwise_or that is not a display. */
  private isOperandLike(e: A.Expr): boolean {
    if (e.kind === 'Tuple' || e.kind === 'List' || e.kind === 'GeneratorExp') return false;
    if (e.kind === 'Constant' && (e.value.type === 'None' || e.value.type === 'bool')) return false;
    if (this.parenthesized.has(e)) return true;
    switch (e.kind) {
      case 'Compare': case 'BoolOp': case 'Lambda': case 'IfExp': case 'Starred': case 'NamedExpr': case 'Yield': case 'YieldFrom':
        return false;
      case 'UnaryOp':
        return e.op !== 'not';
      default:
        return true;
    }
  }

  private startsWithOperand(e: A.Expr): boolean {
    if (this.parenthesized.has(e)) return true;
    switch (e.kind) {
      case 'Tuple': return e.elts.length > 0 && this.startsWithOperand(e.elts[0]);
      case 'BoolOp': return this.startsWithOperand(e.values[0]);
      case 'IfExp': return this.startsWithOperand(e.body);
      case 'Lambda': case 'Starred': case 'Yield': case 'YieldFrom': return false;
      case 'UnaryOp': return e.op !== 'not';
      default: return true;
    }
  }

  private annotationTarget(e: A.Expr): A.Expr {
    if (e.kind === 'Name' || e.kind === 'Attribute' || e.kind === 'Subscript') return withCtx(e, 'Store');
    if (e.kind === 'Tuple' && !this.parenthesized.has(e)) this.fail('only single target (not tuple) can be annotated', e.elts[0]);
    if (e.kind === 'Tuple' || e.kind === 'List') this.fail(`only single target (not ${e.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, e);
    return this.fail('illegal target for annotation', e);
  }

  /** A `for`/`with`/comprehension target (mode Store) or a `del` target. */
  private target(e: A.Expr, mode: TargetMode): A.Expr {
    const bad = invalidTarget(e, mode);
    if (bad) this.fail(`cannot ${mode === 'Del' ? 'delete' : 'assign to'} ${exprName(bad)}`, bad);
    return withCtx(e, mode);
  }

  private targetItems(n: CstNode): A.Expr[] {
    return nodes(n.children, 'starOrExpr').map((x) => this.starOrExpr(x));
  }

  /** `a, b` in `for a, b in ...` is a Tuple spanning the list (trailing comma included). */
  private targetTuple(n: CstNode): A.Expr {
    const items = this.targetItems(n);
    if (!n.children.Comma) return this.target(items[0], 'Store');
    return this.target({ kind: 'Tuple', elts: items, ctx: 'Load', ...locPos(n) }, 'Store');
  }

  private dottedName(n: CstNode): string {
    return toks(n.children, 'Name').map((t) => t.image).join('.');
  }

  private dottedAsName(n: CstNode): A.Alias {
    const as = tok(n.children, 'Name');
    return { kind: 'alias', name: this.dottedName(need(node(n.children, 'dottedName'), 'module')), asname: as ? as.image : null, ...locPos(n) };
  }

  private importFrom(n: CstNode, pos: A.Pos): A.ImportFrom {
    const c = n.children;
    const level = toks(c, 'Dot').length + 3 * toks(c, 'Ellipsis').length;
    const mod = node(c, 'dottedName');
    if (level === 0 && !mod) this.fail('invalid syntax', tokenPos(need(tok(c, 'KwImport'), 'import')));
    const module = mod ? this.dottedName(mod) : null;
    const star = tok(c, 'Star');
    if (star) return { kind: 'ImportFrom', module, names: [{ kind: 'alias', name: '*', asname: null, ...tokenPos(star) }], level, ...pos };
    const list = need(node(c, 'importAsNames'), 'imported names');
    const commas = toks(list.children, 'Comma');
    const items = nodes(list.children, 'importAsName');
    if (!c.LParen && commas.length >= items.length) {
      const comma = last(commas);
      this.fail('trailing comma not allowed without surrounding parentheses', { line: comma.endLine, col: comma.endColumn, endLine: comma.endLine, endCol: comma.endColumn });
    }
    const names = items.map((i): A.Alias => {
      const [name, as] = toks(i.children, 'Name');
      return { kind: 'alias', name: name.image, asname: as ? as.image : null, ...locPos(i) };
    });
    return { kind: 'ImportFrom', module, names, level, ...pos };
  }

  // ---------------------------------------------------------------- compound statements

  private compound(n: CstNode): A.Stmt {
    const c = n.children;
    let sub: CstNode | undefined;
    if ((sub = node(c, 'ifStmt'))) return this.ifStmt(sub);
    if ((sub = node(c, 'whileStmt'))) return this.whileStmt(sub);
    if ((sub = node(c, 'forStmt'))) return this.forStmt(sub);
    if ((sub = node(c, 'tryStmt'))) return this.tryStmt(sub);
    if ((sub = node(c, 'withStmt'))) return this.withStmt(sub);
    if ((sub = node(c, 'funcDef'))) return this.funcDef(sub, []);
    if ((sub = node(c, 'classDef'))) return this.classDef(sub, []);
    if ((sub = node(c, 'decorated'))) {
      const decorators = nodes(sub.children, 'decorator').map((d) => this.namedExprTest(need(node(d.children, 'namedExprTest'), 'decorator')));
      const f = node(sub.children, 'funcDef');
      return f ? this.funcDef(f, decorators) : this.classDef(need(node(sub.children, 'classDef'), 'class'), decorators);
    }
    throw new Error(`parser internal error: unknown compound statement ${Object.keys(c).join(',')}`);
  }

  private elseBlock(n: CstNode | undefined): A.Stmt[] {
    return n ? this.block(need(node(n.children, 'block'), 'else block')) : [];
  }

  /** A compound statement spans from its keyword to the end of the last statement it contains. */
  private upTo(start: PyToken, ...suites: A.Pos[][]): A.Pos {
    for (let i = suites.length - 1; i >= 0; i--) {
      if (suites[i].length > 0) return span(tokenPos(start), last(suites[i]));
    }
    return tokenPos(start);
  }

  private ifStmt(n: CstNode): A.If {
    const c = n.children;
    const test = this.namedExprTest(need(node(c, 'namedExprTest'), 'condition'));
    const body = this.block(need(node(c, 'block'), 'block'));
    const elifs = nodes(c, 'elifClause').map((e) => ({
      start: need(tok(e.children, 'KwElif'), 'elif'),
      test: this.namedExprTest(need(node(e.children, 'namedExprTest'), 'condition')),
      body: this.block(need(node(e.children, 'block'), 'block')),
    }));
    let orelse = this.elseBlock(node(c, 'elseClause'));
    // `elif` chains become nested Ifs in orelse, each spanning to the end of the whole chain
    for (let i = elifs.length - 1; i >= 0; i--) {
      const e = elifs[i];
      orelse = [{ kind: 'If', test: e.test, body: e.body, orelse, ...this.upTo(e.start, e.body, orelse) }];
    }
    return { kind: 'If', test, body, orelse, ...this.upTo(need(tok(c, 'KwIf'), 'if'), body, orelse) };
  }

  private whileStmt(n: CstNode): A.While {
    const c = n.children;
    const test = this.namedExprTest(need(node(c, 'namedExprTest'), 'condition'));
    const body = this.block(need(node(c, 'block'), 'block'));
    const orelse = this.elseBlock(node(c, 'elseClause'));
    return { kind: 'While', test, body, orelse, ...this.upTo(need(tok(c, 'KwWhile'), 'while'), body, orelse) };
  }

  private forStmt(n: CstNode): A.For {
    const c = n.children;
    const target = this.targetTuple(need(node(c, 'targetList'), 'for target'));
    const iter = this.starExpressions(need(node(c, 'starExpressions'), 'iterable'));
    const body = this.block(need(node(c, 'block'), 'block'));
    const orelse = this.elseBlock(node(c, 'elseClause'));
    return { kind: 'For', target, iter, body, orelse, ...this.upTo(need(tok(c, 'KwFor'), 'for'), body, orelse) };
  }

  private tryStmt(n: CstNode): A.Try {
    const c = n.children;
    const body = this.block(need(node(c, 'block'), 'block'));
    const handlers = nodes(c, 'exceptClause').map((h): A.ExceptHandler => {
      const hc = h.children;
      const type = node(hc, 'test');
      const name = tok(hc, 'Name');
      const typeExpr = type ? this.test(type) : null;
      const hbody = this.block(need(node(hc, 'block'), 'except block'));
      return { kind: 'ExceptHandler', type: typeExpr, name: name ? name.image : null, body: hbody, ...this.upTo(need(tok(hc, 'KwExcept'), 'except'), hbody) };
    });
    const orelse = this.elseBlock(node(c, 'elseClause'));
    const finalbody = this.elseBlock(node(c, 'finallyClause'));
    const pos = this.upTo(need(tok(c, 'KwTry'), 'try'), body, handlers, orelse, finalbody);
    return { kind: 'Try', body, handlers, orelse, finalbody, ...pos };
  }

  private withStmt(n: CstNode): A.With {
    const c = n.children;
    const items = nodes(c, 'withItem').map((w): A.WithItem => {
      const contextExpr = this.test(need(node(w.children, 'test'), 'context manager'));
      const vars = node(w.children, 'starOrExpr');
      return { kind: 'withitem', contextExpr, optionalVars: vars ? this.target(this.starOrExpr(vars), 'Store') : null };
    });
    const body = this.block(need(node(c, 'block'), 'block'));
    return { kind: 'With', items, body, ...this.upTo(need(tok(c, 'KwWith'), 'with'), body) };
  }

  private funcDef(n: CstNode, decorators: A.Expr[]): A.FunctionDef {
    const c = n.children;
    const name = need(tok(c, 'Name'), 'function name').image;
    const args = this.parameters(node(c, 'funcParams'), 'funcParam');
    const ret = node(c, 'test');
    const returns = ret ? this.test(ret) : null;
    const body = this.block(need(node(c, 'block'), 'block'));
    return { kind: 'FunctionDef', name, args, body, decorators, returns, ...this.upTo(need(tok(c, 'KwDef'), 'def'), body) };
  }

  private classDef(n: CstNode, decorators: A.Expr[]): A.ClassDef {
    const c = n.children;
    const name = need(tok(c, 'Name'), 'class name').image;
    const argList = node(c, 'argList');
    const { args: bases, keywords } = argList ? this.callArgs(argList, true) : { args: [], keywords: [] };
    const body = this.block(need(node(c, 'block'), 'block'));
    return { kind: 'ClassDef', name, bases, keywords, body, decorators, ...this.upTo(need(tok(c, 'KwClass'), 'class'), body) };
  }

  /**
   * Parameters arrive in source order, any order; this enforces CPython's
   * `posonly, / , args, *vararg | *, kwonly, **kwarg` with its error messages.
   */
  private parameters(n: CstNode | undefined, itemRule: 'funcParam' | 'lambdaParam'): A.Arguments {
    const posonlyargs: A.Arg[] = [];
    let args: A.Arg[] = [];
    const kwonlyargs: A.Arg[] = [];
    const kwDefaults: (A.Expr | null)[] = [];
    const defaults: A.Expr[] = [];
    let vararg: A.Arg | null = null;
    let kwarg: A.Arg | null = null;
    let star: PyToken | null = null;
    let slashSeen = false;
    let defaultSeen = false;
    for (const p of n ? nodes(n.children, itemRule).map((x) => this.param(x)) : []) {
      if (kwarg) this.fail('arguments cannot follow var-keyword argument', tokenPos(p.token));
      switch (p.kind) {
        case 'slash':
          if (slashSeen) this.fail('/ may appear only once', tokenPos(p.token));
          if (star) this.fail('/ must be ahead of *', tokenPos(p.token));
          if (args.length === 0) this.fail('invalid syntax', tokenPos(p.token));
          posonlyargs.push(...args);
          args = [];
          slashSeen = true;
          break;
        case 'star':
          if (star) this.fail('* argument may appear only once', tokenPos(p.token));
          star = p.token;
          vararg = p.arg;
          break;
        case 'dstar':
          if (star && !vararg && kwonlyargs.length === 0) this.bareStar(star, itemRule);
          kwarg = p.arg;
          break;
        case 'plain': {
          const arg = need(p.arg ?? undefined, 'parameter');
          if (star) {
            kwonlyargs.push(arg);
            kwDefaults.push(p.def ? this.test(p.def) : null);
          } else {
            if (p.def) {
              defaults.push(this.test(p.def));
              defaultSeen = true;
            } else if (defaultSeen) {
              this.fail('non-default argument follows default argument', tokenPos(p.token));
            }
            args.push(arg);
          }
          break;
        }
        default:
          A.assertNever(p.kind);
      }
    }
    if (star && !vararg && kwonlyargs.length === 0) this.bareStar(star, itemRule);
    return { kind: 'arguments', posonlyargs, args, vararg, kwonlyargs, kwDefaults, kwarg, defaults };
  }

  /** `def f(*)` is reported at the star; `lambda *:` where CPython's rule stopped, past the star (and comma). */
  private bareStar(star: PyToken, itemRule: 'funcParam' | 'lambdaParam'): never {
    if (itemRule === 'funcParam') this.fail('named arguments must follow bare *', tokenPos(star));
    const next = this.ctx.tokenAfter(star);
    this.fail('named arguments must follow bare *', tokenPos(next.tokenType.name === 'Comma' ? this.ctx.tokenAfter(next) : next));
  }

  /** One parameter of either shape: funcParam names are typedName nodes, lambdaParam names are tokens. */
  private param(n: CstNode): Param {
    const c = n.children;
    const typed = node(c, 'typedName') ?? node(c, 'starTypedName');
    let arg: A.Arg | null = null;
    let nameTok: PyToken | undefined;
    if (typed) {
      nameTok = need(tok(typed.children, 'Name'), 'parameter name');
      const ann = node(typed.children, 'test');
      const starAnn = node(typed.children, 'starExpression');
      const annotation = ann ? this.test(ann) : starAnn ? this.starExpression(starAnn) : null;
      arg = { kind: 'arg', arg: nameTok.image, annotation, ...locPos(typed) };
    } else if ((nameTok = tok(c, 'Name'))) {
      arg = { kind: 'arg', arg: nameTok.image, annotation: null, ...tokenPos(nameTok) };
    }
    const def = node(c, 'test');
    let t: PyToken | undefined;
    if ((t = tok(c, 'Slash'))) return { kind: 'slash', token: t, arg: null, def };
    if ((t = tok(c, 'Star'))) return { kind: 'star', token: t, arg, def };
    if ((t = tok(c, 'DoubleStar'))) return { kind: 'dstar', token: t, arg, def };
    return { kind: 'plain', token: need(nameTok, 'parameter name'), arg, def };
  }

  // ---------------------------------------------------------------- expressions

  /** The expression of a CST produced by PythonParser.parsePrefix (used to diagnose errors). */
  expression(n: CstNode): A.Expr {
    switch (n.name) {
      case 'test': return this.test(n);
      case 'namedExprTest': return this.namedExprTest(n);
      case 'orTest': return this.orTest(n);
      case 'starExpressions': return this.starExpressions(n);
      default: throw new Error(`parser internal error: no expression for ${n.name}`);
    }
  }

  private starExpressions(n: CstNode): A.Expr {
    const items = nodes(n.children, 'starExpression').map((x) => this.starExpression(x));
    if (!n.children.Comma) return items[0];
    return { kind: 'Tuple', elts: items, ctx: 'Load', ...locPos(n) };
  }

  private starExpression(n: CstNode): A.Expr {
    const star = node(n.children, 'starExpr');
    return star ? this.starExpr(star) : this.test(need(node(n.children, 'test'), 'expression'));
  }

  private starNamedExpr(n: CstNode): A.Expr {
    const star = node(n.children, 'starExpr');
    return star ? this.starExpr(star) : this.namedExprTest(need(node(n.children, 'namedExprTest'), 'expression'));
  }

  private starOrExpr(n: CstNode): A.Expr {
    const star = node(n.children, 'starExpr');
    return star ? this.starExpr(star) : this.bitwiseOr(need(node(n.children, 'bitwiseOr'), 'expression'));
  }

  private starExpr(n: CstNode): A.Starred {
    return { kind: 'Starred', value: this.bitwiseOr(need(node(n.children, 'bitwiseOr'), 'starred value')), ctx: 'Load', ...locPos(n) };
  }

  private namedExprTest(n: CstNode): A.Expr {
    const c = n.children;
    const target = this.test(need(node(c, 'test'), 'expression'));
    const valueNode = node(c, 'value');
    if (!valueNode) return target;
    const value = this.test(valueNode);
    if (target.kind !== 'Name') this.fail(`cannot use assignment expressions with ${exprName(target)}`, target);
    return { kind: 'NamedExpr', target: { ...target, ctx: 'Store' }, value, ...locPos(n) };
  }

  private test(n: CstNode): A.Expr {
    const c = n.children;
    const lambda = node(c, 'lambdef');
    if (lambda) return this.lambdef(lambda);
    const body = this.orTest(need(node(c, 'body'), 'expression'));
    const cond = node(c, 'condition');
    if (!cond) return body;
    const test = this.orTest(cond);
    const orelse = this.test(need(node(c, 'orelse'), 'else branch'));
    return { kind: 'IfExp', test, body, orelse, ...locPos(n) };
  }

  private lambdef(n: CstNode): A.Lambda {
    const args = this.parameters(node(n.children, 'lambdaParams'), 'lambdaParam');
    return { kind: 'Lambda', args, body: this.test(need(node(n.children, 'test'), 'lambda body')), ...locPos(n) };
  }

  /** The grammar's flat `comparison (and|or comparison)*`: `and` groups first, as in `a or b and c`. */
  private orTest(n: CstNode): A.Expr {
    const operands = nodes(n.children, 'comparison');
    const ops = toks(n.children, 'BoolOperator');
    const values = operands.map((c) => this.comparison(c));
    if (ops.length === 0) return values[0];
    const conjunction = (from: number, to: number): A.Expr => (from === to ? values[from]
      : { kind: 'BoolOp', op: 'and', values: values.slice(from, to + 1), ...span(locPos(operands[from]), locPos(operands[to])) });
    const disjuncts: A.Expr[] = [];
    let start = 0;
    for (let i = 0; i <= ops.length; i++) {
      if (i === ops.length || ops[i].image === 'or') {
        disjuncts.push(conjunction(start, i));
        start = i + 1;
      }
    }
    return disjuncts.length === 1 ? disjuncts[0] : { kind: 'BoolOp', op: 'or', values: disjuncts, ...locPos(n) };
  }

  /** Leading `not`s wrap the whole comparison chain, each spanning from its keyword to the end. */
  private comparison(n: CstNode): A.Expr {
    const c = n.children;
    const operandNodes = nodes(c, 'bitwiseOr');
    const operands = operandNodes.map((x) => this.bitwiseOr(x));
    const ops = nodes(c, 'compOp');
    let e: A.Expr = ops.length === 0 ? operands[0] : {
      kind: 'Compare',
      left: operands[0],
      ops: ops.map((o) => this.compOp(o)),
      comparators: operands.slice(1),
      ...span(locPos(operandNodes[0]), locPos(last(operandNodes))),
    };
    const end = locPos(n);
    for (const not of toks(c, 'KwNot').reverse()) e = { kind: 'UnaryOp', op: 'not', operand: e, ...span(tokenPos(not), end) };
    return e;
  }

  private compOp(n: CstNode): A.CmpOperator {
    const c = n.children;
    const cmp = tok(c, 'CmpOp');
    if (cmp) return cmp.image as A.CmpOperator;
    if (c.KwIs) return c.KwNot ? 'is not' : 'is';
    return c.KwNot ? 'not in' : 'in';
  }

  /** The grammar's flat `factor (op factor)*`, folded by precedence into left-associative BinOps. */
  private bitwiseOr(n: CstNode): A.Expr {
    const operands = nodes(n.children, 'factor');
    const ops = toks(n.children, 'BinOp');
    if (ops.length === 0) return this.factor(operands[0]);
    const values = operands.map((f) => this.factor(f));
    const spans = operands.map(locPos);
    let k = 0; // values[k] is the next operand, ops[k] the operator after it
    const climb = (minPrecedence: number): [A.Expr, A.Pos] => {
      let left = values[k];
      let pos = spans[k];
      while (k < ops.length && PRECEDENCE[ops[k].image] >= minPrecedence) {
        const op = ops[k++].image as A.BinOperator;
        const [right, rightPos] = climb(PRECEDENCE[op] + 1);
        pos = span(pos, rightPos);
        left = { kind: 'BinOp', left, op, right, ...pos };
      }
      return [left, pos];
    };
    return climb(0)[0];
  }

  /** Unary operators wrap `primary ** factor`, innermost last: -a ** b is -(a ** b). */
  private factor(n: CstNode): A.Expr {
    const c = n.children;
    const primary = need(node(c, 'atomExpr'), 'operand');
    let e = this.atomExpr(primary);
    const exponent = node(c, 'factor');
    if (exponent) e = { kind: 'BinOp', left: e, op: '**', right: this.factor(exponent), ...span(locPos(primary), locPos(exponent)) };
    const end = locPos(n);
    for (const op of toks(c, 'UnaryOp').reverse()) e = { kind: 'UnaryOp', op: op.image as A.UnaryOperator, operand: e, ...span(tokenPos(op), end) };
    return e;
  }

  private atomExpr(n: CstNode): A.Expr {
    const atomNode = need(node(n.children, 'atom'), 'atom');
    const start = locPos(atomNode);
    let e = this.atom(atomNode);
    for (const t of nodes(n.children, 'trailer')) {
      const c = t.children;
      const pos = span(start, locPos(t));
      const attr = tok(c, 'Name');
      const sub = node(c, 'subscriptList');
      if (attr) e = { kind: 'Attribute', value: e, attr: attr.image, ctx: 'Load', ...pos };
      else if (sub) e = { kind: 'Subscript', value: e, slice: this.subscriptList(sub), ctx: 'Load', ...pos };
      else e = this.call(e, t, pos);
    }
    return e;
  }

  private call(func: A.Expr, trailer: CstNode, pos: A.Pos): A.Call {
    const argList = node(trailer.children, 'argList');
    if (!argList) return { kind: 'Call', func, args: [], keywords: [], ...pos };
    const { args, keywords } = this.callArgs(argList, false);
    // f(x for x in y): the generator expression's span is the call's parentheses
    const only = nodes(argList.children, 'argument');
    if (only.length === 1 && only[0].children.compFor && !only[0].children.Star && !argList.children.Comma) {
      const lp = need(tok(trailer.children, 'LParen'), '(');
      const rp = need(tok(trailer.children, 'RParen'), ')');
      args[0] = { ...args[0], ...span(tokenPos(lp), tokenPos(rp)) };
    }
    return { kind: 'Call', func, args, keywords, ...pos };
  }

  private callArgs(n: CstNode, isClass: boolean): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    const items = nodes(n.children, 'argument');
    let keywordSeen = false;
    let unpackSeen = false;
    for (const a of items) {
      const c = a.children;
      const star = tok(c, 'Star');
      const dstar = tok(c, 'DoubleStar');
      const first = this.test(need(node(c, 'test'), 'argument'));
      if (star) {
        if (c.compFor) this.fail('iterable unpacking cannot be used in comprehension', span(tokenPos(star), first));
        if (unpackSeen) this.fail('iterable argument unpacking follows keyword argument unpacking', tokenPos(star));
        args.push({ kind: 'Starred', value: first, ctx: 'Load', ...locPos(a) });
        continue;
      }
      if (dstar) {
        keywords.push({ kind: 'keyword', arg: null, value: first, ...locPos(a) });
        unpackSeen = true;
        continue;
      }
      const valueNode = node(c, 'value');
      const assign = tok(c, 'Assign');
      if (assign && valueNode) {
        if (first.kind !== 'Name' || this.parenthesized.has(first)) {
          if (first.kind === 'Constant' && (first.value.type === 'None' || first.value.type === 'bool')) {
            this.fail(`cannot assign to ${exprName(first)}`, span(first, tokenPos(assign)));
          }
          this.fail('expression cannot contain assignment, perhaps you meant "=="?', span(first, tokenPos(assign)));
        }
        keywords.push({ kind: 'keyword', arg: first.id, value: this.test(valueNode), ...locPos(a) });
        keywordSeen = true;
        continue;
      }
      let value = first;
      const comp = node(c, 'compFor');
      if (comp) {
        if (isClass) this.fail('invalid syntax', tokenPos(need(tok(need(node(comp.children, 'compClause'), 'for').children, 'KwFor'), 'for')));
        if (first.kind === 'Starred') this.fail('iterable unpacking cannot be used in comprehension', first);
        value = { kind: 'GeneratorExp', elt: first, generators: this.compFor(comp), ...locPos(a) };
        if (items.length > 1) this.fail('Generator expression must be parenthesized', value);
      } else if (valueNode) {
        if (first.kind !== 'Name') this.fail(`cannot use assignment expressions with ${exprName(first)}`, first);
        value = { kind: 'NamedExpr', target: { ...first, ctx: 'Store' }, value: this.test(valueNode), ...locPos(a) };
      }
      if (unpackSeen) this.failAfter('positional argument follows keyword argument unpacking', this.lastToken(a));
      if (keywordSeen) this.failAfter('positional argument follows keyword argument', this.lastToken(a));
      args.push(value);
    }
    return { args, keywords };
  }

  private lastToken(n: CstNode): PyToken {
    let best: PyToken | null = null;
    for (const list of Object.values(n.children)) {
      for (const el of list ?? []) {
        const t = 'children' in el ? this.lastToken(el) : (el as PyToken);
        if (!best || t.startOffset > best.startOffset) best = t;
      }
    }
    return need(best ?? undefined, 'token');
  }

  private subscriptList(n: CstNode): A.Expr {
    const items = nodes(n.children, 'subscript').map((s) => this.subscript(s));
    // x[*a] is a one-element tuple, as in CPython (PEP 646)
    if (!n.children.Comma && items[0].kind !== 'Starred') return items[0];
    return { kind: 'Tuple', elts: items, ctx: 'Load', ...locPos(n) };
  }

  private subscript(n: CstNode): A.Expr {
    const c = n.children;
    const star = node(c, 'starExpr');
    if (star) return this.starExpr(star);
    const lowerNode = node(c, 'namedExprTest');
    const lower = lowerNode ? this.namedExprTest(lowerNode) : null;
    const rest = node(c, 'sliceRest');
    if (!rest) return need(lower ?? undefined, 'subscript');
    const upper = node(rest.children, 'upper');
    const step = node(rest.children, 'step');
    return { kind: 'Slice', lower, upper: upper ? this.test(upper) : null, step: step ? this.test(step) : null, ...locPos(n) };
  }

  private yieldExpr(n: CstNode): A.Expr {
    const c = n.children;
    const from = node(c, 'test');
    if (from) return { kind: 'YieldFrom', value: this.test(from), ...locPos(n) };
    const value = node(c, 'starExpressions');
    return { kind: 'Yield', value: value ? this.starExpressions(value) : null, ...locPos(n) };
  }

  private atom(n: CstNode): A.Expr {
    const c = n.children;
    const pos = locPos(n);
    let sub: CstNode | undefined;
    let t: PyToken | undefined;
    if ((t = tok(c, 'Name'))) return { kind: 'Name', id: t.image, ctx: 'Load', ...pos };
    if ((t = tok(c, 'Number'))) return { kind: 'Constant', value: t.payload as A.ConstantValue, ...pos };
    if (c.String) return buildStringAtom(toks(c, 'String'), pos, this.strings);
    if ((sub = node(c, 'parenAtom'))) return this.parenAtom(sub);
    if ((sub = node(c, 'listAtom'))) return this.listAtom(sub);
    if ((sub = node(c, 'braceAtom'))) return this.braceAtom(sub);
    if (c.Ellipsis) return { kind: 'Constant', value: { type: 'Ellipsis' }, ...pos };
    if (c.KwNone) return { kind: 'Constant', value: { type: 'None' }, ...pos };
    if (c.KwTrue) return { kind: 'Constant', value: { type: 'bool', value: true }, ...pos };
    if (c.KwFalse) return { kind: 'Constant', value: { type: 'bool', value: false }, ...pos };
    throw new Error(`parser internal error: unknown atom ${Object.keys(c).join(',')}`);
  }

  private parenAtom(n: CstNode): A.Expr {
    const c = n.children;
    const pos = locPos(n);
    const y = node(c, 'yieldExpr');
    if (y) {
      const e = this.yieldExpr(y);
      this.parenthesized.add(e);
      return e;
    }
    const inner = node(c, 'testListComp');
    if (!inner) return { kind: 'Tuple', elts: [], ctx: 'Load', ...pos };
    const ic = inner.children;
    const elts = nodes(ic, 'starNamedExpr').map((x) => this.starNamedExpr(x));
    const comp = node(ic, 'compFor');
    if (comp) return { kind: 'GeneratorExp', elt: this.comprehensionElt(elts[0]), generators: this.compFor(comp), ...pos };
    if (ic.Comma) {
      const tuple: A.TupleExpr = { kind: 'Tuple', elts, ctx: 'Load', ...pos };
      this.parenthesized.add(tuple);
      return tuple;
    }
    const only = elts[0];
    if (only.kind === 'Starred') this.fail('cannot use starred expression here', only);
    this.parenthesized.add(only);
    return only;
  }

  private listAtom(n: CstNode): A.Expr {
    const pos = locPos(n);
    const inner = node(n.children, 'testListComp');
    if (!inner) return { kind: 'List', elts: [], ctx: 'Load', ...pos };
    const elts = nodes(inner.children, 'starNamedExpr').map((x) => this.starNamedExpr(x));
    const comp = node(inner.children, 'compFor');
    if (comp) return { kind: 'ListComp', elt: this.comprehensionElt(elts[0]), generators: this.compFor(comp), ...pos };
    return { kind: 'List', elts, ctx: 'Load', ...pos };
  }

  private comprehensionElt(e: A.Expr): A.Expr {
    if (e.kind === 'Starred') this.fail('iterable unpacking cannot be used in comprehension', e);
    return e;
  }

  private braceAtom(n: CstNode): A.Expr {
    const pos = locPos(n);
    const maker = node(n.children, 'dictOrSetMaker');
    if (!maker) return { kind: 'Dict', keys: [], values: [], ...pos };
    const c = maker.children;
    const dstar = tok(c, 'DoubleStar');
    if (dstar) {
      const value = this.bitwiseOr(need(node(c, 'bitwiseOr'), 'mapping'));
      return this.dictRest(null, value, need(node(c, 'dictTail'), 'dict'), pos, dstar);
    }
    const star = node(c, 'starExpr');
    if (star) return this.setRest(this.starExpr(star), need(node(c, 'setTail'), 'set'), pos);
    const first = this.namedExprTest(need(node(c, 'namedExprTest'), 'element'));
    const value = node(c, 'test');
    if (value) return this.dictRest(first, this.test(value), need(node(c, 'dictTail'), 'dict'), pos, null);
    return this.setRest(first, need(node(c, 'setTail'), 'set'), pos);
  }

  private dictRest(key: A.Expr | null, value: A.Expr, tail: CstNode, pos: A.Pos, dstar: PyToken | null): A.Expr {
    const comp = node(tail.children, 'compFor');
    if (comp) {
      if (key === null) this.fail('dict unpacking cannot be used in dict comprehension', tokenPos(need(dstar ?? undefined, '**')));
      return { kind: 'DictComp', key, value, generators: this.compFor(comp), ...pos };
    }
    const keys: (A.Expr | null)[] = [key];
    const values: A.Expr[] = [value];
    for (const item of nodes(tail.children, 'dictItem')) {
      const ic = item.children;
      const k = node(ic, 'key');
      if (k) {
        keys.push(this.test(k));
        values.push(this.test(need(node(ic, 'value'), 'dict value')));
      } else {
        keys.push(null);
        values.push(this.bitwiseOr(need(node(ic, 'bitwiseOr'), 'mapping')));
      }
    }
    return { kind: 'Dict', keys, values, ...pos };
  }

  private setRest(first: A.Expr, tail: CstNode, pos: A.Pos): A.Expr {
    const comp = node(tail.children, 'compFor');
    if (comp) return { kind: 'SetComp', elt: this.comprehensionElt(first), generators: this.compFor(comp), ...pos };
    const elts = [first, ...nodes(tail.children, 'starNamedExpr').map((x) => this.starNamedExpr(x))];
    return { kind: 'Set', elts, ...pos };
  }

  private compFor(n: CstNode): A.Comprehension[] {
    return nodes(n.children, 'compClause').map((cl): A.Comprehension => {
      const c = cl.children;
      const target = this.targetTuple(need(node(c, 'targetList'), 'comprehension target'));
      const iter = this.orTest(need(node(c, 'iter'), 'iterable'));
      const ifs = nodes(c, 'condition').map((x) => this.orTest(x));
      return { kind: 'comprehension', target, iter, ifs, isAsync: false };
    });
  }
}
