// ast.test.ts - the AST shapes the compiler relies on, written out by hand (cpython.test.ts checks the
// same corpus against CPython wholesale; this file documents the conventions one by one).
// Must never: depend on python3 - these expectations are meant to be read.

import * as A from '../../src/ast';
import { parse } from '../../src/parser';

function module(src: string): A.Module {
  return parse(src, 't.py');
}
function stmt(src: string): A.Stmt {
  return module(src).body[0];
}
function expr(src: string): A.Expr {
  const s = stmt(src);
  if (s.kind !== 'Expr') throw new Error(`not an expression statement: ${s.kind}`);
  return s.value;
}

/** A compact prefix notation for expression trees: (op left right), names bare, constants as literals. */
function sx(e: A.Expr | null): string {
  if (e === null) return '_';
  switch (e.kind) {
    case 'Name': return e.ctx === 'Load' ? e.id : `${e.id}:${e.ctx}`;
    case 'Constant': {
      const v = e.value;
      switch (v.type) {
        case 'int': return `${v.value}`;
        case 'float': return `${v.value}f`;
        case 'complex': return `${v.imag}j`;
        case 'str': return JSON.stringify(v.value);
        case 'bytes': return `b${JSON.stringify(Array.from(v.value))}`;
        case 'bool': return v.value ? 'True' : 'False';
        case 'None': return 'None';
        case 'Ellipsis': return '...';
        default: return A.assertNever(v);
      }
    }
    case 'BinOp': return `(${e.op} ${sx(e.left)} ${sx(e.right)})`;
    case 'UnaryOp': return `(${e.op} ${sx(e.operand)})`;
    case 'BoolOp': return `(${e.op} ${e.values.map(sx).join(' ')})`;
    case 'Compare': return `(${[sx(e.left), ...e.ops.map((o, i) => `${o} ${sx(e.comparators[i])}`)].join(' ')})`;
    case 'IfExp': return `(if ${sx(e.test)} ${sx(e.body)} ${sx(e.orelse)})`;
    case 'Lambda': return `(lambda ${sx(e.body)})`;
    case 'Call': return `(call ${sx(e.func)}${e.args.map((a) => ' ' + sx(a)).join('')}${e.keywords.map((k) => ` ${k.arg ?? '**'}=${sx(k.value)}`).join('')})`;
    case 'Attribute': return `${sx(e.value)}.${e.attr}`;
    case 'Subscript': return `${sx(e.value)}[${sx(e.slice)}]`;
    case 'Slice': return `${sx(e.lower)}:${sx(e.upper)}:${sx(e.step)}`;
    case 'Starred': return `*${sx(e.value)}`;
    case 'Tuple': return `(tuple ${e.elts.map(sx).join(' ')})`;
    case 'List': return `[${e.elts.map(sx).join(' ')}]`;
    case 'Set': return `{${e.elts.map(sx).join(' ')}}`;
    case 'Dict': return `{${e.keys.map((k, i) => `${k === null ? '**' : sx(k) + ':'}${sx(e.values[i])}`).join(' ')}}`;
    case 'NamedExpr': return `(:= ${sx(e.target)} ${sx(e.value)})`;
    case 'Yield': return `(yield ${sx(e.value)})`;
    case 'YieldFrom': return `(yield-from ${sx(e.value)})`;
    case 'JoinedStr': return `(f ${e.values.map(sx).join(' ')})`;
    case 'FormattedValue': return `{${sx(e.value)}!${e.conversion}${e.formatSpec ? ':' + sx(e.formatSpec) : ''}}`;
    case 'ListComp': case 'SetComp': case 'GeneratorExp':
      return `(${e.kind} ${sx(e.elt)}${e.generators.map((g) => ` for ${sx(g.target)} in ${sx(g.iter)}${g.ifs.map((c) => ' if ' + sx(c)).join('')}`).join('')})`;
    case 'DictComp': return `(DictComp ${sx(e.key)}:${sx(e.value)} ...)`;
    case 'Await': return `(await ${sx(e.value)})`;
    default: return A.assertNever(e);
  }
}

describe('operator precedence and associativity', () => {
  test.each([
    ['a + b * c', '(+ a (* b c))'],
    ['a - b - c', '(- (- a b) c)'],
    ['a | b ^ c & d << e + f * g', '(| a (^ b (& c (<< d (+ e (* f g))))))'],
    ['a * b // c % d @ e', '(@ (% (// (* a b) c) d) e)'],
    ['a << b >> c', '(>> (<< a b) c)'],
    ['a ** b ** c', '(** a (** b c))'],
    ['-a ** b', '(- (** a b))'],
    ['a ** -b', '(** a (- b))'],
    ['-a ** -b ** c', '(- (** a (- (** b c))))'],
    ['~-+a', '(~ (- (+ a)))'],
    ['not a == b', '(not (a == b))'],
    ['not a and b or c', '(or (and (not a) b) c)'],
    ['a or b and c', '(or a (and b c))'],
    ['a or b or c', '(or a b c)'],
    ['a < b <= c != d', '(a < b <= c != d)'],
    ['a not in b is not c', '(a not in b is not c)'],
    ['a + b < c * d', '((+ a b) < (* c d))'],
    ['a if b else c if d else e', '(if b a (if d c e))'],
    ['lambda: a if b else c', '(lambda (if b a c))'],
    ['a.b(c)[d].e', '(call a.b c)[d].e'],
    ['(a + b) * c', '(* (+ a b) c)'],
  ])('%s', (src, tree) => {
    expect(sx(expr(src))).toBe(tree);
  });

  test('a BinOp spans its operands, parentheses included; the parenthesised operand keeps its inner span', () => {
    const e = expr('(a) + b') as A.BinOp;
    expect([e.col, e.endCol]).toEqual([0, 7]);
    expect([e.left.col, e.left.endCol]).toEqual([1, 2]);
  });
});

describe('statements', () => {
  test('elif is an If nested in orelse, starting at `elif` and spanning to the end of the chain', () => {
    const s = stmt('if a:\n  x\nelif b:\n  y\nelse:\n  z\n') as A.If;
    expect(s.orelse).toHaveLength(1);
    const elif = s.orelse[0] as A.If;
    expect(elif.kind).toBe('If');
    expect([elif.line, elif.col, elif.endLine, elif.endCol]).toEqual([3, 0, 6, 3]);
    expect(sx((elif.orelse[0] as A.ExprStmt).value)).toBe('z');
    expect([s.line, s.endLine]).toEqual([1, 6]);
  });

  test('a docstring is just the first statement: Expr(Constant str)', () => {
    const f = stmt('def f():\n    """doc"""\n    return 1\n') as A.FunctionDef;
    expect(f.body[0]).toMatchObject({ kind: 'Expr', value: { kind: 'Constant', value: { type: 'str', value: 'doc' } } });
  });

  test('a statement spans its tokens (closing parentheses included), a compound one up to its last statement', () => {
    const s = stmt('x = (1)\n');
    expect([s.col, s.endCol]).toEqual([0, 7]);
    const w = stmt('while x:\n    pass\n    y = 1  # c\n\n');
    expect([w.line, w.col, w.endLine, w.endCol]).toEqual([1, 0, 3, 9]);
  });

  test('chained assignment lists targets left to right, in Store context', () => {
    const s = stmt('a = b.c = d[0] = 1\n') as A.Assign;
    expect(s.targets.map(sx)).toEqual(['a:Store', 'b.c', 'd[0]']);
    expect(s.targets.map((t) => (t as A.Attribute | A.Name | A.Subscript).ctx)).toEqual(['Store', 'Store', 'Store']);
  });

  test('tuple and starred targets', () => {
    const s = stmt('a, *b = c\n') as A.Assign;
    expect(s.targets[0]).toMatchObject({ kind: 'Tuple', ctx: 'Store', elts: [{ kind: 'Name', ctx: 'Store' }, { kind: 'Starred', ctx: 'Store', value: { ctx: 'Store' } }] });
  });

  test('del targets are a list, each in Del context', () => {
    const s = stmt('del a, b[0], (c, d)\n') as A.Delete;
    expect(s.targets.map((t) => [t.kind, (t as A.Name).ctx])).toEqual([['Name', 'Del'], ['Subscript', 'Del'], ['Tuple', 'Del']]);
  });

  test('augmented and annotated assignment', () => {
    expect(stmt('x //= 2\n')).toMatchObject({ kind: 'AugAssign', op: '//', target: { kind: 'Name', ctx: 'Store' } });
    expect(stmt('x: int\n')).toMatchObject({ kind: 'AnnAssign', value: null, annotation: { kind: 'Name', id: 'int' } });
  });

  test('parameters in CPython order, defaults aligned to the last positional ones', () => {
    const f = stmt('def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n') as A.FunctionDef;
    const args = f.args;
    expect(args.posonlyargs.map((a) => a.arg)).toEqual(['a', 'b']);
    expect(args.args.map((a) => a.arg)).toEqual(['c']);
    expect(args.defaults.map(sx)).toEqual(['1', '2']);
    expect(args.vararg?.arg).toBe('args');
    expect(args.kwonlyargs.map((a) => a.arg)).toEqual(['d', 'e']);
    expect(args.kwDefaults.map((d) => (d ? sx(d) : null))).toEqual([null, '3']);
    expect(args.kwarg?.arg).toBe('kw');
  });

  test('decorators and class keywords', () => {
    const c = stmt('@d1\n@d2(x)\nclass A(B, metaclass=M, **k): pass\n') as A.ClassDef;
    expect(c.decorators.map(sx)).toEqual(['d1', '(call d2 x)']);
    expect(c.bases.map(sx)).toEqual(['B']);
    expect(c.keywords.map((k) => k.arg)).toEqual(['metaclass', null]);
    expect(c.line).toBe(3);
  });

  test('imports', () => {
    expect(stmt('from ...a.b import (c as d, e)\n')).toMatchObject({
      kind: 'ImportFrom', module: 'a.b', level: 3, names: [{ name: 'c', asname: 'd' }, { name: 'e', asname: null }],
    });
    expect(stmt('from . import *\n')).toMatchObject({ kind: 'ImportFrom', module: null, level: 1, names: [{ name: '*' }] });
    expect(stmt('import os.path as p\n')).toMatchObject({ kind: 'Import', names: [{ name: 'os.path', asname: 'p' }] });
  });

  test('try with handlers, else and finally', () => {
    const t = stmt('try:\n  a\nexcept (E, F) as e:\n  b\nexcept:\n  c\nelse:\n  d\nfinally:\n  f\n') as A.Try;
    expect(t.handlers.map((h) => [h.type ? sx(h.type) : null, h.name])).toEqual([['(tuple E F)', 'e'], [null, null]]);
    expect([t.orelse.length, t.finalbody.length, t.endLine]).toEqual([1, 1, 10]);
  });

  test('with items, parenthesised or not', () => {
    const w = stmt('with (open(a) as f, b):\n  pass\n') as A.With;
    expect(w.items.map((i) => [sx(i.contextExpr), i.optionalVars && sx(i.optionalVars)])).toEqual([['(call open a)', 'f:Store'], ['b', null]]);
    const t = stmt('with (a, b) as c:\n  pass\n') as A.With;
    expect(t.items.map((i) => sx(i.contextExpr))).toEqual(['(tuple a b)']);
  });

  test('semicolons and one-line bodies', () => {
    expect(module('a; b; c\n').body).toHaveLength(3);
    expect((stmt('if x: a; b\n') as A.If).body).toHaveLength(2);
  });
});

describe('expressions', () => {
  test('integers are bigint, floats and imaginary numbers are numbers', () => {
    expect(sx(expr('[1, 2.5, 3j, 10**30]'))).toBe('[1 2.5f 3j (** 10 30)]');
    expect((expr('12345678901234567890') as A.Constant).value).toEqual({ type: 'int', value: 12345678901234567890n });
  });

  test('adjacent string literals are one Constant spanning all of them', () => {
    const e = expr('"a" \'b\'\\\n  "c"') as A.Constant;
    expect(e.value).toEqual({ type: 'str', value: 'abc' });
    expect([e.line, e.col, e.endLine, e.endCol]).toEqual([1, 0, 2, 5]);
    expect((expr("b'a' b'b'") as A.Constant).value).toEqual({ type: 'bytes', value: Uint8Array.from([97, 98]) });
  });

  test('calls: positional (with Starred), keywords (arg null for **)', () => {
    expect(sx(expr('f(a, *b, c=1, **d)'))).toBe('(call f a *b c=1 **=d)');
  });

  test('a generator expression as the only argument takes the call parentheses as its span', () => {
    const g = (expr('f(x for x in y)') as A.Call).args[0];
    expect([g.kind, g.col, g.endCol]).toEqual(['GeneratorExp', 1, 15]);
  });

  test('subscripts: slices, tuples of slices, x[*a]', () => {
    expect(sx(expr('x[1:2, ::3, ...]'))).toBe('x[(tuple 1:2:_ _:_:3 ...)]');
    expect(sx(expr('x[:]'))).toBe('x[_:_:_]');
    expect(sx(expr('x[*a]'))).toBe('x[(tuple *a)]');
  });

  test('displays and unpacking', () => {
    expect(sx(expr('[*a, b]'))).toBe('[*a b]');
    expect(sx(expr('{**m, 1: 2}'))).toBe('{**m 1:2}');
    expect(sx(expr('{*a, 1}'))).toBe('{*a 1}');
    expect(sx(expr('()'))).toBe('(tuple )');
    expect(sx(expr('(1,)'))).toBe('(tuple 1)');
  });

  test('comprehensions keep clause order, each with its own ifs', () => {
    expect(sx(expr('[x for a in b if c if d for x in a if e]'))).toBe('(ListComp x for a:Store in b if c if d for x:Store in a if e)');
    expect(sx(expr('(y for x, in z)'))).toBe('(GeneratorExp y for (tuple x:Store) in z)');
  });

  test('walrus, yield, yield from, ellipsis', () => {
    expect(sx(expr('(n := 10)'))).toBe('(:= n:Store 10)');
    expect(sx(expr('(yield)'))).toBe('(yield _)');
    expect(sx(expr('(yield from g)'))).toBe('(yield-from g)');
    expect(sx(expr('...'))).toBe('...');
  });

  test('f-strings: JoinedStr of Constant pieces and FormattedValues (conversion -1 or a char code)', () => {
    expect(sx(expr("f'a{x!r:>{w}}b{y=}' 'c'"))).toBe('(f "a" {x!114:(f ">" {w!-1})} "by=" {y!114} "c")');
  });

  test('f-string fields have their real positions; pieces have the whole literal\'s', () => {
    const j = expr("f'a{x}'") as A.JoinedStr;
    const fv = j.values[1] as A.FormattedValue;
    expect([fv.col, fv.endCol, fv.value.col, fv.value.endCol]).toEqual([0, 7, 4, 5]);
  });
});
