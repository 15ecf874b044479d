// codegen.test.ts - the compiler against CPython 3.11: every corpus program must produce the
// same instructions (after pyref.py's normalisation), lines, constants, names, locals, flags,
// stack sizes and exception tables; plus exact sequences for the places where pygil differs
// from 3.11 on purpose.

import type { CodeSpec } from '../../src/code';
import { Op } from '../../src/opcodes';
import { CORPUS } from './corpus';
import { astOf, type CodeInfo, codeInfo, comparable, compileSource, pythonAvailable, pyref } from './harness';
import { compileModule } from '../../src/compiler/compile';

const withPython = pythonAvailable() ? describe : describe.skip;

function ops(info: CodeInfo): string[] {
  return info.instrs.map(([op, key]) => (key === null ? op : `${op} ${String(key)}`));
}

function child(code: CodeSpec, name: string): CodeSpec {
  for (const c of code.consts) {
    if (c.type !== 'code') continue;
    if (c.code.name === name) return c.code;
    try {
      return child(c.code, name);
    } catch {
      // not under this one
    }
  }
  throw new Error(`no code object ${name}`);
}

withPython('bytecode matches CPython 3.11', () => {
  const names = Object.keys(CORPUS);
  const refs = new Map(pyref(names.map((n) => CORPUS[n])).map((r, i) => [names[i], r]));

  test.each(names)('%s', (name) => {
    const ref = refs.get(name)!;
    expect(ref.code).toBeDefined();
    const ours = codeInfo(compileModule(ref.ast!, 'x.py', CORPUS[name]));
    expect(comparable(ours, ref.code!)).toEqual(ref.code);
  });
});

withPython('deliberate differences from 3.11', () => {
  test('a comprehension is called explicitly: PUSH_NULL, make function, iterator, CALL 1', () => {
    const f = codeInfo(child(compileSource('def f(xs):\n    return [x for x in xs]\n'), 'f'));
    expect(ops(f)).toEqual([
      'RESUME 0', 'PUSH_NULL', 'LOAD_CONST code:f.<locals>.<listcomp>', 'MAKE_FUNCTION 0',
      'LOAD_FAST xs', 'GET_ITER', 'CALL 1', 'RETURN_VALUE',
    ]);
  });

  test('a comprehension with a closure pushes the NULL before the closure tuple', () => {
    const f = codeInfo(child(compileSource('def f(n):\n    return [x + n for x in ()]\n'), 'f'));
    expect(ops(f).slice(2, 7)).toEqual([
      'PUSH_NULL', 'LOAD_CLOSURE n', 'BUILD_TUPLE 1', 'LOAD_CONST code:f.<locals>.<listcomp>', 'MAKE_FUNCTION 8',
    ]);
  });

  test('a lone *args is copied into a tuple for CALL_FUNCTION_EX', () => {
    const m = codeInfo(compileSource('f(*a)\n'));
    expect(ops(m).slice(1, 8)).toEqual([
      'PUSH_NULL', 'LOAD_NAME f', 'BUILD_LIST 0', 'LOAD_NAME a', 'LIST_EXTEND 1', 'LIST_TO_TUPLE', 'CALL_FUNCTION_EX 0',
    ]);
    const k = codeInfo(compileSource('f(*a, **k)\n'));
    expect(ops(k)).toContain('LIST_TO_TUPLE');
    expect(ops(k)).toContain('CALL_FUNCTION_EX 1');
  });

  test('constant sets load a tuple (CodeSpec has no frozenset)', () => {
    const m = codeInfo(compileSource('s = {1, 2, 3}\nt = x in {4, 5, 6}\n'));
    expect(ops(m)).toEqual([
      'RESUME 0', 'BUILD_SET 0', 'LOAD_CONST (int:1,int:2,int:3)', 'SET_UPDATE 1', 'STORE_NAME s',
      'LOAD_NAME x', 'BUILD_SET 0', 'LOAD_CONST (int:4,int:5,int:6)', 'SET_UPDATE 1', 'CONTAINS_OP 0', 'STORE_NAME t',
      'LOAD_CONST None', 'RETURN_VALUE',
    ]);
  });

  test('assert with a message keeps 3.11\'s [AssertionError, msg] CALL 0', () => {
    const m = codeInfo(compileSource('assert x, "m"\n'));
    expect(ops(m).slice(1, 7)).toEqual([
      'LOAD_NAME x', 'POP_JUMP_IF_TRUE', 'LOAD_ASSERTION_ERROR', 'LOAD_CONST str:6d', 'CALL 0', 'RAISE_VARARGS 1',
    ]);
  });
});

describe('code object fields', () => {
  const needPython = pythonAvailable() ? test : test.skip;

  needPython('module, generator and nested flags', () => {
    const m = compileSource('def g():\n    yield 1\ndef f(*a, **k):\n    def h():\n        return a\n    return h\n');
    expect(m.flags).toBe(0);
    expect(child(m, 'g').flags).toBe(0x01 | 0x02 | 0x20);
    expect(child(m, 'f').flags).toBe(0x01 | 0x02 | 0x04 | 0x08);
    expect(child(m, 'h').flags).toBe(0x01 | 0x02 | 0x10);
  });

  needPython('a generator starts with RETURN_GENERATOR, POP_TOP, RESUME 0', () => {
    const g = child(compileSource('def g(x):\n    def k():\n        return x\n    yield k\n'), 'g');
    expect(Array.from(g.code.slice(0, 8))).toEqual([
      Op.MAKE_CELL, 0, Op.RETURN_GENERATOR, 0, Op.POP_TOP, 0, Op.RESUME, 0,
    ]);
    const k = child(compileSource('def g(x):\n    def k():\n        return x\n    yield k\n'), 'k');
    expect(Array.from(k.code.slice(0, 4))).toEqual([Op.COPY_FREE_VARS, 1, Op.RESUME, 0]);
  });

  needPython('one line per code unit, -1 only for the prologue', () => {
    const f = child(compileSource('def f(a):\n    def g():\n        return a\n    return g\n'), 'f');
    expect(f.lines.length).toBe(f.code.length / 2);
    expect(Array.from(f.lines)).toEqual([-1, 1, 2, 2, 2, 2, 2, 4, 4]);
  });

  needPython('localsplus: parameters, locals, cells, then free variables', () => {
    const src = 'def f(p, q):\n    r = 1\n    c = 2\n    def g():\n        nonlocal c\n        return p, c, z\n    return g\nz = 0\n';
    const f = child(compileSource(src), 'f');
    expect(f.localsplusNames).toEqual(['p', 'q', 'r', 'g', 'c']);
    expect(f.localsplusKinds).toEqual([0x20 | 0x40, 0x20, 0x20, 0x20, 0x40]);
    const g = child(compileSource(src), 'g');
    expect(g.localsplusNames).toEqual(['c', 'p']);
    expect(g.localsplusKinds).toEqual([0x80, 0x80]);
    expect(g.names).toEqual(['z']);
  });

  needPython('EXTENDED_ARG prefixes wide arguments', () => {
    const src = Array.from({ length: 300 }, (_, i) => `a${i} = ${i}\n`).join('');
    const m = compileSource(src);
    const stores: number[] = [];
    for (let k = 0; k < m.code.length; k += 2) {
      if (m.code[k] !== Op.STORE_NAME) continue;
      const wide = k >= 2 && m.code[k - 2] === Op.EXTENDED_ARG;
      stores.push((wide ? m.code[k - 1] << 8 : 0) | m.code[k + 1]);
    }
    expect(stores).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(m.lines.length).toBe(m.code.length / 2);
  });

  needPython('the docstring is the first constant of a function, None when absent', () => {
    const m = compileSource('def f():\n    "doc"\n    return 1\ndef g():\n    return 1\n');
    expect(child(m, 'f').consts.slice(0, 2)).toEqual([{ type: 'str', value: 'doc' }, { type: 'int', value: 1n }]);
    expect(child(m, 'g').consts[0]).toEqual({ type: 'None' });
  });

  needPython('qualnames', () => {
    const m = compileSource('class C:\n    def m(self):\n        def inner():\n            return lambda: [x for x in ()]\n        return inner\n');
    expect(child(m, 'C').qualname).toBe('C');
    expect(child(m, 'm').qualname).toBe('C.m');
    expect(child(m, 'inner').qualname).toBe('C.m.<locals>.inner');
    expect(child(m, '<lambda>').qualname).toBe('C.m.<locals>.inner.<locals>.<lambda>');
    expect(child(m, '<listcomp>').qualname).toBe('C.m.<locals>.inner.<locals>.<lambda>.<locals>.<listcomp>');
  });

  needPython('an AST built without CPython compiles too', () => {
    expect(compileModule(astOf('x = 1\n'), 'y.py').filename).toBe('y.py');
  });
});
