// errors.test.ts - compile-time SyntaxErrors: for each, CPython 3.11 must raise the same message
// at the same line and column (and end column, on one line) when compiling the same AST.

import { compileModule } from '../../src/compiler/compile';
import { formatSyntaxError, PySyntaxError } from '../../src/syntax_error';
import { pythonAvailable, pyref } from './harness';

const CASES: Record<string, string> = {
  returnAtModule: 'return 1\n',
  returnInClass: 'class C:\n    return\n',
  breakOutsideLoop: 'break\n',
  breakInNestedDef: 'for x in y:\n    def f():\n        break\n',
  continueOutsideLoop: 'if x:\n    continue\n',
  continueInClassInLoop: 'while x:\n    class C:\n        continue\n',
  yieldAtModule: 'yield 1\n',
  yieldInClass: 'class C:\n    x = yield\n',
  yieldFromAtModule: 'x = yield from y\n',
  awaitAtModule: 'await x\n',
  awaitInDef: 'def f():\n    await x\n',
  awaitInLambda: 'f = lambda: await x\n',
  starredTarget: '*a = 1\n',
  starredForTarget: 'for *a in b: pass\n',
  multipleStarred: 'a, *b, *c = d\n',
  multipleStarredList: 'def f():\n    [a, *b, c, *d] = e\n',
  tooManyBeforeStar: `${Array.from({ length: 300 }, (_, i) => `a${i}`).join(', ')}, *z = w\n`,
  starredExpression: 'x = *a\n',
  duplicateArgument: 'def f(a, b, a): pass\n',
  duplicateArgumentLambda: 'lambda x, x: 0\n',
  duplicateKwonly: 'def f(a, *, a): pass\n',
  duplicateVararg: 'def f(a, *a): pass\n',
  usedBeforeGlobal: 'def f():\n    print(x)\n    global x\n',
  assignedBeforeGlobal: 'def f():\n    x = 1\n    global x\n',
  parameterAndGlobal: 'def f(x):\n    global x\n',
  parameterAndNonlocal: 'def f(x):\n    nonlocal x\n',
  usedBeforeNonlocal: 'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n',
  noBindingForNonlocal: 'def f():\n    nonlocal x\n',
  noBindingInClass: 'class C:\n    nonlocal x\n',
  nonlocalAtModule: 'nonlocal x\n',
  nonlocalAndGlobal: 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
  annotatedGlobal: 'def f():\n    global x\n    x: int = 1\n',
  keywordRepeated: 'f(x=1, x=2)\n',
  keywordRepeatedMethod: 'o.f(x=1, y=2, x=3)\n',
  keywordRepeatedClass: 'class C(a=1, a=2): pass\n',
  yieldInListComp: '[(yield x) for x in y]\n',
  yieldInSetComp: 'def f():\n    return {(yield) for x in y}\n',
  yieldInDictComp: 'def f():\n    return {x: (yield) for x in y}\n',
  yieldInGenExp: 'def f():\n    return ((yield x) for x in y)\n',
  importStarInFunction: 'def f():\n    from m import *\n',
  walrusRebindsIterVar: '[i := 0 for i in range(3)]\n',
  walrusInIterable: '[x for x in (y := [1])]\n',
  walrusInClassComprehension: 'class C:\n    [(z := x) for x in y]\n',
  walrusInnerLoopConflict: 'def f():\n    [(j := 0) for i in range(3) for j in range(i)]\n',
  defaultExceptNotLast: 'try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n',
  assignDebug: '__debug__ = 1\n',
  keywordDebug: 'f(__debug__=1)\n',
  attributeDebug: 'a.__debug__ = 1\n',
  deleteDebug: 'del __debug__\n',
  augAssignDebug: 'def f():\n    __debug__ += 1\n',
  lateFutureImport: 'x = 1\nfrom __future__ import annotations\n',
  unknownFuture: 'from __future__ import spam\n',
  braces: 'from __future__ import braces\n',
  yieldInStringAnnotation: 'from __future__ import annotations\nx: (yield)\n',
  walrusInStringAnnotation: 'from __future__ import annotations\ndef f(a: (b := 1)): pass\n',
  awaitInStringReturnAnnotation: 'from __future__ import annotations\ndef f() -> (await x): pass\n',
  asyncComprehension: 'def f():\n    return [x async for x in y]\n',
  tooManyNestedBlocks: `${Array.from({ length: 21 }, (_, i) => `${'    '.repeat(i)}for x${i} in y:\n`).join('')}${'    '.repeat(21)}pass\n`,
};

function ourError(src: string, ast: Parameters<typeof compileModule>[0]): PySyntaxError {
  try {
    compileModule(ast, 'x.py', src);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('compiled without error');
}

(pythonAvailable() ? describe : describe.skip)('compile-time SyntaxErrors as CPython reports them', () => {
  const names = Object.keys(CASES);
  const refs = pyref(names.map((n) => CASES[n]));

  test.each(names.map((n, i) => [n, i] as const))('%s', (name, i) => {
    const ref = refs[i];
    expect(ref.parseError).toBeUndefined();
    expect(ref.compileError).toBeDefined();
    const e = ourError(CASES[name], ref.ast!);
    const want = ref.compileError!;
    expect(e.kind).toBe('SyntaxError');
    expect(e.msg).toBe(want.msg);
    expect(e.line).toBe(want.line);
    expect(e.offset).toBe(want.offset);
    if (want.endLine === want.line && want.endOffset !== null) expect(e.endOffset).toBe(want.endOffset);
  });

  test('the error quotes the source line', () => {
    const src = 'def f():\n    pass\nreturn 5\n';
    const [ref] = pyref([src]);
    const e = ourError(src, ref.ast!);
    expect(formatSyntaxError(e)).toBe([
      '  File "x.py", line 3',
      '    return 5',
      '    ^^^^^^^^',
      "SyntaxError: 'return' outside function",
      '',
    ].join('\n'));
  });

  test('without the source text the error still carries its position', () => {
    const [ref] = pyref(['x = 1\nbreak\n']);
    try {
      compileModule(ref.ast!, 'x.py');
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(PySyntaxError);
      expect([(e as PySyntaxError).line, (e as PySyntaxError).text]).toEqual([2, '']);
    }
  });

  test('an imaginary literal is no syntax error: it compiles to a call of complex()', () => {
    const [ref] = pyref(['x = 2.5j\n']);
    const code = compileModule(ref.ast!, 'x.py');
    expect(code.names).toContain('complex');
    expect(code.consts).toContainEqual({ type: 'float', value: 2.5 });
  });
});
