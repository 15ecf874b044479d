// intops.ts - Python int semantics over `number | bigint`, plus int()/float() of strings.
// Owns: arithmetic with a safe-integer fast path and bigint beyond it, int <-> float/str
// conversions and their CPython error texts, the int_max_str_digits limit.
// Must never: return a rounded result; a number op that may leave the safe range is redone in bigint.

// Invariant: every PyInt returned here is normalized - a number when it is a safe integer
// (never -0), a bigint otherwise. Inputs may be unnormalized bigints.

import { FormatError } from './errors';
import { bigBitLength, floatPow, PyInt, ratioToDouble } from './float';
import { decimalValue, isSpaceCp } from './unicode';
import { strRepr } from './strmethods';

export type { PyInt } from './float';
export { floatToInt } from './float';

const MAX = 9007199254740991; // Number.MAX_SAFE_INTEGER
const MAXN = 9007199254740991n;

/** A bigint that fits a safe integer becomes a number; anything else is returned as is. */
export function normalize(x: PyInt): PyInt {
  if (typeof x === 'number') return x;
  return x >= -MAXN && x <= MAXN ? Number(x) : x;
}

function big(x: PyInt): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

/** V8 refuses bigints past ~2**30 bits; CPython would exhaust memory instead. */
const MAX_BITS = 1 << 30;
function tooBig(): FormatError {
  return new FormatError('OverflowError', 'too many digits in integer');
}

export function isZero(x: PyInt): boolean {
  return typeof x === 'number' ? x === 0 : x === 0n;
}
export function isNegative(x: PyInt): boolean {
  return typeof x === 'number' ? x < 0 : x < 0n;
}

/** Number of bits of |x| (int.bit_length()). */
export function bitLength(x: PyInt): number {
  if (typeof x === 'number') {
    const a = x < 0 ? -x : x;
    if (a < 4294967296) return 32 - Math.clz32(a);
    return 32 + (32 - Math.clz32(Math.floor(a / 4294967296)));
  }
  return bigBitLength(x < 0n ? -x : x);
}

// ---- arithmetic -------------------------------------------------------------------------

export function add(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b; // exact whenever the exact sum is a safe integer
    if (r <= MAX && r >= -MAX) return r;
    return BigInt(a) + BigInt(b);
  }
  return normalize(big(a) + big(b));
}

export function sub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r + 0;
    return BigInt(a) - BigInt(b);
  }
  return normalize(big(a) - big(b));
}

export function mul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b; // |exact| >= 2**53 always rounds to >= 2**53, so the test is safe
    if (r <= MAX && r >= -MAX) return r + 0;
    return BigInt(a) * BigInt(b);
  }
  if (a === 0 || b === 0) return 0;
  return normalize(big(a) * big(b));
}

export function neg(a: PyInt): PyInt {
  return typeof a === 'number' ? 0 - a : normalize(-a);
}

export function abs(a: PyInt): PyInt {
  if (typeof a === 'number') return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

const ZERO_DIV = 'integer division or modulo by zero';

export function floordiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw new FormatError('ZeroDivisionError', ZERO_DIV);
    const r = a % b; // exact
    const q = (a - r) / b; // exact: a - r is a multiple of b
    return (r !== 0 && r < 0 !== b < 0 ? q - 1 : q) + 0;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw new FormatError('ZeroDivisionError', ZERO_DIV);
  let q = x / y;
  const r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) q -= 1n;
  return normalize(q);
}

export function mod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw new FormatError('ZeroDivisionError', 'integer modulo by zero');
    const r = a % b;
    return (r !== 0 && r < 0 !== b < 0 ? r + b : r) + 0;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw new FormatError('ZeroDivisionError', 'integer modulo by zero');
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normalize(r);
}

export function divmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw new FormatError('ZeroDivisionError', ZERO_DIV);
    const r = a % b;
    const q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) return [q - 1 + 0, r + b];
    return [q + 0, r + 0];
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw new FormatError('ZeroDivisionError', ZERO_DIV);
  let q = x / y;
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) {
    q -= 1n;
    r += y;
  }
  return [normalize(q), normalize(r)];
}

/** int -> float (PyLong_AsDouble): correctly rounded, half to even. */
export function intToFloat(x: PyInt): number {
  if (typeof x === 'number') return x;
  const f = Number(x);
  if (f === Infinity || f === -Infinity) throw new FormatError('OverflowError', 'int too large to convert to float');
  return f;
}

const TRUEDIV_OVERFLOW = 'integer division result too large for a float';

/** a / b for ints: a correctly rounded float (long_true_divide). */
export function truediv(a: PyInt, b: PyInt): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw new FormatError('ZeroDivisionError', 'division by zero');
    return a / b; // both exact doubles: IEEE division is correctly rounded
  }
  let x = big(a);
  let y = big(b);
  if (y === 0n) throw new FormatError('ZeroDivisionError', 'division by zero');
  const negative = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x <= 9007199254740992n && y <= 9007199254740992n) {
    const r = Number(x) / Number(y);
    return negative ? -r : r;
  }
  if (x === 0n) return negative ? -0 : 0;
  const r = ratioToDouble(x, y, 0);
  if (r === Infinity) throw new FormatError('OverflowError', TRUEDIV_OVERFLOW);
  return negative ? -r : r;
}

function modInverse(a: bigint, m: bigint): bigint {
  // extended Euclid; a in [0, m)
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new FormatError('ValueError', 'base is not invertible for the given modulus');
  oldS %= m;
  return oldS < 0n ? oldS + m : oldS;
}

/**
 * pow(base, exp) and pow(base, exp, mod) for ints.
 * NOTE: with exp < 0 and no mod the result is a float (CPython converts both operands to
 * float); the VM must box it as a float - see `powReturnsFloat`.
 */
export function pow(base: PyInt, exp: PyInt, modulus?: PyInt | null): PyInt {
  if (modulus !== undefined && modulus !== null) return powMod(base, exp, modulus);
  if (isNegative(exp)) return floatPow(intToFloat(base), intToFloat(exp));
  if (typeof base === 'number' && typeof exp === 'number') {
    // square-and-multiply in doubles while everything stays exact
    let r = 1;
    let b = base;
    let e = exp;
    for (;;) {
      if (e % 2 === 1) {
        r *= b;
        if (r > MAX || r < -MAX) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return r + 0;
      b *= b;
      if (b > MAX) break;
    }
  }
  const b = big(base);
  const e = big(exp);
  if (b === 0n || b === 1n) return e === 0n ? 1 : Number(b);
  if (b === -1n) return (e & 1n) === 1n ? -1 : 1;
  if (e > BigInt(MAX_BITS) || BigInt(bitLength(b) - 1) * e > BigInt(MAX_BITS)) throw tooBig();
  return normalize(b ** e);
}

/** True when pow(base, exp, mod) returns a float (negative exponent, no modulus). */
export function powReturnsFloat(exp: PyInt, modulus?: PyInt | null): boolean {
  return (modulus === undefined || modulus === null) && isNegative(exp);
}

function powMod(base: PyInt, exp: PyInt, modulus: PyInt): PyInt {
  let m = big(modulus);
  if (m === 0n) throw new FormatError('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeOutput = m < 0n;
  if (negativeOutput) m = -m;
  if (m === 1n) return 0;
  let b = big(base);
  let e = big(exp);
  if (e < 0n) {
    e = -e;
    b %= m;
    if (b < 0n) b += m;
    b = modInverse(b, m);
  }
  b %= m;
  if (b < 0n) b += m;
  let z: bigint;
  if (m <= 67108864n && e <= MAXN) {
    // products stay below 2**52: exact in doubles
    const mm = Number(m);
    let bb = Number(b);
    let ee = Number(e);
    let r = 1 % mm;
    while (ee > 0) {
      if (ee % 2 === 1) r = (r * bb) % mm;
      ee = Math.floor(ee / 2);
      if (ee > 0) bb = (bb * bb) % mm;
    }
    z = BigInt(r);
  } else {
    let r = 1n;
    while (e > 0n) {
      if ((e & 1n) === 1n) r = (r * b) % m;
      e >>= 1n;
      if (e > 0n) b = (b * b) % m;
    }
    z = r;
  }
  if (negativeOutput && z !== 0n) z -= m;
  return normalize(z);
}

// ---- bitwise ------------------------------------------------------------------------------

export function lshift(a: PyInt, n: PyInt): PyInt {
  if (isNegative(n)) throw new FormatError('ValueError', 'negative shift count');
  if (isZero(a)) return 0;
  if (typeof a === 'number' && typeof n === 'number' && n < 53) {
    const r = a * 2 ** n; // exact: a power-of-two scaling
    if (r <= MAX && r >= -MAX) return r;
  }
  const nb = big(n);
  if (nb + BigInt(bitLength(a)) > BigInt(MAX_BITS)) throw tooBig();
  return normalize(big(a) << nb);
}

export function rshift(a: PyInt, n: PyInt): PyInt {
  if (isNegative(n)) throw new FormatError('ValueError', 'negative shift count');
  if (typeof a === 'number') {
    if (typeof n === 'bigint' || n >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n) + 0;
  }
  if (typeof n === 'bigint' && n > BigInt(MAX_BITS)) return a < 0n ? -1 : 0;
  return normalize(a >> big(n));
}

function isInt32(x: PyInt): x is number {
  return typeof x === 'number' && (x | 0) === x;
}

export function and(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normalize(big(a) & big(b));
}
export function or(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normalize(big(a) | big(b));
}
export function xor(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normalize(big(a) ^ big(b));
}
/** ~a == -(a + 1) */
export function invert(a: PyInt): PyInt {
  if (typeof a === 'number') {
    const r = -a - 1;
    return r >= -MAX ? r : BigInt(a) * -1n - 1n;
  }
  return normalize(-a - 1n);
}

/**
 * -1, 0 or 1. JS relational operators compare number and bigint by exact mathematical value,
 * so this (and a plain `<` in the VM) is also exact for int-vs-float comparisons.
 */
export function compare(a: PyInt | number, b: PyInt | number): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** round(x, ndigits) for an int: ndigits >= 0 returns x; otherwise half-even to 10**-ndigits. */
export function intRound(x: PyInt, ndigits: PyInt): PyInt {
  if (!isNegative(ndigits)) return x;
  const k = -big(ndigits);
  const xb = big(x);
  // |x| < 10**digits(x) <= 10**k / 2 once k exceeds the digit count: the result is 0.
  if (k > BigInt(xb.toString().length + 1)) return 0;
  const p = 10n ** k;
  let q = xb / p;
  let r = xb % p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normalize(q * p);
}

// ---- int <-> str ----------------------------------------------------------------------------

let maxStrDigits = 4300;

/** sys.get_int_max_str_digits() */
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}
/** sys.set_int_max_str_digits(n): 0 disables the limit. */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < 640) throw new FormatError('ValueError', 'maxdigits must be 0 or larger than 640');
  maxStrDigits = n;
}

/** The digits of x in base 2..36, lowercase, with a leading '-' when negative (no prefix). */
export function intToStr(x: PyInt, base = 10): string {
  if (typeof x === 'number') return base === 10 ? '' + x : x.toString(base);
  const s = x.toString(base);
  if (base === 10 && maxStrDigits > 0 && s.length - (x < 0n ? 1 : 0) > maxStrDigits) {
    throw new FormatError(
      'ValueError',
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
  return s;
}

function prefixed(x: PyInt, base: number, prefix: string): string {
  const s = intToStr(x, base);
  return s.charCodeAt(0) === 45 ? '-' + prefix + s.slice(1) : prefix + s;
}
/** bin(x) */
export function intBin(x: PyInt): string {
  return prefixed(x, 2, '0b');
}
/** oct(x) */
export function intOct(x: PyInt): string {
  return prefixed(x, 8, '0o');
}
/** hex(x) */
export function intHex(x: PyInt): string {
  return prefixed(x, 16, '0x');
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace -> ' ', Unicode decimal
 * digits -> ASCII digits, anything else >= 127 -> '?' (and the text is cut there).
 */
function toAsciiDigits(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 127) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 127) out += String.fromCharCode(cp);
    else if (isSpaceCp(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

function isCSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 37;
}

/** repr(s) cut to 200 characters, as CPython's "%.200R". */
function repr200(s: string): string {
  const r = strRepr(s);
  if (r.length <= 200) return r;
  let units = 0;
  for (let n = 0; n < 200 && units < r.length; n++) units += r.codePointAt(units)! > 0xffff ? 2 : 1;
  return r.slice(0, units);
}

function parseDigits(digits: string, base: number): PyInt {
  if (digits.length <= 10 || (base === 10 && digits.length <= 15)) return parseInt(digits, base);
  if (base === 10) return normalize(BigInt(digits));
  if (base === 16) return normalize(BigInt('0x' + digits));
  if (base === 8) return normalize(BigInt('0o' + digits));
  if (base === 2) return normalize(BigInt('0b' + digits));
  // other bases: 8 digits at a time (36**8 < 2**53)
  const B = BigInt(base);
  let v = 0n;
  for (let i = 0; i < digits.length; i += 8) {
    const chunk = digits.slice(i, i + 8);
    v = v * B ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
  }
  return normalize(v);
}

/**
 * int(s, base) for a str s (PyLong_FromUnicodeObject): surrounding whitespace, a sign,
 * underscores between digits (PEP 515), base 0 prefixes 0x/0o/0b, Unicode decimal digits.
 */
export function intFromString(s: string, base: PyInt = 10): PyInt {
  if ((base < 2 && Number(base) !== 0) || base > 36) {
    throw new FormatError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const origBase = Number(base);
  let b = origBase;
  // fast path: plain decimal digits
  if (b === 10 && s.length > 0 && s.length <= 15) {
    let ok = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) {
        ok = false;
        break;
      }
    }
    if (ok) return parseInt(s, 10);
  }
  const fail = (): FormatError =>
    new FormatError('ValueError', `invalid literal for int() with base ${origBase}: ${repr200(s)}`);
  const t = toAsciiDigits(s);
  const L = t.length;
  let p = 0;
  while (p < L && isCSpace(t.charCodeAt(p))) p++;
  let negative = false;
  if (t.charCodeAt(p) === 43) p++;
  else if (t.charCodeAt(p) === 45) {
    p++;
    negative = true;
  }
  let errorIfNonzero = false;
  const c0 = t.charCodeAt(p);
  const c1 = t.charCodeAt(p + 1) | 0x20; // lowercased (NaN | 0x20 == 0x20)
  if (b === 0) {
    if (c0 !== 48) b = 10;
    else if (c1 === 120) b = 16;
    else if (c1 === 111) b = 8;
    else if (c1 === 98) b = 2;
    else {
      errorIfNonzero = true; // "old" C-style octal: only zero is allowed
      b = 10;
    }
  }
  if (c0 === 48 && ((b === 16 && c1 === 120) || (b === 8 && c1 === 111) || (b === 2 && c1 === 98))) {
    p += 2;
    if (t.charCodeAt(p) === 95) p++; // one underscore allowed after the prefix
  }
  if (t.charCodeAt(p) === 95) throw fail();
  const start = p;
  let digits = '';
  let runStart = p;
  let prev = 0;
  for (; p < L; p++) {
    const c = t.charCodeAt(p);
    if (c === 95) {
      if (prev === 95) throw fail();
      digits += t.slice(runStart, p);
      runStart = p + 1;
    } else if (digitValue(c) >= b) break;
    prev = c;
  }
  if (prev === 95) throw fail();
  digits += t.slice(runStart, p);
  if ((b & (b - 1)) !== 0 && maxStrDigits > 0 && digits.length > maxStrDigits) {
    throw new FormatError(
      'ValueError',
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: ` +
        `value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (p === start) throw fail();
  const value = parseDigits(digits, b);
  if (errorIfNonzero && !isZero(value)) throw fail();
  while (p < L && isCSpace(t.charCodeAt(p))) p++;
  if (p !== L) throw fail();
  return negative ? neg(value) : value;
}

function matchesCI(t: string, p: number, word: string): boolean {
  if (p + word.length > t.length) return false;
  for (let i = 0; i < word.length; i++) {
    if ((t.charCodeAt(p + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * float(s) for a str s (PyFloat_FromString): whitespace, sign, inf/infinity/nan in any case,
 * decimal with optional exponent, underscores only between digits, Unicode decimal digits.
 */
export function floatFromString(s: string): number {
  const fail = (): FormatError => new FormatError('ValueError', `could not convert string to float: ${strRepr(s)}`);
  let t = toAsciiDigits(s);
  if (t.indexOf('_') >= 0) {
    // _Py_string_to_number_with_underscores: each '_' must sit between two digits
    let out = '';
    let prev = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 95) {
        if (!(prev >= 48 && prev <= 57)) throw fail();
      } else {
        if (prev === 95 && !(c >= 48 && c <= 57)) throw fail();
        out += t[i];
      }
      prev = c;
    }
    if (prev === 95) throw fail();
    t = out;
  }
  let a = 0;
  let z = t.length;
  while (a < z && isCSpace(t.charCodeAt(a))) a++;
  while (z > a && isCSpace(t.charCodeAt(z - 1))) z--;
  if (a === z) throw fail();
  let p = a;
  let negative = false;
  if (t.charCodeAt(p) === 43) p++;
  else if (t.charCodeAt(p) === 45) {
    negative = true;
    p++;
  }
  if (matchesCI(t, p, 'inf')) {
    const q = matchesCI(t, p + 3, 'inity') ? p + 8 : p + 3;
    if (q !== z) throw fail();
    return negative ? -Infinity : Infinity;
  }
  if (matchesCI(t, p, 'nan')) {
    if (p + 3 !== z) throw fail();
    return NaN;
  }
  let nd = 0;
  while (p < z && t.charCodeAt(p) >= 48 && t.charCodeAt(p) <= 57) {
    p++;
    nd++;
  }
  if (t.charCodeAt(p) === 46) {
    p++;
    while (p < z && t.charCodeAt(p) >= 48 && t.charCodeAt(p) <= 57) {
      p++;
      nd++;
    }
  }
  if (nd === 0) throw fail();
  if (p < z && (t.charCodeAt(p) | 0x20) === 101) {
    p++;
    if (t.charCodeAt(p) === 43 || t.charCodeAt(p) === 45) p++;
    const e0 = p;
    while (p < z && t.charCodeAt(p) >= 48 && t.charCodeAt(p) <= 57) p++;
    if (p === e0) throw fail();
  }
  if (p !== z) throw fail();
  return Number(t.slice(a, z)); // JS's decimal parser is correctly rounded
}
