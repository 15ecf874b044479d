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
//
// Two implementations (-X refcount=plain|atomic, chosen once by setRefcountMode at start-up, in
// every JS thread, before any Python code runs):
//   plain   `i32[w]++` / `--i32[w]`: a load and a store. Correct only while one thread at a time
//           runs (the lock). With -X gil=0 two threads can read the same count and both store
//           count + 1: one change is lost, and the object later leaks or is freed while in use.
//   atomic  Atomics.add / Atomics.sub: each change is one indivisible read-modify-write, and
//           decref frees when Atomics.sub returns 1 (the count it replaced), so exactly one
//           thread sees the count reach zero. This is what free-threaded CPython (PEP 703)
//           needs at least; it does not make containers safe (docs/observatory.md).
// The exported names are `let` bindings that setRefcountMode rebinds, so callers call whichever
// was chosen and the plain mode has no test on its path. The eval loop increments inline and
// reads `refcountAtomic` once per slice (vm/eval.ts).

import { mem } from './memory';
import { Flag, TID_MASK } from './layout';
import { free } from './alloc';

/**
 * clear(p): release every reference the object at p holds (not its own block). Returning false
 * keeps the block: the object came back to life while being finalised (a generator's finally
 * block that stored the generator somewhere), and the clearer released nothing.
 */
export type ClearFn = (p: number) => void | boolean;
const clearers: (ClearFn | undefined)[] = [];

export function registerClear(tid: number, fn: ClearFn): void { clearers[tid] = fn; }

function increfPlain(v: number): void {
  if ((v & 1) === 0) mem.i32[v >> 2]++;
}

function xincrefPlain(v: number): void {
  if ((v & 1) === 0 && v !== 0) mem.i32[v >> 2]++;
}

function decrefPlain(v: number): void {
  if ((v & 1) === 0) {
    const i32 = mem.i32;
    const w = v >> 2;
    if (--i32[w] === 0) dealloc(v);
  }
}

function xdecrefPlain(v: number): void {
  if ((v & 1) === 0 && v !== 0) {
    const i32 = mem.i32;
    const w = v >> 2;
    if (--i32[w] === 0) dealloc(v);
  }
}

function increfAtomic(v: number): void {
  if ((v & 1) === 0) Atomics.add(mem.i32, v >> 2, 1);
}

function xincrefAtomic(v: number): void {
  if ((v & 1) === 0 && v !== 0) Atomics.add(mem.i32, v >> 2, 1);
}

// Atomics.sub returns the count before the change: 1 means this thread took it to zero.
function decrefAtomic(v: number): void {
  if ((v & 1) === 0 && Atomics.sub(mem.i32, v >> 2, 1) === 1) dealloc(v);
}

function xdecrefAtomic(v: number): void {
  if ((v & 1) === 0 && v !== 0 && Atomics.sub(mem.i32, v >> 2, 1) === 1) dealloc(v);
}

export let incref = increfPlain;
export let xincref = xincrefPlain;
export let decref = decrefPlain;
export let xdecref = xdecrefPlain;
/** True under -X refcount=atomic; code that increments inline (vm/eval.ts) reads it. */
export let refcountAtomic = false;

/** Choose the implementation for this JS thread (options.refcount); call before running code. */
export function setRefcountMode(atomic: boolean): void {
  // Unchanged: store nothing, so V8 can go on treating the bindings as constants.
  if (atomic === refcountAtomic) return;
  refcountAtomic = atomic;
  incref = atomic ? increfAtomic : increfPlain;
  xincref = atomic ? xincrefAtomic : xincrefPlain;
  decref = atomic ? decrefAtomic : decrefPlain;
  xdecref = atomic ? xdecrefAtomic : xdecrefPlain;
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
      if (clear !== undefined && clear(q) === false) continue;
      free(q);
    }
  } finally {
    deallocating = false;
  }
}

/** The stored count of the object at p. */
export function refcnt(p: number): number { return mem.i32[p >> 2]; }
