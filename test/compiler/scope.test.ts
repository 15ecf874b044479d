// scope.test.ts - the symbol-table pass: every block's names, flags and scopes must equal what
// CPython's own symtable module reports; plus readable checks of the classic cases and of the
// declaration errors (with hand-built ASTs, so they run without CPython too).

import type { Expr, Module, Pos, Stmt } from '../../src/ast';
import { sourceInfo } from '../../src/compiler/errors';
import { buildSymbolTable, mangle, type Scope, Where } from '../../src/compiler/scope';
import { PySyntaxError } from '../../src/syntax_error';
import { pySymtables, pythonAvailable, type ScopeRef } from './harness';

const PROGRAMS: Record<string, string> = {
  locals: 'def f(a, *b, c=1, **d):\n    e = a\n    del e\n    for g in b: pass\n    import h.i\n    return len\n',
  freeThroughIntermediate: 'def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n',
  classNotVisible: 'def f():\n    x = 1\n    class C:\n        x = 2\n        y = x\n        def m(self):\n            return x\n    return C\n',
  classBoundAndFree: 'def f():\n    v = 0\n    class C:\n        v = 1\n        def g(self):\n            return v\n',
  classCell: 'class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\n',
  comprehensions: 'def f(xs):\n    y = 1\n    return [x + y for x in xs if x], {k: v for k, v in xs}, (z for z in xs for w in z)\n',
  comprehensionInClass: 'class C:\n    a = 1\n    b = [a + i for i in range(a)]\n',
  walrus: 'def f(xs):\n    return [(last := x) for x in xs], last\n[(m := i) for i in range(3)]\n',
  globalNonlocal: 'x = 0\ndef f():\n    global x\n    y = 1\n    def g():\n        nonlocal y\n        y = x\n    return g\n',
  globalInNested: 'def f():\n    def g():\n        global h\n        h = 1\n    return g\nh = 2\n',
  implicitGlobals: 'def f():\n    return print, undefined_name\nclass K:\n    z = print\n',
  lambdas: 'f = lambda a, b=c: lambda: a + b\n',
  generators: 'def g():\n    yield 1\ndef h():\n    x = yield from g()\n',
  privateNames: 'class C:\n    __x = 1\n    def m(self, __y):\n        return self.__x, __y, __z__\n',
  handlers: 'def f():\n    try:\n        pass\n    except E as e:\n        return lambda: e\n',
  withAndImports: 'def f():\n    with a as (b, c):\n        from m import n as o, p\n    return b, c, o, p\n',
};

function mine(s: Scope): ScopeRef {
  const symbols: Record<string, [number, number]> = {};
  for (const [name, flags] of s.flags) symbols[name] = [s.whereOf(name) ?? 0, flags];
  return {
    name: s.name,
    type: s.type,
    nested: s.nested,
    symbols,
    children: s.children.map(mine),
  };
}

(pythonAvailable() ? describe : describe.skip)('scopes match CPython\'s symtable', () => {
  const names = Object.keys(PROGRAMS);
  const refs = pySymtables(names.map((n) => PROGRAMS[n]));
  test.each(names.map((n, i) => [n, i] as const))('%s', (name, i) => {
    const r = refs[i];
    const table = buildSymbolTable(r.ast!, sourceInfo('x.py', PROGRAMS[name]));
    expect(mine(table.top)).toEqual(r.scopes);
  });
});

// ---------------------------------------------------------------- hand-built ASTs

const P: Pos = { line: 1, col: 0, endLine: 1, endCol: 1 };
const at = (line: number, col = 0, endCol = col + 1): Pos => ({ line, col, endLine: line, endCol });
const name = (id: string, ctx: 'Load' | 'Store' | 'Del' = 'Load', pos = P): Expr => ({ kind: 'Name', id, ctx, ...pos });
const assign = (target: string, value: Expr, pos = P): Stmt => ({ kind: 'Assign', targets: [name(target, 'Store', pos)], value, ...pos });
const ret = (value: Expr, pos = P): Stmt => ({ kind: 'Return', value, ...pos });
const noArgs = { kind: 'arguments' as const, posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
const def = (n: string, body: Stmt[], params: string[] = [], pos = P): Stmt => ({
  kind: 'FunctionDef', name: n, body, decorators: [], returns: null, ...pos,
  args: { ...noArgs, args: params.map((arg) => ({ kind: 'arg' as const, arg, annotation: null, ...pos })) },
});
const mod = (...body: Stmt[]): Module => ({ kind: 'Module', body });
const table = (m: Module, src?: string) => buildSymbolTable(m, sourceInfo('t.py', src));

function errorOf(m: Module, src?: string): PySyntaxError {
  try {
    table(m, src);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('no SyntaxError');
}

describe('classification', () => {
  test('a name read in a nested function is a cell outside and free inside', () => {
    const inner = def('g', [ret(name('x'))]);
    const outer = def('f', [assign('x', name('y')), inner, ret(name('g'))]);
    const t = table(mod(outer));
    const f = t.scopeOf(outer);
    const g = t.scopeOf(inner);
    expect(f.whereOf('x')).toBe(Where.CELL);
    expect(f.whereOf('y')).toBe(Where.GLOBAL_IMPLICIT);
    expect(f.whereOf('g')).toBe(Where.LOCAL);
    expect(g.whereOf('x')).toBe(Where.FREE);
    expect(f.cellNames()).toEqual(['x']);
    expect(g.freeNames()).toEqual(['x']);
  });

  test('module names are implicit globals or locals of the module block', () => {
    const t = table(mod(assign('a', name('b'))));
    expect(t.top.whereOf('a')).toBe(Where.LOCAL);
    expect(t.top.whereOf('b')).toBe(Where.GLOBAL_IMPLICIT);
    expect(t.top.nested).toBe(false);
  });

  test('a function containing yield is a generator', () => {
    const g = def('g', [{ kind: 'Expr', value: { kind: 'Yield', value: null, ...P }, ...P }]);
    expect(table(mod(g)).scopeOf(g).generator).toBe(true);
  });

  test('mangling', () => {
    expect(mangle('C', '__x')).toBe('_C__x');
    expect(mangle('_C', '__x')).toBe('_C__x');
    expect(mangle('__', '__x')).toBe('__x');
    expect(mangle('C', '__x__')).toBe('__x__');
    expect(mangle('C', '__a.b')).toBe('__a.b');
    expect(mangle(null, '__x')).toBe('__x');
  });
});

describe('declaration errors', () => {
  const src = 'def f(x):\n    print(y)\n    global y\n';

  test("name 'y' is used prior to global declaration", () => {
    const f = def('f', [
      { kind: 'Expr', value: name('y', 'Load', at(2, 10, 11)), ...at(2, 4, 12) },
      { kind: 'Global', names: ['y'], ...at(3, 4, 12) },
    ], ['x']);
    const e = errorOf(mod(f), src);
    expect(e.msg).toBe("name 'y' is used prior to global declaration");
    expect([e.line, e.offset, e.endOffset, e.text]).toEqual([3, 5, 13, '    global y']);
  });

  test("name 'x' is parameter and global", () => {
    const e = errorOf(mod(def('f', [{ kind: 'Global', names: ['x'], ...at(2, 4, 12) }], ['x'])));
    expect(e.msg).toBe("name 'x' is parameter and global");
    expect(e.line).toBe(2);
  });

  test("name 'x' is assigned to before nonlocal declaration", () => {
    const inner = def('g', [assign('x', name('z')), { kind: 'Nonlocal', names: ['x'], ...at(3) }]);
    const e = errorOf(mod(def('f', [assign('x', name('z')), inner])));
    expect(e.msg).toBe("name 'x' is assigned to before nonlocal declaration");
  });

  test("no binding for nonlocal 'x' found", () => {
    const e = errorOf(mod(def('f', [{ kind: 'Nonlocal', names: ['x'], ...at(2, 4, 14) }])));
    expect(e.msg).toBe("no binding for nonlocal 'x' found");
    expect([e.line, e.offset]).toEqual([2, 5]);
  });

  test('nonlocal declaration not allowed at module level', () => {
    const e = errorOf(mod({ kind: 'Nonlocal', names: ['x'], ...at(1, 0, 10) }));
    expect(e.msg).toBe('nonlocal declaration not allowed at module level');
  });

  test('a class body does not provide a binding for nonlocal', () => {
    const cls: Stmt = {
      kind: 'ClassDef', name: 'C', bases: [], keywords: [], decorators: [], ...P,
      body: [assign('x', name('z')), def('m', [{ kind: 'Nonlocal', names: ['x'], ...at(4) }])],
    };
    expect(errorOf(mod(def('f', [cls]))).msg).toBe("no binding for nonlocal 'x' found");
  });

  test("duplicate argument 'a' in function definition", () => {
    const e = errorOf(mod(def('f', [{ kind: 'Pass', ...P }], ['a', 'b', 'a'])));
    expect(e.msg).toBe("duplicate argument 'a' in function definition");
  });

  test("name 'x' is nonlocal and global", () => {
    const g = def('g', [{ kind: 'Global', names: ['x'], ...at(4) }, { kind: 'Nonlocal', names: ['x'], ...at(5) }]);
    const e = errorOf(mod(def('f', [assign('x', name('z')), g])));
    expect(e.msg).toBe("name 'x' is nonlocal and global");
    expect(e.line).toBe(4);
  });
});
