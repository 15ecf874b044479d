// scope.ts - the symbol-table pass: for every block (module, function, lambda, class body,
// comprehension) which names it has and where each one lives: local, global (explicit or
// implicit), free, or cell. CPython's symtable.c is the model, so the results agree with
// `python3 -m symtable`-style inspection.
// Must never: emit code or look at anything but names, blocks and the declarations that bind them.

import {
  assertNever, type Arguments, type Comprehension, type Expr, type Module, type Node, type Pos, type Stmt,
} from '../ast';
import { type SourceInfo, syntaxErrorAt } from './errors';
import type { Future } from './future';

/** How a name is used in one block (CPython's DEF_* bits). */
export const enum Def {
  GLOBAL = 1,       // `global` statement
  LOCAL = 2,        // assigned, deleted, or a `for`/`with`/`except`/def/class target
  PARAM = 4,
  NONLOCAL = 8,     // `nonlocal` statement (also a walrus inside a comprehension, see below)
  USE = 16,         // read
  FREE_CLASS = 64,  // a class binds the name and a method needs the enclosing function's binding
  IMPORT = 128,
  ANNOT = 256,
  COMP_ITER = 512,  // a comprehension's iteration variable
}
const DEF_BOUND = Def.LOCAL | Def.PARAM | Def.IMPORT;

/** Where a name's value lives, the analysis result (CPython's scope values). */
export const enum Where {
  LOCAL = 1,
  GLOBAL_EXPLICIT = 2,
  GLOBAL_IMPLICIT = 3,
  FREE = 4,
  CELL = 5,
}

export type BlockType = 'module' | 'function' | 'class';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

/** The AST nodes that open a block. */
export type BlockNode =
  | Module | Extract<Stmt, { kind: 'FunctionDef' | 'ClassDef' }>
  | Extract<Expr, { kind: 'Lambda' | 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>;

export class Scope {
  /** Name flags (Def bits) in first-seen order. */
  readonly flags = new Map<string, number>();
  /** Filled by the analysis: where each name of `flags` lives. */
  readonly where = new Map<string, Where>();
  /** Parameters in declaration order: posonly, args, kwonly, *args, **kwargs (CPython's ste_varnames). */
  readonly params: string[] = [];
  readonly children: Scope[] = [];
  /** Position of the `global`/`nonlocal` statement (or walrus) that declared each name, for errors. */
  readonly directives = new Map<string, Pos>();
  /** Nested inside a function (directly or through classes). */
  readonly nested: boolean;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind | null = null;
  varargs = false;
  varkeywords = false;
  /** A class body whose methods use `super()` or `__class__`: it gets an implicit `__class__` cell. */
  needsClassClosure = false;
  /** Some name of this block is free (resolved in an enclosing function). */
  hasFree = false;
  childHasFree = false;
  // Build-time state.
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly type: BlockType,
    /** symtable's block name: "top", the def/class name, "lambda", "listcomp", "genexpr"... */
    readonly name: string,
    readonly node: BlockNode,
    readonly pos: Pos,
    parent: Scope | null,
  ) {
    this.nested = parent !== null && (parent.nested || parent.type === 'function');
  }

  flagsOf(name: string): number {
    return this.flags.get(name) ?? 0;
  }

  /** The analysed scope of a (mangled) name; undefined for names the block never mentions. */
  whereOf(name: string): Where | undefined {
    return this.where.get(name);
  }

  /** co_cellvars before `__class__` is added: names that are cells here, sorted as CPython does. */
  cellNames(): string[] {
    const out: string[] = [];
    for (const [name, w] of this.where) if (w === Where.CELL) out.push(name);
    return out.sort(compareNames);
  }

  /** co_freevars: free names plus class-bound names that methods need from outside, sorted. */
  freeNames(): string[] {
    const out: string[] = [];
    for (const [name, w] of this.where) {
      if (w === Where.FREE || (this.flagsOf(name) & Def.FREE_CLASS) !== 0) out.push(name);
    }
    return out.sort(compareNames);
  }
}

/** CPython sorts cell and free names by code point; JS's default sort compares UTF-16 units. */
function compareNames(a: string, b: string): number {
  const ca = Array.from(a);
  const cb = Array.from(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i].codePointAt(0)! - cb[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

export class SymbolTable {
  constructor(readonly top: Scope, private readonly byNode: Map<Node, Scope>) {}

  /** The block a def/class/lambda/comprehension (or the module) opened. */
  scopeOf(node: Node): Scope {
    const s = this.byNode.get(node);
    if (s === undefined) throw new Error(`no scope recorded for ${node.kind}`);
    return s;
  }
}

/** CPython's private-name mangling: `__x` inside class `C` becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/**
 * Runs the build and analysis passes over a module. Throws PySyntaxError with CPython's
 * wording. Under `from __future__ import annotations` annotations are strings, so the names in
 * them bind or use nothing.
 */
export function buildSymbolTable(mod: Module, src: SourceInfo, future: Future = { annotations: false, line: 0 }): SymbolTable {
  const builder = new Builder(src, future.annotations);
  const top = builder.run(mod);
  new Analyzer(src).analyze(top);
  return new SymbolTable(top, builder.byNode);
}

// ---------------------------------------------------------------- pass 1: collect names

const COMPREHENSION_NAMES: Record<ComprehensionKind, string> = {
  list: 'listcomp', set: 'setcomp', dict: 'dictcomp', generator: 'genexpr',
};

const YIELD_IN_COMPREHENSION: Record<ComprehensionKind, string> = {
  list: "'yield' inside list comprehension",
  set: "'yield' inside set comprehension",
  dict: "'yield' inside dict comprehension",
  generator: "'yield' inside generator expression",
};

class Builder {
  readonly byNode = new Map<Node, Scope>();
  private stack: Scope[] = [];
  private cur!: Scope;
  private top!: Scope;
  /** The innermost enclosing class name, for mangling. */
  private privateName: string | null = null;

  constructor(private readonly src: SourceInfo, private readonly stringAnnotations: boolean) {}

  run(mod: Module): Scope {
    const pos = { line: 1, col: 0, endLine: 1, endCol: 0 };
    this.top = this.enter('module', 'top', mod, pos);
    this.stmts(mod.body);
    this.exit();
    return this.top;
  }

  private error(msg: string, pos: Pos): never {
    throw syntaxErrorAt(this.src, msg, pos);
  }

  private enter(type: BlockType, name: string, node: BlockNode, pos: Pos): Scope {
    const prev = this.stack.length > 0 ? this.cur : null;
    const s = new Scope(type, name, node, pos, prev);
    // Walruses are refused anywhere inside a comprehension's iterable, nested blocks included.
    if (prev !== null) {
      s.compIterExpr = prev.compIterExpr;
      prev.children.push(s);
    }
    this.byNode.set(node, s);
    this.stack.push(s);
    this.cur = s;
    return s;
  }

  private exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  private addDef(name: string, flag: number, pos: Pos, scope: Scope = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = scope.flags.get(mangled);
    if (val !== undefined) {
      if ((flag & Def.PARAM) !== 0 && (val & Def.PARAM) !== 0) {
        this.error(`duplicate argument '${name}' in function definition`, pos);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (scope.compIterTarget) {
      if ((val & (Def.GLOBAL | Def.NONLOCAL)) !== 0) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, pos);
      }
      val |= Def.COMP_ITER;
    }
    scope.flags.set(mangled, val);
    if ((flag & Def.PARAM) !== 0) {
      scope.params.push(mangled);
    } else if ((flag & Def.GLOBAL) !== 0) {
      // A `global` anywhere makes the module itself treat the name as explicitly global.
      this.top.flags.set(mangled, flag | (this.top.flags.get(mangled) ?? 0));
    }
  }

  private stmts(body: readonly Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private exprs(es: readonly (Expr | null)[]): void {
    for (const e of es) if (e !== null) this.expr(e);
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case 'FunctionDef': {
        this.addDef(s.name, Def.LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kwDefaults);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorators);
        this.enter('function', s.name, s, s);
        this.params(s.args);
        this.stmts(s.body);
        this.exit();
        return;
      }
      case 'ClassDef': {
        this.addDef(s.name, Def.LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorators);
        this.enter('class', s.name, s, s);
        const saved = this.privateName;
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = saved;
        this.exit();
        return;
      }
      case 'Return':
        if (s.value !== null) this.expr(s.value);
        return;
      case 'Delete':
        this.exprs(s.targets);
        return;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        return;
      case 'AnnAssign': {
        const t = s.target;
        if (t.kind === 'Name') {
          const cur = this.cur.flagsOf(mangle(this.privateName, t.id));
          if ((cur & (Def.GLOBAL | Def.NONLOCAL)) !== 0 && this.cur !== this.top) {
            this.error((cur & Def.GLOBAL) !== 0
              ? `annotated name '${t.id}' can't be global`
              : `annotated name '${t.id}' can't be nonlocal`, s);
          }
          // Our AST has no `simple` flag: a bare Name target is treated as simple.
          this.addDef(t.id, Def.ANNOT | Def.LOCAL, t);
        } else {
          this.expr(t);
        }
        if (!this.stringAnnotations) this.expr(s.annotation);
        else this.checkStringAnnotation(s.annotation);
        if (s.value !== null) this.expr(s.value);
        return;
      }
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        return;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
        for (const item of s.items) {
          this.expr(item.contextExpr);
          if (item.optionalVars !== null) this.expr(item.optionalVars);
        }
        this.stmts(s.body);
        return;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        return;
      case 'Try':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type);
          if (h.name !== null) this.addDef(h.name, Def.LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          const bound = a.asname ?? a.name;
          if (bound === '*') {
            if (this.cur.type !== 'module') this.error('import * only allowed at module level', a);
            continue;
          }
          const dot = bound.indexOf('.');
          this.addDef(dot >= 0 ? bound.slice(0, dot) : bound, Def.IMPORT, a);
        }
        return;
      case 'Global':
      case 'Nonlocal': {
        const word = s.kind === 'Global' ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.cur.flagsOf(mangle(this.privateName, name));
          if ((cur & (Def.PARAM | Def.LOCAL | Def.USE | Def.ANNOT)) !== 0) {
            let msg: string;
            if ((cur & Def.PARAM) !== 0) msg = `name '${name}' is parameter and ${word}`;
            else if ((cur & Def.USE) !== 0) msg = `name '${name}' is used prior to ${word} declaration`;
            else if ((cur & Def.ANNOT) !== 0) msg = `annotated name '${name}' can't be ${word}`;
            else msg = `name '${name}' is assigned to before ${word} declaration`;
            this.error(msg, s);
          }
          this.addDef(name, s.kind === 'Global' ? Def.GLOBAL : Def.NONLOCAL, s);
          this.recordDirective(name, s);
        }
        return;
      }
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
      default:
        assertNever(s);
    }
  }

  private recordDirective(name: string, pos: Pos): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, pos);
  }

  /** A def's annotations are evaluated in the enclosing block (unless they are strings). */
  private annotations(a: Arguments, returns: Expr | null): void {
    if (this.stringAnnotations) {
      for (const p of [...a.posonlyargs, ...a.args, a.vararg, a.kwarg, ...a.kwonlyargs]) {
        if (p !== null && p.annotation !== null) this.checkStringAnnotation(p.annotation);
      }
      if (returns !== null) this.checkStringAnnotation(returns);
      return;
    }
    for (const p of [...a.posonlyargs, ...a.args]) if (p.annotation !== null) this.expr(p.annotation);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation !== null) this.expr(p.annotation);
    if (returns !== null) this.expr(returns);
  }

  /**
   * A string annotation is never run, so CPython refuses expressions that only make sense when
   * run (outside nested lambdas and comprehensions, which would be their own blocks).
   */
  private checkStringAnnotation(e: Expr): void {
    const refuse = (what: string, at: Pos): never => this.error(`'${what}' can not be used within an annotation`, at);
    const walk = (x: Expr | null): void => {
      if (x === null) return;
      switch (x.kind) {
        case 'Yield': case 'YieldFrom': return refuse('yield expression', x);
        case 'Await': return refuse('await expression', x);
        case 'NamedExpr': return refuse('named expression', x);
        case 'Lambda': return;
        case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp':
          return walk(x.generators[0].iter);
        default:
          for (const v of Object.values(x)) {
            if (Array.isArray(v)) for (const item of v) walkAny(item);
            else walkAny(v);
          }
      }
    };
    const walkAny = (v: unknown): void => {
      if (v === null || typeof v !== 'object' || !('kind' in v)) return;
      const node = v as { kind: string; value?: unknown };
      if (node.kind === 'keyword') walkAny(node.value);
      else if (node.kind !== 'comprehension' && node.kind !== 'arguments') walk(v as Expr);
    };
    walk(e);
  }

  private params(a: Arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, Def.PARAM, p);
    for (const p of a.args) this.addDef(p.arg, Def.PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, Def.PARAM, p);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, Def.PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, Def.PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private expr(e: Expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        this.namedExpr(e);
        return;
      case 'BoolOp':
        this.exprs(e.values);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        return;
      case 'Lambda':
        this.exprs(e.args.defaults);
        this.exprs(e.args.kwDefaults);
        this.enter('function', 'lambda', e, e);
        this.params(e.args);
        this.expr(e.body);
        this.exit();
        return;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        return;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        return;
      case 'Set':
        this.exprs(e.elts);
        return;
      case 'ListComp':
        this.comprehension(e, 'list', e.generators, e.elt, null);
        return;
      case 'SetComp':
        this.comprehension(e, 'set', e.generators, e.elt, null);
        return;
      case 'DictComp':
        this.comprehension(e, 'dict', e.generators, e.key, e.value);
        return;
      case 'GeneratorExp':
        this.comprehension(e, 'generator', e.generators, e.elt, null);
        return;
      case 'Yield':
      case 'YieldFrom': {
        if (e.value !== null) this.expr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== null) this.error(YIELD_IN_COMPREHENSION[this.cur.comprehension], e);
        return;
      }
      case 'Await':
        this.expr(e.value);
        this.cur.coroutine = true;
        return;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        return;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.formatSpec !== null) this.expr(e.formatSpec);
        return;
      case 'JoinedStr':
        this.exprs(e.values);
        return;
      case 'Constant':
        return;
      case 'Attribute':
        this.expr(e.value);
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        return;
      case 'Starred':
        this.expr(e.value);
        return;
      case 'Slice':
        if (e.lower !== null) this.expr(e.lower);
        if (e.upper !== null) this.expr(e.upper);
        if (e.step !== null) this.expr(e.step);
        return;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? Def.USE : Def.LOCAL, e);
        // Zero-argument super() needs the class cell, so a function that says `super` uses __class__.
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', Def.USE, e);
        }
        return;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        return;
      default:
        assertNever(e);
    }
  }

  private namedExpr(e: Extract<Expr, { kind: 'NamedExpr' }>): void {
    if (this.cur.compIterExpr > 0) {
      this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension !== null) this.bindWalrusOutside(e.target.id, e.target);
    this.expr(e.value);
    this.expr(e.target);
  }

  /**
   * PEP 572: a walrus inside a comprehension binds in the nearest enclosing function (or module),
   * and the comprehension sees it as a nonlocal (or global).
   */
  private bindWalrusOutside(name: string, pos: Pos): void {
    const mangled = mangle(this.privateName, name);
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const s = this.stack[i];
      if (s.comprehension !== null) {
        if ((s.flagsOf(mangled) & Def.COMP_ITER) !== 0) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, pos);
        }
        continue;
      }
      if (s.type === 'function') {
        const inScope = s.flagsOf(mangled);
        this.addDef(name, (inScope & Def.GLOBAL) !== 0 ? Def.GLOBAL : Def.NONLOCAL, pos);
        this.recordDirective(name, pos);
        this.addDef(name, Def.LOCAL, pos, s);
        return;
      }
      if (s.type === 'module') {
        this.addDef(name, Def.GLOBAL, pos);
        this.recordDirective(name, pos);
        this.addDef(name, Def.GLOBAL, pos, s);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', pos);
    }
  }

  private comprehension(e: BlockNode & Expr, kind: ComprehensionKind, gens: readonly Comprehension[],
                        elt: Expr, value: Expr | null): void {
    const outermost = gens[0];
    // The first iterable is evaluated in the enclosing block and passed in as `.0`.
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    const s = this.enter('function', COMPREHENSION_NAMES[kind], e, e);
    s.comprehension = kind;
    if (outermost.isAsync) s.coroutine = true;
    this.addDef('.0', Def.PARAM, e);
    s.compIterTarget = true;
    this.expr(outermost.target);
    s.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (let i = 1; i < gens.length; i++) {
      const g = gens[i];
      s.compIterTarget = true;
      this.expr(g.target);
      s.compIterTarget = false;
      s.compIterExpr++;
      this.expr(g.iter);
      s.compIterExpr--;
      this.exprs(g.ifs);
      if (g.isAsync) s.coroutine = true;
    }
    if (value !== null) this.expr(value);
    this.expr(elt);
    s.generator = kind === 'generator';
    const isAsync = s.coroutine && kind !== 'generator';
    this.exit();
    if (isAsync) this.cur.coroutine = true;
  }
}

// ---------------------------------------------------------------- pass 2: resolve scopes

class Analyzer {
  constructor(private readonly src: SourceInfo) {}

  analyze(top: Scope): void {
    this.block(top, null, new Set(), new Set());
  }

  private error(msg: string, scope: Scope, name: string): never {
    throw syntaxErrorAt(this.src, msg, scope.directives.get(name) ?? scope.pos);
  }

  /**
   * `bound`: names bound in enclosing function blocks (null only for the module);
   * `global`: names declared global further out; `free` collects this block's free names
   * for the parent.
   */
  private block(s: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const newGlobal = new Set<string>();
    const newBound = new Set<string>();
    const newFree = new Set<string>();

    // A class body's own names are invisible to the functions inside it, so what children
    // inherit is fixed before this block's names are looked at.
    if (s.type === 'class') {
      for (const n of global) newGlobal.add(n);
      if (bound !== null) for (const n of bound) newBound.add(n);
    }

    for (const [name, flags] of s.flags) this.name(s, name, flags, bound, local, free, global);

    if (s.type !== 'class') {
      if (s.type === 'function') for (const n of local) newBound.add(n);
      if (bound !== null) for (const n of bound) newBound.add(n);
      for (const n of global) newGlobal.add(n);
    } else {
      newBound.add('__class__');
    }

    const allFree = new Set<string>();
    for (const child of s.children) {
      const childFree = new Set<string>();
      this.block(child, new Set(newBound), childFree, new Set(newGlobal));
      for (const n of childFree) allFree.add(n);
      if (child.hasFree || child.childHasFree) s.childHasFree = true;
    }
    for (const n of allFree) newFree.add(n);

    if (s.type === 'function') {
      // A local that some nested block reads becomes a cell.
      for (const [name, w] of s.where) {
        if (w === Where.LOCAL && newFree.has(name)) {
          s.where.set(name, Where.CELL);
          newFree.delete(name);
        }
      }
    } else if (s.type === 'class') {
      if (newFree.delete('__class__')) s.needsClassClosure = true;
    }

    // Free names of children that this block does not resolve pass through it.
    for (const name of newFree) {
      const flags = s.flags.get(name);
      if (flags !== undefined) {
        if (s.type === 'class' && (flags & (DEF_BOUND | Def.GLOBAL)) !== 0) {
          s.flags.set(name, flags | Def.FREE_CLASS);
        }
        continue;
      }
      if (bound !== null && !bound.has(name)) continue;  // a global
      s.where.set(name, Where.FREE);
      s.flags.set(name, 0);
    }
    for (const n of newFree) free.add(n);
  }

  private name(s: Scope, name: string, flags: number, bound: Set<string> | null, local: Set<string>,
               free: Set<string>, global: Set<string>): void {
    if ((flags & Def.GLOBAL) !== 0) {
      if ((flags & Def.NONLOCAL) !== 0) this.error(`name '${name}' is nonlocal and global`, s, name);
      s.where.set(name, Where.GLOBAL_EXPLICIT);
      global.add(name);
      if (bound !== null) bound.delete(name);
      return;
    }
    if ((flags & Def.NONLOCAL) !== 0) {
      if (bound === null) this.error('nonlocal declaration not allowed at module level', s, name);
      if (!bound.has(name)) this.error(`no binding for nonlocal '${name}' found`, s, name);
      s.where.set(name, Where.FREE);
      s.hasFree = true;
      free.add(name);
      return;
    }
    if ((flags & DEF_BOUND) !== 0) {
      s.where.set(name, Where.LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound !== null && bound.has(name)) {
      s.where.set(name, Where.FREE);
      s.hasFree = true;
      free.add(name);
      return;
    }
    if (s.nested) s.hasFree = true;
    s.where.set(name, Where.GLOBAL_IMPLICIT);
  }
}
