// math_module.ts - the built-in `math` module: constants, float functions with CPython's domain and
// range errors, exact integer functions, fsum and prod; also toDouble and toIndex, the argument
// conversions the other standard-module files share.
// Must never: answer with JS's Math.exp/log/sin/...: they are an ulp off on a few percent of inputs
// where glibc, and so CPython, rounds correctly; the double-double kernels below do too.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { defineBuiltinModule } from '../vm/modules';
import { defNative, nativeObject, noKw, argCount, bindArgs } from '../runtime/natives';
import { dictSet } from '../objects/dict';
import { intern } from '../objects/str';
import { newInt, intValue, IntValue } from '../objects/int';
import { newFloat, floatValue } from '../objects/float';
import { tupleOf } from '../objects/tuple';
import { NONE, pyBool } from '../objects/singletons';
import { exc } from '../objects/exception';
import { raise, typeError, valueError, overflowError } from '../runtime/errors';
import { typeNameOf } from '../runtime/repr';
import { getIter, iterNext, collect } from '../runtime/iterate';
import { binaryOp } from '../runtime/arith';
import { hasUserType, callSpecial } from '../runtime/classes';
import { NB } from '../opcodes';
import { floatToInt, floatPow, ratioToDouble, bigBitLength } from '../format/float';
import * as I from '../format/intops';
import { FormatError } from '../format/errors';

const S = () => ts.S;

function tidOf(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}
function isInt(v: number): boolean { const t = tidOf(v); return t === Tid.INT || t === Tid.BOOL; }

function intToDouble(x: IntValue): number {
  if (typeof x === 'number') return x;
  const d = Number(x); // rounds half to even, as PyLong_AsDouble
  if (!Number.isFinite(d)) overflowError('int too large to convert to float');
  return d;
}

/** PyFloat_AsDouble: a float, an int or bool, or an instance with __float__ (else __index__). */
export function toDouble(v: number): number {
  const t = tidOf(v);
  if (t === Tid.FLOAT) return floatValue(v);
  if (t === Tid.INT || t === Tid.BOOL) return intToDouble(intValue(v));
  if (hasUserType(v)) {
    const r = callSpecial(v, '__float__', []);
    if (r !== 0) {
      try {
        if (tidOf(r) !== Tid.FLOAT) typeError(`${typeNameOf(v)}.__float__ returned non-float (type ${typeNameOf(r)})`);
        return floatValue(r);
      } finally {
        decref(r);
      }
    }
    const i = indexOrNull(v);
    if (i !== null) return intToDouble(i);
  }
  return typeError(`must be real number, not ${typeNameOf(v)}`);
}

/** An instance's __index__() (checked to be an int), or null when its class has none. */
function indexOrNull(v: number): IntValue | null {
  const r = callSpecial(v, '__index__', []);
  if (r === 0) return null;
  try {
    if (!isInt(r)) typeError(`__index__ returned non-int (type ${typeNameOf(r)})`);
    return intValue(r);
  } finally {
    decref(r);
  }
}

/** PyNumber_Index: an int or bool, or an instance's __index__(); else CPython's TypeError. */
export function toIndex(v: number): IntValue {
  if (isInt(v)) return intValue(v);
  const i = hasUserType(v) ? indexOrNull(v) : null;
  if (i === null) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return i!;
}

const domainError = (): never => valueError('math domain error');
const rangeError = (): never => overflowError('math range error');

// ---------------------------------------------------------------- exact bits of a double

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: word 1 is high

/** Is the sign bit of x set (true for -0.0 and negative NaNs too)? */
function signBit(x: number): boolean { F64[0] = x; return (U32[HI] >>> 31) === 1; }

/** finite x != 0 as [m, e] with x = m * 2**e and m an integer (|m| < 2**53). */
function exactParts(x: number): [number, number] {
  F64[0] = x;
  const hi = U32[HI], lo = U32[1 - HI];
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = ((hi & 0xfffff) + (bexp === 0 ? 0 : 0x100000)) * 4294967296 + lo;
  const m = hi >>> 31 ? -mant : mant;
  return [m, bexp === 0 ? -1074 : bexp - 1075];
}

/** Bit length of an integer 1 <= a < 2**53. */
function bitLen53(a: number): number {
  return a >= 4294967296 ? 64 - Math.clz32(Math.floor(a / 4294967296)) : 32 - Math.clz32(a);
}

/** frexp: finite x != 0 as [m, e], x = m * 2**e, 0.5 <= |m| < 1. */
function frexp(x: number): [number, number] {
  const [m, e] = exactParts(x);
  const len = bitLen53(Math.abs(m));
  return [m / 2 ** len, e + len];
}

/**
 * v * 2**e with a single rounding, for v an integer below 2**53 or a double in [0.5, 2): the
 * first half-step is exact whenever the result is not zero or infinite, so only the second rounds.
 */
function mulPow2(v: number, e: number): number {
  const h = e >> 1;
  return v * 2 ** h * 2 ** (e - h);
}

/** num / den for bigints (den > 0), correctly rounded. */
function ratio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  return num < 0n ? -ratioToDouble(-num, den, 0) : ratioToDouble(num, den, 0);
}

// ---------------------------------------------------------------- double-double arithmetic
// A value is hi + lo with |lo| <= ulp(hi)/2: about 106 bits. The helpers leave their result in
// the registers DH, DL (no allocation); a caller copies them out before the next call.
// Used only to get correctly rounded results: the ~2**-100 error of a result almost never
// changes how hi + lo rounds to one double.

let DH = 0;
let DL = 0;
const SPLITTER = 134217729; // 2**27 + 1: Veltkamp's split into two 26-bit halves

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  DL = (a - (s - bb)) + (b - bb);
  DH = s;
}
/** twoSum when |a| >= |b| (or a == 0). */
function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  DL = b - (s - a);
  DH = s;
}
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  DL = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  DH = p;
}
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = DH, e = DL;
  twoSum(al, bl);
  const t = DH, f = DL;
  fastTwoSum(s, e + t);
  fastTwoSum(DH, DL + f);
}
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  fastTwoSum(DH, DL + (ah * bl + al * bh));
}
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  fastTwoSum(DH, DL + al * b);
}
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -DH, -DL);
  const rh = DH, rl = DL;
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -DH, -DL);
  const q3 = DH / bh;
  fastTwoSum(q1, q2);
  ddAdd(DH, DL, q3, 0);
}
function ddSqrt(ah: number, al: number): void {
  if (ah <= 0) { DH = 0; DL = 0; return; }
  const s = Math.sqrt(ah);
  twoProd(s, s);
  const r = ((ah - DH) - DL + al) / (2 * s);
  fastTwoSum(s, r);
}

// ---------------------------------------------------------------- constants to 1280 bits
// Made with BigInt on first use (not at load: the start-up snapshot should not pay for them).

interface Consts {
  /** pi/2 * 2**FIX_BITS, for reducing huge arguments of sin/cos/tan exactly */
  pio2Fix: bigint;
  /** pi/2 as six 33-bit pieces: k * piece is exact for |k| < 2**20 (Cody and Waite) */
  pio2Pieces: number[];
  pi: [number, number]; pio2: [number, number]; ln2: [number, number]; ln10: [number, number];
  invFact: [number, number][]; invOdd: [number, number][];
  /** 1/(2i+1)! and 1/(2i)!: the Taylor coefficients of sin r / r and cos r in r**2 */
  sinCoef: [number, number][]; cosCoef: [number, number][];
  /** 1/(i+1)!: the Taylor coefficients of (e**s - 1) / s */
  expCoef: [number, number][];
  /** log10(2) cut after 40 bits, the rest of it, and 1/ln(10): glibc's log10 constants */
  log10Parts: [number, number, number];
}
const FIX_BITS = 1280;
let consts: Consts | null = null;

/** arctan(1/x) * 2**bits for an integer x > 1 (Gregory's series). */
function arctanInv(x: bigint, bits: number): bigint {
  const one = 1n << BigInt(bits);
  let power = one / x, sum = power, k = 1n, sign = -1n;
  const x2 = x * x;
  while (power !== 0n) {
    power /= x2;
    k += 2n;
    sum += sign * (power / k);
    sign = -sign;
  }
  return sum;
}
/** arctanh(1/x) * 2**bits for an integer x > 1. */
function arctanhInv(x: bigint, bits: number): bigint {
  const one = 1n << BigInt(bits);
  let power = one / x, sum = power, k = 1n;
  const x2 = x * x;
  while (power !== 0n) { power /= x2; k += 2n; sum += power / k; }
  return sum;
}
function fixToDd(f: bigint, bits: number): [number, number] {
  const den = 1n << BigInt(bits);
  const hi = ratio(f, den);
  const [m, e] = exactParts(hi);
  const rest = f - (BigInt(m) << BigInt(e + bits)); // e + bits >= 0 for every constant here
  return [hi, ratio(rest, den)];
}
function ratioDd(num: bigint, den: bigint): [number, number] {
  const hi = ratio(num, den);
  const [m, e] = exactParts(hi);
  // num/den - m*2**e = (num*2**-e - m*den) / (den*2**-e), e < 0 for every coefficient here
  return [hi, ratio((num << BigInt(-e)) - BigInt(m) * den, den << BigInt(-e))];
}

function getConsts(): Consts {
  if (consts !== null) return consts;
  const g = FIX_BITS + 32; // guard bits for the series' truncations
  const pi = (16n * arctanInv(5n, g) - 4n * arctanInv(239n, g)) >> 32n;
  const ln2 = (2n * arctanhInv(3n, g)) >> 32n; // ln 2 = 2 atanh(1/3)
  const ln10 = 3n * ln2 + ((2n * arctanhInv(9n, g)) >> 32n); // ln 10 = 3 ln 2 + ln(5/4), ln(5/4) = 2 atanh(1/9)
  const pio2Fix = pi >> 1n;
  const pieces: number[] = [];
  let rest = pio2Fix;
  for (let i = 0; i < 6; i++) {
    const shift = bigBitLength(rest) - 33;
    const top = rest >> BigInt(shift);
    pieces.push(Number(top) * 2 ** (shift - FIX_BITS));
    rest -= top << BigInt(shift);
  }
  const invFact: [number, number][] = [];
  let f = 1n;
  for (let n = 0; n <= 32; n++) { if (n > 0) f *= BigInt(n); invFact.push(n <= 1 ? [1, 0] : ratioDd(1n, f)); }
  const invOdd: [number, number][] = [];
  for (let n = 0; n <= 30; n++) invOdd.push(n === 0 ? [1, 0] : ratioDd(1n, BigInt(2 * n + 1)));
  const one = 1n << BigInt(FIX_BITS);
  const log10of2 = (ln2 << BigInt(FIX_BITS)) / ln10;
  const [m2, e2] = exactParts(ratio(log10of2, one));
  const head = Math.trunc(m2 / 2 ** 13) * 2 ** (e2 + 13);
  const headFix = BigInt(Math.trunc(m2 / 2 ** 13)) << BigInt(e2 + 13 + FIX_BITS);
  consts = {
    log10Parts: [head, ratio(log10of2 - headFix, one), ratio(one, ln10)],
    pio2Fix, pio2Pieces: pieces,
    pi: fixToDd(pi, FIX_BITS), pio2: fixToDd(pio2Fix, FIX_BITS),
    ln2: fixToDd(ln2, FIX_BITS), ln10: fixToDd(ln10, FIX_BITS),
    invFact, invOdd,
    sinCoef: invFact.filter((_, n) => n % 2 === 1), cosCoef: invFact.filter((_, n) => n % 2 === 0),
    expCoef: invFact.slice(1),
  };
  return consts;
}

// ---------------------------------------------------------------- correctly rounded kernels
// crExp, crLog, crSin, crCos are exported for random's distributions (CPython computes those
// with math's functions, so the same roundings give the same variates).

/** e**x = (DH + DL) * 2**k: sets the double-double DH, DL (in [0.7, 1.42]) and returns k. */
function expDd(x: number): number {
  const c = getConsts();
  const k = Math.round(x / c.ln2[0]);
  // r = x - k ln2, exactly enough: k*ln2hi is split exactly, k*ln2lo errs by ~2**-97
  twoProd(k, c.ln2[0]);
  const ph = DH, pl = DL;
  twoSum(x, -ph);
  ddAdd(DH, DL, -pl, -k * c.ln2[1]);
  // e**r = (e**(r/4))**4, the small power from its Taylor series, kept as e**s - 1 through the
  // squarings ((1+u)**2 - 1 = u(u+2)) so no precision is lost next to 1
  const sh = DH / 4, sl = DL / 4;
  seriesDd(c.expCoef, sh, sl, false); // e**s - 1 = s * sum s**i / (i+1)!
  ddMul(DH, DL, sh, sl);
  let uh = DH, ul = DL;
  for (let i = 0; i < 2; i++) {
    ddAdd(uh, ul, 2, 0);
    ddMul(uh, ul, DH, DL);
    uh = DH; ul = DL;
  }
  ddAdd(1, 0, uh, ul);
  return k;
}

export function crExp(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  const k = expDd(x);
  if (k >= -1021) return mulPow2(DH + DL, k); // a normal result: round, then scale exactly
  // a subnormal result must be rounded once, at its own precision: do it in exact rationals
  const [mh, eh] = exactParts(DH);
  if (DL === 0) return ratioToDouble(BigInt(mh), 1n, eh + k);
  const [ml, el] = exactParts(DL);
  const e0 = Math.min(eh, el);
  const num = (BigInt(mh) << BigInt(eh - e0)) + (BigInt(ml) << BigInt(el - e0));
  return ratioToDouble(num, 1n, e0 + k);
}

/** ln m as a double-double, for m in [sqrt(1/2), sqrt(2)]: 2 atanh(s), s = (m-1)/(m+1). */
function logMantissaDd(m: number): void {
  const c = getConsts();
  twoSum(m, 1);
  ddDiv(m - 1, 0, DH, DL); // m - 1 is exact here (Sterbenz)
  const sh = DH, sl = DL;
  ddMul(sh, sl, sh, sl);
  seriesDd(c.invOdd, DH, DL, false); // atanh s = s * sum s**(2i) / (2i+1)
  ddMul(DH, DL, sh, sl);
  DH *= 2; DL *= 2;
}

/** x = m * 2**e with m in [sqrt(1/2), sqrt(2)), for finite x > 0. */
function splitForLog(x: number): [number, number] {
  let [m, e] = frexp(x);
  if (m < Math.SQRT1_2) { m *= 2; e -= 1; }
  return [m, e];
}

/** libm's log with its special values (m_log): -inf for 0, nan for negatives. */
export function crLog(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  if (x === 1) return 0;
  const c = getConsts();
  const [m, e] = splitForLog(x);
  logMantissaDd(m);
  const lh = DH, ll = DL;
  ddMulD(c.ln2[0], c.ln2[1], e);
  ddAdd(DH, DL, lh, ll);
  return DH + DL;
}

function crLog2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  const c = getConsts();
  const [m, e] = splitForLog(x);
  if (m === 1) return e;
  logMantissaDd(m);
  ddDiv(DH, DL, c.ln2[0], c.ln2[1]);
  ddAdd(DH, DL, e, 0);
  return DH + DL;
}

// log10 splits log10(2) as glibc does (a 40-bit head, so k * head is exact) and takes
// k*log10(2) + log(m)/ln(10) in plain doubles: glibc's log10 is not correctly rounded, and this
// is the decomposition whose roundings it makes, so the last digit agrees with CPython's.
function crLog10(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  const [head, tail, invLn10] = getConsts().log10Parts;
  // x = m * 2**k with m in [1, 2) (or [0.5, 1) for x < 1, so that k + 1 absorbs the sign)
  let [m, k] = frexp(x);
  m *= 2; k -= 1;
  if (k < 0) { m /= 2; k += 1; }
  const z = k * tail + invLn10 * crLog(m);
  return z + k * head;
}

// ---- sin, cos, tan

/** Reduce x modulo pi/2: returns the quadrant (0..3); the remainder r, |r| <~ pi/4, in DH, DL. */
function reduceQuarter(x: number): number {
  const c = getConsts();
  if (Math.abs(x) < 2 ** 19) {
    const k = Math.round(x * (2 / Math.PI));
    const p = c.pio2Pieces;
    DH = x - k * p[0]; // exact: x and k*p[0] are within a factor of 2 of each other (or k is 0)
    DL = 0;
    for (let i = 1; i < p.length; i++) ddAdd(DH, DL, -k * p[i], 0);
    return ((k % 4) + 4) % 4;
  }
  // Payne and Hanek's idea with plain BigInt: x is an integer times 2**e, so x - k pi/2 can be
  // taken exactly in fixed point with 1280 bits of pi/2 (error below 2**-250).
  const [m, e] = exactParts(x);
  const X = BigInt(m) << BigInt(e + FIX_BITS);
  const P = c.pio2Fix;
  let k = X / P;
  let r = X - k * P;
  if (2n * (r < 0n ? -r : r) > P) { const s = r < 0n ? -1n : 1n; k += s; r -= s * P; }
  const [h, l] = fixToDd(r, FIX_BITS);
  DH = h; DL = l;
  return Number(((k % 4n) + 4n) % 4n);
}

/**
 * Sum of a[i] * (-z)**i (alternating) or a[i] * z**i by Horner's rule in double-double, over as
 * many terms as matter: the series stop at the first term below 2**-110 (the sums here are all
 * near 1, so that is far below the last bit a result can keep).
 */
function seriesDd(a: [number, number][], zh: number, zl: number, alternating: boolean): void {
  const az = Math.abs(zh);
  let terms = 1;
  for (let t = az; terms < a.length && t * a[terms][0] >= 2 ** -110; t *= az) terms++;
  let ph = a[terms - 1][0], pl = a[terms - 1][1];
  for (let i = terms - 2; i >= 0; i--) {
    ddMul(ph, pl, zh, zl);
    if (alternating) ddAdd(a[i][0], a[i][1], -DH, -DL);
    else ddAdd(a[i][0], a[i][1], DH, DL);
    ph = DH; pl = DL;
  }
  DH = ph; DL = pl;
}

/** sin r (DH, DL) for the reduced |r| <= ~0.8: r * sum (-r**2)**i / (2i+1)! */
function sinDd(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  seriesDd(getConsts().sinCoef, DH, DL, true);
  ddMul(DH, DL, rh, rl);
}
/** cos r (DH, DL) for the reduced |r| <= ~0.8: sum (-r**2)**i / (2i)! */
function cosDd(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  seriesDd(getConsts().cosCoef, DH, DL, true);
}

export function crSin(x: number): number {
  if (x === 0 || x !== x) return x;
  if (!Number.isFinite(x)) return NaN;
  const q = reduceQuarter(x);
  if (q % 2 === 0) sinDd(DH, DL); else cosDd(DH, DL);
  return q < 2 ? DH + DL : -(DH + DL);
}
export function crCos(x: number): number {
  if (x !== x) return x;
  if (!Number.isFinite(x)) return NaN;
  const q = reduceQuarter(x);
  if (q % 2 === 0) cosDd(DH, DL); else sinDd(DH, DL);
  return q === 0 || q === 3 ? DH + DL : -(DH + DL);
}
function crTan(x: number): number {
  if (x === 0 || x !== x) return x;
  if (!Number.isFinite(x)) return NaN;
  const q = reduceQuarter(x);
  const rh = DH, rl = DL;
  sinDd(rh, rl);
  const sh = DH, sl = DL;
  cosDd(rh, rl);
  if (q % 2 === 0) ddDiv(sh, sl, DH, DL);
  else { ddDiv(DH, DL, sh, sl); DH = -DH; DL = -DL; }
  return DH + DL;
}

// ---- atan, asin, acos, atan2

/** atan of the double-double t, into DH, DL. */
function atanDd(th: number, tl: number): void {
  const c = getConsts();
  let neg = false;
  if (th < 0) { neg = true; th = -th; tl = -tl; }
  let inverted = false;
  if (th > 2 ** 500) {
    // atan t = pi/2 - 1/t to far beyond double precision (and splitting t itself would overflow)
    ddAdd(c.pio2[0], c.pio2[1], -1 / th, 0);
    if (neg) { DH = -DH; DL = -DL; }
    return;
  }
  if (th > 1) { ddDiv(1, 0, th, tl); th = DH; tl = DL; inverted = true; }
  // atan t = 2 atan(t / (1 + sqrt(1 + t**2))): three halvings leave |t| <= tan(pi/32) ~ 0.0985
  for (let i = 0; i < 3; i++) {
    ddMul(th, tl, th, tl);
    ddAdd(DH, DL, 1, 0);
    ddSqrt(DH, DL);
    ddAdd(DH, DL, 1, 0);
    ddDiv(th, tl, DH, DL);
    th = DH; tl = DL;
  }
  ddMul(th, tl, th, tl);
  seriesDd(c.invOdd, DH, DL, true); // atan t = t * sum (-t**2)**i / (2i+1)
  ddMul(DH, DL, th, tl);
  DH *= 8; DL *= 8;
  if (inverted) ddAdd(c.pio2[0], c.pio2[1], -DH, -DL);
  if (neg) { DH = -DH; DL = -DL; }
}

/** Below this, atan, asin, sin... of x round to x itself (and halving x would lose its bits). */
const TINY = 2 ** -500;

function crAtan(x: number): number {
  if (x !== x || Math.abs(x) < TINY) return x;
  if (x === Infinity) return getConsts().pio2[0];
  if (x === -Infinity) return -getConsts().pio2[0];
  atanDd(x, 0);
  return DH + DL;
}

function crAsin(x: number): number {
  if (x !== x || Math.abs(x) < TINY) return x;
  if (x > 1 || x < -1) return NaN;
  const c = getConsts();
  if (x === 1) return c.pio2[0];
  if (x === -1) return -c.pio2[0];
  // asin x = atan(x / sqrt((1-x)(1+x))), each factor exact in double-double
  twoSum(1, -x);
  const ah = DH, al = DL;
  twoSum(1, x);
  ddMul(ah, al, DH, DL);
  ddSqrt(DH, DL);
  ddDiv(x, 0, DH, DL);
  atanDd(DH, DL);
  return DH + DL;
}

function crAcos(x: number): number {
  if (x !== x) return x;
  if (x > 1 || x < -1) return NaN;
  const c = getConsts();
  if (x === 1) return 0;
  if (x === -1) return c.pi[0];
  // acos x = 2 atan(sqrt((1-x)/(1+x))): no cancellation anywhere in (-1, 1)
  twoSum(1, -x);
  const ah = DH, al = DL;
  twoSum(1, x);
  ddDiv(ah, al, DH, DL);
  ddSqrt(DH, DL);
  atanDd(DH, DL);
  return 2 * (DH + DL);
}

/** m_atan2: CPython's own special values, then a correctly rounded atan2 for finite nonzero y, x. */
function crAtan2(y: number, x: number): number {
  const c = getConsts();
  if (x !== x || y !== y) return NaN;
  const sign = (v: number, s: number) => (signBit(s) ? -Math.abs(v) : Math.abs(v));
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return sign(signBit(x) ? 0.75 * Math.PI : 0.25 * Math.PI, y);
    return sign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) return signBit(x) ? sign(Math.PI, y) : sign(0, y);
  if (x === 0) return sign(0.5 * Math.PI, y);
  const q = y / x;
  if (x > 0 && Math.abs(q) < TINY) return q; // atan q rounds to q; the division rounded once
  // keep the double-double products away from overflow and from subnormals: scaling both by a
  // power of two is exact (a coordinate that underflows is negligible beside the other one)
  const up = y > 0; // before scaling, which may take y to 0
  const big = Math.max(Math.abs(x), Math.abs(y));
  if (big > 2 ** 900) { x *= 2 ** -200; y *= 2 ** -200; } else if (big < 2 ** -900) { x *= 2 ** 600; y *= 2 ** 600; }
  if (Math.abs(y) <= Math.abs(x)) {
    ddDiv(y, 0, x, 0);
    atanDd(DH, DL);
    if (x < 0) ddAdd(DH, DL, up ? c.pi[0] : -c.pi[0], up ? c.pi[1] : -c.pi[1]);
    return DH + DL;
  }
  ddDiv(x, 0, y, 0);
  atanDd(DH, DL);
  ddAdd(up ? c.pio2[0] : -c.pio2[0], up ? c.pio2[1] : -c.pio2[1], -DH, -DL);
  return DH + DL;
}

// ---------------------------------------------------------------- math_1 / math_2

/**
 * CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite argument
 * is a range error (OverflowError) when the function can overflow, else a domain error (a pole).
 */
function math1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (r !== r && x === x) domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

/** math_2's error rules for a function of two doubles. */
function math2(x: number, y: number, r: number): number {
  if (r !== r) { if (x === x && y === y) domainError(); }
  else if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) rangeError();
  return r;
}

// ---------------------------------------------------------------- natives

const table: [string, number][] = [];
function def(name: string, fn: (base: number, n: number, kw: number) => number): void {
  table.push([name, defNative(`math.${name}`, fn)]);
}

/** A function of one real argument (METH_O), its result a float. */
function def1(name: string, fn: (x: number) => number): void {
  def(name, (base, n, kw) => {
    noKw(`math.${name}`, kw); argCount(`math.${name}`, n, 1, 1);
    return newFloat(fn(toDouble(S()[base])));
  });
}
/** A function of two real arguments (positional only). */
function def2(name: string, fn: (x: number, y: number) => number): void {
  def(name, (base, n, kw) => {
    noKw(`math.${name}`, kw); argCount(name, n, 2, 2);
    const x = toDouble(S()[base]), y = toDouble(S()[base + 1]);
    return newFloat(fn(x, y));
  });
}

def1('sqrt', (x) => math1(x, Math.sqrt, false)); // IEEE sqrt is correctly rounded
def1('exp', (x) => math1(x, crExp, true));
def1('exp2', (x) => math1(x, exp2, true));
def1('expm1', (x) => math1(x, Math.expm1, true));
def1('log1p', (x) => math1(x, Math.log1p, false));
def1('sin', (x) => math1(x, crSin, false));
def1('cos', (x) => math1(x, crCos, false));
def1('tan', (x) => math1(x, crTan, false));
def1('asin', (x) => math1(x, crAsin, false));
def1('acos', (x) => math1(x, crAcos, false));
def1('atan', (x) => math1(x, crAtan, false));
// glibc's hyperbolic functions and cbrt are not correctly rounded either: these may differ
// from CPython's in the last digit (JS's fdlibm ports)
def1('sinh', (x) => math1(x, Math.sinh, true));
def1('cosh', (x) => math1(x, Math.cosh, true));
def1('tanh', (x) => math1(x, Math.tanh, false));
def1('asinh', (x) => math1(x, Math.asinh, false));
def1('acosh', (x) => math1(x, Math.acosh, false));
def1('atanh', (x) => math1(x, Math.atanh, false));
def1('cbrt', (x) => math1(x, Math.cbrt, false));
def1('fabs', (x) => Math.abs(x));
def1('degrees', (x) => x * (180.0 / Math.PI));
def1('radians', (x) => x * (Math.PI / 180.0));
def('isfinite', (base, n, kw) => { noKw('math.isfinite', kw); argCount('math.isfinite', n, 1, 1); return pyBool(Number.isFinite(toDouble(S()[base]))); });
def('isinf', (base, n, kw) => {
  noKw('math.isinf', kw); argCount('math.isinf', n, 1, 1);
  const x = toDouble(S()[base]);
  return pyBool(x === Infinity || x === -Infinity);
});
def('isnan', (base, n, kw) => { noKw('math.isnan', kw); argCount('math.isnan', n, 1, 1); const x = toDouble(S()[base]); return pyBool(x !== x); });

def2('atan2', (y, x) => math2(y, x, crAtan2(y, x)));
def2('copysign', (x, y) => math2(x, y, signBit(y) ? -Math.abs(x) : Math.abs(x)));
def2('fmod', (x, y) => {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  const r = x % y; // JS's % on doubles is C's fmod: exact, the sign of x
  if (r !== r && x === x && y === y) domainError();
  return r;
});
def2('remainder', (x, y) => math2(x, y, remainder(x, y)));

/** IEEE 754 remainder (m_remainder): x - n*y, n = x/y rounded half to even; always exact. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const ax = Math.abs(x), ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (ax - m)) % ay); // a tie: the parity of the quotient decides
    return signBit(x) ? -r : r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}
def2('pow', (x, y) => mathPow(x, y));
def('log', (base, n, kw) => {
  noKw('log', kw);
  if (n < 1 || n > 2) typeError('math.log requires 1 to 2 arguments');
  const num = logHelper(S()[base], crLog, Math.LN2);
  if (n === 1) return newFloat(num);
  const den = logHelper(S()[base + 1], crLog, Math.LN2);
  if (den === 0) raise(exc.ZeroDivisionError, 'float division by zero');
  return newFloat(num / den);
});
def('log2', (base, n, kw) => { noKw('math.log2', kw); argCount('math.log2', n, 1, 1); return newFloat(logHelper(S()[base], crLog2, 1)); });
def('log10', (base, n, kw) => { noKw('math.log10', kw); argCount('math.log10', n, 1, 1); return newFloat(logHelper(S()[base], crLog10, crLog10(2))); });

/** CPython's loghelper: ints of any size (log of m * 2**e = log m + e log 2), else math_1. */
function logHelper(v: number, f: (x: number) => number, log2: number): number {
  if (isInt(v)) {
    const x = intValue(v);
    if (x <= 0) domainError();
    if (typeof x === 'number' || Number.isFinite(Number(x))) return f(Number(x));
    let e = bigBitLength(x as bigint);
    let m = ratioToDouble(x as bigint, 1n, -e); // correctly rounded, in [0.5, 1]
    if (m === 1) { m = 0.5; e += 1; }
    return f(m) + log2 * e;
  }
  return math1(toDouble(v), f, false);
}

/** floatPow for finite x, y (x > 0 or y integral, not 0**negative), with Infinity for an overflow. */
function powOrInfinity(x: number, y: number): number {
  try {
    return floatPow(x, y);
  } catch (e) {
    if (e instanceof FormatError && e.type === 'OverflowError') return x < 0 && Math.abs(y) % 2 === 1 ? -Infinity : Infinity;
    throw e;
  }
}

/** 2**x, correctly rounded as glibc's exp2 (nearly always) is; math_1 applies the error rules. */
function exp2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 1024) return Infinity;
  if (x < -1080) return 0;
  return powOrInfinity(2, x);
}

/** math.pow: C99's special values, domain errors where ** would raise or go complex. */
function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    // y is infinite, x finite
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (x === 0 && y < 0) domainError(); // a pole
  if (x < 0 && y !== Math.floor(y)) domainError(); // complex result
  if (y === 0) return 1;
  if (x === 0) return Math.abs(y) % 2 === 1 ? x : 0;
  // floatPow (correctly rounded) raises OverflowError in **'s words; math.pow says "math range error"
  const r = powOrInfinity(x, y);
  if (r === Infinity || r === -Infinity) rangeError();
  return r;
}

def('floor', (base, n, kw) => roundTo('floor', Math.floor, base, n, kw));
def('ceil', (base, n, kw) => roundTo('ceil', Math.ceil, base, n, kw));
function roundTo(name: string, f: (x: number) => number, base: number, n: number, kw: number): number {
  noKw(`math.${name}`, kw); argCount(`math.${name}`, n, 1, 1);
  const v = S()[base];
  if (isInt(v)) return newInt(intValue(v));
  // a class's __floor__ / __ceil__ answers for it, whatever it returns
  const r = tidOf(v) === Tid.FLOAT ? 0 : callSpecial(v, `__${name}__`, []);
  if (r !== 0) return r;
  return newInt(floatToInt(f(toDouble(v))));
}
def('trunc', (base, n, kw) => {
  noKw('math.trunc', kw); argCount('math.trunc', n, 1, 1);
  const v = S()[base];
  if (isInt(v)) return newInt(intValue(v));
  if (tidOf(v) === Tid.FLOAT) return newInt(floatToInt(floatValue(v)));
  const r = callSpecial(v, '__trunc__', []);
  if (r === 0) typeError(`type ${typeNameOf(v)} doesn't define __trunc__ method`);
  return r;
});
def('modf', (base, n, kw) => {
  noKw('math.modf', kw); argCount('math.modf', n, 1, 1);
  const x = toDouble(S()[base]);
  if (x === Infinity || x === -Infinity) return tupleOf([newFloat(signBit(x) ? -0 : 0), newFloat(x)]);
  if (x !== x) return tupleOf([newFloat(x), newFloat(x)]);
  const whole = Math.trunc(x);
  const frac = x - whole;
  return tupleOf([newFloat(signBit(x) ? -Math.abs(frac) : Math.abs(frac)), newFloat(whole)]);
});
def('frexp', (base, n, kw) => {
  noKw('math.frexp', kw); argCount('math.frexp', n, 1, 1);
  const x = toDouble(S()[base]);
  if (x === 0 || !Number.isFinite(x)) return tupleOf([newFloat(x), newInt(0)]);
  const [m, e] = frexp(x);
  return tupleOf([newFloat(m), newInt(e)]);
});
def('ldexp', (base, n, kw) => {
  noKw('math.ldexp', kw); argCount('ldexp', n, 2, 2);
  const x = toDouble(S()[base]);
  const iv = S()[base + 1];
  if (!isInt(iv)) typeError('Expected an int as second argument to ldexp.'); // no __index__ here, as CPython
  const i = intValue(iv);
  if (x === 0 || !Number.isFinite(x)) return newFloat(x);
  if (i > 100000) rangeError();
  if (i < -100000) return newFloat(signBit(x) ? -0 : 0);
  const [m, e] = exactParts(x);
  const r = mulPow2(m, e + Number(i));
  if (!Number.isFinite(r)) rangeError();
  return newFloat(r);
});

def('isclose', (base, n, kw) => {
  const [av, bv, relv, absv] = bindArgs(
    { name: 'isclose', params: ['a', 'b'], required: 2, kwOnly: ['rel_tol', 'abs_tol'], style: 'clinic' }, base, n, kw);
  const a = toDouble(av), b = toDouble(bv);
  const rel = relv === 0 ? 1e-9 : toDouble(relv), abs = absv === 0 ? 0 : toDouble(absv);
  if (rel < 0 || abs < 0) valueError('tolerances must be non-negative');
  if (a === b) return pyBool(true);
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return pyBool(false);
  const diff = Math.abs(b - a);
  return pyBool(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
});

// ---- exact integer functions

/** The product lo * (lo+1) * ... * hi, split in halves so the big multiplications balance. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (hi - lo < 16n) {
    let p = 1n;
    for (let k = lo; k <= hi; k++) p *= k;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function factorial(x: IntValue): IntValue {
  if (x < 0) valueError('factorial() not defined for negative values');
  if (x > 9223372036854775807n) overflowError('factorial() argument should not exceed 9223372036854775807');
  if (x < 2) return 1;
  return I.normalize(rangeProduct(1n, BigInt(x)));
}
def('factorial', (base, n, kw) => {
  noKw('math.factorial', kw); argCount('math.factorial', n, 1, 1);
  return newInt(factorial(toIndex(S()[base])));
});

function gcd2(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a), y = Math.abs(b);
    while (y !== 0) { const t: number = x % y; x = y; y = t; }
    return x;
  }
  let x = BigInt(a), y = BigInt(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) { const t = x % y; x = y; y = t; }
  return I.normalize(x);
}
def('gcd', (base, n, kw) => {
  noKw('math.gcd', kw);
  let g: IntValue = 0;
  for (let i = 0; i < n; i++) g = gcd2(g, toIndex(S()[base + i]));
  return newInt(g);
});
def('lcm', (base, n, kw) => {
  noKw('math.lcm', kw);
  let l: IntValue = 1;
  for (let i = 0; i < n; i++) {
    const x = toIndex(S()[base + i]);
    if (i === 0) { l = I.abs(x); continue; }
    if (I.isZero(l)) continue; // zero stays zero; the remaining arguments are still type-checked
    if (I.isZero(x)) { l = 0; continue; }
    l = I.abs(I.mul(I.floordiv(l, gcd2(l, x)), x));
  }
  return newInt(l);
});

/** floor(sqrt(n)) exactly, for n >= 0. */
function isqrt(n: IntValue): IntValue {
  if (typeof n === 'number') {
    let s = Math.floor(Math.sqrt(n));
    while (s * s > n) s--; // the double sqrt may round up (n near 2**53)
    while ((s + 1) * (s + 1) <= n) s++;
    return s;
  }
  // Newton's iteration from above converges to the floor
  let x = 1n << BigInt((bigBitLength(n) + 2) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return I.normalize(x);
    x = y;
  }
}
def('isqrt', (base, n, kw) => {
  noKw('math.isqrt', kw); argCount('math.isqrt', n, 1, 1);
  const x = toIndex(S()[base]);
  if (x < 0) valueError('isqrt() argument must be nonnegative');
  return newInt(isqrt(x));
});

def('comb', (base, n, kw) => {
  noKw('math.comb', kw); argCount('comb', n, 2, 2);
  const nn = toIndex(S()[base]), k = toIndex(S()[base + 1]);
  if (nn < 0) valueError('n must be a non-negative integer');
  if (k < 0) valueError('k must be a non-negative integer');
  if (k > nn) return newInt(0);
  const N = BigInt(nn);
  let K = BigInt(k);
  if (N - K < K) K = N - K;
  // C(n, i+1) = C(n, i) * (n - i) / (i + 1): every intermediate value is an exact binomial
  let c = 1n;
  for (let i = 0n; i < K; i++) c = (c * (N - i)) / (i + 1n);
  return newInt(I.normalize(c));
});
def('perm', (base, n, kw) => {
  noKw('math.perm', kw); argCount('perm', n, 1, 2);
  const nv = S()[base];
  if (n === 1 || S()[base + 1] === NONE) return newInt(factorial(toIndex(nv)));
  const nn = toIndex(nv), k = toIndex(S()[base + 1]);
  if (nn < 0) valueError('n must be a non-negative integer');
  if (k < 0) valueError('k must be a non-negative integer');
  if (k > nn) return newInt(0);
  if (k == 0) return newInt(1); // eslint-disable-line eqeqeq -- number or bigint
  const N = BigInt(nn);
  return newInt(I.normalize(rangeProduct(N - BigInt(k) + 1n, N)));
});

// ---- sums, products, norms

/**
 * fsum: Shewchuk's exact partials as CPython's math_fsum keeps them, then its final rounding
 * (with the half-even fix-up across partials), so the result is the correctly rounded sum.
 */
def('fsum', (base, n, kw) => {
  noKw('math.fsum', kw); argCount('math.fsum', n, 1, 1);
  const it = getIter(S()[base]);
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  try {
    for (let item = iterNext(it); item !== 0; item = iterNext(it)) {
      let x: number;
      try { x = toDouble(item); } finally { decref(item); }
      const xsave = x;
      let i = 0;
      for (let j = 0; j < p.length; j++) {
        let y = p[j];
        if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0) p[i++] = lo;
        x = hi;
      }
      p.length = i;
      if (x !== 0) {
        if (!Number.isFinite(x)) {
          // inf or nan in the input, or an overflow of finite partials
          if (Number.isFinite(xsave)) overflowError('intermediate overflow in fsum');
          if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
          specialSum += xsave;
          p.length = 0;
        } else {
          p.push(x);
        }
      }
    }
  } finally {
    decref(it);
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) valueError('-inf + inf in fsum');
    return newFloat(specialSum);
  }
  let hi = 0;
  let k = p.length;
  if (k > 0) {
    hi = p[--k];
    let lo = 0;
    while (k > 0) {
      const x = hi, y = p[--k];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (k > 0 && ((lo < 0 && p[k - 1] < 0) || (lo > 0 && p[k - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return newFloat(hi);
});

def('prod', (base, n, kw) => {
  const [iterable, startv] = bindArgs(
    { name: 'prod', params: ['iterable'], required: 1, posOnly: 1, kwOnly: ['start'], style: 'clinic' }, base, n, kw);
  let acc = startv === 0 ? newInt(1) : startv;
  if (startv !== 0) incref(acc);
  const it = getIter(iterable);
  try {
    for (let item = iterNext(it); item !== 0; item = iterNext(it)) {
      let next: number;
      try { next = binaryOp(NB.MULTIPLY, acc, item); } finally { decref(item); }
      decref(acc);
      acc = next;
    }
  } catch (e) {
    decref(acc);
    throw e;
  } finally {
    decref(it);
  }
  return acc;
});

/**
 * CPython's vector_norm: scale by a power of two so the largest coordinate is in [0.5, 1), sum
 * the squares losslessly (double-length products and sums), take the root, then one Newton
 * correction. Accurate to within an ulp and, being the same sequence of IEEE operations, the
 * same double CPython computes.
 */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const DBL_MIN = 2.2250738585072014e-308;
  const [, maxE] = frexp(max);
  if (maxE < -1023) return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  const scale = 2 ** -maxE;
  let csum = 1, frac1 = 0, frac2 = 0;
  for (const v of vec) {
    const x = v * scale;
    dlMul(x, x);
    const ph = DH, pl = DL;
    fastTwoSum(csum, ph);
    csum = DH;
    frac1 += pl;
    frac2 += DL;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  dlMul(-h, h);
  const ph = DH, pl = DL;
  fastTwoSum(csum, ph);
  csum = DH;
  frac1 += pl;
  frac2 += DL;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}
/** Dekker's exact product in the form CPython's dl_mul writes it (p + q, then the tail). */
function dlMul(x: number, y: number): void {
  let t = SPLITTER * x;
  const xh = t - (t - x), xl = x - xh;
  t = SPLITTER * y;
  const yh = t - (t - y), yl = y - yh;
  const p = xh * yh, q = xh * yl + xl * yh;
  const z = p + q;
  DL = p - z + q + xl * yl;
  DH = z;
}

def('hypot', (base, n, kw) => {
  noKw('math.hypot', kw);
  const coords: number[] = [];
  let max = 0, foundNan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(toDouble(S()[base + i]));
    coords.push(x);
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return newFloat(vectorNorm(coords, max, foundNan));
});
def('dist', (base, n, kw) => {
  noKw('math.dist', kw); argCount('dist', n, 2, 2);
  const p = collect(S()[base]);
  let q: number[] = [];
  try {
    q = collect(S()[base + 1]);
    if (p.length !== q.length) valueError('both points must have the same number of dimensions');
    const diffs: number[] = [];
    let max = 0, foundNan = false;
    for (let i = 0; i < p.length; i++) {
      const x = Math.abs(toDouble(p[i]) - toDouble(q[i]));
      diffs.push(x);
      if (x !== x) foundNan = true;
      if (x > max) max = x;
    }
    return newFloat(vectorNorm(diffs, max, foundNan));
  } finally {
    for (const v of p) decref(v);
    for (const v of q) decref(v);
  }
});

defineBuiltinModule('math', (d) => {
  for (const [name, idx] of table) dictSet(d, intern(name), nativeObject(idx));
  const set = (k: string, v: number) => { dictSet(d, intern(k), v); decref(v); };
  set('pi', newFloat(Math.PI));
  set('e', newFloat(Math.E));
  set('tau', newFloat(2 * Math.PI));
  set('inf', newFloat(Infinity));
  set('nan', newFloat(NaN));
});
