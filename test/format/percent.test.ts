// percent.test.ts - src/format/percent.ts against CPython's str % args: random conversions
// with matching and mismatching operands, tuples, single values and mappings, every error text.

import { FormatError } from '../../src/format/errors';
import { floatRepr } from '../../src/format/float';
import { PercentArg, percentFormat, PercentMapping, pBool, pFloat, pInt, pObject, pStr } from '../../src/format/percent';
import { Batch, D, F, floatCorpus, I, intCorpus, L, PyInt, Rng, T } from './oracle';

const r = new Rng(4242);
const b = new Batch();
const floats = floatCorpus(r, 300);
const ints = intCorpus(r, 300);
const strs = ['', 'a', 'abc', 'hello', 'é😀x', "it's", 'ǅ', '\t\n', 'x'.repeat(12), '😀', 'é'];

type Arg = { py: unknown; js: PercentArg };

function listArg(items: number[]): Arg {
  const text = '[' + items.join(', ') + ']';
  return { py: L(items.map((x) => I(x))), js: pObject('list', () => text, () => text) };
}

function randomArg(kind?: string): Arg {
  const k = kind ?? r.pick(['int', 'int', 'float', 'float', 'str', 'str', 'bool', 'none', 'list']);
  switch (k) {
    case 'int': {
      const x: PyInt = r.chance(0.7) ? r.int(-300, 300) : ints[r.int(0, ints.length - 1)];
      return { py: I(x), js: pInt(x) };
    }
    case 'char': {
      const x = r.pick([65, 0x263a, 0x1f600, 0, 0x10ffff, 0x110000, -1]);
      return { py: I(x), js: pInt(x) };
    }
    case 'float': {
      const x = r.chance(0.6) ? Math.round((r.next() - 0.5) * 1e6) / 100 : floats[r.int(0, floats.length - 1)];
      return { py: F(x), js: pFloat(x) };
    }
    case 'str': {
      const s = r.pick(strs);
      return { py: s, js: pStr(s) };
    }
    case 'bool': {
      const v = r.chance(0.5);
      return { py: v, js: pBool(v) };
    }
    case 'none':
      return { py: null, js: pObject('NoneType', () => 'None', () => 'None') };
    default:
      return listArg([r.int(0, 9), r.int(0, 9)]);
  }
}

const goodKind: Record<string, string[]> = {
  s: ['int', 'float', 'str', 'bool', 'none', 'list'],
  r: ['int', 'float', 'str', 'bool', 'none', 'list'],
  a: ['int', 'float', 'str', 'bool', 'none', 'list'],
  c: ['char', 'str'],
  d: ['int', 'float', 'bool'],
  i: ['int', 'float'],
  u: ['int'],
  o: ['int', 'bool'],
  x: ['int'],
  X: ['int'],
  e: ['float', 'int'],
  E: ['float'],
  f: ['float', 'int'],
  F: ['float'],
  g: ['float', 'int'],
  G: ['float'],
};

function randomConversion(withKey: boolean, args: Arg[], dict: Record<string, Arg>): string {
  let s = '%';
  if (withKey) s += '(' + r.pick(['a', 'b', 'c']) + ')';
  for (const f of ['-', '+', ' ', '#', '0']) if (r.chance(0.15)) s += f;
  if (r.chance(0.1)) {
    s += '*';
    const w = r.int(-12, 12);
    args.push({ py: I(w), js: pInt(w) });
  } else if (r.chance(0.5)) s += String(r.int(0, 15));
  if (r.chance(0.4)) {
    if (r.chance(0.15)) {
      s += '.*';
      const p = r.int(-3, 12);
      args.push({ py: I(p), js: pInt(p) });
    } else s += '.' + (r.chance(0.2) ? '' : String(r.int(0, 20)));
  }
  if (r.chance(0.05)) s += r.pick(['h', 'l', 'L']);
  const type = r.chance(0.03) ? r.pick(['y', 'ł', '😀', '\x7f', '%']) : r.pick(Object.keys(goodKind));
  s += type;
  const kinds = goodKind[type];
  const arg = kinds && r.chance(0.85) ? randomArg(r.pick(kinds)) : randomArg();
  if (withKey) {
    const key = s.slice(2, 3);
    dict[key] = arg;
  } else args.push(arg);
  return s;
}

function addCase(fmt: string, args: Arg[] | { dict: Record<string, Arg> } | Arg): void {
  let py: unknown;
  let js: PercentArg[] | PercentMapping;
  if (Array.isArray(args)) {
    py = T(args.map((a) => a.py));
    js = args.map((a) => a.js);
  } else if ('dict' in args) {
    const d = args.dict;
    const pyd: Record<string, unknown> = {};
    for (const k of Object.keys(d)) pyd[k] = d[k].py;
    py = D(pyd);
    const text = '{' + Object.keys(d).map((k) => `'${k}': ...`).join(', ') + '}';
    js = {
      self: pObject('dict', () => text, () => text),
      get: (key: string) => {
        if (!(key in d)) throw new FormatError('IndexError', `KeyError ${key}`);
        return d[key].js;
      },
    };
  } else {
    py = args.py;
    js = args.js.typeName === 'list' ? { self: args.js, get: listGet } : [args.js];
  }
  b.add('percent', ['percent', fmt, py], () => percentFormat(fmt, js));
}

function listGet(): PercentArg {
  throw new FormatError('TypeError', 'list indices must be integers or slices, not str');
}

for (let i = 0; i < 3000; i++) {
  const mode = r.pick(['tuple', 'tuple', 'tuple', 'single', 'dict']);
  const args: Arg[] = [];
  const dict: Record<string, Arg> = {};
  let fmt = r.chance(0.5) ? r.pick(['', 'x=', 'é ', '😀']) : '';
  const n = mode === 'single' ? 1 : r.int(1, 3);
  for (let j = 0; j < n; j++) {
    fmt += randomConversion(mode === 'dict', args, dict);
    if (r.chance(0.5)) fmt += r.pick([' ', ', ', '|', '%%', 'é']);
  }
  if (mode === 'tuple') {
    if (r.chance(0.05)) args.push(randomArg());
    if (r.chance(0.05)) args.pop();
    addCase(fmt, args);
  } else if (mode === 'single') {
    if (args.length === 1) addCase(fmt, args[0]);
    else addCase(fmt, args);
  } else addCase(fmt, { dict });
}

// hand-picked corners and errors
const one = (x: number): Arg => ({ py: I(x), js: pInt(x) });
const fl = (x: number): Arg => ({ py: F(x), js: pFloat(x) });
const st = (s: string): Arg => ({ py: s, js: pStr(s) });
const fixed: Array<[string, Arg[] | Arg | { dict: Record<string, Arg> }]> = [
  ['%s %s', [one(1)]], ['%s', []], ['abc', [one(1)]], ['abc', []], ['abc', one(5)], ['%(a)s', one(1)], ['%(a', { dict: {} }],
  ['%(a)', { dict: { a: one(1) } }], ['%', []], ['%y', [one(1)]], ['%y', []], ['%*d', [st('a'), one(1)]], ['%.*f', [fl(1.5), fl(2)]],
  ['%5%', []], ['%-5%', [one(1)]], ['%c', [fl(1.5)]], ['%c', [st('ab')]], ['%c', [st('😀')]], ['%c', [one(0x110000)]],
  ['%x', [fl(3)]], ['%d', [st('a')]], ['%f', [st('a')]], ['%d', [fl(NaN)]], ['%d', [fl(Infinity)]], ['%d', [fl(-3.7)]],
  ['%.3s|%5.1s|%-05d|%+05d|%#o|%#X|%#08x|%.3d|% d', [st('abcdef'), st('xyz'), one(3), one(3), one(8), one(255), one(255), one(-5), one(5)]],
  ['%(a)s %(b)d %%', { dict: { a: st('x'), b: one(2) } }], ['%(a)s %s', { dict: { a: one(1) } }], ['%s', listArg([1, 2])],
  ['abc', listArg([])], ['%(a)s', listArg([])], ['%a', [st('é😀')]], ['%r', [st("it's")]], ['%10.4e', [fl(12345.678)]],
  ['%#.0f|%#.0e|%#g|%g', [fl(2), fl(3), fl(1.5), fl(1e-5)]], ['%-#10x|', [one(255)]], ['%#-10X|', [one(-255)]],
  ['%0-10d|', [one(-42)]], ['% 010.2f', [fl(-3.14159)]], ['%+.0e', [fl(2.5)]], ['%5c|%-5c|', [one(65), st('é')]],
  ['%hd %ld %Lf', [one(1), one(2), fl(3)]], ['%.0s', [st('abc')]], ['%20s|', [st('😀é')]], ['%.2s', [st('😀é😀')]],
  ['%3s|%-3s|', [st('😀'), st('😀')]], ['%s', [one(-0)]], ['%i %u', [fl(2.9), one(-3)]], ['%o', [one(-8)]],
  ['%e', [one(10 ** 15)]], ['%f', [{ py: I(10n ** 400n), js: pInt(10n ** 400n) }]], ['%s', [{ py: I(10n ** 4300n), js: pInt(10n ** 4300n) }]],
  ['%.1000f', [fl(0.1)]], ['%010s|', [st('ab')]], ['%-010d|', [one(5)]], ['%#5o|', [one(8)]], ['%#05o|', [one(8)]],
  ['%#-5o|', [one(8)]], ['%+s', [st('a')]], ['% 5s', [st('a')]], ['%*s|', [one(-6), st('ab')]], ['%.*s|', [one(-2), st('ab')]],
  ['%s %s', [st('a'), st('b'), st('c')]], ['%(a)s %(a)r', { dict: { a: st('q') } }], ['%()s', { dict: { '': one(9) } }],
  ['%((a))s', { dict: { '(a)': one(9) } }], ['é%😀', [one(1)]], ['😀😀%ł', [one(1)]], ['ab%\x7f', [one(1)]],
];
for (const [fmt, args] of fixed) addCase(fmt, args);

beforeAll(() => b.run());

test(`percent formatting matches CPython (${b.count('percent')} cases)`, () => {
  expect(b.failures('percent', 25)).toEqual([]);
});

test('pInt/pFloat helpers and the lookup form', () => {
  expect(percentFormat('%s|%r|%5.2f', [pInt(3), pStr('x'), pFloat(3.14159)])).toBe("3|'x'| 3.14");
  expect(percentFormat('%(k)s', [pObject('dict', () => '{}', () => '{}')], () => pStr('v'))).toBe('v');
  expect(floatRepr(0.1)).toBe('0.1');
});
