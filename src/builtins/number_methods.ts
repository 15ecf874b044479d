// number_methods.ts - the methods of int (bool inherits them) and float.
// Owns: bit_length, bit_count, conjugate, as_integer_ratio, to_bytes / int.from_bytes,
// float.is_integer and float.hex, with CPython's error texts.
// Must never: do arithmetic on heap words: values are read with intValue / floatValue and the
// work is done on JS numbers and bigints.

import { incref, decref } from '../heap/refcount';
import { Tid } from '../heap/layout';
import { ts } from '../vm/thread';
import { pyBool } from '../objects/singletons';
import { newInt, intValue, IntValue } from '../objects/int';
import { floatValue } from '../objects/float';
import { newStr, strValue } from '../objects/str';
import { tupleOf } from '../objects/tuple';
import { newBytes, bytesData } from '../objects/bytes';
import { typeError, valueError, overflowError } from '../runtime/errors';
import { bindArgs } from '../runtime/natives';
import { isTruthy } from '../runtime/truth';
import { collect } from '../runtime/iterate';
import { typeNameOf } from '../runtime/repr';
import { bitLength } from '../format/intops';
import { method, classAttribute, posArgs, kwArgs, indexArg, tidOfValue } from './list_methods';

function big(x: IntValue): bigint { return typeof x === 'bigint' ? x : BigInt(x); }

/** |x| in binary digits. */
function magnitudeBits(x: IntValue): string {
  const m = big(x);
  return (m < 0n ? -m : m).toString(2);
}

// ---------------------------------------------------------------- int

method(Tid.INT, 'bit_length', (b, n, kw) => {
  posArgs('int.bit_length', n, kw, 0, 0);
  return newInt(bitLength(intValue(ts.S[b])));
});

method(Tid.INT, 'bit_count', (b, n, kw) => {
  posArgs('int.bit_count', n, kw, 0, 0);
  return newInt(magnitudeBits(intValue(ts.S[b])).replace(/0/g, '').length);
});

/** self as a plain int: an int is itself, a bool becomes 0 or 1 (as int(True) does). */
function asInt(v: number): number {
  if (tidOfValue(v) === Tid.BOOL) return newInt(intValue(v));
  incref(v);
  return v;
}

method(Tid.INT, 'conjugate', (b, n, kw) => { posArgs('int.conjugate', n, kw, 0, 0); return asInt(ts.S[b]); });

method(Tid.INT, 'as_integer_ratio', (b, n, kw) => {
  posArgs('int.as_integer_ratio', n, kw, 0, 0);
  return tupleOf([asInt(ts.S[b]), newInt(1)]);
});

/** A byteorder argument (absent means 'big'): true for little-endian. */
function littleEndian(fname: string, v: number): boolean {
  if (v === 0) return false;
  if (tidOfValue(v) !== Tid.STR) typeError(`${fname}() argument 'byteorder' must be str, not ${typeNameOf(v)}`);
  const s = strValue(v);
  if (s !== 'little' && s !== 'big') valueError("byteorder must be either 'little' or 'big'");
  return s === 'little';
}

method(Tid.INT, 'to_bytes', (b, n, kw) => {
  const [lenArg, orderArg, signedArg] = kwArgs('to_bytes', b, n, kw, ['length', 'byteorder', 'signed'], 0, 2);
  const length = lenArg === 0 ? 1 : indexArg(lenArg);
  if (length < 0) valueError('length argument must be non-negative');
  const little = littleEndian('to_bytes', orderArg);
  const signed = signedArg !== 0 && isTruthy(signedArg);
  let x = big(intValue(ts.S[b]));
  if (!signed && x < 0n) overflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const limit = length === 0 ? 0n : 1n << (signed ? bits - 1n : bits);
  if (length === 0 ? x !== 0n : x >= limit || x < -limit) overflowError('int too big to convert');
  if (x < 0n) x += 1n << bits; // two's complement
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return newBytes(out);
});

// int.from_bytes is a classmethod: its first argument is the bytes, not an int
classAttribute(Tid.INT, 'from_bytes', (b, n, kw) => {
  const [src, orderArg, signedArg] = bindArgs(
    { name: 'from_bytes', params: ['bytes', 'byteorder'], kwOnly: ['signed'], required: 1, style: 'clinic' }, b, n, kw);
  const little = littleEndian('from_bytes', orderArg);
  const signed = signedArg !== 0 && isTruthy(signedArg);
  let data: Uint8Array;
  if (tidOfValue(src) === Tid.BYTES) data = bytesData(src);
  else {
    if (tidOfValue(src) === Tid.STR) typeError('cannot convert \'str\' object to bytes');
    const items = collect(src);
    try {
      data = Uint8Array.from(items, (v) => {
        const k = indexArg(v);
        if (k < 0 || k > 255) valueError('bytes must be in range(0, 256)');
        return k;
      });
    } finally {
      for (const v of items) decref(v);
    }
  }
  let x = 0n;
  for (let i = 0; i < data.length; i++) x = (x << 8n) | BigInt(data[little ? data.length - 1 - i : i]);
  if (signed && data.length > 0 && x >= 1n << BigInt(data.length * 8 - 1)) x -= 1n << BigInt(data.length * 8);
  return newInt(x);
});

// ---------------------------------------------------------------- float

method(Tid.FLOAT, 'is_integer', (b, n, kw) => {
  posArgs('float.is_integer', n, kw, 0, 0);
  return pyBool(Number.isInteger(floatValue(ts.S[b])));
});

method(Tid.FLOAT, 'conjugate', (b, n, kw) => {
  posArgs('float.conjugate', n, kw, 0, 0);
  incref(ts.S[b]);
  return ts.S[b];
});

/** A finite double as sign, 53-bit integer mantissa and binary exponent: x = m * 2**e exactly. */
function decompose(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased !== 0) m |= 1n << 52n; // the implicit leading 1 of a normal number
  const e = (biased === 0 ? 1 : biased) - 1075;
  return [x < 0 || Object.is(x, -0) ? -m : m, e];
}

method(Tid.FLOAT, 'as_integer_ratio', (b, n, kw) => {
  posArgs('float.as_integer_ratio', n, kw, 0, 0);
  const x = floatValue(ts.S[b]);
  if (Number.isNaN(x)) valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) overflowError('cannot convert Infinity to integer ratio');
  let [m, e] = decompose(x);
  if (m === 0n) return tupleOf([newInt(0), newInt(1)]);
  while ((m & 1n) === 0n && e < 0) { m >>= 1n; e++; }
  if (e >= 0) return tupleOf([newInt(m << BigInt(e)), newInt(1)]);
  return tupleOf([newInt(m), newInt(1n << BigInt(-e))]);
});

method(Tid.FLOAT, 'hex', (b, n, kw) => {
  posArgs('float.hex', n, kw, 0, 0);
  const x = floatValue(ts.S[b]);
  if (Number.isNaN(x)) return newStr('nan');
  if (!Number.isFinite(x)) return newStr(x > 0 ? 'inf' : '-inf');
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return newStr(`${sign}0x0.0p+0`);
  const [m, e] = decompose(x);
  const mag = m < 0n ? -m : m;
  // CPython shows 13 fraction digits; a subnormal keeps a leading 0 and the exponent -1022
  const subnormal = mag < 1n << 52n;
  const frac = (mag & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  const exp = subnormal ? -1022 : e + 52;
  return newStr(`${sign}0x${subnormal ? 0 : 1}.${frac}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`);
});
