// intops.test.ts - src/format/intops.ts against CPython: int arithmetic, conversions, int()/float().

import * as N from '../../src/format/intops';
import { Batch, F, floatCorpus, I, intCorpus, norm, PyInt, Rng } from './oracle';

const r = new Rng(7);
const ints = intCorpus(r, 700);
const b = new Batch();

const pick = (): PyInt => ints[r.int(0, ints.length - 1)];
const pairs: Array<[PyInt, PyInt]> = [];
for (const a of [0, 1, -1, 7, -7, 2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 53n, -(2n ** 53n), 2n ** 64n + 3n]) {
  for (const c of [0, 1, -1, 3, -3, 2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 53n, 2n ** 100n + 1n]) pairs.push([a, c]);
}
for (let i = 0; i < 2500; i++) pairs.push([pick(), pick()]);

const binops: Array<[string, (a: PyInt, b: PyInt) => unknown]> = [
  ['add', N.add],
  ['sub', N.sub],
  ['mul', N.mul],
  ['floordiv', N.floordiv],
  ['mod', N.mod],
  ['divmod', N.divmod],
  ['truediv', N.truediv],
  ['and', N.and],
  ['or', N.or],
  ['xor', N.xor],
  ['cmp', N.compare],
];
for (const [a, c] of pairs) for (const [op, fn] of binops) b.add(op, [op, I(a), I(c)], () => fn(a, c));
for (const a of ints) {
  b.add('neg', ['neg', I(a)], () => N.neg(a));
  b.add('invert', ['invert', I(a)], () => N.invert(a));
  b.add('bit_length', ['bit_length', I(a)], () => N.bitLength(a));
  b.add('str', ['str', I(a)], () => N.intToStr(a));
  b.add('bin/oct/hex', ['bin', I(a)], () => N.intBin(a));
  b.add('bin/oct/hex', ['oct', I(a)], () => N.intOct(a));
  b.add('bin/oct/hex', ['hex', I(a)], () => N.intHex(a));
  b.add('float(int)', ['float', I(a)], () => N.intToFloat(a));
  for (const n of [r.int(-20, 3), r.int(-400, -1)]) b.add('round', ['round', I(a), I(n)], () => N.intRound(a, n));
  const sh = r.chance(0.2) ? r.int(0, 300) : r.int(0, 70);
  b.add('<<', ['lshift', I(a), I(sh)], () => N.lshift(a, sh));
  b.add('>>', ['rshift', I(a), I(sh)], () => N.rshift(a, sh));
}
for (const [a, sh] of [[1, -1], [0, 10n ** 30n], [5, 10n ** 30n], [-5, 10n ** 30n], [2n ** 70n, 10n ** 30n], [-(2n ** 70n), 1000]] as Array<[PyInt, PyInt]>) {
  b.add('<<', ['lshift', I(a), I(sh)], () => N.lshift(a, sh));
  b.add('>>', ['rshift', I(a), I(sh)], () => N.rshift(a, sh));
}
// huge and tiny quotients: overflow, subnormals, correct rounding
for (let i = 0; i < 300; i++) {
  const x = norm(r.bigint(1200));
  const y = norm(r.bigint(1200));
  b.add('truediv', ['truediv', I(x), I(y)], () => N.truediv(x, y));
}
for (const [x, y] of [[10n ** 400n, 1], [1, 10n ** 400n], [2n ** 1024n, 1], [2n ** 1024n - 2n ** 970n, 1], [2n ** 1024n - 2n ** 971n, 1], [1, 2n ** 1074n], [1, 2n ** 1075n], [3, 2n ** 1076n]] as Array<[PyInt, PyInt]>) {
  b.add('truediv', ['truediv', I(x), I(y)], () => N.truediv(x, y));
  b.add('float(int)', ['float', I(x)], () => N.intToFloat(x));
}
// pow: small exponents, negative exponents (float results), modular
for (let i = 0; i < 800; i++) {
  const a = r.chance(0.5) ? r.int(-50, 50) : pick();
  const e = r.chance(0.8) ? r.int(0, 40) : r.int(-5, -1);
  b.add('pow', ['pow', I(a), I(e)], () => N.pow(a, e));
  const m = r.chance(0.1) ? r.pick([0, 1, -1]) : r.chance(0.5) ? r.int(-1000, 1000) : pick();
  const e2 = r.chance(0.7) ? pick() : r.int(-3, 3);
  b.add('pow mod', ['pow', I(a), I(norm(BigInt(e2) < 0n ? BigInt(e2) : BigInt(e2))), I(m)], () => N.pow(a, e2, m));
}
for (const [a, e] of [[2, 100], [-2, 63], [10, 30], [0, 0], [0, -1], [2, -1], [-3, -3], [2n ** 2000n, -1], [7, 0], [-1, 10n ** 20n], [1, 10n ** 20n], [0, 10n ** 20n]] as Array<[PyInt, PyInt]>) {
  b.add('pow', ['pow', I(a), I(e)], () => N.pow(a, e));
}
for (const [a, e, m] of [[2, -1, 4], [3, -1, 7], [5, 0, -3], [0, 0, 1], [2, 3, 0], [-7, -1, 10], [2, 10n ** 30n, 10n ** 20n + 7n]] as Array<[PyInt, PyInt, PyInt]>) {
  b.add('pow mod', ['pow', I(a), I(e), I(m)], () => N.pow(a, e, m));
}
// int(str) limit, str(int) limit
b.add('str', ['str', I(10n ** 4300n)], () => N.intToStr(10n ** 4300n));
b.add('str', ['str', I(10n ** 4300n - 1n)], () => N.intToStr(10n ** 4300n - 1n));
b.add('str', ['str', I(-(10n ** 4300n - 1n))], () => N.intToStr(-(10n ** 4300n - 1n)));
for (const s of ['1'.repeat(4300), '1'.repeat(4301), '-' + '1'.repeat(4301), '1_'.repeat(4300) + '1', 'f'.repeat(5000), '1'.repeat(5000) + 'x']) {
  b.add('int(str)', ['int', s], () => N.intFromString(s));
  b.add('int(str, 16)', ['int', s, I(16)], () => N.intFromString(s, 16));
}

// int(str, base) strings
const intStrings = [
  '0', '-0', '+7', ' 42 ', '\t-17\n', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '0b', '0x', '0x_1f',
  '0x__1f', '010', '00', '0_0', '0_7', '007', '١٢٣', '٣x', '\u00a012\u2003', '\x1c5', '12\x00', 'abc', '', ' ', '-',
  '+', '1e5', '1.0', 'z', 'Z', 'zz', '9', '-0b1_0', '0B1', '0o8', '  0x ', 'ǅ', '١_٢', '１２', '𝟏𝟐', 'a'.repeat(300),
  "it's", '12\u00e9', '0xffffffffffffffffffffffffffff', '-99999999999999999999999', '9007199254740993',
];
const bases = [0, 2, 8, 10, 16, 36, 3, 7, 1, 37, -1];
for (const s of intStrings) for (const base of bases) b.add('int(str, base)', ['int', s, I(base)], () => N.intFromString(s, base));
for (let i = 0; i < 800; i++) {
  const base = r.pick([0, 2, 8, 10, 16, 36, 5]);
  const alphabet = '0123456789abcdefxoXOB_ -+zZ\t';
  let s = '';
  const len = r.int(1, 14);
  for (let j = 0; j < len; j++) s += alphabet[r.int(0, r.chance(0.7) ? 9 : alphabet.length - 1)];
  b.add('int(str, base)', ['int', s, I(base)], () => N.intFromString(s, base));
}
for (const a of ints) {
  const s = String(a);
  b.add('int(str)', ['int', s], () => N.intFromString(s));
}

// float(str)
const floatStrings = [
  '1', '-1', '+1.5', ' 1e3 ', '1_000.5', '1__0', '_1', '1_', '1_e5', '1e_5', '1.5_0', '.5', '5.', '.', 'e5', '1e', '1e+',
  'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'nan', '-NaN', 'nan1', 'infinit', 'infinityx', '', '   ', 'x',
  '0x10', '1e400', '-1e400', '1e-400', '2.5e-324', '1.7976931348623157e308', '1.7976931348623159e308', '١.٥', '1\u00a0',
  '\x1c1', '1\x00', "a'b", '0.1', '00012.50', '1e0001', '9'.repeat(400), '0.' + '0'.repeat(400) + '1', 'a'.repeat(300),
  '1,5', '1 5', '--1', '+-1', 'in f', 'i_nf',
];
for (const s of floatStrings) b.add('float(str)', ['float', s], () => N.floatFromString(s));
const fl = floatCorpus(r, 600);
for (const x of fl) {
  const s = r.chance(0.5) ? String(x) : x.toExponential(r.int(0, 20));
  b.add('float(str)', ['float', s], () => N.floatFromString(s));
}
for (const x of fl) b.add('float(str)', ['float', F(x)], () => x); // sanity of the encoding

beforeAll(() => b.run());

const labels = [
  'add', 'sub', 'mul', 'floordiv', 'mod', 'divmod', 'truediv', 'and', 'or', 'xor', 'cmp', 'neg', 'invert', 'bit_length',
  'str', 'bin/oct/hex', 'float(int)', 'round', '<<', '>>', 'pow', 'pow mod', 'int(str)', 'int(str, 16)', 'int(str, base)',
  'float(str)',
];
for (const label of labels) {
  test(`${label} matches CPython (${b.count(label)} cases)`, () => {
    expect(b.failures(label)).toEqual([]);
  });
}

test('results are normalized and the fast paths stay exact at the safe-integer edge', () => {
  const M = Number.MAX_SAFE_INTEGER;
  expect(N.add(M, 1)).toBe(2n ** 53n);
  expect(N.sub(2n ** 53n, 1)).toBe(M);
  expect(N.mul(94906267, 94906267)).toBe(94906267n * 94906267n);
  expect(N.mul(0, -5)).toBe(0);
  expect(Object.is(N.mul(0, -5), 0)).toBe(true);
  expect(Object.is(N.floordiv(0, -5), 0)).toBe(true);
  expect(Object.is(N.mod(-4, 2), 0)).toBe(true);
  expect(N.normalize(5n)).toBe(5);
  expect(N.invert(-M)).toBe(M - 1);
  expect(N.invert(M)).toBe(-(2n ** 53n));
  expect(N.powReturnsFloat(-1)).toBe(true);
  expect(N.powReturnsFloat(-1, 5)).toBe(false);
});

test('int_max_str_digits can be changed and disabled', () => {
  expect(() => N.setIntMaxStrDigits(5)).toThrow('maxdigits must be 0 or larger than 640');
  N.setIntMaxStrDigits(0);
  expect(N.intToStr(10n ** 5000n).length).toBe(5001);
  N.setIntMaxStrDigits(640);
  expect(() => N.intFromString('1'.repeat(641))).toThrow('Exceeds the limit (640 digits)');
  N.setIntMaxStrDigits(4300);
  expect(N.getIntMaxStrDigits()).toBe(4300);
});
