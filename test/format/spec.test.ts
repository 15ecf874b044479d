// spec.test.ts - src/format/spec.ts against CPython's format(): random specs over ints, floats
// and strs, plus every error text of the mini-language.

import { formatFloat, formatInt, formatStr } from '../../src/format/spec';
import { Batch, F, floatCorpus, I, intCorpus, PyInt, Rng } from './oracle';

const r = new Rng(31337);
const b = new Batch();

function randomSpec(types: string, pPrecision = 0.5): string {
  let s = '';
  if (r.chance(0.4)) {
    if (r.chance(0.6)) s += r.pick([' ', '*', '0', 'x', 'é', '😀', '<', '{', '#']);
    s += r.pick(['<', '>', '^', '=']);
  }
  if (r.chance(0.3)) s += r.pick(['+', '-', ' ']);
  if (r.chance(0.1)) s += 'z';
  if (r.chance(0.2)) s += '#';
  if (r.chance(0.2)) s += '0';
  if (r.chance(0.6)) s += String(r.int(0, r.chance(0.8) ? 25 : 60));
  if (r.chance(0.2)) s += r.pick([',', '_']);
  if (r.chance(pPrecision)) s += '.' + String(r.chance(0.9) ? r.int(0, 20) : r.pick([30, 60, 110, 130, 400]));
  if (r.chance(0.85)) s += types[r.int(0, types.length - 1)];
  return s;
}

const floats = floatCorpus(r, 1500);
const ints = intCorpus(r, 600);
const strs = ['', 'a', 'abc', 'hello world', 'é😀x', "it's", 'x'.repeat(30), 'ǅ', '\t\n'];

for (let i = 0; i < 4000; i++) {
  const x = floats[r.int(0, floats.length - 1)];
  const spec = randomSpec('eEfFgGn%eEfFgGn%s');
  b.add('float', ['format', F(x), spec], () => formatFloat(x, spec));
}
for (let i = 0; i < 3000; i++) {
  const x = ints[r.int(0, ints.length - 1)];
  const spec = randomSpec('bdoxXncbdoxXefg%s', 0.12);
  b.add('int', ['format', I(x), spec], () => formatInt(x, spec));
}
for (let i = 0; i < 800; i++) {
  const x: PyInt = r.int(-10, 0x10ffff + 10);
  const spec = randomSpec('c', 0.05);
  b.add('int c', ['format', I(x), spec], () => formatInt(x, spec));
}
for (let i = 0; i < 1500; i++) {
  const s = r.pick(strs);
  const spec = randomSpec('ssssd');
  b.add('str', ['format', s, spec], () => formatStr(s, spec));
}

// hand-picked: every error text and the odd corners
const intSpecs = [
  '', 'd', 'xx', ',_', '_,', '.', '.3', 'z', '+c', '-c', '#c', ',c', ',b', '_b', '_x', ',x', '_n', ',n', '=10', '0=10,',
  '010,', '0>10,', '*^9', '#010x', '#X', '#o', '#b', '_X', '99999999999999999999999', '10€', ',€', '\x7f', '\x01', '٣',
  '0', '00', '+', ' ', '-', '<', '=', '^', '>', '12.', '1,5', 'ℵ>5',
];
const bigC = [65, 0x10ffff, 0x110000, -1, 2n ** 63n, 2n ** 63n - 1n, -(2n ** 63n) - 1n, 2n ** 64n];
for (const spec of intSpecs) {
  for (const x of [0, 7, -1234567, 2n ** 80n, -(2n ** 80n)] as PyInt[]) b.add('int', ['format', I(x), spec], () => formatInt(x, spec));
}
for (const x of bigC) for (const spec of ['c', '5c', '<3c']) b.add('int c', ['format', I(x), spec], () => formatInt(x, spec));
b.add('int', ['format', I(10n ** 4300n), 'd'], () => formatInt(10n ** 4300n, 'd'));
b.add('int', ['format', I(10n ** 4300n), 'x'], () => formatInt(10n ** 4300n, 'x'));
b.add('int', ['format', I(2n ** 2000n), 'e'], () => formatInt(2n ** 2000n, 'e'));
b.add('int', ['format', true, 'd'], () => formatInt(1, 'd', 'bool'));
b.add('int', ['format', true, ''], () => formatInt(1, '', 'bool'));
b.add('int', ['format', false, 'x'], () => formatInt(0, 'x', 'bool'));
b.add('int', ['format', true, 's'], () => formatInt(1, 's', 'bool'));
const floatSpecs = [
  '', 'd', 'abc', '.', '.0', '.1', '#', '#.0', '#g', '#.0e', '#.0f', 'z', 'z.1f', 'z.0f', 'z.3', 'z%', '010', '0=10', '+010',
  ' 010', ',', '_', ',.2f', '_.3e', ',g', ',%', '.3000000000f', '.2147483648f', '=', '*=+12,.3f', 'n',
  '.3n', ',n', '20', '<20', '^20', 'c', 'x', '.500f', '.400e', '.400g', '.120', '.17', '.16', '.0%', '#.0%', 's', '=^9',
];
for (const spec of floatSpecs) {
  for (const x of [0, -0, 1, -1.5, 1e16, 1e-5, 123456.789, 1e300, 5e-324, NaN, Infinity, -Infinity, -0.001, 0.5, 2.5]) {
    b.add('float', ['format', F(x), spec], () => formatFloat(x, spec));
  }
}
const strSpecs = ['', 's', 'd', '+', ' ', '-', 'z', '#', '=5', '05', '0<5', ',', '_s', '.0', '.2', '.', '5.1', '^7', 'é^7',
  '😀>5', '>5.2s', 'xx', '.10', '>>', '<<5'];
for (const spec of strSpecs) for (const s of strs) b.add('str', ['format', s, spec], () => formatStr(s, spec));

beforeAll(() => b.run());

for (const label of ['float', 'int', 'int c', 'str']) {
  test(`format(${label}, spec) matches CPython (${b.count(label)} cases)`, () => {
    expect(b.failures(label)).toEqual([]);
  });
}
