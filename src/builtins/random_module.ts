// random_module.ts - the built-in `random` module: a Mersenne Twister (MT19937) seeded as CPython
// seeds it, and Lib/random.py's module-level functions on top (random, randrange, choice, shuffle,
// sample, choices, uniform, gauss, normalvariate, expovariate, getrandbits, seed).
// Must never: draw numbers in another order than Lib/random.py: seeded sequences are CPython's own,
// so every function consumes the generator exactly as CPython's does.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { defineBuiltinModule } from '../vm/modules';
import { defNative, nativeObject, noKw, argCount, bindArgs, ArgSpec } from '../runtime/natives';
import { dictSet } from '../objects/dict';
import { intern, strValue } from '../objects/str';
import { newInt, intValue, IntValue } from '../objects/int';
import { newFloat, floatValue } from '../objects/float';
import { newList, listAppend, listLen, listBase } from '../objects/list';
import { bytesData } from '../objects/bytes';
import { NONE } from '../objects/singletons';
import { exc } from '../objects/exception';
import { raise, typeError, valueError, indexError, PyErr } from '../runtime/errors';
import { repr, typeNameOf } from '../runtime/repr';
import { pyLen, getItem, setItem } from '../runtime/abstract';
import { collect } from '../runtime/iterate';
import { compareBool } from '../runtime/compare';
import { binaryOp } from '../runtime/arith';
import { Cmp, NB } from '../opcodes';
import { floatHash, floatToInt } from '../format/float';
import * as I from '../format/intops';
import { toDouble, toIndex, crExp, crLog, crSin, crCos } from './math_module';
import { specialMethod } from '../runtime/classes';

const S = () => ts.S;

function tidOf(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}
function isInt(v: number): boolean { const t = tidOf(v); return t === Tid.INT || t === Tid.BOOL; }

// ---------------------------------------------------------------- MT19937
// The state is per JS thread (CPython has one generator for all threads): once Python threads run
// in workers, each worker draws its own stream until the state moves into the shared heap.

const N = 624, M = 397;
const mt = new Uint32Array(N);
let mti = N + 1; // N + 1: never seeded
let gaussNext: number | null = null;

function initGenrand(s: number): void {
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  mti = N;
}

/** Matsumoto and Nishimura's init_by_array: every word of the key reaches every word of state. */
function initByArray(key: number[]): void {
  initGenrand(19650218);
  let i = 1, j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
    i++; j++;
    if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
  }
  mt[0] = 0x80000000; // a nonzero state whatever the key
}

function twist(): void {
  const step = (kk: number, next: number, far: number): void => {
    const y = (mt[kk] & 0x80000000) | (mt[next] & 0x7fffffff);
    mt[kk] = mt[far] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
  };
  let kk = 0;
  for (; kk < N - M; kk++) step(kk, kk + 1, kk + M);
  for (; kk < N - 1; kk++) step(kk, kk + 1, kk + M - N);
  step(N - 1, 0, M - 1);
  mti = 0;
}

/** The next 32 random bits. */
function genrand(): number {
  if (mti >= N) {
    if (mti === N + 1) seedFromClock();
    twist();
  }
  let y = mt[mti++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** random(): 53 random bits as a float in [0, 1) (genrand_res53). */
function random(): number {
  const a = genrand() >>> 5, b = genrand() >>> 6;
  return (a * 67108864 + b) / 9007199254740992;
}

/** getrandbits(k), k >= 0: 32-bit words from the least significant up; the last one keeps its top bits. */
function getrandbits(k: number): IntValue {
  if (k === 0) return 0;
  if (k <= 32) return genrand() >>> (32 - k);
  let r = 0n, shift = 0n;
  for (; k > 0; k -= 32, shift += 32n) {
    let w = genrand();
    if (k < 32) w >>>= 32 - k;
    r |= BigInt(w) << shift;
  }
  return I.normalize(r);
}

/** A random int in [0, n) for n > 0: rejection sampling on bit_length(n) bits, as _randbelow. */
function randbelow(n: IntValue): IntValue {
  const k = I.bitLength(n);
  let r = getrandbits(k);
  while (r >= n) r = getrandbits(k);
  return r;
}

// ---------------------------------------------------------------- seeding

/** None: the clock and the process id, as CPython's fallback when it has no urandom. */
function seedFromClock(): void {
  const now = BigInt(Date.now()) * 1000000n + (process.hrtime.bigint() % 1000000n);
  const mono = process.hrtime.bigint();
  const lo32 = (x: bigint) => Number(x & 0xffffffffn);
  initByArray([lo32(now), lo32(now >> 32n), process.pid >>> 0, lo32(mono), lo32(mono >> 32n)]);
}

/** A non-negative int as init_by_array's key: 32-bit words, least significant first. */
function seedFromInt(n: bigint): void {
  const key: number[] = [];
  do { key.push(Number(n & 0xffffffffn)); n >>= 32n; } while (n > 0n);
  initByArray(key);
}

/** Version 2 seeding of str and bytes: the int of the bytes followed by their SHA-512. */
function seedFromBytes(data: Uint8Array): void {
  // required lazily: the start-up snapshot loads this file without touching crypto
  const { createHash } = require('crypto') as typeof import('crypto');
  const digest = createHash('sha512').update(data).digest();
  let hex = '';
  for (const b of data) hex += b.toString(16).padStart(2, '0');
  hex += digest.toString('hex');
  seedFromInt(BigInt('0x' + hex));
}

function seed(a: number): void {
  gaussNext = null;
  if (a === 0 || a === NONE) { seedFromClock(); return; }
  const t = tidOf(a);
  if (t === Tid.INT || t === Tid.BOOL) {
    const x = BigInt(intValue(a));
    seedFromInt(x < 0n ? -x : x);
  } else if (t === Tid.FLOAT) {
    // CPython seeds with hash(a) cast to an unsigned 64-bit word
    const h = BigInt(floatHash(floatValue(a)));
    seedFromInt(h < 0n ? h + (1n << 64n) : h);
  } else if (t === Tid.STR) {
    seedFromBytes(new TextEncoder().encode(strValue(a)));
  } else if (t === Tid.BYTES) {
    seedFromBytes(bytesData(a));
  } else {
    typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }
}

// ---------------------------------------------------------------- natives

const table: [string, number][] = [];
function def(name: string, fn: (base: number, n: number, kw: number) => number): void {
  table.push([name, defNative(`random.${name}`, fn)]);
}
/** Lib/random.py's methods are defs on Random: their errors count self and say "Random.f()". */
function spec(name: string, params: string[], required: number, kwOnly: string[] = []): ArgSpec {
  return { name: `Random.${name}`, params, required, kwOnly, style: 'method' };
}

const SEED = spec('seed', ['a', 'version'], 0);
def('seed', (base, n, kw) => {
  const [a] = bindArgs(SEED, base, n, kw);
  seed(a);
  return NONE;
});
def('random', (base, n, kw) => {
  noKw('Random.random', kw); argCount('Random.random', n, 0, 0);
  return newFloat(random());
});
def('getrandbits', (base, n, kw) => {
  noKw('Random.getrandbits', kw); argCount('Random.getrandbits', n, 1, 1);
  const k = toIndex(S()[base]);
  if (k < 0) valueError('number of bits must be non-negative');
  if (k > 2147483647) raise(exc.OverflowError, 'Python int too large to convert to C int');
  return newInt(getrandbits(Number(k)));
});

/**
 * randrange's _index(arg): an int as it is; else int(arg), which must equal arg (a float with an
 * integral value passes, as in 3.11 with its DeprecationWarning).
 */
function rangeArg(v: number, what: string): IntValue {
  if (isInt(v) || specialMethod(v, '__index__') !== 0) return toIndex(v);
  const t = tidOf(v);
  if (t === Tid.FLOAT) {
    const x = floatValue(v);
    const i = floatToInt(x);
    if (Number(i) !== x) valueError(`non-integer ${what} for randrange()`);
    return i;
  }
  if (t === Tid.STR) {
    I.intFromString(strValue(v)); // raises int()'s ValueError for text that is no int
    return valueError(`non-integer ${what} for randrange()`); // int('5') != '5'
  }
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(v)}'`);
}

function randrange(startv: number, stopv: number, stepv: number): IntValue {
  const start = rangeArg(startv, 'arg 1');
  if (stopv === 0 || stopv === NONE) {
    // `step is not _ONE`: anything but the int 1 (True too) is an error without a stop
    if (stepv !== 0 && !(tidOf(stepv) === Tid.INT && intValue(stepv) === 1)) typeError('Missing a non-None stop argument');
    if (start > 0) return randbelow(start);
    return valueError('empty range for randrange()');
  }
  const stop = rangeArg(stopv, 'stop');
  const width = I.sub(stop, start);
  const step = stepv === 0 ? 1 : rangeArg(stepv, 'step');
  if (step == 1) { // eslint-disable-line eqeqeq -- number or bigint
    if (width > 0) return I.add(start, randbelow(width));
    return valueError(`empty range for randrange() (${I.intToStr(start)}, ${I.intToStr(stop)}, ${I.intToStr(width)})`);
  }
  let count: IntValue;
  if (step > 0) count = I.floordiv(I.add(width, I.sub(step, 1)), step);
  else if (step < 0) count = I.floordiv(I.add(width, I.add(step, 1)), step);
  else return valueError('zero step for randrange()');
  if (count <= 0) valueError('empty range for randrange()');
  return I.add(start, I.mul(step, randbelow(count)));
}

const RANDRANGE = spec('randrange', ['start', 'stop', 'step'], 1);
def('randrange', (base, n, kw) => {
  const [start, stop, step] = bindArgs(RANDRANGE, base, n, kw);
  return newInt(randrange(start, stop, step));
});
const RANDINT = spec('randint', ['a', 'b'], 2);
def('randint', (base, n, kw) => {
  const [a, b] = bindArgs(RANDINT, base, n, kw);
  const one = newInt(1);
  const stop = binaryOp(NB.ADD, b, one); // randrange(a, b + 1): b + 1 first, as Python evaluates it
  try { return newInt(randrange(a, stop, 0)); } finally { decref(stop); }
});

/** seq[i] for a JS index. */
function itemAt(seq: number, i: IntValue): number {
  const key = newInt(i);
  try { return getItem(seq, key); } finally { decref(key); }
}

const CHOICE = spec('choice', ['seq'], 1);
def('choice', (base, n, kw) => {
  const [seq] = bindArgs(CHOICE, base, n, kw);
  const len = pyLen(seq);
  if (len === 0) indexError('Cannot choose from an empty sequence');
  return itemAt(seq, randbelow(len));
});

const SHUFFLE = spec('shuffle', ['x'], 1);
def('shuffle', (base, n, kw) => {
  const [x] = bindArgs(SHUFFLE, base, n, kw);
  for (let i = pyLen(x) - 1; i >= 1; i--) {
    const j = randbelow(i + 1) as number;
    if (tidOf(x) === Tid.LIST && i < listLen(x)) {
      // a list: swap the two slots in place (no Python code runs, so nothing can intervene)
      const w = listBase(x), i32 = mem.i32;
      const t = i32[w + i]; i32[w + i] = i32[w + j]; i32[w + j] = t;
      continue;
    }
    // x[i], x[j] = x[j], x[i]
    const a = itemAt(x, j);
    let b = 0;
    try {
      b = itemAt(x, i);
      const ki = newInt(i), kj = newInt(j);
      try { setItem(x, ki, a); setItem(x, kj, b); } finally { decref(ki); decref(kj); }
    } finally {
      decref(a);
      if (b !== 0) decref(b);
    }
  }
  return NONE;
});

/** Lib/random.py's sample: which indices of range(n) it picks, in order (k <= n). */
function sampleIndices(n: number, k: number): number[] {
  const result: number[] = [];
  let setsize = 21; // a small set's size, in list words
  if (k > 5) setsize += 4 ** Math.ceil(crLog(k * 3) / crLog(4));
  if (n <= setsize) {
    // pool[0 : n-i] holds the indices not chosen yet
    const pool: number[] = [];
    for (let i = 0; i < n; i++) pool.push(i);
    for (let i = 0; i < k; i++) {
      const j = randbelow(n - i) as number;
      result.push(pool[j]);
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = randbelow(n) as number;
      while (selected.has(j)) j = randbelow(n) as number;
      selected.add(j);
      result.push(j);
    }
  }
  return result;
}

/** The first index i in lo..hi with x < seq[i] (bisect_right) over a JS array of values. */
function bisectRight(items: number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareBool(x, items[mid], Cmp.LT)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** itertools.accumulate(values): running sums made with Python's +, as new references. */
function accumulate(values: number[]): number[] {
  const out: number[] = [];
  try {
    for (const v of values) {
      if (out.length === 0) { incref(v); out.push(v); } else out.push(binaryOp(NB.ADD, out[out.length - 1], v));
    }
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  }
  return out;
}

const SEQUENCE_TIDS = [Tid.LIST, Tid.TUPLE, Tid.STR, Tid.RANGE, Tid.BYTES];

const SAMPLE = spec('sample', ['population', 'k'], 2, ['counts']);
def('sample', (base, n, kw) => {
  const [population, kv, counts] = bindArgs(SAMPLE, base, n, kw);
  if (!SEQUENCE_TIDS.includes(tidOf(population))) {
    typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const size = pyLen(population);
  if (counts !== 0 && counts !== NONE) return sampleCounted(population, size, kv, counts);
  const k = sampleSize(kv, size);
  const out = newList(0);
  try {
    for (const j of sampleIndices(size, k)) listAppend(out, itemAt(population, j));
  } catch (e) {
    decref(out);
    throw e;
  }
  return out;
});

/** `not 0 <= k <= n`, then `[None] * k`: k's checks, in the order Lib/random.py makes them. */
function sampleSize(kv: number, size: number): number {
  const zero = newInt(0), sz = newInt(size);
  try {
    if (!(compareBool(zero, kv, Cmp.LE) && compareBool(kv, sz, Cmp.LE))) valueError('Sample larger than population or is negative');
  } finally {
    decref(zero); decref(sz);
  }
  if (!isInt(kv)) typeError(`can't multiply sequence by non-int of type '${typeNameOf(kv)}'`);
  return Number(intValue(kv));
}

/** sample(population, k, counts=...): a sample of range(total) mapped through the running counts. */
function sampleCounted(population: number, size: number, kv: number, counts: number): number {
  const raw = collect(counts);
  let cum: number[] = [];
  try {
    cum = accumulate(raw);
  } finally {
    for (const v of raw) decref(v);
  }
  const out = newList(0);
  try {
    if (cum.length !== size) valueError('The number of counts does not match the population');
    if (cum.length === 0) indexError('pop from empty list');
    const total = cum[cum.length - 1];
    if (!isInt(total)) typeError('Counts must be integers');
    const t = intValue(total);
    if (t <= 0) valueError('Total of counts must be greater than zero');
    if (typeof t === 'bigint') raise(exc.OverflowError, 'Python int too large to convert to C ssize_t');
    const k = sampleSize(kv, t as number);
    for (const s of sampleIndices(t as number, k)) {
      const sv = newInt(s);
      let i: number;
      try { i = bisectRight(cum, sv, 0, cum.length - 1); } finally { decref(sv); }
      listAppend(out, itemAt(population, i));
    }
  } catch (e) {
    decref(out);
    throw e;
  } finally {
    for (const v of cum) decref(v);
  }
  return out;
}

const CHOICES = spec('choices', ['population', 'weights'], 1, ['cum_weights', 'k']);
def('choices', (base, n, kw) => {
  const [population, weights, cumWeights, kv] = bindArgs(CHOICES, base, n, kw);
  const size = pyLen(population);
  const given = (v: number) => v !== 0 && v !== NONE;
  const repeats = (): number => {
    if (kv === 0) return 1;
    return Math.max(0, Number(toIndex(kv)));
  };
  const out = newList(0);
  let cum: number[] = [];
  try {
    if (!given(cumWeights)) {
      if (!given(weights)) {
        for (let i = repeats(); i > 0; i--) listAppend(out, itemAt(population, Math.floor(random() * size)));
        return out;
      }
      let raw: number[];
      try {
        raw = collect(weights);
      } catch (e) {
        if (!(e instanceof PyErr) || !isInt(weights)) throw e;
        decref(e.exc);
        return typeError(`The number of choices must be a keyword argument: k=${repr(weights)}`);
      }
      try { cum = accumulate(raw); } finally { for (const v of raw) decref(v); }
    } else {
      if (given(weights)) typeError('Cannot specify both weights and cumulative weights');
      cum = collect(cumWeights);
    }
    if (cum.length !== size) valueError('The number of weights does not match the population');
    if (cum.length === 0) indexError('list index out of range');
    const zero = newFloat(0);
    let totalv: number;
    try { totalv = binaryOp(NB.ADD, cum[cum.length - 1], zero); } finally { decref(zero); }
    let total: number;
    try { total = toDouble(totalv); } finally { decref(totalv); }
    if (total <= 0) valueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) valueError('Total of weights must be finite');
    for (let i = repeats(); i > 0; i--) {
      const x = newFloat(random() * total);
      let j: number;
      try { j = bisectRight(cum, x, 0, size - 1); } finally { decref(x); }
      listAppend(out, itemAt(population, j));
    }
    return out;
  } catch (e) {
    decref(out);
    throw e;
  } finally {
    for (const v of cum) decref(v);
  }
});

/** a + b * c with Python's operators, for the distributions' `mu + z * sigma` and kin. */
function addMul(a: number, b: number, c: number): number {
  const p = binaryOp(NB.MULTIPLY, b, c);
  try { return binaryOp(NB.ADD, a, p); } finally { decref(p); }
}
/** mu + z * sigma with the defaults 0.0 and 1.0 for parameters not given. */
function scaled(z: number, mu: number, sigma: number): number {
  const zf = newFloat(z);
  const m = mu === 0 ? newFloat(0) : (incref(mu), mu);
  const s = sigma === 0 ? newFloat(1) : (incref(sigma), sigma);
  try { return addMul(m, zf, s); } finally { decref(zf); decref(m); decref(s); }
}

const UNIFORM = spec('uniform', ['a', 'b'], 2);
def('uniform', (base, n, kw) => {
  const [a, b] = bindArgs(UNIFORM, base, n, kw);
  const width = binaryOp(NB.SUBTRACT, b, a); // a + (b - a) * random(): b - a before random()
  const r = newFloat(random());
  try { return addMul(a, width, r); } finally { decref(width); decref(r); }
});

const TWOPI = 2 * Math.PI;
const GAUSS = spec('gauss', ['mu', 'sigma'], 0);
def('gauss', (base, n, kw) => {
  const [mu, sigma] = bindArgs(GAUSS, base, n, kw);
  // Box-Muller: two variates per pair of random()s; the second waits in gaussNext
  let z = gaussNext;
  gaussNext = null;
  if (z === null) {
    const x2pi = random() * TWOPI;
    const g2rad = Math.sqrt(-2.0 * crLog(1.0 - random()));
    z = crCos(x2pi) * g2rad;
    gaussNext = crSin(x2pi) * g2rad;
  }
  return scaled(z, mu, sigma);
});

/** 4 * exp(-0.5) / sqrt(2), computed on first use (not while the start-up snapshot loads this file). */
let nvMagic = 0;
const NORMALVARIATE = spec('normalvariate', ['mu', 'sigma'], 0);
def('normalvariate', (base, n, kw) => {
  const [mu, sigma] = bindArgs(NORMALVARIATE, base, n, kw);
  // Kinderman and Monahan's ratio of uniforms
  if (nvMagic === 0) nvMagic = (4 * crExp(-0.5)) / Math.SQRT2;
  let z: number;
  for (;;) {
    const u1 = random();
    const u2 = 1.0 - random();
    z = (nvMagic * (u1 - 0.5)) / u2;
    if ((z * z) / 4.0 <= -crLog(u2)) break;
  }
  return scaled(z, mu, sigma);
});

const EXPOVARIATE = spec('expovariate', ['lambd'], 1); // 3.11: no default yet (3.12 adds 1.0)
def('expovariate', (base, n, kw) => {
  const [lambd] = bindArgs(EXPOVARIATE, base, n, kw);
  const x = newFloat(-crLog(1.0 - random()));
  try { return binaryOp(NB.TRUE_DIVIDE, x, lambd); } finally { decref(x); }
});

defineBuiltinModule('random', (d) => {
  for (const [name, idx] of table) dictSet(d, intern(name), nativeObject(idx));
  if (mti === N + 1) seedFromClock();
});
