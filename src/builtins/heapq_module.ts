// heapq_module.ts - the built-in `heapq` module: push, pop, heapify, replace, pushpop, nlargest and
// nsmallest, with CPython's _heapq sift loops (the same comparisons in the same order, so a heap
// list ends up in exactly CPython's order) and Lib/heapq.py's nlargest/nsmallest algorithms.
// Must never: go on after a comparison changed the list's size (RuntimeError, as CPython), nor
// compare with anything but `<` (compareBool): user classes may define only __lt__.

import { nativeValue } from '../objects/instance';
import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { defineBuiltinModule } from '../vm/modules';
import { defNative, nativeObject, noKw, argCount, bindArgs, ArgSpec } from '../runtime/natives';
import { dictSet } from '../objects/dict';
import { intern } from '../objects/str';
import { newInt, intValue } from '../objects/int';
import { tupleOf, tupleGet } from '../objects/tuple';
import { newList, listLen, listGet, listBase, listAppend, listPopAt } from '../objects/list';
import { typeOf, isSubtype } from '../objects/type';
import { exc } from '../objects/exception';
import { NONE } from '../objects/singletons';
import { raise, typeError, indexError, PyErr } from '../runtime/errors';
import { typeNameOf } from '../runtime/repr';
import { pyLen } from '../runtime/abstract';
import { getIter, iterNext, listFromIterable } from '../runtime/iterate';
import { compareBool } from '../runtime/compare';
import { callValue } from '../vm/call';
import { Cmp } from '../opcodes';
import { toIndex } from './math_module';
import { listSort } from './list_methods';

const S = () => ts.S;

function tidOf(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

// ---------------------------------------------------------------- sifting

/** Does a go before b in the heap? A min-heap asks a < b, a max-heap b < a (never >). */
function before(a: number, b: number, max: boolean): boolean {
  // the items are borrowed from the list, and __lt__ may remove them from it: own them meanwhile
  incref(a); incref(b);
  try {
    return max ? compareBool(b, a, Cmp.LT) : compareBool(a, b, Cmp.LT);
  } finally {
    decref(a); decref(b);
  }
}

function swap(heap: number, i: number, j: number): void {
  const w = listBase(heap), i32 = mem.i32;
  const t = i32[w + i];
  i32[w + i] = i32[w + j];
  i32[w + j] = t;
}

function checkSize(heap: number, size: number): void {
  if (listLen(heap) !== size) raise(exc.RuntimeError, 'list changed size during iteration');
}

/** Move the item at pos up towards startpos while it goes before its parent. */
function siftdown(heap: number, startpos: number, pos: number, max: boolean): void {
  const size = listLen(heap);
  if (pos >= size) indexError('list index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const up = before(listGet(heap, pos), listGet(heap, parentpos), max);
    checkSize(heap, size);
    if (!up) break;
    swap(heap, pos, parentpos);
    pos = parentpos;
  }
}

/**
 * Move the smaller child up until pos is a leaf, then sift the item there back down: fewer
 * comparisons than stopping early (Lib/heapq.py's comment explains why), and CPython's order.
 */
function siftup(heap: number, pos: number, max: boolean): void {
  const endpos = listLen(heap);
  const startpos = pos;
  if (pos >= endpos) indexError('list index out of range');
  const limit = endpos >> 1; // the first position without children
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      if (!before(listGet(heap, childpos), listGet(heap, childpos + 1), max)) childpos++;
      checkSize(heap, endpos);
    }
    swap(heap, pos, childpos);
    pos = childpos;
  }
  siftdown(heap, startpos, pos, max);
}

function heapify(heap: number, max: boolean): void {
  // CPython visits the nodes in a cache-friendly order for big lists; every node still comes
  // after all of its descendants, and the subtrees are disjoint, so the result is the same
  for (let i = (listLen(heap) >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
}

/** Pop the top: the last item takes its place and sifts up. A new reference. */
function heappop(heap: number, max: boolean): number {
  const n = listLen(heap);
  if (n === 0) indexError('index out of range');
  const last = listPopAt(heap, n - 1);
  if (n === 1) return last;
  return replaceTop(heap, last, max);
}

/** Put item (a reference the heap takes) at the top and sift it; returns the old top (a new reference). */
function replaceTop(heap: number, item: number, max: boolean): number {
  const top = listGet(heap, 0);
  mem.i32[listBase(heap)] = item; // the list's reference to top moves to the caller
  try {
    siftup(heap, 0, max);
  } catch (e) {
    decref(top);
    throw e;
  }
  return top;
}

/** heapreplace: pop then push in one step (IndexError on an empty heap). */
function heapreplace(heap: number, item: number, max: boolean): number {
  if (listLen(heap) === 0) indexError('index out of range');
  incref(item);
  return replaceTop(heap, item, max);
}

// ---------------------------------------------------------------- natives

/** The heap argument: a list, or the list of an instance of a subclass of list. */
function heapList(v: number, fname: string, which: string): number {
  if (tidOf(v) === Tid.LIST) return v;
  const native = nativeValue(v, Tid.LIST);
  if (native === 0) typeError(`${fname}() argument${which} must be list, not ${typeNameOf(v)}`);
  return native;
}

const table: [string, number][] = [];
function def(name: string, fn: (base: number, n: number, kw: number) => number): void {
  table.push([name, defNative(`heapq.${name}`, fn)]);
}

def('heappush', (base, n, kw) => {
  noKw('_heapq.heappush', kw); argCount('heappush', n, 2, 2);
  const heap = heapList(S()[base], 'heappush', ' 1'), item = S()[base + 1];
  incref(item);
  listAppend(heap, item);
  siftdown(heap, 0, listLen(heap) - 1, false);
  return NONE;
});
for (const [name, max] of [['heappop', false], ['_heappop_max', true]] as const) {
  def(name, (base, n, kw) => {
    noKw(`_heapq.${name}`, kw); argCount(`_heapq.${name}`, n, 1, 1);
    return heappop(heapList(S()[base], name, ''), max);
  });
}
for (const [name, max] of [['heapify', false], ['_heapify_max', true]] as const) {
  def(name, (base, n, kw) => {
    noKw(`_heapq.${name}`, kw); argCount(`_heapq.${name}`, n, 1, 1);
    heapify(heapList(S()[base], name, ''), max);
    return NONE;
  });
}
for (const [name, max] of [['heapreplace', false], ['_heapreplace_max', true]] as const) {
  def(name, (base, n, kw) => {
    noKw(`_heapq.${name}`, kw); argCount(name, n, 2, 2);
    return heapreplace(heapList(S()[base], name, ' 1'), S()[base + 1], max);
  });
}
def('heappushpop', (base, n, kw) => {
  noKw('_heapq.heappushpop', kw); argCount('heappushpop', n, 2, 2);
  const heap = heapList(S()[base], 'heappushpop', ' 1'), item = S()[base + 1];
  // push then pop, but when item would come straight back out, only that happens
  if (listLen(heap) === 0 || !before(listGet(heap, 0), item, false)) { incref(item); return item; }
  return heapreplace(heap, item, false);
});

// ---------------------------------------------------------------- nlargest, nsmallest
// Lib/heapq.py's algorithms, step for step: n == 1 is min()/max(); n >= len(iterable) is
// sorted()[:n]; otherwise a heap of the best n decorated tuples (elem, order) or
// (key, order, elem), whose order numbers make the result stable. Tuples compare as Python's.

/** len(iterable), or null when it has none (TypeError or AttributeError from len()). */
function lenOrNull(iterable: number): number | null {
  try {
    return pyLen(iterable);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    const cls = typeOf(e.exc);
    if (!isSubtype(cls, exc.TypeError) && !isSubtype(cls, exc.AttributeError)) throw e;
    decref(e.exc);
    return null;
  }
}

/** min() or max() of iterable under key, as a list of zero or one item. */
function best(iterable: number, key: number, largest: boolean): number {
  const it = getIter(iterable);
  let item = 0, itemKey = 0;
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      let k = v;
      if (key !== NONE) {
        try { k = callValue(key, [v]); } catch (e) { decref(v); throw e; }
      } else incref(k);
      let better: boolean;
      try {
        better = item === 0 || compareBool(k, itemKey, largest ? Cmp.GT : Cmp.LT);
      } catch (e) {
        decref(v); decref(k);
        throw e;
      }
      if (better) {
        if (item !== 0) { decref(item); decref(itemKey); }
        item = v; itemKey = k;
      } else {
        decref(v); decref(k);
      }
    }
  } catch (e) {
    if (item !== 0) { decref(item); decref(itemKey); }
    throw e;
  } finally {
    decref(it);
  }
  const out = newList(0);
  if (item !== 0) { decref(itemKey); listAppend(out, item); }
  return out;
}

/** sorted(iterable, key=key, reverse=largest)[:n] */
function sortedPrefix(iterable: number, key: number, largest: boolean, nv: number): number {
  const l = listFromIterable(iterable);
  try {
    listSort(l, key, largest);
    const t = tidOf(nv);
    if (t !== Tid.INT && t !== Tid.BOOL) typeError('slice indices must be integers or None or have an __index__ method');
    const len = listLen(l);
    const x = intValue(nv);
    let stop = x < 0 ? Number(x) + len : Number(x);
    stop = Math.max(0, Math.min(stop, len));
    while (listLen(l) > stop) decref(listPopAt(l, listLen(l) - 1));
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

function nbest(nv: number, iterable: number, key: number, largest: boolean): number {
  const one = newInt(1);
  let isOne: boolean;
  try { isOne = compareBool(nv, one, Cmp.EQ); } finally { decref(one); }
  if (isOne) return best(iterable, key, largest);
  const size = lenOrNull(iterable);
  if (size !== null) {
    const sz = newInt(size);
    let all: boolean;
    try { all = compareBool(nv, sz, Cmp.GE); } finally { decref(sz); }
    if (all) return sortedPrefix(iterable, key, largest, nv);
  }
  // range(n) (or range(0, -n, -1)) numbers the first n items: n must be an int
  const n = Number(toIndex(nv));
  const step = largest ? -1 : 1;
  const it = getIter(iterable);
  const result = newList(0);
  try {
    /** (elem, order) or (key(elem), order, elem): a new tuple; steals elem. */
    const decorate = (elem: number, order: number): number => {
      if (key === NONE) return tupleOf([elem, newInt(order)]);
      let k: number;
      try { k = callValue(key, [elem]); } catch (e) { decref(elem); throw e; }
      return tupleOf([k, newInt(order), elem]);
    };
    for (let i = 0; i < n; i++) {
      const elem = iterNext(it);
      if (elem === 0) break;
      listAppend(result, decorate(elem, i * step));
    }
    if (listLen(result) === 0) return result;
    // nsmallest keeps a max-heap of the n smallest so far (its top is the one to evict), and
    // nlargest a min-heap of the n largest
    heapify(result, !largest);
    let order = n * step;
    for (let elem = iterNext(it); elem !== 0; elem = iterNext(it)) {
      const top = tupleGet(listGet(result, 0), 0);
      let k = elem;
      if (key !== NONE) {
        try { k = callValue(key, [elem]); } catch (e) { decref(elem); throw e; }
      }
      let better: boolean;
      try {
        better = largest ? compareBool(top, k, Cmp.LT) : compareBool(k, top, Cmp.LT);
      } catch (e) {
        decref(elem);
        if (k !== elem) decref(k);
        throw e;
      }
      if (!better) {
        decref(elem);
        if (k !== elem) decref(k);
        continue;
      }
      const entry = key === NONE ? tupleOf([elem, newInt(order)]) : tupleOf([k, newInt(order), elem]);
      decref(replaceTop(result, entry, !largest));
      order += step;
    }
    listSort(result, NONE, largest);
    const out = newList(0);
    for (let i = 0; i < listLen(result); i++) {
      const v = tupleGet(listGet(result, i), key === NONE ? 0 : 2);
      incref(v);
      listAppend(out, v);
    }
    decref(result);
    return out;
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    decref(it);
  }
}

const NLARGEST: ArgSpec = { name: 'nlargest', params: ['n', 'iterable', 'key'], required: 2, style: 'def' };
const NSMALLEST: ArgSpec = { name: 'nsmallest', params: ['n', 'iterable', 'key'], required: 2, style: 'def' };
def('nlargest', (base, n, kw) => {
  const [nv, iterable, key] = bindArgs(NLARGEST, base, n, kw);
  return nbest(nv, iterable, key === 0 ? NONE : key, true);
});
def('nsmallest', (base, n, kw) => {
  const [nv, iterable, key] = bindArgs(NSMALLEST, base, n, kw);
  return nbest(nv, iterable, key === 0 ? NONE : key, false);
});

defineBuiltinModule('heapq', (d) => {
  for (const [name, idx] of table) dictSet(d, intern(name), nativeObject(idx));
});
