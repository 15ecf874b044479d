// int.ts - Python ints: tagged small ints and heap "big" ints, converted to and from JS numbers.
// Owns: the big-int block layout and the conversions newInt / intValue.
// Must never: do arithmetic (objects/../format/intops.ts and ops do) or shift tag bits itself
// (heap/layout.ts's helpers do).
//
// Big int block (values outside the 31-bit small range):
//   word 2      signed limb count n: |n| limbs, negative n for a negative number
//   word 3...   |n| little-endian 32-bit limbs of the magnitude

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid, fitsSmall, newSmall, isSmall, smallValue, TID_MASK } from '../heap/layout';

export type IntValue = number | bigint;

/** New reference to an int object for n (a safe integer or a bigint). */
export function newInt(n: IntValue): number {
  if (typeof n === 'number') {
    if (fitsSmall(n)) return newSmall(n);
    return newBigFromNumber(n);
  }
  if (n >= -0x40000000n && n <= 0x3fffffffn) return newSmall(Number(n));
  return newBigFromBigint(n);
}

function newBigFromNumber(n: number): number {
  const neg = n < 0;
  let m = neg ? -n : n;
  const lo = m % 0x100000000;
  const hi = (m - lo) / 0x100000000;
  const limbs = hi === 0 ? 1 : 2;
  const p = alloc(12 + limbs * 4, Tid.INT);
  const w = p >> 2;
  const i32 = mem.i32;
  i32[w + 2] = neg ? -limbs : limbs;
  mem.u32[w + 3] = lo;
  if (limbs === 2) mem.u32[w + 4] = hi;
  m = 0;
  return p;
}

function newBigFromBigint(n: bigint): number {
  const neg = n < 0n;
  let m = neg ? -n : n;
  const limbs: number[] = [];
  while (m > 0n) { limbs.push(Number(m & 0xffffffffn)); m >>= 32n; }
  const p = alloc(12 + limbs.length * 4, Tid.INT);
  const w = p >> 2;
  mem.i32[w + 2] = neg ? -limbs.length : limbs.length;
  const u32 = mem.u32;
  for (let i = 0; i < limbs.length; i++) u32[w + 3 + i] = limbs[i];
  return p;
}

/** The value of an int (small, big, or bool) as a JS number when safe, else a bigint. */
export function intValue(v: number): IntValue {
  if (isSmall(v)) return smallValue(v);
  const w = v >> 2;
  const i32 = mem.i32;
  if ((i32[w + 1] & TID_MASK) === Tid.BOOL) return i32[w + 2];
  const n = i32[w + 2];
  const len = n < 0 ? -n : n;
  const u32 = mem.u32;
  if (len <= 2) {
    const m = u32[w + 3] + (len === 2 ? u32[w + 4] * 0x100000000 : 0);
    if (m <= Number.MAX_SAFE_INTEGER) return n < 0 ? -m : m;
  }
  let b = 0n;
  for (let i = len - 1; i >= 0; i--) b = (b << 32n) | BigInt(u32[w + 3 + i]);
  return n < 0 ? -b : b;
}

/** Is v an int (including bool)? */
export function isIntLike(v: number): boolean {
  if (isSmall(v)) return true;
  const t = mem.i32[(v >> 2) + 1] & TID_MASK;
  return t === Tid.INT || t === Tid.BOOL;
}
