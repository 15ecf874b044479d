// range.ts - range objects and slice objects: small immutable records of three int values.
// Owns: their block layouts and the arithmetic of a range's length and items, with a fast path
// in JS numbers when every bound is a safe integer and a bigint path otherwise.
// Must never: materialise a range's items.
//
// range:  2 start | 3 stop | 4 step   (int values, owned)
// slice:  2 start | 3 stop | 4 step   (values, None when omitted)

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { incref, decref, registerClear } from '../heap/refcount';
import { intValue } from './int';

/** A block holding three owned values in words 2..4 (the shape of both range and slice). */
function newTriple(tid: number, a: number, b: number, c: number): number {
  const p = alloc(20, tid);
  const w = p >> 2;
  incref(a); incref(b); incref(c);
  mem.i32[w + 2] = a; mem.i32[w + 3] = b; mem.i32[w + 4] = c;
  return p;
}
function clearTriple(p: number): void {
  const w = p >> 2;
  decref(mem.i32[w + 2]); decref(mem.i32[w + 3]); decref(mem.i32[w + 4]);
}
registerClear(Tid.RANGE, clearTriple);
registerClear(Tid.SLICE, clearTriple);

/** New range from three int values (borrowed). */
export function newRange(start: number, stop: number, step: number): number {
  return newTriple(Tid.RANGE, start, stop, step);
}

/** The bounds as JS numbers when all three are safe integers (the common case), else null. */
export function rangeNums(r: number): [number, number, number] | null {
  const w = r >> 2;
  const a = intValue(mem.i32[w + 2]), b = intValue(mem.i32[w + 3]), c = intValue(mem.i32[w + 4]);
  if (typeof a === 'number' && typeof b === 'number' && typeof c === 'number') return [a, b, c];
  return null;
}

/** The bounds as bigints (the slow path for ranges beyond 2**53). */
export function rangeBig(r: number): [bigint, bigint, bigint] {
  const w = r >> 2;
  return [BigInt(intValue(mem.i32[w + 2])), BigInt(intValue(mem.i32[w + 3])), BigInt(intValue(mem.i32[w + 4]))];
}

/** Borrowed start, stop and step values. */
export function rangeStartValue(r: number): number { return mem.i32[(r >> 2) + 2]; }
export function rangeStopValue(r: number): number { return mem.i32[(r >> 2) + 3]; }
export function rangeStepValue(r: number): number { return mem.i32[(r >> 2) + 4]; }

/** Number of items of range(start, stop, step). */
export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

export function rangeLengthBig(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/** len(r) as a number when it is a safe integer, else a bigint. */
export function rangeLen(r: number): number | bigint {
  const n = rangeNums(r);
  if (n !== null) return rangeLength(n[0], n[1], n[2]);
  const [a, b, c] = rangeBig(r);
  const len = rangeLengthBig(a, b, c);
  return len <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(len) : len;
}

export function newSlice(start: number, stop: number, step: number): number {
  return newTriple(Tid.SLICE, start, stop, step);
}
