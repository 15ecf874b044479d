// iterate.ts - the iteration protocol for built-in values: iter() and next().
// Owns: making an iterator for each iterable type, advancing every built-in iterator kind,
// and helpers that drain an iterable into a list or a JS array.
// Must never: hide StopIteration from user iterators: iterNext returns 0 for "exhausted" and
// throws anything else.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';

import { newInt, intValue } from '../objects/int';
import { newStr, strUnits, strUnitAt, strIsAstral, strValue } from '../objects/str';
import { tupleLen, tupleGet, tupleOf, newTuple, tupleInit } from '../objects/tuple';
import { listLen, listGet, listAppend, newList } from '../objects/list';
import { dictEntryCount, dictKeyAt, dictValueAt, dictLen } from '../objects/dict';
import { setMask, setSlotKey, setLen, DUMMY } from '../objects/set';
import { rangeNums, rangeLength, rangeLen, rangeBig } from '../objects/range';
import { overflowError, valueError } from './errors';
import { newSeqIter, newRangeIter, newDictIter, newSetIter } from '../objects/iter';
import { incref, decref } from '../heap/refcount';
import { NONE } from '../objects/singletons';
import { typeError, raise, PyErr } from './errors';
import { callSpecial, specialMethod, callBound } from './classes';
import { isSubtype, typeOf } from '../objects/type';
import { exc } from '../objects/exception';
import { typeNameOf } from './repr';
import { callValue } from '../vm/call';
import { isTruthy } from './truth';
import { richEq } from './compare';
import { generatorNext } from '../vm/generator';
import { bytesIter, bytesIterNext } from './bytesops';
import { fileIterNext } from '../objects/file';

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

/** iter(v): a new reference to an iterator over v. */
export function getIter(v: number): number {
  const t = tidOfValue(v);
  switch (t) {
    case Tid.LIST: return newSeqIter(Tid.LIST_ITER, v, 0);
    case Tid.TUPLE: return newSeqIter(Tid.TUPLE_ITER, v, 0);
    case Tid.STR:
      if (strIsAstral(v)) {
        // iterate code points: make a tuple of one-character strs once
        const chars = Array.from(strValue(v), (c) => newStr(c));
        const tup = tupleOf(chars);
        const it = newSeqIter(Tid.TUPLE_ITER, tup, 0);
        decref(tup);
        return it;
      }
      return newSeqIter(Tid.STR_ITER, v, 0);
    case Tid.RANGE: {
      const nums = rangeNums(v);
      if (nums !== null) return newRangeIter(nums[0], nums[2], rangeLength(nums[0], nums[1], nums[2]));
      return bigRangeIter(v);
    }
    case Tid.DICT: return newDictIter(v, 0, dictLen(v));
    case Tid.DICT_VIEW: {
      const d = mem.i32[(v >> 2) + 2];
      return newDictIter(d, mem.i32[(v >> 2) + 3], dictLen(d));
    }
    case Tid.SET: case Tid.FROZENSET: return newSetIter(v, setLen(v));
    case Tid.BYTES: case Tid.BYTEARRAY: return bytesIter(v);
    case Tid.LIST_ITER: case Tid.TUPLE_ITER: case Tid.STR_ITER: case Tid.RANGE_ITER: case Tid.DICT_ITER:
    case Tid.SET_ITER: case Tid.ENUMERATE: case Tid.ZIP: case Tid.MAP: case Tid.FILTER: case Tid.REVERSED:
    case Tid.GENERATOR: case Tid.CALL_ITER: case Tid.BYTES_ITER: case Tid.CALLABLE_ITER: case Tid.FILE:
      incref(v);
      return v;
    case Tid.INSTANCE: {
      const r = callSpecial(v, '__iter__', []);
      // no __iter__ but __getitem__: the old sequence protocol, indices 0, 1, ... until IndexError
      if (r === 0 && specialMethod(v, '__getitem__') !== 0) return newSeqIter(Tid.CALL_ITER, v, 0);
      if (r === 0) break;
      if (!isIterator(r)) {
        const tn = typeNameOf(r);
        decref(r);
        typeError(`iter() returned non-iterator of type '${tn}'`);
      }
      return r;
    }
  }
  return typeError(`'${typeNameOf(v)}' object is not iterable`);
}

/** Can next() be called on v? */
export function isIterator(v: number): boolean {
  const t = tidOfValue(v);
  if ((t >= Tid.LIST_ITER && t <= Tid.REVERSED && t !== Tid.DICT_VIEW) || t === Tid.GENERATOR || t === Tid.CALL_ITER) return true;
  if (t === Tid.BYTES_ITER || t === Tid.CALLABLE_ITER || t === Tid.FILE) return true;
  return t === Tid.INSTANCE && specialMethod(v, '__next__') !== 0;
}

/** next(it): a new reference to the next item, or 0 when the iterator is exhausted. */
export function iterNext(it: number): number {
  const w = it >> 2;
  const i32 = mem.i32;
  switch (tidOfValue(it)) {
    case Tid.LIST_ITER: {
      const seq = i32[w + 2];
      if (seq === 0) return 0;
      const i = i32[w + 3];
      if (i < listLen(seq)) { i32[w + 3] = i + 1; const v = listGet(seq, i); incref(v); return v; }
      i32[w + 2] = 0; decref(seq);
      return 0;
    }
    case Tid.TUPLE_ITER: {
      const seq = i32[w + 2];
      if (seq === 0) return 0;
      const i = i32[w + 3];
      if (i < tupleLen(seq)) { i32[w + 3] = i + 1; const v = tupleGet(seq, i); incref(v); return v; }
      i32[w + 2] = 0; decref(seq);
      return 0;
    }
    case Tid.STR_ITER: {
      const seq = i32[w + 2];
      if (seq === 0) return 0;
      const i = i32[w + 3];
      if (i < strUnits(seq)) { i32[w + 3] = i + 1; return newStr(String.fromCharCode(strUnitAt(seq, i))); }
      i32[w + 2] = 0; decref(seq);
      return 0;
    }
    case Tid.RANGE_ITER: {
      const f = it >> 3;
      const f64 = mem.f64;
      const left = f64[f + 3];
      if (left <= 0) return 0;
      const cur = f64[f + 1];
      f64[f + 1] = cur + f64[f + 2];
      f64[f + 3] = left - 1;
      return newInt(cur);
    }
    case Tid.REVERSED: {
      const seq = i32[w + 2];
      if (seq === 0) return 0;
      const i = i32[w + 3];
      if (i >= 0) {
        i32[w + 3] = i - 1;
        const t = tidOfValue(seq);
        if (t === Tid.LIST) { if (i < listLen(seq)) { const v = listGet(seq, i); incref(v); return v; } }
        else if (t === Tid.TUPLE) { const v = tupleGet(seq, i); incref(v); return v; }
        else if (t === Tid.STR) return newStr(String.fromCharCode(strUnitAt(seq, i)));
        else if (t === Tid.RANGE) { const [a, , c] = rangeBig(seq); return newInt(a + BigInt(i) * c); }
      }
      i32[w + 2] = 0; decref(seq);
      return 0;
    }
    case Tid.DICT_ITER: {
      const d = i32[w + 2];
      if (d === 0) return 0;
      if (dictLen(d) !== i32[w + 5]) {
        i32[w + 5] = -1;
        raise(exc.RuntimeError, 'dictionary changed size during iteration');
      }
      const n = dictEntryCount(d);
      let i = i32[w + 3];
      while (i < n && dictKeyAt(d, i) === 0) i++;
      if (i >= n) { mem.i32[w + 2] = 0; decref(d); return 0; }
      mem.i32[w + 3] = i + 1;
      const kind = mem.i32[w + 4];
      const k = dictKeyAt(d, i);
      if (kind === 0) { incref(k); return k; }
      const v = dictValueAt(d, i);
      if (kind === 1) { incref(v); return v; }
      incref(k); incref(v);
      return tupleOf([k, v]);
    }
    case Tid.SET_ITER: {
      const s = i32[w + 2];
      if (s === 0) return 0;
      if (setLen(s) !== i32[w + 4]) {
        i32[w + 4] = -1;
        raise(exc.RuntimeError, 'Set changed size during iteration');
      }
      const mask = setMask(s);
      let i = i32[w + 3];
      for (; i <= mask; i++) {
        const k = setSlotKey(s, i);
        if (k !== 0 && k !== DUMMY) { mem.i32[w + 3] = i + 1; incref(k); return k; }
      }
      mem.i32[w + 2] = 0; decref(s);
      return 0;
    }
    case Tid.ENUMERATE: {
      const v = iterNext(i32[w + 2]);
      if (v === 0) return 0;
      const count = mem.i32[w + 3];
      const next = newInt(incInt(count));
      mem.i32[w + 3] = next;
      return tupleOf([count, v]);
    }
    case Tid.ZIP: {
      const iters = i32[w + 2];
      const n = tupleLen(iters);
      if (n === 0) return 0;
      const t = newTuple(n);
      for (let i = 0; i < n; i++) {
        const v = iterNext(tupleGet(iters, i));
        if (v === 0) {
          for (let j = i; j < n; j++) tupleInit(t, j, NONE);
          decref(t);
          if (mem.i32[w + 3] !== 0) zipStrictEnd(iters, i);
          return 0;
        }
        tupleInit(t, i, v);
      }
      return t;
    }
    case Tid.MAP: {
      const fn = i32[w + 2], iters = i32[w + 3];
      const n = tupleLen(iters);
      const args: number[] = [];
      for (let i = 0; i < n; i++) {
        const v = iterNext(tupleGet(iters, i));
        if (v === 0) { for (const a of args) decref(a); return 0; }
        args.push(v);
      }
      try { return callValue(fn, args); } finally { for (const a of args) decref(a); }
    }
    case Tid.FILTER: {
      const fn = i32[w + 2], src = i32[w + 3];
      for (;;) {
        const v = iterNext(src);
        if (v === 0) return 0;
        let keep: boolean;
        if (fn === NONE) keep = isTruthy(v);
        else {
          let r: number;
          try { r = callValue(fn, [v]); } catch (e) { decref(v); throw e; }
          keep = isTruthy(r);
          decref(r);
        }
        if (keep) return v;
        decref(v);
      }
    }
    case Tid.GENERATOR: return generatorNext(it);
    case Tid.BYTES_ITER: return bytesIterNext(it);
    case Tid.FILE: return fileIterNext(it);
    case Tid.CALLABLE_ITER: return callableIterNext(it);
    case Tid.CALL_ITER: {
      const seq = i32[w + 2];
      if (seq === 0) return 0;
      const i = i32[w + 3];
      try {
        const idx = newInt(i);
        const v = callSpecial(seq, '__getitem__', [idx]);
        mem.i32[w + 3] = i + 1;
        return v;
      } catch (e) {
        if (e instanceof PyErr && (isSubtype(typeOf(e.exc), exc.IndexError) || isSubtype(typeOf(e.exc), exc.StopIteration))) {
          decref(e.exc);
          mem.i32[w + 2] = 0;
          decref(seq);
          return 0;
        }
        throw e;
      }
    }
    case Tid.INSTANCE: {
      const m = specialMethod(it, '__next__');
      if (m === 0) break;
      try {
        return callBound(m, it, []);
      } catch (e) {
        // StopIteration from __next__ is the end of the iteration
        if (e instanceof PyErr && isSubtype(typeOf(e.exc), exc.StopIteration)) { decref(e.exc); return 0; }
        throw e;
      }
    }
  }
  return typeError(`'${typeNameOf(it)}' object is not an iterator`);
}

/** iter(callable, sentinel)'s next: call until the result equals the sentinel (or StopIteration). */
function callableIterNext(it: number): number {
  const w = it >> 2;
  const fn = mem.i32[w + 2];
  if (fn === 0) return 0;
  let v: number;
  try {
    v = callValue(fn, []);
  } catch (e) {
    if (!(e instanceof PyErr) || !isSubtype(typeOf(e.exc), exc.StopIteration)) throw e;
    decref(e.exc);
    v = 0;
  }
  if (v !== 0) {
    const sentinel = mem.i32[w + 3];
    let done: boolean;
    try { done = v === sentinel || richEq(v, sentinel); } catch (e) { decref(v); throw e; }
    if (!done) return v;
    decref(v);
  }
  // exhausted for good: drop the callable and the sentinel
  mem.i32[w + 2] = 0;
  decref(fn);
  return 0;
}

function incInt(v: number): number | bigint {
  const x = intValue(v);
  return typeof x === 'number' ? x + 1 : x + 1n;
}

/**
 * A range with bounds beyond 2**53: iterate a tuple of its items when there are few of them;
 * CPython can walk any range, pygil's range iterator only holds doubles.
 */
function bigRangeIter(v: number): number {
  const n = rangeLen(v);
  if (typeof n === 'bigint' || n > 1e6) overflowError('pygil cannot iterate a range this large (bounds beyond 2**53)');
  const [a, , c] = rangeBig(v);
  const items: number[] = [];
  for (let i = 0; i < (n as number); i++) items.push(newInt(a + BigInt(i) * c));
  const tup = tupleOf(items);
  const it = newSeqIter(Tid.TUPLE_ITER, tup, 0);
  decref(tup);
  return it;
}

/** Append every item of iterable to list l (list.extend / list += ...). */
export function iterateInto(iterable: number, l: number): void {
  const t = tidOfValue(iterable);
  if (t === Tid.LIST || t === Tid.TUPLE) {
    const n = t === Tid.LIST ? listLen(iterable) : tupleLen(iterable);
    for (let i = 0; i < n; i++) {
      const v = t === Tid.LIST ? listGet(iterable, i) : tupleGet(iterable, i);
      incref(v);
      listAppend(l, v);
    }
    return;
  }
  const it = getIter(iterable);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) listAppend(l, v);
  } finally {
    decref(it);
  }
}

/** The most items collect() gathers before raising MemoryError. */
const MAX_COLLECT = 1 << 26;

/** All items of an iterable as new references in a JS array. */
export function collect(iterable: number): number[] {
  const t = tidOfValue(iterable);
  const out: number[] = [];
  if (t === Tid.LIST || t === Tid.TUPLE) {
    const n = t === Tid.LIST ? listLen(iterable) : tupleLen(iterable);
    for (let i = 0; i < n; i++) {
      const v = t === Tid.LIST ? listGet(iterable, i) : tupleGet(iterable, i);
      incref(v);
      out.push(v);
    }
    return out;
  }
  const it = getIter(iterable);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      out.push(v);
      // an endless iterator must end in MemoryError, not in the JS engine giving up
      if (out.length >= MAX_COLLECT) raise(exc.MemoryError, null);
    }
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/** A new list of the items of an iterable. */
export function listFromIterable(iterable: number): number {
  const l = newList(0);
  try { iterateInto(iterable, l); } catch (e) { decref(l); throw e; }
  return l;
}

/**
 * zip(..., strict=True) after argument i+1's iterator ran out: CPython's ValueError unless every
 * iterator ran out together (the ones after it are advanced once more to find out).
 */
function zipStrictEnd(iters: number, i: number): void {
  const which = (k: number): string => (k === 1 ? 'argument 1' : `arguments 1-${k}`);
  if (i > 0) valueError(`zip() argument ${i + 1} is shorter than ${which(i)}`);
  for (let k = 1; k < tupleLen(iters); k++) {
    const v = iterNext(tupleGet(iters, k));
    if (v !== 0) { decref(v); valueError(`zip() argument ${k + 1} is longer than ${which(k)}`); }
  }
}
