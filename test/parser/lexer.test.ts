// lexer.test.ts - grammar/lexer.ts on its own: layout tokens, bracket joins, literals, positions, errors.
// Must never: go through the grammar; every expectation here is about the token stream.

import { PyToken, StringPayload, tokenize } from '../../grammar/lexer';
import { PySyntaxError } from '../../src/syntax_error';

/** "Name(x) Assign Number(1) Newline ..." - images only for names, numbers and strings. */
function shape(src: string): string {
  return tokenize(src, 't.py').tokens.map((t) => {
    const name = t.tokenType.name;
    return ['Name', 'Number', 'String'].includes(name) || name.startsWith('Kw') ? `${name}(${t.image})` : name;
  }).join(' ');
}

function tokens(src: string): PyToken[] {
  return tokenize(src, 't.py').tokens;
}

function lexError(src: string): Pick<PySyntaxError, 'kind' | 'msg' | 'line' | 'offset' | 'text'> {
  try {
    tokenize(src, 't.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return { kind: e.kind, msg: e.msg, line: e.line, offset: e.offset, text: e.text };
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

describe('indentation', () => {
  test('INDENT and DEDENT around a block, NEWLINE at each logical line end', () => {
    expect(shape('if x:\n    y\nz\n')).toBe('KwIf(if) Name(x) Colon Newline Indent Name(y) Newline Dedent Name(z) Newline Endmarker');
  });

  test('several DEDENTs at once, and the rest at end of input', () => {
    expect(shape('a:\n b:\n  c\nd\n')).toBe(
      'Name(a) Colon Newline Indent Name(b) Colon Newline Indent Name(c) Newline Dedent Dedent Name(d) Newline Endmarker');
    expect(shape('a:\n b:\n  c\n')).toBe('Name(a) Colon Newline Indent Name(b) Colon Newline Indent Name(c) Newline Dedent Dedent Endmarker');
  });

  test('blank lines and comment lines change nothing, whatever their indentation', () => {
    expect(shape('if x:\n\n  # c\n    y\n      \n# d\nz\n')).toBe(shape('if x:\n    y\nz\n'));
  });

  test('tabs count to the next multiple of 8 columns, consistently with spaces', () => {
    expect(shape('if x:\n\tif y:\n\t    z\n')).toBe(
      'KwIf(if) Name(x) Colon Newline Indent KwIf(if) Name(y) Colon Newline Indent Name(z) Newline Dedent Dedent Endmarker');
  });

  test('a missing final newline is supplied', () => {
    expect(shape('x')).toBe('Name(x) Newline Endmarker');
    expect(shape('')).toBe('Endmarker');
  });

  test('CRLF and CR line ends are normalised', () => {
    expect(shape('a\r\nb\rc')).toBe('Name(a) Newline Name(b) Newline Name(c) Newline Endmarker');
  });

  test('inconsistent dedent is an IndentationError at the end of the line', () => {
    expect(lexError('if x:\n    a\n  b\n')).toEqual({
      kind: 'IndentationError', msg: 'unindent does not match any outer indentation level', line: 3, offset: 4, text: '  b',
    });
  });

  test('tabs and spaces that only agree at one tab size are a TabError', () => {
    expect(lexError('if x:\n\tpass\n        pass\n')).toMatchObject({ kind: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation', line: 3 });
  });

  test('every call keeps its own state', () => {
    const first = shape('if a:\n  if b:\n    c\n');
    tokenize('x = (\n', 't.py');
    expect(() => tokenize('if a:\n  b\n c\n', 't.py')).toThrow(PySyntaxError);
    expect(shape('if a:\n  if b:\n    c\n')).toBe(first);
  });
});

describe('line joining', () => {
  test('no NEWLINE or indentation inside brackets', () => {
    expect(shape('x = (1,\n      2,\n  3)\n')).toBe('Name(x) Assign LParen Number(1) Comma Number(2) Comma Number(3) RParen Newline Endmarker');
    expect(shape('f([\n{\n}\n])\n')).toBe('Name(f) LParen LBrack LBrace RBrace RBrack RParen Newline Endmarker');
  });

  test('backslash continuation joins lines', () => {
    expect(shape('x = 1 + \\\n    2\n')).toBe('Name(x) Assign Number(1) Plus Number(2) Newline Endmarker');
  });

  test('input ending inside brackets stops the stream and says where the bracket opened', () => {
    const r = tokenize('x = [1,\n  (2\n', 't.py');
    expect(r.truncated).toEqual({ kind: 'bracket', char: '(', line: 2, col: 2 });
    expect(r.tokens[r.tokens.length - 1].tokenType.name).toBe('Endmarker');
  });

  test('a backslash on the last line truncates the stream', () => {
    expect(tokenize('x = 1 + \\\n', 't.py').truncated).toEqual({ kind: 'eof', line: 1, col: 9 });
  });

  test('closing brackets are checked against the opening ones', () => {
    expect(lexError('x = )\n')).toMatchObject({ msg: "unmatched ')'", line: 1, offset: 5 });
    expect(lexError('x = (]\n')).toMatchObject({ msg: "closing parenthesis ']' does not match opening parenthesis '('", line: 1, offset: 6 });
    expect(lexError('x = (\n]\n')).toMatchObject({ msg: "closing parenthesis ']' does not match opening parenthesis '(' on line 1", line: 2, offset: 1 });
  });

  test('a backslash followed by anything but a newline', () => {
    expect(lexError('x = 1 \\ 2\n')).toMatchObject({ msg: 'unexpected character after line continuation character', line: 1, offset: 8 });
  });
});

describe('positions', () => {
  test('columns are 0-based, end columns exclusive, NEWLINE is zero-width at the line end', () => {
    const [x, assign, one, newline] = tokens('x = 10\n');
    expect([x.startLine, x.startColumn, x.endColumn]).toEqual([1, 0, 1]);
    expect([assign.startColumn, assign.endColumn]).toEqual([2, 3]);
    expect([one.startColumn, one.endColumn, one.startOffset, one.endOffset]).toEqual([4, 6, 4, 5]);
    expect([newline.startLine, newline.startColumn, newline.endColumn]).toEqual([1, 6, 6]);
  });

  test('a triple-quoted string ends on its last line', () => {
    const [, , s] = tokens('x = """a\nbc"""\n');
    expect([s.startLine, s.startColumn, s.endLine, s.endColumn]).toEqual([1, 4, 2, 5]);
  });

  test('INDENT sits at the first character of its line, end-of-input tokens after the last line', () => {
    const toks = tokens('if x:\n   y\n');
    const indent = toks.find((t) => t.tokenType.name === 'Indent')!;
    expect([indent.startLine, indent.startColumn]).toEqual([2, 3]);
    const end = toks[toks.length - 1];
    expect([end.tokenType.name, end.startLine, end.startColumn]).toEqual(['Endmarker', 2, 4]);
  });
});

describe('names and keywords', () => {
  test('keywords are their own tokens; soft keywords and near-keywords are names', () => {
    expect(shape('if iff match _ None none\n')).toBe('KwIf(if) Name(iff) Name(match) Name(_) KwNone(None) Name(none) Newline Endmarker');
  });

  test('non-ASCII identifiers are NFKC-normalised', () => {
    expect(tokens('ﬁ = é\n')[0].image).toBe('fi');
  });

  test('characters that cannot start a token', () => {
    expect(lexError('x = € \n')).toMatchObject({ msg: "invalid character '€' (U+20AC)", line: 1, offset: 5 });
    expect(lexError('x = \u00a0\n')).toMatchObject({ msg: 'invalid non-printable character U+00A0', offset: 5 });
    expect(shape('a $ b\n')).toBe('Name(a) ErrorToken Name(b) Newline Endmarker');
  });
});

describe('numbers', () => {
  const value = (src: string): unknown => tokens(src)[0].payload;

  test('integers of every base, with underscores, as bigint', () => {
    expect(value('0')).toEqual({ type: 'int', value: 0n });
    expect(value('1_000')).toEqual({ type: 'int', value: 1000n });
    expect(value('0x_Ff')).toEqual({ type: 'int', value: 255n });
    expect(value('0o17')).toEqual({ type: 'int', value: 15n });
    expect(value('0b1_01')).toEqual({ type: 'int', value: 5n });
    expect(value('123456789012345678901234567890')).toEqual({ type: 'int', value: 123456789012345678901234567890n });
  });

  test('floats and imaginary numbers', () => {
    expect(value('1.5')).toEqual({ type: 'float', value: 1.5 });
    expect(value('.5')).toEqual({ type: 'float', value: 0.5 });
    expect(value('1.')).toEqual({ type: 'float', value: 1 });
    expect(value('1e-3')).toEqual({ type: 'float', value: 0.001 });
    expect(value('1_0.0_1E+1_0')).toEqual({ type: 'float', value: 10.01e10 });
    expect(value('1e400')).toEqual({ type: 'float', value: Infinity });
    expect(value('2j')).toEqual({ type: 'complex', imag: 2 });
    expect(value('1.5e1J')).toEqual({ type: 'complex', imag: 15 });
  });

  test('a number may touch the keywords that can follow it', () => {
    expect(shape('1if x else 2')).toBe('Number(1) KwIf(if) Name(x) KwElse(else) Number(2) Newline Endmarker');
    expect(shape('1or 2')).toBe('Number(1) KwOr(or) Number(2) Newline Endmarker');
  });

  test.each([
    ['x = 1abc', 'invalid decimal literal', 5],
    ['x = 1__0', 'invalid decimal literal', 6],
    ['x = 1_', 'invalid decimal literal', 6],
    ['x = 1e', 'invalid decimal literal', 5],
    ['x = 5.x', 'invalid decimal literal', 6],
    ['x = 0x', 'invalid hexadecimal literal', 6],
    ['x = 0xfg', 'invalid hexadecimal literal', 7],
    ['x = 0o8', "invalid digit '8' in octal literal", 7],
    ['x = 0b2', "invalid digit '2' in binary literal", 7],
    ['x = 1jx', 'invalid imaginary literal', 6],
    ['x = 012', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 5],
  ])('%j: %s', (src, msg, offset) => {
    expect(lexError(src + '\n')).toMatchObject({ kind: 'SyntaxError', msg, line: 1, offset });
  });
});

describe('strings', () => {
  const payload = (src: string): StringPayload => tokens(src)[0].payload as StringPayload;

  test('prefixes, in any case and order', () => {
    expect(payload("rB'\\n'")).toMatchObject({ prefix: 'rb', isBytes: true, isRaw: true, isFormat: false });
    expect(payload("Fr'x'")).toMatchObject({ prefix: 'fr', isFormat: true, isRaw: true, value: null, body: 'x' });
    expect(payload("u'x'")).toMatchObject({ prefix: 'u', value: 'x' });
    expect(shape("ub'x'")).toBe("Name(ub) String('x') Newline Endmarker");
  });

  test('escapes are decoded; unknown ones keep their backslash', () => {
    expect(payload(String.raw`'\n\t\\\'\"\a\x41\u00e9\U0001F600\101\0\q'`).value).toBe('\n\t\\\'"\x07A\u00e9\u{1F600}A\0\\q');
    expect(payload("'a\\\nb'").value).toBe('ab');
    expect(payload(String.raw`r'\n\''`).value).toBe(String.raw`\n\'`);
  });

  test('bytes decode to Uint8Array', () => {
    expect(payload(String.raw`b'A\x00\xff\n\u'`).value).toEqual(Uint8Array.from([65, 0, 255, 10, 92, 117]));
  });

  test('triple quotes may span lines and contain lone quotes', () => {
    expect(payload(`'''a\n'b''\nc'''`).value).toBe("a\n'b''\nc");
  });

  test('unterminated literals', () => {
    expect(lexError("x = 'abc\ny\n")).toMatchObject({ msg: 'unterminated string literal (detected at line 1)', line: 1, offset: 5, text: "x = 'abc" });
    expect(lexError('x = b"abc')).toMatchObject({ msg: 'unterminated string literal (detected at line 1)', offset: 5 });
    expect(lexError('s = """abc\n\ndef\n')).toMatchObject({ msg: 'unterminated triple-quoted string literal (detected at line 3)', line: 1, offset: 5 });
  });

  test('decoding errors', () => {
    expect(lexError("x = '\\x4'\n")).toMatchObject({
      msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", offset: 10,
    });
    expect(lexError("x = b'é'\n")).toMatchObject({ msg: 'bytes can only contain ASCII literal characters', offset: 5 });
  });
});
