// bytesops.ts - the object protocols on bytes and bytearray: subscripting, item assignment,
// `in`, + and *, comparison, hashing and iteration, with CPython's error texts.
// Owns: what abstract.ts, arith.ts, compare.ts, hash.ts and iterate.ts do when an operand is a
// bytes or a bytearray (each of them hands over with one line).
// Also the bytes() and bytearray() constructors (types.ts calls them).
// Must never: implement named methods (builtins/bytes_methods.ts does).

import { mem } from '../heap/memory';
import { Tid, TID_MASK, newSmall } from '../heap/layout';
import { incref, decref, xdecref, registerClear } from '../heap/refcount';
import { intValue } from '../objects/int';
import {
  newBytesLike, bytesLikeData, bytesLikeLen, bytesLikeAt, isBytesLike, byteArraySet, byteArraySetAll,
} from '../objects/bytes';
import { newSeqIter } from '../objects/iter';
import { typeError, valueError, indexError, overflowError } from './errors';
import { typeNameOf } from './repr';
import { sliceIndices } from './abstract';
import { collect } from './iterate';
import { Cmp } from '../opcodes';
import { strValue } from '../objects/str';
import { newBytes, newByteArray } from '../objects/bytes';
import { bindArgs } from './natives';
import { encodeText } from './codecs';

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}
function isIntTid(t: number): boolean { return t === Tid.INT || t === Tid.BOOL; }

// ---------------------------------------------------------------- constructors

/** bytes(source=b'', encoding=..., errors=...) and bytearray(...): the data they hold. */
function constructorData(name: string, base: number, n: number, kw: number): Uint8Array {
  const [src, enc, errs] = bindArgs({ name, params: ['source', 'encoding', 'errors'], required: 0, style: 'clinic' }, base, n, kw);
  const text = (v: number, what: string): string => {
    if (tidOfValue(v) !== Tid.STR) typeError(`${name}() argument '${what}' must be str, not ${typeNameOf(v)}`);
    return strValue(v);
  };
  if (src === 0) {
    if (enc !== 0 || errs !== 0) typeError(enc !== 0 ? 'encoding without a string argument' : 'errors without a string argument');
    return new Uint8Array(0);
  }
  const t = tidOfValue(src);
  if (t === Tid.STR) {
    if (enc === 0) typeError('string argument without an encoding');
    return encodeText(strValue(src), text(enc, 'encoding'), errs === 0 ? 'strict' : text(errs, 'errors'));
  }
  if (enc !== 0) typeError('encoding without a string argument');
  if (errs !== 0) typeError('errors without a string argument');
  if (t === Tid.INT || t === Tid.BOOL) {
    const count = intValue(src);
    if (typeof count === 'bigint') overflowError('cannot fit \'int\' into an index-sized integer');
    if (count < 0) valueError('negative count');
    return new Uint8Array(count as number);
  }
  const data = bytesLikeData(src);
  if (data !== null) return data;
  if (t === Tid.FLOAT || t === Tid.NONE) typeError(`cannot convert '${typeNameOf(src)}' object to ${name}`);
  return bytesFromInts(src, name === 'bytes' ? 'bytes' : 'byte');
}

export function makeBytes(base: number, n: number, kw: number): number {
  return newBytes(constructorData('bytes', base, n, kw));
}
export function makeByteArray(base: number, n: number, kw: number): number {
  return newByteArray(constructorData('bytearray', base, n, kw));
}

/** An int argument that must be a byte value: CPython's "byte must be in range(0, 256)". */
export function byteValue(v: number, what = 'byte'): number {
  if (!isIntTid(tidOfValue(v))) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const x = intValue(v);
  if (x < 0 || x > 255) valueError(`${what} must be in range(0, 256)`);
  return Number(x);
}

/** The bytes of an iterable of ints (bytes(iterable), bytearray.extend). */
export function bytesFromInts(iterable: number, what = 'byte'): Uint8Array {
  const items = collect(iterable);
  try {
    return Uint8Array.from(items, (v) => byteValue(v, what));
  } finally {
    for (const v of items) decref(v);
  }
}

function index(c: number, key: number): number {
  const t = tidOfValue(key);
  if (!isIntTid(t)) typeError(`${tidOfValue(c) === Tid.BYTES ? 'byte' : 'bytearray'} indices must be integers or slices, not ${typeNameOf(key)}`);
  const x = intValue(key);
  if (typeof x === 'bigint') indexError("cannot fit 'int' into an index-sized integer");
  let i = x as number;
  const n = bytesLikeLen(c);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError(tidOfValue(c) === Tid.BYTES ? 'index out of range' : 'bytearray index out of range');
  return i;
}

/** c[key] for bytes/bytearray: an int for an index, the same kind for a slice. */
export function bytesGetItem(c: number, key: number): number {
  if (tidOfValue(key) === Tid.SLICE) {
    const data = bytesLikeData(c)!;
    const [start, , step, count] = sliceIndices(key, data.length);
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = data[start + i * step];
    return newBytesLike(c, out);
  }
  return newSmall(bytesLikeAt(c, index(c, key)));
}

/** The bytes a slice assignment stores: a bytes-like or an iterable of ints (not an int, not a str). */
function bytesSource(value: number): Uint8Array {
  const d = bytesLikeData(value);
  if (d !== null) return d;
  const t = tidOfValue(value);
  if (isIntTid(t)) typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  if (t === Tid.STR) typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  return bytesFromInts(value);
}

/** bytearray[key] = value. */
export function byteArraySetItem(c: number, key: number, value: number): void {
  if (tidOfValue(key) !== Tid.SLICE) {
    const i = index(c, key);
    byteArraySet(c, i, byteValue(value));
    return;
  }
  const data = bytesLikeData(c)!;
  const src = bytesSource(value);
  const [start, , step, count] = sliceIndices(key, data.length);
  if (step === 1) {
    const out = new Uint8Array(data.length - count + src.length);
    out.set(data.subarray(0, start));
    out.set(src, start);
    out.set(data.subarray(start + count), start + src.length);
    byteArraySetAll(c, out);
    return;
  }
  if (src.length !== count) valueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${count}`);
  for (let i = 0; i < count; i++) data[start + i * step] = src[i];
  byteArraySetAll(c, data);
}

/** del bytearray[key]. */
export function byteArrayDelItem(c: number, key: number): void {
  const data = bytesLikeData(c)!;
  if (tidOfValue(key) !== Tid.SLICE) {
    const i = index(c, key);
    byteArraySetAll(c, Uint8Array.from([...data.subarray(0, i), ...data.subarray(i + 1)]));
    return;
  }
  const [start, , step, count] = sliceIndices(key, data.length);
  const drop = new Set<number>();
  for (let i = 0; i < count; i++) drop.add(start + i * step);
  byteArraySetAll(c, data.filter((_, i) => !drop.has(i)));
}

/** Index of needle in hay at or after `from` (before `to`), or -1. */
export function findBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  outer: for (let i = from; i + needle.length <= to; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** `item in c`: an int byte value or a bytes-like subsequence. */
export function bytesContains(c: number, item: number): boolean {
  const hay = bytesLikeData(c)!;
  if (isIntTid(tidOfValue(item))) return hay.includes(byteValue(item));
  const needle = bytesLikeData(item);
  if (needle === null) typeError(`a bytes-like object is required, not '${typeNameOf(item)}'`);
  return findBytes(hay, needle!) >= 0;
}

/** a + b with a bytes-like a: the kind of a. For `bytearray += x`, a is extended in place. */
export function bytesConcat(a: number, b: number, inplace: boolean): number {
  const y = bytesLikeData(b);
  if (y === null) typeError(`can't concat ${typeNameOf(b)} to ${typeNameOf(a)}`);
  const x = bytesLikeData(a)!;
  const out = new Uint8Array(x.length + y!.length);
  out.set(x);
  out.set(y!, x.length);
  if (inplace && tidOfValue(a) === Tid.BYTEARRAY) { byteArraySetAll(a, out); incref(a); return a; }
  return newBytesLike(a, out);
}

/** seq * count for a bytes-like seq (count already a JS number, negative meaning 0). */
export function bytesRepeat(seq: number, count: number, inplace: boolean): number {
  const x = bytesLikeData(seq)!;
  // (empty bytes repeated any number of times are empty, at once)
  const n = x.length === 0 ? 0 : Math.max(0, count);
  if (x.length * n > 0x7fffffff) overflowError('repeated bytes are too long');
  const out = new Uint8Array(x.length * n);
  for (let i = 0; i < n; i++) out.set(x, i * x.length);
  if (inplace && tidOfValue(seq) === Tid.BYTEARRAY) { byteArraySetAll(seq, out); incref(seq); return seq; }
  return newBytesLike(seq, out);
}

/** The result of `a <op> b` when both are bytes-like (lexicographic, as memcmp then lengths); null otherwise. */
export function bytesCompare(a: number, b: number, op: number): boolean | null {
  if (!isBytesLike(a) || !isBytesLike(b)) return null;
  const x = bytesLikeData(a)!, y = bytesLikeData(b)!;
  let c = 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n && c === 0; i++) c = x[i] - y[i];
  if (c === 0) c = x.length - y.length;
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    default: return c >= 0;
  }
}

/** hash(bytes): FNV-1a over the data (CPython randomises it per process, so no program relies on it). */
export function bytesHash(v: number): number {
  const d = bytesLikeData(v)!;
  let h = 0x811c9dc5 | 0;
  for (const c of d) h = Math.imul(h ^ c, 0x01000193);
  return h === -1 ? -2 : h;
}

/** iter(bytes or bytearray): yields ints; a bytearray's iterator sees changes made while iterating. */
export function bytesIter(v: number): number { return newSeqIter(Tid.BYTES_ITER, v, 0); }

registerClear(Tid.BYTES_ITER, (p) => { xdecref(mem.i32[(p >> 2) + 2]); });

/** next() of a bytes iterator: a new reference, or 0 when exhausted (and the sequence is dropped). */
export function bytesIterNext(it: number): number {
  const w = it >> 2;
  const seq = mem.i32[w + 2];
  if (seq === 0) return 0;
  const i = mem.i32[w + 3];
  if (i < bytesLikeLen(seq)) { mem.i32[w + 3] = i + 1; return newSmall(bytesLikeAt(seq, i)); }
  mem.i32[w + 2] = 0;
  decref(seq);
  return 0;
}
