// strmethods.test.ts - src/format/strmethods.ts against CPython's str methods on random strings
// mixing ASCII, whitespace of every kind, cased/uncased Unicode, digits, astral characters.

import * as S from '../../src/format/strmethods';
import { Batch, I, L, PyInt, Rng } from './oracle';

const r = new Rng(99);
const b = new Batch();

const ALPHABET = [
  ...'abcxyzABCXYZ0123456789',
  ...'     ',
  '\t', '\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0', '\u2028', '\u2029', '\u3000',
  '\u200b', '\x00', '\x7f', "'", '"', '\\', '_', '-', '+', '.', ',', 'é', 'É', 'ß', 'Σ', 'σ', 'ς', 'ǅ', 'ǆ', 'Ǆ', 'İ', 'ı',
  'ﬁ', 'ŉ', '١', '٣', '²', '½', '一', 'Ⅻ', 'ⅻ', '😀', '𐐀', '𐐨', '𝟘', '\u0301', '\u0345', 'ᾳ', 'ᾼ', 'Ꭰ', 'ꭰ', 'ʰ', '℃',
  '\u2126', '\u212a', '\u0378', '\u{1f6dc}', '\u{e0001}', 'ƛ', 'ɤ', '\ud800', 'ǰ', 'ΐ', 'ﬀ', 'Ǳ', 'ǲ', 'ǳ', 'ᾈ', '⓪', '①',
];

function randomStr(maxLen = 12): string {
  let s = '';
  const n = r.int(0, maxLen);
  const ascii = r.chance(0.4);
  for (let i = 0; i < n; i++) s += ascii && r.chance(0.9) ? ALPHABET[r.int(0, 26)] : r.pick(ALPHABET);
  return s;
}

function idx(): PyInt | null {
  if (r.chance(0.3)) return null;
  if (r.chance(0.05)) return r.pick([10n ** 20n, -(10n ** 20n)]);
  return r.int(-12, 14);
}
const enc = (x: PyInt | null) => (x === null ? null : I(x));

const strs: string[] = ['', ' ', 'a', 'abc', 'Hello World', '  a b  c  ', 'a,b,,c,', 'ΑΣ ΑΣ.', "it's", '"q"', '\'"'];
for (let i = 0; i < 450; i++) strs.push(randomStr(r.chance(0.2) ? 40 : 12));

const seps = [null, ' ', ',', 'a', 'ab', '', '😀', '\n', 'Σ'];
const subs = ['', 'a', 'ab', 'b', '😀', 'é', 'zz', ' ', 'a😀'];

function call(label: string, s: string, name: string, args: unknown[], js: () => unknown): void {
  b.add(label, ['meth', s, name, ...args], js);
}

for (const s of strs) {
  for (const m of [
    'upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize', 'isspace', 'isalpha', 'isalnum', 'isdecimal',
    'isdigit', 'isnumeric', 'isascii', 'isprintable', 'isidentifier', 'isupper', 'islower', 'istitle', 'splitlines',
  ]) {
    const fn = (S as unknown as Record<string, (s: string) => unknown>)['str' + m[0].toUpperCase() + m.slice(1)];
    call(m, s, m, [], () => fn(s));
  }
  b.add('repr', ['repr', s], () => S.strRepr(s));
  b.add('ascii', ['ascii', s], () => S.asciiRepr(s));
  call('splitlines', s, 'splitlines', [true], () => S.strSplitlines(s, true));
  for (let k = 0; k < 3; k++) {
    const sep = r.pick(seps);
    const max = r.chance(0.5) ? -1 : r.int(0, 4);
    call('split', s, 'split', [sep, I(max)], () => S.strSplit(s, sep, max));
    call('rsplit', s, 'rsplit', [sep, I(max)], () => S.strRsplit(s, sep, max));
    const chars = r.pick([null, '', ' ', 'ab', 'é😀', 'x\t', 'aA ', '\ud800']);
    call('strip', s, 'strip', [chars], () => S.strStrip(s, chars));
    call('strip', s, 'lstrip', [chars], () => S.strLstrip(s, chars));
    call('strip', s, 'rstrip', [chars], () => S.strRstrip(s, chars));
    const old = r.pick(['', 'a', 'ab', '😀', ' ', 'é']);
    const nw = r.pick(['', 'X', '😀😀']);
    const cnt = r.pick([-1, 0, 1, 2, 100]);
    call('replace', s, 'replace', [old, nw, I(cnt)], () => S.strReplace(s, old, nw, cnt));
    const sub = r.pick(subs);
    const st = idx();
    const en = idx();
    call('find', s, 'find', [sub, enc(st), enc(en)], () => S.strFind(s, sub, st, en));
    call('find', s, 'rfind', [sub, enc(st), enc(en)], () => S.strRfind(s, sub, st, en));
    call('find', s, 'index', [sub, enc(st), enc(en)], () => S.strIndex(s, sub, st, en));
    call('find', s, 'rindex', [sub, enc(st), enc(en)], () => S.strRindex(s, sub, st, en));
    call('count', s, 'count', [sub, enc(st), enc(en)], () => S.strCount(s, sub, st, en));
    const pre = r.chance(0.3) ? [r.pick(subs), r.pick(subs)] : r.chance(0.1) ? [] : r.pick(subs);
    const pyPre = typeof pre === 'string' ? pre : { t: pre };
    call('startswith', s, 'startswith', [pyPre, enc(st), enc(en)], () => S.strStartswith(s, pre, st, en));
    call('startswith', s, 'endswith', [pyPre, enc(st), enc(en)], () => S.strEndswith(s, pre, st, en));
    const w = r.int(-2, 24);
    const fill = r.pick([' ', '*', '😀', 'é', 'ab', '']);
    call('pad', s, 'center', [I(w), fill], () => S.strCenter(s, w, fill));
    call('pad', s, 'ljust', [I(w), fill], () => S.strLjust(s, w, fill));
    call('pad', s, 'rjust', [I(w), fill], () => S.strRjust(s, w, fill));
    call('pad', s, 'zfill', [I(w)], () => S.strZfill(s, w));
    const ts = r.pick([-1, 0, 1, 3, 8]);
    call('expandtabs', s, 'expandtabs', [I(ts)], () => S.strExpandtabs(s, ts));
    const psep = r.pick(['', ' ', 'a', '😀', 'ab']);
    call('partition', s, 'partition', [psep], () => S.strPartition(s, psep));
    call('partition', s, 'rpartition', [psep], () => S.strRpartition(s, psep));
    const fix = r.pick(subs);
    call('removeprefix', s, 'removeprefix', [fix], () => S.strRemoveprefix(s, fix));
    call('removeprefix', s, 'removesuffix', [fix], () => S.strRemovesuffix(s, fix));
  }
  const items = [randomStr(3), randomStr(3), randomStr(3)];
  call('join', s, 'join', [L(items)], () => S.strJoin(s, items));
}
// zfill/expandtabs/center corners
for (const [s, w] of [['-42', 6], ['+42', 6], ['42', 6], ['-', 3], ['', 3], ['😀', 3], ['-😀', 4]] as Array<[string, number]>) {
  call('pad', s, 'zfill', [I(w)], () => S.strZfill(s, w));
}
for (const [s, w] of [['a', 4], ['ab', 5], ['abc', 6], ['abc', 7], ['😀', 4]] as Array<[string, number]>) {
  call('pad', s, 'center', [I(w), '*'], () => S.strCenter(s, w, '*'));
}
for (const s of ['a\tb\tc', '\t\t', 'ab\n\tc', 'x\r\ty', '😀\tb', 'abcdefgh\ti', '']) {
  for (const ts of [-1, 0, 1, 2, 4, 8, 9]) call('expandtabs', s, 'expandtabs', [I(ts)], () => S.strExpandtabs(s, ts));
}
for (const s of ['abc', 'aaaa', '', '😀a😀a']) {
  for (const sub of ['', 'a', 'aa', '😀']) {
    for (const [st, en] of [[0, 100], [3, 3], [4, 3], [5, 100], [-1, null], [null, -1], [-100, 100]] as Array<[number | null, number | null]>) {
      call('count', s, 'count', [sub, enc(st), enc(en)], () => S.strCount(s, sub, st, en));
      call('find', s, 'find', [sub, enc(st), enc(en)], () => S.strFind(s, sub, st, en));
      call('find', s, 'rfind', [sub, enc(st), enc(en)], () => S.strRfind(s, sub, st, en));
      call('startswith', s, 'startswith', [sub, enc(st), enc(en)], () => S.strStartswith(s, sub, st, en));
      call('startswith', s, 'endswith', [sub, enc(st), enc(en)], () => S.strEndswith(s, sub, st, en));
    }
  }
}
for (const s of ['', 'x', 'ab']) {
  for (const cnt of [-1, 0, 1, 2, 5]) call('replace', s, 'replace', ['', '-', I(cnt)], () => S.strReplace(s, '', '-', cnt));
}
for (const s of ['_', 'a1', '1a', 'ǅx', '\u200c', 'a\u200c', 'a·', '℘', 'x😀', 'ℵ', '', ' ', 'a b']) {
  call('isidentifier', s, 'isidentifier', [], () => S.strIsidentifier(s));
}

beforeAll(() => b.run());

const labels = [
  'upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize', 'isspace', 'isalpha', 'isalnum', 'isdecimal', 'isdigit',
  'isnumeric', 'isascii', 'isprintable', 'isidentifier', 'isupper', 'islower', 'istitle', 'splitlines', 'repr', 'ascii',
  'split', 'rsplit', 'strip', 'replace', 'find', 'count', 'startswith', 'pad', 'expandtabs', 'partition', 'removeprefix',
  'join',
];
for (const label of labels) {
  test(`str.${label} matches CPython (${b.count(label)} cases)`, () => {
    expect(b.failures(label)).toEqual([]);
  });
}

test('code point helpers see astral characters as one character', () => {
  expect(S.strFind('😀a😀b', 'b')).toBe(3);
  expect(S.strCenter('😀', 3, '*')).toBe('*😀*');
  expect(S.strReplace('😀', '', '-')).toBe('-😀-');
});
