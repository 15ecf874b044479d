// refcount.ts - reference counting: incref, decref, xdecref, setRef, and deallocation.
// Owns: the rules for when a count changes and what happens at zero.
// Must never: know object layouts. Each object kind registers a `clear` function that drops
// the references its object holds; this file frees the block afterwards.
//
// Contracts (as CPython's Include/refcount.h):
//   incref(v)   v may be a small int (no-op) or a pointer; never NULL.
//   xincref(v)  like incref but v may be NULL.
//   decref(v)   v may be a small int (no-op) or a pointer; never NULL. At zero the object is
//               cleared and freed before decref returns, unless a deallocation is already
//               running, in which case it is queued (this keeps a long chain of objects from
//               recursing through the JS stack: CPython's "trashcan" does the same job).
//   xdecref(v)  like decref but v may be NULL.
//   setRef(w,v) stores v into word index w and only then decrefs the old value: the old value's
//               deallocation may run arbitrary code that reads the slot, so the slot must
//               already hold the new value (Py_SETREF's reason).

import { mem } from './memory';
import { Flag, TID_MASK } from './layout';
import { free } from './alloc';

/** clear(p): release every reference the object at p holds (not its own block). */
export type ClearFn = (p: number) => void;
const clearers: (ClearFn | undefined)[] = [];

export function registerClear(tid: number, fn: ClearFn): void { clearers[tid] = fn; }

export function incref(v: number): void {
  if ((v & 1) === 0) mem.i32[v >> 2]++;
}

export function xincref(v: number): void {
  if ((v & 1) === 0 && v !== 0) mem.i32[v >> 2]++;
}

export function decref(v: number): void {
  if ((v & 1) === 0) {
    const i32 = mem.i32;
    const w = v >> 2;
    if (--i32[w] === 0) dealloc(v);
  }
}

export function xdecref(v: number): void {
  if ((v & 1) === 0 && v !== 0) {
    const i32 = mem.i32;
    const w = v >> 2;
    if (--i32[w] === 0) dealloc(v);
  }
}

/** Store v (already owned by the caller) at word index w, then release the old value. */
export function setRef(w: number, v: number): void {
  const old = mem.i32[w];
  mem.i32[w] = v;
  xdecref(old);
}

let deallocating = false;
const pending: number[] = [];

function dealloc(p: number): void {
  const type = mem.i32[(p >> 2) + 1];
  if ((type & Flag.IMMORTAL) !== 0) { mem.i32[p >> 2] = 1 << 29; return; }
  // objects that reference nothing (floats, strs, big ints) are freed at once
  if (clearers[type & TID_MASK] === undefined) { free(p); return; }
  pending.push(p);
  if (deallocating) return;
  deallocating = true;
  try {
    while (pending.length > 0) {
      const q = pending.pop()!;
      const clear = clearers[mem.i32[(q >> 2) + 1] & TID_MASK];
      if (clear !== undefined) clear(q);
      free(q);
    }
  } finally {
    deallocating = false;
  }
}

/** The stored count of the object at p. */
export function refcnt(p: number): number { return mem.i32[p >> 2]; }
