// iter.ts - the built-in iterator objects and dict views: their layouts and constructors.
// Owns: block layouts of list/tuple/str/range/dict/set iterators, enumerate, zip, map, filter,
// reversed, call-iterator and dict views.
// Must never: advance an iterator (runtime/iterate.ts does, since map and filter call code).
//
// seq iterators (list, tuple, str, reversed):  2 sequence | 3 next index
// range iterator:     doubles at bytes 8, 16, 24: next value, step, items left
// dict iterator:      2 dict | 3 next entry | 4 kind (0 keys, 1 values, 2 items) | 5 size at start
// set iterator:       2 set  | 3 next slot  | 4 size at start
// enumerate:          2 iterator | 3 next count (an int value)
// zip:                2 tuple of iterators | 3 strict (0/1)
// map:                2 function | 3 tuple of iterators
// filter:             2 function (None: truth test) | 3 iterator
// dict view:          2 dict | 3 kind (0 keys, 1 values, 2 items)

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { incref, xdecref, registerClear } from '../heap/refcount';

/** A two-field object whose word 2 holds a borrowed-then-owned reference and word 3 a plain number. */
export function newSeqIter(tid: number, seq: number, index: number): number {
  const p = alloc(16, tid);
  incref(seq);
  mem.i32[(p >> 2) + 2] = seq;
  mem.i32[(p >> 2) + 3] = index;
  return p;
}

export function newRangeIter(start: number, step: number, count: number): number {
  const p = alloc(32, Tid.RANGE_ITER);
  const f = p >> 3;
  mem.f64[f + 1] = start; mem.f64[f + 2] = step; mem.f64[f + 3] = count;
  return p;
}

export function newDictIter(d: number, kind: number, size: number): number {
  const p = alloc(24, Tid.DICT_ITER);
  incref(d);
  const w = p >> 2;
  mem.i32[w + 2] = d; mem.i32[w + 3] = 0; mem.i32[w + 4] = kind; mem.i32[w + 5] = size;
  return p;
}

export function newSetIter(s: number, size: number): number {
  const p = alloc(24, Tid.SET_ITER);
  incref(s);
  const w = p >> 2;
  mem.i32[w + 2] = s; mem.i32[w + 3] = 0; mem.i32[w + 4] = size;
  return p;
}

/** An object with two owned references in words 2 and 3 (enumerate, map, filter, zip). Steals both. */
export function newPairObject(tid: number, a: number, b: number): number {
  const p = alloc(16, tid);
  mem.i32[(p >> 2) + 2] = a;
  mem.i32[(p >> 2) + 3] = b;
  return p;
}

export function newDictView(d: number, kind: number): number {
  const p = alloc(16, Tid.DICT_VIEW);
  incref(d);
  mem.i32[(p >> 2) + 2] = d;
  mem.i32[(p >> 2) + 3] = kind;
  return p;
}

const dropWord2 = (p: number) => { xdecref(mem.i32[(p >> 2) + 2]); };
const dropWords23 = (p: number) => { xdecref(mem.i32[(p >> 2) + 2]); xdecref(mem.i32[(p >> 2) + 3]); };
for (const t of [Tid.LIST_ITER, Tid.TUPLE_ITER, Tid.STR_ITER, Tid.REVERSED, Tid.DICT_ITER, Tid.SET_ITER, Tid.DICT_VIEW]) registerClear(t, dropWord2);
for (const t of [Tid.ENUMERATE, Tid.MAP, Tid.FILTER]) registerClear(t, dropWords23);
registerClear(Tid.CALL_ITER, dropWord2);
registerClear(Tid.ZIP, dropWord2);
