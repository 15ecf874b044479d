// What pygil does not support must fail the way the README promises: with a Python exception
// (or a SyntaxError for syntax it does not parse) that names the feature, never a JS stack trace
// or an internal error.

import { run } from './run';

describe('unsupported features name themselves', () => {
  test('an imaginary literal raises NotImplementedError only when it runs', () => {
    const r = run([
      'def f():',
      '    return 1 + 2j',
      'print("defined")',
      'try:',
      '    f()',
      'except NotImplementedError as e:',
      '    print(type(e).__name__, e)',
    ].join('\n') + '\n');
    expect(r.stdout).toBe('defined\nNotImplementedError pygil does not support complex numbers (complex)\n');
    expect(r.status).toBe(0);
  });

  test.each([
    ['class A(int): pass', "TypeError: pygil does not support subclassing the built-in type 'int' yet"],
    ['class M(type): pass', "TypeError: pygil does not support subclassing the built-in type 'type' yet"],
    ['complex(1, 2)', 'NotImplementedError: pygil does not support complex numbers (complex)'],
    ['import tkinter', "ModuleNotFoundError: No module named 'tkinter'"],
  ])('%s', (src, message) => {
    const r = run(src + '\n');
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe(message);
    expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  test.each([
    ['async def f(): pass', "'async' is not supported by pygil"],
    ['match 1:\n    case 1: pass', 'match statements are not supported by pygil'],
  ])('%s is a SyntaxError naming it', (src, message) => {
    const r = run(src + '\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`SyntaxError: ${message}`);
  });
});
