// errors.test.ts - syntax errors: the messages and positions the compiler's users will see, written
// out (cpython.test.ts checks many more against CPython), pygil's deliberate differences, and a fuzz
// check that nothing but a PySyntaxError ever escapes.
// Must never: list a message here that was not checked against python3 (3.11).

import { parse, PySyntaxError } from '../../src/parser';
import { VALID } from './corpus';

interface Reported {
  kind: string;
  msg: string;
  line: number;
  offset: number;
}

function error(src: string): Reported & { endOffset: number; text: string } {
  try {
    parse(src, 't.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return { kind: e.kind, msg: e.msg, line: e.line, offset: e.offset, endOffset: e.endOffset, text: e.text };
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

// Each row was checked against `python3 -c "import ast; ast.parse(src)"` (CPython 3.11).
const CASES: [string, string, Reported][] = [
  ['generic', 'a b\n', { kind: 'SyntaxError', msg: 'invalid syntax', line: 1, offset: 3 }],
  ['missing colon', 'if x\n  pass\n', { kind: 'SyntaxError', msg: "expected ':'", line: 1, offset: 5 }],
  ['missing colon after def', 'def f() x:\n  pass\n', { kind: 'SyntaxError', msg: "expected ':'", line: 1, offset: 9 }],
  ['unexpected indent', 'x = 1\n    y = 2\n', { kind: 'IndentationError', msg: 'unexpected indent', line: 2, offset: 4 }],
  ['no indented block', 'x = 1\n\nif x:\npass\n', { kind: 'IndentationError', msg: "expected an indented block after 'if' statement on line 3", line: 4, offset: 1 }],
  ['no block after def at EOF', 'def f():', { kind: 'IndentationError', msg: 'expected an indented block after function definition on line 1', line: 1, offset: 9 }],
  ['no block after else', 'for x in y:\n  pass\nelse:\npass\n', { kind: 'IndentationError', msg: "expected an indented block after 'else' statement on line 3", line: 4, offset: 1 }],
  ['bad dedent', 'if True:\n    x = 1\n  y = 2\n', { kind: 'IndentationError', msg: 'unindent does not match any outer indentation level', line: 3, offset: 8 }],
  ['unterminated string', "x = 'abc\n", { kind: 'SyntaxError', msg: 'unterminated string literal (detected at line 1)', line: 1, offset: 5 }],
  ['unterminated triple-quoted', 'x = 1\ns = """abc\n\ndef\n', { kind: 'SyntaxError', msg: 'unterminated triple-quoted string literal (detected at line 4)', line: 2, offset: 5 }],
  ['never closed', 'x = (1 +\ny = 2\n', { kind: 'SyntaxError', msg: "'(' was never closed", line: 1, offset: 5 }],
  ['never closed at EOF', 'foo(a, [1,\n', { kind: 'SyntaxError', msg: "'[' was never closed", line: 1, offset: 8 }],
  ['unmatched', 'x = )\n', { kind: 'SyntaxError', msg: "unmatched ')'", line: 1, offset: 5 }],
  ['mismatched', 'x = (]\n', { kind: 'SyntaxError', msg: "closing parenthesis ']' does not match opening parenthesis '('", line: 1, offset: 6 }],
  ['invalid decimal literal', 'x = 1abc\n', { kind: 'SyntaxError', msg: 'invalid decimal literal', line: 1, offset: 5 }],
  ['print statement', "print 'hello'\n", { kind: 'SyntaxError', msg: "Missing parentheses in call to 'print'. Did you mean print(...)?", line: 1, offset: 1 }],
  ['unexpected EOF', 'x = 1 + \\\n', { kind: 'SyntaxError', msg: 'unexpected EOF while parsing', line: 1, offset: 10 }],
  ['assign to literal', '1 = x\n', { kind: 'SyntaxError', msg: "cannot assign to literal here. Maybe you meant '==' instead of '='?", line: 1, offset: 1 }],
  ['assign to literal in tuple', '(a, 1) = x\n', { kind: 'SyntaxError', msg: 'cannot assign to literal', line: 1, offset: 5 }],
  ['assign to call', 'x = f() = 1\n', { kind: 'SyntaxError', msg: 'cannot assign to function call', line: 1, offset: 5 }],
  ['delete call', 'del f()\n', { kind: 'SyntaxError', msg: 'cannot delete function call', line: 1, offset: 5 }],
  ['for target', 'for 1 in x: pass\n', { kind: 'SyntaxError', msg: 'cannot assign to literal', line: 1, offset: 5 }],
  ['augmented target', 'a, b += 1\n', { kind: 'SyntaxError', msg: "'tuple' is an illegal expression for augmented assignment", line: 1, offset: 1 }],
  ['forgotten comma', 'x = [1, 2 3]\n', { kind: 'SyntaxError', msg: 'invalid syntax. Perhaps you forgot a comma?', line: 1, offset: 9 }],
  ['keyword expression', 'f(a.b=1)\n', { kind: 'SyntaxError', msg: 'expression cannot contain assignment, perhaps you meant "=="?', line: 1, offset: 3 }],
  ['positional after keyword', 'f(a=1, b)\n', { kind: 'SyntaxError', msg: 'positional argument follows keyword argument', line: 1, offset: 9 }],
  ['unparenthesised generator', 'f(x for x in y, 1)\n', { kind: 'SyntaxError', msg: 'Generator expression must be parenthesized', line: 1, offset: 3 }],
  ['default order', 'def f(a=1, b): pass\n', { kind: 'SyntaxError', msg: 'non-default argument follows default argument', line: 1, offset: 12 }],
  ['bare star', 'def f(*): pass\n', { kind: 'SyntaxError', msg: 'named arguments must follow bare *', line: 1, offset: 7 }],
  ['ternary without else', 'x = 1 if y\n', { kind: 'SyntaxError', msg: "expected 'else' after 'if' expression", line: 1, offset: 5 }],
  ['try alone', 'try:\n  pass\nx = 1\n', { kind: 'SyntaxError', msg: "expected 'except' or 'finally' block", line: 3, offset: 1 }],
  ['walrus target', '(a.b := 1)\n', { kind: 'SyntaxError', msg: 'cannot use assignment expressions with attribute', line: 1, offset: 2 }],
  ['= in a condition', 'if x = 1:\n  pass\n', { kind: 'SyntaxError', msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, offset: 4 }],
  ['tab mix', 'if x:\n\tpass\n        pass\n', { kind: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation', line: 3, offset: 1 }],
  ['f-string brace', "f'{'\n", { kind: 'SyntaxError', msg: "f-string: expecting '}'", line: 1, offset: 5 }],
  ['f-string single brace', "x = f'}'\n", { kind: 'SyntaxError', msg: "f-string: single '}' is not allowed", line: 1, offset: 9 }],
  ['mixed bytes', "x = 'a' b'c'\n", { kind: 'SyntaxError', msg: 'cannot mix bytes and nonbytes literals', line: 1, offset: 13 }],
];

describe('CPython 3.11 messages and positions', () => {
  test.each(CASES)('%s: %j', (_name, src, expected) => {
    expect(error(src)).toMatchObject(expected);
  });

  test('the error carries the offending line, without its newline', () => {
    expect(error('x = 1\nif x\n  pass\n').text).toBe('if x');
  });

  test('errors past the end of input point just past the last line', () => {
    expect(error('if x:\n\n\n')).toMatchObject({ line: 3, offset: 1, msg: "expected an indented block after 'if' statement on line 1" });
  });
});

describe('where pygil differs from CPython on purpose', () => {
  test('async and await are refused by name', () => {
    expect(error('async def f(): pass\n')).toMatchObject({ msg: "'async' is not supported by pygil", line: 1, offset: 1 });
    expect(error('x = await y\n')).toMatchObject({ msg: "'await' is not supported by pygil", offset: 5 });
  });

  test('match statements are refused by name (match stays usable as a name)', () => {
    expect(error('match x:\n  case 1: pass\n')).toMatchObject({ msg: 'match statements are not supported by pygil', line: 1, offset: 1 });
    expect(() => parse('match = re.match(p, s)\n', 't.py')).not.toThrow();
  });

  test('errors inside f-string fields point into the real source (CPython 3.11 points into "(field)")', () => {
    expect(error("x = 1\ny = f'{a b}'\n")).toMatchObject({ msg: 'f-string: invalid syntax. Perhaps you forgot a comma?', line: 2, offset: 8 });
    expect(error("f'{*x}'\n")).toMatchObject({ msg: 'f-string: cannot use starred expression here', line: 1, offset: 4 });
  });

  test('\\N{...} escapes are refused', () => {
    expect(error("x = '\\N{DASH}'\n").msg).toContain('\\N{...} escapes are not supported by pygil');
  });

  test('a leading byte-order mark is ignored, as when CPython reads a file', () => {
    expect(() => parse('\ufeffx = 1\n', 't.py')).not.toThrow();
  });
});

describe('only PySyntaxError escapes', () => {
  /** Deterministic pseudo-random numbers (a linear congruential generator). */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }
  const pieces = ['(', ')', '[', ']', '{', '}', ':', ',', '=', 'if ', 'else', 'for ', ' in ', 'lambda', '*', '**', '\n', '  ', '\t',
    '"', "'", '"""', 'f"{', '}', '\\', '#', '.', '1', 'x', 'def ', 'class ', 'return', 'yield', '@', ':=', '->', ';', 'not ', 'is '];

  test('on 3000 mutated programs', () => {
    const rnd = random(42);
    const programs = VALID.filter((s) => s.length > 4);
    for (let i = 0; i < 3000; i++) {
      let src = programs[Math.floor(rnd() * programs.length)];
      for (let edits = 1 + Math.floor(rnd() * 3); edits > 0; edits--) {
        const at = Math.floor(rnd() * (src.length + 1));
        const cut = rnd() < 0.5 ? Math.floor(rnd() * 4) : 0;
        const insert = rnd() < 0.7 ? pieces[Math.floor(rnd() * pieces.length)] : '';
        src = src.slice(0, at) + insert + src.slice(at + cut);
      }
      try {
        parse(src, 'fuzz.py');
      } catch (e) {
        if (!(e instanceof PySyntaxError) || e.msg.startsWith('internal parser error')) {
          throw new Error(`${JSON.stringify(src)} raised ${e instanceof Error ? e.stack : String(e)}`);
        }
        expect(e.line).toBeGreaterThanOrEqual(1);
      }
    }
  });

  test('on deeply nested input', () => {
    expect(error('x = ' + '('.repeat(250) + '1' + ')'.repeat(250) + '\n').msg).toBe('too many nested parentheses');
    expect(() => parse('x = ' + '-'.repeat(5000) + '1\n', 't.py')).not.toThrow(TypeError);
  });
});
