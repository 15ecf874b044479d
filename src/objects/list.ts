// list.ts - Python lists: length, capacity and a separately allocated items array.
// Owns: the list block layout, growth policy, append/insert/pop and item access.
// Must never: leave an item slot below `length` NULL; slots at or above it are garbage.
//
//   word 2     length
//   word 3     capacity (items the array can hold)
//   word 4     items array (objects/array.ts), 0 when capacity is 0

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { decref, registerClear } from '../heap/refcount';
import { newArray, resizeArray, freeArray, ARRAY_DATA } from './array';

export function newList(n: number): number {
  const p = alloc(20, Tid.LIST);
  if (n > 0) {
    const a = newArray(n);
    const w = p >> 2;
    mem.i32[w + 3] = n;
    mem.i32[w + 4] = a;
  }
  mem.i32[(p >> 2) + 2] = n;
  return p;
}

export function listLen(l: number): number { return mem.i32[(l >> 2) + 2]; }
/** Word index of item 0 (valid until the list next grows). */
export function listBase(l: number): number { return (mem.i32[(l >> 2) + 4] >> 2) + ARRAY_DATA; }
/** Borrowed item i, 0 <= i < length. */
export function listGet(l: number, i: number): number { return mem.i32[(mem.i32[(l >> 2) + 4] >> 2) + ARRAY_DATA + i]; }

/** Make room for `n` items (amortised growth as CPython's list_resize). */
export function listReserve(l: number, n: number): void {
  const w = l >> 2;
  const cap = mem.i32[w + 3];
  if (n <= cap) return;
  const newCap = (n + (n >> 3) + 6) & ~3;
  const len = mem.i32[w + 2];
  const a = resizeArray(mem.i32[w + 4], len, newCap);
  mem.i32[w + 4] = a;
  mem.i32[w + 3] = newCap;
}

/** Append v (steals the reference). */
export function listAppend(l: number, v: number): void {
  const w = l >> 2;
  const len = mem.i32[w + 2];
  if (len >= mem.i32[w + 3]) listReserve(l, len + 1);
  const i32 = mem.i32;
  i32[(i32[w + 4] >> 2) + ARRAY_DATA + len] = v;
  i32[w + 2] = len + 1;
}

/** Insert v at index i (0 <= i <= len; steals v). */
export function listInsert(l: number, i: number, v: number): void {
  const w = l >> 2;
  const len = mem.i32[w + 2];
  listReserve(l, len + 1);
  const i32 = mem.i32;
  const base = (i32[w + 4] >> 2) + ARRAY_DATA;
  i32.copyWithin(base + i + 1, base + i, base + len);
  i32[base + i] = v;
  i32[w + 2] = len + 1;
}

/** Remove and return item i (a new reference to the caller: the list's reference moves). */
export function listPopAt(l: number, i: number): number {
  const w = l >> 2;
  const i32 = mem.i32;
  const len = i32[w + 2];
  const base = (i32[w + 4] >> 2) + ARRAY_DATA;
  const v = i32[base + i];
  i32.copyWithin(base + i, base + i + 1, base + len);
  i32[w + 2] = len - 1;
  return v;
}

/** Replace item i (steals v, releases the old item after storing: see setRef's reason). */
export function listSet(l: number, i: number, v: number): void {
  const i32 = mem.i32;
  const slot = (i32[(l >> 2) + 4] >> 2) + ARRAY_DATA + i;
  const old = i32[slot];
  i32[slot] = v;
  decref(old);
}

/** Drop every item (list.clear()). */
export function listClear(l: number): void {
  const w = l >> 2;
  const i32 = mem.i32;
  const len = i32[w + 2];
  const a = i32[w + 4];
  i32[w + 2] = 0; i32[w + 3] = 0; i32[w + 4] = 0;
  if (a !== 0) {
    const base = (a >> 2) + ARRAY_DATA;
    const items: number[] = [];
    for (let i = 0; i < len; i++) items.push(mem.i32[base + i]);
    freeArray(a);
    for (const v of items) decref(v);
  }
}

/** The items as a JS array of borrowed references (for natives that sort or copy). */
export function listItems(l: number): number[] {
  const n = listLen(l);
  const out = new Array<number>(n);
  const base = listBase(l);
  const i32 = mem.i32;
  for (let i = 0; i < n; i++) out[i] = i32[base + i];
  return out;
}

/** Replace the whole contents with `items` (steals them), releasing the old items. */
export function listReplaceAll(l: number, items: number[]): void {
  const old = listItems(l);
  const w = l >> 2;
  const oldArr = mem.i32[w + 4];
  const a = newArray(Math.max(items.length, 1));
  const base = (a >> 2) + ARRAY_DATA;
  for (let i = 0; i < items.length; i++) mem.i32[base + i] = items[i];
  mem.i32[w + 4] = a;
  mem.i32[w + 3] = Math.max(items.length, 1);
  mem.i32[w + 2] = items.length;
  freeArray(oldArr);
  for (const v of old) decref(v);
}

registerClear(Tid.LIST, (l) => {
  const w = l >> 2;
  const i32 = mem.i32;
  const len = i32[w + 2];
  const a = i32[w + 4];
  if (a === 0) return;
  const base = (a >> 2) + ARRAY_DATA;
  for (let i = 0; i < len; i++) decref(mem.i32[base + i]);
  freeArray(a);
});
