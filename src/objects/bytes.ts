// bytes.ts - byte strings: immutable bytes (also the raw tables inside code objects) and the
// mutable bytearray.
// Owns: both block layouts, creating them, reading their data, and a bytearray's growth.
// Must never: mutate a bytes object after creation (code objects and dict keys rely on it).
//
// bytes:      word 2 length in bytes | bytes 12.. the data
// bytearray:  word 2 length | word 3 capacity (bytes) | word 4 data (an owned ARRAY block, or 0)

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid, TID_MASK } from '../heap/layout';
import { registerClear } from '../heap/refcount';
import { newArray, freeArray, ARRAY_DATA } from './array';

export function newBytes(data: Uint8Array): number {
  const p = alloc(12 + data.length, Tid.BYTES);
  mem.i32[(p >> 2) + 2] = data.length;
  mem.u8.set(data, p + 12);
  return p;
}

export function bytesLen(p: number): number { return mem.i32[(p >> 2) + 2]; }
/** A copy of the data (safe to keep: bytes never change). */
export function bytesData(p: number): Uint8Array { return mem.u8.slice(p + 12, p + 12 + bytesLen(p)); }

// ---------------------------------------------------------------- bytearray

const BA_LEN = 2, BA_CAP = 3, BA_DATA = 4;

/** Byte offset of a bytearray's first data byte (valid until the next allocation). */
function dataStart(p: number): number { return mem.i32[(p >> 2) + BA_DATA] + ARRAY_DATA * 4; }

export function newByteArray(data: Uint8Array): number {
  const p = alloc(20, Tid.BYTEARRAY);
  const w = p >> 2;
  mem.i32[w + BA_LEN] = 0;
  mem.i32[w + BA_CAP] = 0;
  mem.i32[w + BA_DATA] = 0;
  byteArraySetAll(p, data);
  return p;
}

export function byteArrayLen(p: number): number { return mem.i32[(p >> 2) + BA_LEN]; }

/** A copy of a bytearray's current data. */
export function byteArrayData(p: number): Uint8Array {
  const n = byteArrayLen(p);
  if (n === 0) return new Uint8Array(0);
  const s = dataStart(p);
  return mem.u8.slice(s, s + n);
}

/** Make room for n bytes, growing by half again (list's policy) so appends are amortised O(1). */
function reserve(p: number, n: number): void {
  const w = p >> 2;
  if (n <= mem.i32[w + BA_CAP]) return;
  const cap = Math.max(n, (mem.i32[w + BA_CAP] * 3) >> 1, 8);
  const arr = newArray((cap + 3) >> 2);
  const old = mem.i32[w + BA_DATA];
  if (old !== 0) {
    const from = old + ARRAY_DATA * 4;
    mem.u8.copyWithin(arr + ARRAY_DATA * 4, from, from + mem.i32[w + BA_LEN]);
    freeArray(old);
  }
  mem.i32[w + BA_DATA] = arr;
  mem.i32[w + BA_CAP] = cap;
}

/** Replace a bytearray's whole contents. */
export function byteArraySetAll(p: number, data: Uint8Array): void {
  reserve(p, data.length);
  if (data.length > 0) mem.u8.set(data, dataStart(p));
  mem.i32[(p >> 2) + BA_LEN] = data.length;
}

export function byteArrayAppend(p: number, byte: number): void {
  const n = byteArrayLen(p);
  reserve(p, n + 1);
  mem.u8[dataStart(p) + n] = byte;
  mem.i32[(p >> 2) + BA_LEN] = n + 1;
}

export function byteArrayGet(p: number, i: number): number { return mem.u8[dataStart(p) + i]; }
export function byteArraySet(p: number, i: number, byte: number): void { mem.u8[dataStart(p) + i] = byte; }

registerClear(Tid.BYTEARRAY, (p) => {
  freeArray(mem.i32[(p >> 2) + BA_DATA]);
  mem.i32[(p >> 2) + BA_DATA] = 0;
});

// ---------------------------------------------------------------- either kind

/** Is v a bytes or a bytearray? */
export function isBytesLike(v: number): boolean {
  if ((v & 1) === 1) return false;
  const t = mem.i32[(v >> 2) + 1] & TID_MASK;
  return t === Tid.BYTES || t === Tid.BYTEARRAY;
}

/** The data of a bytes or bytearray (a copy), or null for anything else. */
export function bytesLikeData(v: number): Uint8Array | null {
  if ((v & 1) === 1) return null;
  const t = mem.i32[(v >> 2) + 1] & TID_MASK;
  if (t === Tid.BYTES) return bytesData(v);
  if (t === Tid.BYTEARRAY) return byteArrayData(v);
  return null;
}

/** Length of a bytes or bytearray (both keep it in word 2). */
export function bytesLikeLen(v: number): number { return mem.i32[(v >> 2) + 2]; }

/** A new object of the same kind as `like` (bytes or bytearray) holding data. */
export function newBytesLike(like: number, data: Uint8Array): number {
  return (mem.i32[(like >> 2) + 1] & TID_MASK) === Tid.BYTEARRAY ? newByteArray(data) : newBytes(data);
}

/** The byte at index i (in range) of a bytes or bytearray. */
export function bytesLikeAt(v: number, i: number): number {
  return (mem.i32[(v >> 2) + 1] & TID_MASK) === Tid.BYTES ? mem.u8[v + 12 + i] : byteArrayGet(v, i);
}
