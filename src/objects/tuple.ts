// tuple.ts - Python tuples: a length and the items inline.
// Owns: the tuple block layout, creation and item access.
// Must never: store NULL items once a tuple has been handed out.
//
//   word 2      length n
//   word 3..    n items (owned references)

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { xdecref, registerClear, incref } from '../heap/refcount';

/** A new tuple of n NULL items; the caller fills every slot (stealing references) before use. */
export function newTuple(n: number): number {
  const p = alloc(12 + n * 4, Tid.TUPLE);
  mem.i32[(p >> 2) + 2] = n;
  return p;
}

/** A new tuple holding the given values; steals the references. */
export function tupleOf(items: number[]): number {
  const t = newTuple(items.length);
  const w = (t >> 2) + 3;
  for (let i = 0; i < items.length; i++) mem.i32[w + i] = items[i];
  return t;
}

/** A new tuple of borrowed values (each is increfed). */
export function tupleOfBorrowed(items: number[]): number {
  for (const v of items) incref(v);
  return tupleOf(items);
}

export function tupleLen(t: number): number { return mem.i32[(t >> 2) + 2]; }
/** Word index of item 0: items are mem.i32[tupleBase(t) + i]. */
export function tupleBase(t: number): number { return (t >> 2) + 3; }
/** Borrowed item i. */
export function tupleGet(t: number, i: number): number { return mem.i32[(t >> 2) + 3 + i]; }
/** Set item i of a tuple being built (steals v; the slot must be NULL). */
export function tupleInit(t: number, i: number, v: number): void { mem.i32[(t >> 2) + 3 + i] = v; }

registerClear(Tid.TUPLE, (t) => {
  const n = mem.i32[(t >> 2) + 2];
  const w = (t >> 2) + 3;
  for (let i = 0; i < n; i++) xdecref(mem.i32[w + i]);
});
