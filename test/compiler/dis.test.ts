// dis.test.ts - the disassembler's layout against CPython 3.11's dis.dis: whole listings where
// the instructions are the same (no CACHE entries to shift offsets), listings with offsets set
// aside where they are not, a fixed golden listing, and constant reprs.

import { spawnSync } from 'child_process';
import { type CodeSpec, CoFlags } from '../../src/code';
import { constRepr, disassemble, floatRepr, getInstructions, strRepr } from '../../src/dis';
import { Op } from '../../src/opcodes';
import { compileSource, pythonAvailable, pyref } from './harness';

const needPython = pythonAvailable() ? test : test.skip;

/** Listing text with code addresses hidden and 3.11's jump names mapped to ours (same column widths). */
function normalise(listing: string): string {
  return listing
    .replace(/ at 0x[0-9a-f]+,/g, ' at 0xADDR,')
    .replace(/POP_JUMP_FORWARD_IF_(\w+) /g, (_, cond: string) => `${`POP_JUMP_IF_${cond}`.padEnd(20)} `);
}

const INVERSE: Record<string, string> = { TRUE: 'FALSE', FALSE: 'TRUE', NONE: 'NOT_NONE', NOT_NONE: 'NONE' };

/**
 * Listing lines without offsets, jump arguments (both shift with 3.11's caches) and PRECALL;
 * 3.11's backward conditional jump becomes our inverted forward jump over JUMP_BACKWARD.
 */
function withoutOffsets(listing: string): string[] {
  return normalise(listing).split('\n')
    .filter((l) => !/\bPRECALL\b/.test(l))
    .map((l) => l.replace(/^(.{3} {5}(?:>>| {2})) +\d+ /, '$1 OFFSET ')
      .replace(/(JUMP\w*|FOR_ITER|SEND)\s+\d+ \(to \d+\)/, '$1 (to ?)')
      .replace(/^ {2}\d+ to \d+ -> \d+ /, '  ? to ? -> ? '))
    .flatMap((l) => {
      const m = /^(.*)POP_JUMP_BACKWARD_IF_(\w+) \(to \?\)$/.exec(l);
      if (m === null) return [l];
      return [`${m[1]}POP_JUMP_IF_${INVERSE[m[2]]} (to ?)`, `${' '.repeat(10)} OFFSET JUMP_BACKWARD (to ?)`];
    });
}

const CACHE_FREE = `def f(a, b=1, *args, k=2, **kw):
    x = (a, b, -a, not b, ~a)
    y = {'p': a, 'q': b}
    z = [1, 2, 3]
    s = f"{a!r:>{b}} {b}"
    for i in args:
        x = i
    if a is None:
        return 1.5
    return x, y, z, s, kw
def g(n):
    def h():
        return n
    return h
def gen():
    yield 'a\\'b'
    yield b'\\x00"'
try:
    x = 1e16, 0.0001, -0.0, 1e-05, 123.456
except E:
    x = None
`;

describe('listing layout', () => {
  needPython('identical to python3 -m dis where the instructions are the same', () => {
    const [ref] = pyref([CACHE_FREE]);
    expect(normalise(disassemble(compileSource(CACHE_FREE)))).toBe(normalise(ref.dis!));
  });

  needPython('line numbers of 1000 and more widen the line column', () => {
    const src = `${'\n'.repeat(1200)}x = 1\ny = x\n`;
    const [ref] = pyref([src]);
    expect(normalise(disassemble(compileSource(src)))).toBe(normalise(ref.dis!));
  });

  needPython('the same lines as python3 -m dis apart from offsets, where 3.11 has caches', () => {
    const src = [
      'def f(a, b):',
      '    c = a + b * 2',
      '    if a < b:',
      '        print(a, sep=b)',
      '    while c:',
      '        c -= a.x',
      '    try:',
      '        return [a][0]',
      '    finally:',
      '        del a',
      '',
    ].join('\n');
    const [ref] = pyref([src]);
    expect(withoutOffsets(disassemble(compileSource(src)))).toEqual(withoutOffsets(ref.dis!));
  });

  needPython('golden listing', () => {
    const src = 'def f(a, b):\n    c = a + b\n    if c:\n        return -1\n    return c * 2\n';
    const code = compileSource(src);
    const f = code.consts.find((c) => c.type === 'code');
    expect(f?.type).toBe('code');
    const text = disassemble((f as { code: CodeSpec }).code, { address: () => '0x1' });
    expect(text).toBe([
      '  1           0 RESUME                   0',
      '',
      '  2           2 LOAD_FAST                0 (a)',
      '              4 LOAD_FAST                1 (b)',
      '              6 BINARY_OP                0 (+)',
      '              8 STORE_FAST               2 (c)',
      '',
      '  3          10 LOAD_FAST                2 (c)',
      '             12 POP_JUMP_IF_FALSE        2 (to 18)',
      '',
      '  4          14 LOAD_CONST               1 (-1)',
      '             16 RETURN_VALUE',
      '',
      '  5     >>   18 LOAD_FAST                2 (c)',
      '             20 LOAD_CONST               2 (2)',
      '             22 BINARY_OP                5 (*)',
      '             24 RETURN_VALUE',
      '',
    ].join('\n'));
  });
});

describe('instructions', () => {
  const spec = (code: number[], extra: Partial<CodeSpec> = {}): CodeSpec => ({
    name: 'm', qualname: 'm', filename: 'm.py', firstlineno: 1, argcount: 0, posonlyargcount: 0, kwonlyargcount: 0,
    flags: CoFlags.OPTIMIZED, code: Uint8Array.from(code), consts: [{ type: 'None' }], names: ['x'],
    localsplusNames: [], localsplusKinds: [], stacksize: 1, lines: new Int32Array(code.length / 2).fill(1),
    exceptionTable: [], ...extra,
  });

  test('EXTENDED_ARG is listed and folded into the next argument', () => {
    const ins = getInstructions(spec([Op.EXTENDED_ARG, 1, Op.UNPACK_EX, 1, Op.RETURN_VALUE, 0]));
    expect(ins.map((i) => [i.opname, i.arg])).toEqual([['EXTENDED_ARG', 1], ['UNPACK_EX', 257], ['RETURN_VALUE', null]]);
  });

  test('jump targets and exception targets are marked', () => {
    const code = spec([Op.NOP, 0, Op.JUMP_FORWARD, 1, Op.NOP, 0, Op.PUSH_EXC_INFO, 0, Op.RETURN_VALUE, 0], {
      exceptionTable: [{ start: 0, end: 2, target: 8, depth: 0, lasti: false }],
    });
    const text = disassemble(code);
    expect(text).toContain('>>    6 PUSH_EXC_INFO');
    expect(text).toContain('>>    8 RETURN_VALUE');
    expect(text).toContain('JUMP_FORWARD             1 (to 6)');
    expect(text).toContain('ExceptionTable:\n  0 to 0 -> 8 [0]\n');
  });

  test('LOAD_GLOBAL with the NULL bit, and a code without line numbers has no line column', () => {
    const code = spec([Op.LOAD_GLOBAL, 1, Op.RETURN_VALUE, 0], { lines: new Int32Array([-1, -1]) });
    const line = (offset: string, rest: string): string => ['   ', '  ', offset, rest].join(' ');
    expect(disassemble(code)).toBe(`${line('   0', 'LOAD_GLOBAL              1 (NULL + x)')}\n${line('   2', 'RETURN_VALUE')}\n`);
  });
});

describe('constant reprs', () => {
  const floats = [0, -0, 1, -1.5, 0.1, 1e16, 1e15, 123456789012345.6, 1e-4, 1e-5, 1.5e-7, 2.5e100, 5e-324,
    1.7976931348623157e308, Infinity, -Infinity, NaN, 1 / 3, 100, 12345678.9];
  const strings = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'nul\x00', 'bell\x07',
    'del\x7f', 'é', 'ÿ\xa0', '\u2028', '😀', '\ud800', 'back\\slash', '\u0085', 'ж', '\u200b'];

  needPython('floats and strings as Python repr()s them', () => {
    const script = 'import json,sys; v=json.load(sys.stdin); print(json.dumps([[repr(float(x)) for x in v[0]], [repr(s) for s in v[1]]]))';
    const fl = floats.map((x) => (Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : Object.is(x, -0) ? '-0.0' : x.toString()));
    const r = spawnSync('python3', ['-c', script], { input: JSON.stringify([fl, strings]), encoding: 'utf8' });
    const [wantFloats, wantStrings] = JSON.parse(r.stdout) as [string[], string[]];
    expect(floats.map(floatRepr)).toEqual(wantFloats);
    expect(strings.map(strRepr)).toEqual(wantStrings);
  });

  test('tuples, bytes, singletons, ints', () => {
    expect(constRepr({ type: 'tuple', items: [] })).toBe('()');
    expect(constRepr({ type: 'tuple', items: [{ type: 'int', value: 1n }] })).toBe('(1,)');
    expect(constRepr({ type: 'tuple', items: [{ type: 'str', value: 'a' }, { type: 'None' }, { type: 'Ellipsis' }] }))
      .toBe("('a', None, Ellipsis)");
    expect(constRepr({ type: 'bytes', value: Uint8Array.from([0x61, 0x27, 0x0a, 0xff]) })).toBe('b"a\'\\n\\xff"');
    expect(constRepr({ type: 'bool', value: false })).toBe('False');
    expect(constRepr({ type: 'int', value: -(2n ** 70n) })).toBe('-1180591620717411303424');
  });
});
