// float.ts - CPython's float text and float arithmetic over JS numbers.
// Owns: float repr, dtoa-style half-even digits (the base of format() and %), round(), //, %,
// divmod, ** and hash() of floats and ints.
// Must never: let JS's toFixed/toExponential round an exact tie (JS rounds half away from
// zero, CPython half to even): ties are detected from the binary exponent and done exactly.

import { FormatError } from './errors';

/** A Python int as the VM hands it over: a safe integer number, or a bigint beyond that. */
export type PyInt = number | bigint;

// ---- bit access -------------------------------------------------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
const HI = U32[1] === 0x3ff00000 ? 1 : 0; // index of the high word (1 on little-endian hosts)
const LO = 1 - HI;

// Outputs of decompose(): |x| = decM * 2**decE with decM odd (module state: no allocation).
let decM = 0;
let decE = 0;

function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** Splits finite x != 0 into an odd integer mantissa and a binary exponent (sign ignored). */
function decompose(x: number): void {
  F64[0] = x;
  const hi = U32[HI];
  const lo = U32[LO];
  const bexp = (hi >>> 20) & 0x7ff;
  const mhi = (hi & 0xfffff) | (bexp === 0 ? 0 : 0x100000);
  const tz = lo !== 0 ? ctz32(lo) : 32 + ctz32(mhi);
  decM = (mhi * 4294967296 + lo) / 2 ** tz;
  decE = (bexp === 0 ? -1074 : bexp - 1075) + tz;
}

// ---- digit generation (the equivalent of David Gay's _Py_dg_dtoa) -------------------------

/**
 * A decimal digit string without leading or trailing zeros and the position of the decimal
 * point: value = 0.DIGITS * 10**decpt. digits === '' means the value rounded to zero.
 */
export interface Digits {
  digits: string;
  decpt: number;
}

/** Parses JS's own number text ("123.45", "0.00012", "1.5e+300", "1e-7") into Digits. */
function parseJsDigits(s: string): Digits {
  let exp10 = 0;
  let mant = s;
  const ePos = s.indexOf('e');
  if (ePos >= 0) {
    exp10 = +s.slice(ePos + 1);
    mant = s.slice(0, ePos);
  }
  const dot = mant.indexOf('.');
  const all = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
  let decpt = (dot < 0 ? mant.length : dot) + exp10;
  let i = 0;
  while (i < all.length && all.charCodeAt(i) === 48) {
    i++;
    decpt--;
  }
  let j = all.length;
  while (j > i && all.charCodeAt(j - 1) === 48) j--;
  return { digits: all.slice(i, j), decpt };
}

function stripTrailingZeros(s: string): string {
  let j = s.length;
  while (j > 0 && s.charCodeAt(j - 1) === 48) j--;
  return j === s.length ? s : s.slice(0, j);
}

/** The exact decimal expansion of finite x > 0 (after decompose(x)). */
function exactDigits(): Digits {
  if (decE >= 0) {
    const s = decE === 0 ? String(decM) : (BigInt(decM) << BigInt(decE)).toString();
    return { digits: stripTrailingZeros(s), decpt: s.length };
  }
  const k = -decE;
  // decM * 5**k is odd and ends in 5, so it has no trailing zeros.
  const s = (BigInt(decM) * 5n ** BigInt(k)).toString();
  return { digits: s, decpt: s.length - k };
}

/** Keeps `keep` leading digits of d, rounding half to even on the exact remainder. */
function roundDigits(d: Digits, keep: number): Digits {
  const s = d.digits;
  if (keep >= s.length) return d;
  if (keep < 0) return { digits: '', decpt: d.decpt - keep };
  const next = s.charCodeAt(keep) - 48;
  const restNonZero = s.length > keep + 1; // s has no trailing zeros
  let up: boolean;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else up = restNonZero || (keep > 0 && ((s.charCodeAt(keep - 1) - 48) & 1) === 1);
  if (!up) {
    return { digits: stripTrailingZeros(s.slice(0, keep)), decpt: d.decpt };
  }
  // Increment the kept prefix; drop the 9s that carry.
  let j = keep;
  while (j > 0 && s.charCodeAt(j - 1) === 57) j--;
  if (j === 0) return { digits: '1', decpt: d.decpt + 1 };
  return { digits: s.slice(0, j - 1) + String.fromCharCode(s.charCodeAt(j - 1) + 1), decpt: d.decpt };
}

const LOG10_5 = Math.log10(5);

/**
 * Digits of finite x > 0 as _Py_dg_dtoa gives them. mode 0: shortest string that round-trips
 * (n ignored); mode 2: at most n >= 1 significant digits; mode 3: digits up to n places after
 * the decimal point (n may be negative). Rounding is half-even on the exact binary value.
 */
export function dtoa(x: number, mode: 0 | 2 | 3, n: number): Digits {
  if (mode === 0) return parseJsDigits(String(x));
  decompose(x);
  if (decE >= 0) {
    // An integer: its exact digits are cheap, so round them directly.
    const s = x <= 9007199254740992 ? String(x) : BigInt(x).toString();
    const d = { digits: stripTrailingZeros(s), decpt: s.length };
    return roundDigits(d, mode === 2 ? n : d.decpt + n);
  }
  const k = -decE; // number of binary fraction digits == number of decimal fraction digits
  if (mode === 3) {
    // Exact tie only when the last exact decimal digit (a 5 at place k) is the one dropped.
    if (n >= 0 && n <= 100 && k !== n + 1 && x < 1e21) return parseJsDigits(x.toFixed(n));
    const d = exactDigits();
    return roundDigits(d, d.decpt + n);
  }
  // mode 2: exact decimal has D = digits(decM * 5**k) significant digits, the last a 5.
  if (n <= 101) {
    const dEst = Math.floor(Math.log10(decM) + k * LOG10_5) + 1;
    if (dEst < n || dEst > n + 2) return parseJsDigits(x.toExponential(n - 1));
  }
  return roundDigits(exactDigits(), n);
}

// ---- PyOS_double_to_string ----------------------------------------------------------------

/** Flags of doubleToString (CPython's Py_DTSF_*). */
export const DTSF_SIGN = 1; // always emit a sign
export const DTSF_ADD_DOT_0 = 2; // integral results get ".0" (repr style)
export const DTSF_ALT = 4; // '#' alternate form: keep the point and trailing zeros
export const DTSF_NO_NEG_0 = 8; // 'z': a negative zero result loses its sign

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

/**
 * PyOS_double_to_string: formatCode is one of e E f F g G r ('r' = repr, precision 0).
 * This is the single place where float text is laid out; everything else calls it.
 */
export function doubleToString(x: number, formatCode: string, precision: number, flags: number): string {
  let upper = false;
  let code = formatCode;
  let mode: 0 | 2 | 3;
  switch (formatCode) {
    case 'E':
      upper = true;
      code = 'e';
    // falls through
    case 'e':
      mode = 2;
      precision++;
      break;
    case 'F':
      upper = true;
      code = 'f';
    // falls through
    case 'f':
      mode = 3;
      break;
    case 'G':
      upper = true;
      code = 'g';
    // falls through
    case 'g':
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case 'r':
      mode = 0;
      precision = 0;
      break;
    default:
      throw new Error(`doubleToString: bad format code ${formatCode}`);
  }
  const addSign = (flags & DTSF_SIGN) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  if (x !== x) return (addSign ? '+' : '') + (upper ? 'NAN' : 'nan');
  if (x === Infinity || x === -Infinity) return (neg ? '-' : addSign ? '+' : '') + (upper ? 'INF' : 'inf');

  if (mode === 3 && precision <= 100 && (flags & (DTSF_ALT | DTSF_NO_NEG_0)) === 0 && x !== 0) {
    // Fast path: JS's toFixed is correctly rounded except on exact ties (see dtoa) and
    // prints the same text as CPython's 'f' below 1e21.
    const ax = neg ? -x : x;
    if (ax < 1e21) {
      decompose(ax);
      if (decE >= 0 || -decE !== precision + 1) return addSign && !neg ? '+' + x.toFixed(precision) : x.toFixed(precision);
    }
  }
  let digits: string;
  let decpt: number;
  if (x === 0) {
    digits = '0';
    decpt = 1;
  } else {
    const d = dtoa(neg ? -x : x, mode, precision);
    digits = d.digits;
    decpt = d.decpt;
  }
  if ((flags & DTSF_NO_NEG_0) !== 0 && neg && (digits.length === 0 || digits === '0')) neg = false;

  // From here on a line-by-line port of format_float_short (Python/pystrtod.c): output the
  // slice [vdigitsStart, vdigitsEnd) of the digits padded with zeros on both sides.
  const len = digits.length;
  let vdigitsEnd = len;
  let useExp = false;
  switch (code) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    default: // 'r'
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = neg ? '-' : addSign ? '+' : '';
  if (decpt <= 0) out += zeros(decpt - vdigitsStart) + '.' + zeros(-decpt);
  else out += zeros(-vdigitsStart);
  if (decpt > 0 && decpt <= len) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (len < decpt) out += zeros(decpt - len) + '.' + zeros(vdigitsEnd - decpt);
  else out += zeros(vdigitsEnd - len);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  return out;
}

// ---- repr / str ---------------------------------------------------------------------------

/**
 * repr(x) (== str(x) in Python 3): the shortest string that round-trips, fixed notation for
 * 1e-4 <= |x| < 1e16, else exponent with at least two exponent digits.
 */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    // JS prints this range in plain fixed notation with the same shortest digits.
    const s = '' + x;
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (ax === Infinity) return x > 0 ? 'inf' : '-inf';
  const s = x.toExponential(); // shortest digits, e.g. "1.5e+300", "1e-5"
  const e = s.indexOf('e');
  return s.length - e === 3 ? s.slice(0, e + 2) + '0' + s.slice(e + 2) : s;
}

/** str(x) for a float: identical to repr in Python 3. */
export const floatToString = floatRepr;

/** '%.{precision}f' % x */
export function formatFloatFixed(x: number, precision: number): string {
  return doubleToString(x, 'f', precision, 0);
}
/** '%.{precision}e' % x */
export function formatFloatExp(x: number, precision: number): string {
  return doubleToString(x, 'e', precision, 0);
}
/** '%.{precision}g' % x */
export function formatFloatGeneral(x: number, precision: number): string {
  return doubleToString(x, 'g', precision, 0);
}

// ---- conversions --------------------------------------------------------------------------

/** int(x) for a float: truncation toward zero (PyLong_FromDouble). */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw new FormatError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) {
    throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
  }
  const t = Math.trunc(x);
  if (t <= 9007199254740991 && t >= -9007199254740991) return t + 0; // + 0 turns -0 into 0
  return BigInt(t);
}

function copysign0(y: number): number {
  return y < 0 || (y === 0 && 1 / y < 0) ? -0 : 0;
}

// ---- round() ------------------------------------------------------------------------------

/**
 * round(x) and round(x, ndigits) for a float.
 * Without ndigits (undefined or null): an int, half to even ("banker's"), with
 * OverflowError/ValueError for inf/nan. With ndigits: a float, rounded half-even on the exact
 * decimal value of x (round(2.675, 2) == 2.67); OverflowError when the result overflows.
 */
export function roundFloat(x: number): PyInt;
export function roundFloat(x: number, ndigits: PyInt | null | undefined): PyInt;
export function roundFloat(x: number, ndigits?: PyInt | null): PyInt {
  if (ndigits === undefined || ndigits === null) {
    if (!(x - x === 0)) return floatToInt(x); // raises the right error for inf / nan
    let r = Math.floor(x);
    const diff = x - r; // exact
    if (diff > 0.5 || (diff === 0.5 && r % 2 !== 0)) r += 1;
    return floatToInt(r);
  }
  if (!(x - x === 0)) return x;
  // Beyond these bounds x always rounds to itself / to a signed zero (NDIGITS_MAX/MIN).
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const n = Number(ndigits);
  if (x === 0) return x;
  const ax = x < 0 ? -x : x;
  if (n >= 0 && n <= 100 && ax < 1e21) {
    // toFixed is the correctly rounded decimal unless x is an exact tie (see dtoa)
    decompose(ax);
    if (decE >= 0 || -decE !== n + 1) return Number(x.toFixed(n));
  }
  const d = dtoa(ax, 3, n);
  const r = Number((x < 0 ? '-0' : '0') + d.digits + 'e' + (d.decpt - d.digits.length));
  if (r === Infinity || r === -Infinity) {
    throw new FormatError('OverflowError', 'rounded value too large to represent');
  }
  return r;
}

// ---- arithmetic ---------------------------------------------------------------------------

/** x / y for floats. */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw new FormatError('ZeroDivisionError', 'float division by zero');
  return x / y;
}

// _float_div_mod from Objects/floatobject.c; results in module state (no allocation).
let dmDiv = 0;
let dmMod = 0;
function floatDivModInto(vx: number, wx: number): void {
  let mod = vx % wx; // C fmod: exact, sign of vx
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    // NaN !== 0 too, as in C
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = copysign0(wx);
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign0(vx / wx);
  }
  dmDiv = floordiv;
  dmMod = mod;
}

/** x // y for floats (Python's floor semantics). */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw new FormatError('ZeroDivisionError', 'float floor division by zero');
  floatDivModInto(x, y);
  return dmDiv;
}

/** x % y for floats: the result has the sign of y. */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw new FormatError('ZeroDivisionError', 'float modulo');
  let mod = x % y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = copysign0(y);
  }
  return mod;
}

/** divmod(x, y) for floats. */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw new FormatError('ZeroDivisionError', 'float divmod()');
  floatDivModInto(x, y);
  return [dmDiv, dmMod];
}

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/**
 * x ** y for floats (float_pow). A negative base with a non-integral exponent gives a complex
 * number in CPython; complex is unsupported here, so that raises ValueError.
 */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (x !== x) return x;
  if (y !== y) return x === 1.0 ? 1.0 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    if (y > 0 === ax > 1.0) return Infinity;
    return 0.0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Infinity;
    return odd ? copysign0(x) : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw new FormatError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0.0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) {
      throw new FormatError(
        'ValueError',
        'negative number cannot be raised to a fractional power (complex numbers are not supported)',
      );
    }
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1.0) return negate ? -1.0 : 1.0;
  const r = powPositive(x, y);
  if (r === Infinity) throw new FormatError('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/**
 * x ** y for finite x > 0, x != 1, finite y != 0, correctly rounded (JS's Math.pow is not:
 * it is off by an ulp on ~5% of inputs, where CPython gets glibc's nearly-correctly-rounded
 * pow). Small integral exponents are exact; the rest use double-double log/exp (~100 bits).
 */
function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (y % 1 === 0 && y <= 64 && y >= -64) {
    decompose(x);
    const p = BigInt(decM) ** BigInt(y < 0 ? -y : y);
    const e2 = decE * (y < 0 ? -y : y);
    return y > 0 ? ratioToDouble(p, 1n, e2) : ratioToDouble(1n, p, -e2);
  }
  // |ln x| >= 1.1e-16 for every double x != 1, so |y ln x| > 746 here: inf or 0.
  if (y > 1e19 || y < -1e19) return x > 1 === y > 0 ? Infinity : 0;
  ddLog(x);
  twoProd(y, ddH);
  const th0 = ddH;
  const tl0 = ddL + y * lnL;
  quickTwoSum(th0, tl0);
  if (ddH > 710) return Infinity;
  if (ddH < -746) return 0;
  return ddExpToDouble(ddH, ddL);
}

// ---- correctly rounded ratios and double-double helpers ------------------------------------

/** Bit length of a non-negative bigint. */
export function bigBitLength(a: bigint): number {
  if (a === 0n) return 0;
  const h = a.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

function ldexpExact(m: number, e: number): number {
  // m * 2**e where the exact result is representable (or overflows): split the scaling so no
  // intermediate step rounds.
  if (e < -1022) return m * 2 ** (e + 200) * 2 ** -200;
  if (e > 1023) return m * 2 ** 1023 * 2 ** (e - 1023);
  return m * 2 ** e;
}

/**
 * (a / b) * 2**e2 for bigints a, b > 0, correctly rounded half-even, subnormals included;
 * Infinity when it overflows.
 */
export function ratioToDouble(a: bigint, b: bigint, e2: number): number {
  const la = bigBitLength(a);
  const lb = bigBitLength(b);
  const e = la - lb + e2; // value in (2**(e-1), 2**(e+1))
  if (e > 1025) return Infinity;
  if (e < -1076) return 0;
  // q = floor(a * 2**s / b) has >= 55 bits: 53 kept, a rounding bit, and a sticky remainder
  const s = 55 - (la - lb);
  const num = s >= 0 ? a << BigInt(s) : a;
  const den = s >= 0 ? b : b << BigInt(-s);
  const q = num / den;
  const sticky = q * den !== num;
  // bit i of q weighs 2**(i + e2 - s); subnormals keep only bits of weight >= 2**-1074
  const drop = Math.max(bigBitLength(q) - 53, s - e2 - 1074);
  const dropN = BigInt(drop);
  let m = q >> dropN;
  const low = q & ((1n << dropN) - 1n);
  const half = 1n << (dropN - 1n);
  if (low > half || (low === half && (sticky || (m & 1n) === 1n))) m += 1n;
  return ldexpExact(Number(m), drop + e2 - s);
}

// Double-double arithmetic; results in module registers (ddH, ddL) to avoid allocation.
let ddH = 0;
let ddL = 0;
const SPLITTER = 134217729; // 2**27 + 1

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  ddL = b - (s - a);
  ddH = s;
}
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  ddL = a - (s - bb) + (b - bb);
  ddH = s;
}
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  ddL = ah * bh - p + ah * bl + al * bh + al * bl;
  ddH = p;
}
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  quickTwoSum(ddH, ddL + (ah * bl + al * bh));
}
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const h = ddH;
  const l = ddL + al + bl;
  quickTwoSum(h, l);
}
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  // long division with three quotient digits (~150 bits before the final rounding)
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -ddH, -ddL);
  const rh = ddH;
  const rl = ddL;
  const q2 = rh / bh;
  ddMul(q2, 0, bh, bl);
  ddAdd(rh, rl, -ddH, -ddL);
  const q3 = ddH / bh;
  quickTwoSum(q1, q2);
  ddAdd(ddH, ddL, q3, 0);
}

const LN2_H = 0.6931471805599453;
const LN2_L = 2.3190468138462996e-17;
let lnL = 0; // low part of ddLog's result (the high part is left in ddH)

// 1/(2i+1) as double-doubles, for the atanh series of ln
const INV_ODD_H: number[] = [];
const INV_ODD_L: number[] = [];
for (let i = 0; i < 24; i++) {
  const h = 1 / (2 * i + 1);
  twoProd(h, 2 * i + 1);
  INV_ODD_H.push(h);
  INV_ODD_L.push(-(ddH - 1 + ddL) / (2 * i + 1));
}
// 1/k! as double-doubles, for the Taylor series of exp
const INV_FACT_H: number[] = [0];
const INV_FACT_L: number[] = [0];
{
  let fh = 1;
  let fl = 0;
  for (let k = 1; k <= 12; k++) {
    ddMul(fh, fl, k, 0);
    fh = ddH;
    fl = ddL;
    const h = 1 / fh;
    ddMul(h, 0, fh, fl);
    INV_FACT_H.push(h);
    INV_FACT_L.push(-(ddH - 1 + ddL) / fh);
  }
}

/** ln(m) for m in [0.5, 2] as a double-double in (ddH, ddL): 2 atanh((m - c)/(m + c)) + ln c. */
function ddLogNear(m: number, c: number, lch: number, lcl: number): void {
  // m - c is exact (Sterbenz); m + c needs a twoSum
  twoSum(m, c);
  ddDiv(m - c, 0, ddH, ddL);
  const sh = ddH;
  const sl = ddL;
  ddMul(sh, sl, sh, sl);
  const s2h = ddH;
  const s2l = ddL;
  // terms needed: s2**n < 1e-34 relative
  let n = 23;
  if (s2h < 1e-300) n = 1;
  else {
    const need = Math.ceil(-34 / Math.log10(s2h));
    if (need < n) n = need < 1 ? 1 : need;
  }
  let ph = INV_ODD_H[n];
  let pl = INV_ODD_L[n];
  for (let i = n - 1; i >= 0; i--) {
    ddMul(ph, pl, s2h, s2l);
    ddAdd(ddH, ddL, INV_ODD_H[i], INV_ODD_L[i]);
    ph = ddH;
    pl = ddL;
  }
  ddMul(ph, pl, sh, sl);
  ddAdd(ddH * 2, ddL * 2, lch, lcl);
}

// ln(j/64) for j = 45..91 (covering [sqrt(1/2), sqrt(2)]), built on first use.
const LNTAB_H: number[] = [];
const LNTAB_L: number[] = [];
function lnTable(): void {
  for (let j = 0; j <= 91; j++) {
    if (j < 45) {
      LNTAB_H.push(0);
      LNTAB_L.push(0);
      continue;
    }
    ddLogNear(j / 64, 1, 0, 0); // |s| <= 0.18: the long series, once per entry
    LNTAB_H.push(ddH);
    LNTAB_L.push(ddL);
  }
}

/** ln(x) for finite x > 0 as a double-double: high part in ddH, low part in lnL. */
function ddLog(x: number): void {
  if (LNTAB_H.length === 0) lnTable();
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54: make it normal
    k = -54;
  }
  F64[0] = x;
  const hi = U32[HI];
  k += ((hi >>> 20) & 0x7ff) - 1023;
  U32[HI] = (hi & 0x800fffff) | 0x3ff00000;
  let m = F64[0]; // in [1, 2)
  if (m > 1.4142135623730951) {
    m /= 2;
    k++;
  }
  // m = (j/64) * (1 + small): |s| <= 0.006, so the series needs ~8 terms
  const j = Math.round(m * 64);
  ddLogNear(m, j / 64, LNTAB_H[j], LNTAB_L[j]);
  const lmh = ddH;
  const lml = ddL;
  // + k ln 2
  twoProd(k, LN2_H);
  const kh = ddH;
  const kl = ddL + k * LN2_L;
  ddAdd(kh, kl, lmh, lml);
  lnL = ddL;
}

/** e**(th + tl) rounded once to the nearest double (subnormals included); |th| <= 746. */
function ddExpToDouble(th: number, tl: number): number {
  const n = Math.round(th / LN2_H);
  twoProd(n, LN2_H);
  const ph = ddH;
  const pl = ddL + n * LN2_L;
  ddAdd(th, tl, -ph, -pl); // r = t - n ln2, |r| <= ~0.35
  const rh = ddH / 256;
  const rl = ddL / 256;
  // q = e**r' - 1 by Taylor, Horner form
  let qh = INV_FACT_H[11];
  let ql = INV_FACT_L[11];
  for (let k = 10; k >= 1; k--) {
    ddMul(qh, ql, rh, rl);
    ddAdd(ddH, ddL, INV_FACT_H[k], INV_FACT_L[k]);
    qh = ddH;
    ql = ddL;
  }
  ddMul(qh, ql, rh, rl);
  qh = ddH;
  ql = ddL;
  // (1 + q)**2 - 1 = 2q + q*q, eight times undoes the division by 256
  for (let i = 0; i < 8; i++) {
    ddMul(qh, ql, qh, ql);
    ddAdd(2 * qh, 2 * ql, ddH, ddL);
    qh = ddH;
    ql = ddL;
  }
  ddAdd(1, 0, qh, ql);
  const eh = ddH;
  const el = ddL;
  if (n >= -1021) return ldexpExact(eh, n); // eh == fl(eh + el); scaling is exact or overflows
  // subnormal result: round (eh + el) * 2**(n + 1074) to an integer once, half-even
  const sc = 2 ** (n + 1074);
  const wh = eh * sc;
  const wl = el * sc;
  let f = Math.floor(wh);
  const frac = wh - f + wl;
  if (frac > 0.5 || (frac === 0.5 && f % 2 === 1)) f += 1;
  return f * 5e-324;
}

// ---- hash() -------------------------------------------------------------------------------

const HASH_MODULUS = (1n << 61n) - 1n; // 2**61 - 1, a Mersenne prime
const HASH_INF = 314159;

function hashResult(h: bigint): PyInt {
  if (h === -1n) return -2;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** hash(n) for an int: sign(n) * (|n| mod (2**61 - 1)), with -1 mapped to -2. */
export function intHash(n: PyInt): PyInt {
  if (typeof n === 'number') return n === -1 ? -2 : n; // |n| < 2**53 < modulus
  const neg = n < 0n;
  const r = (neg ? -n : n) % HASH_MODULUS;
  return hashResult(neg ? -r : r);
}

/**
 * hash(x) for a float: equal to the hash of the equal int/Fraction (so hash(2.0) == hash(2)).
 * inf -> 314159, -inf -> -314159, nan -> 0 (CPython 3.11 hashes nan by identity).
 */
export function floatHash(x: number): PyInt {
  if (x % 1 === 0) {
    // finite integral value (nan % 1 and inf % 1 are NaN)
    if (x <= 9007199254740991 && x >= -9007199254740991) return x === -1 ? -2 : x + 0;
    return intHash(BigInt(x));
  }
  if (x !== x) return 0;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  decompose(x);
  // x = m * 2**e with e < 0; 2**61 == 1 (mod 2**61 - 1), so 2**e == 2**(e mod 61).
  const shift = ((decE % 61) + 61) % 61;
  const r = (BigInt(decM) << BigInt(shift)) % HASH_MODULUS;
  return hashResult(x < 0 ? -r : r);
}
