// list_methods.ts - the methods of list and tuple, and the helpers every method file shares:
// registering a method (so that it is also reachable from its type, as `str.lower` or
// `list.append(l, x)`), CPython's argument checking for methods, and start/end index arguments.
// Must never: reach into a list's items array except through objects/list.ts, or keep a JS copy
// of borrowed items across a call that may run Python code and change the list.

import { mem } from '../heap/memory';
import { Flag } from '../heap/layout';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { NONE } from '../objects/singletons';
import { newInt, intValue } from '../objects/int';
import { strValue, intern } from '../objects/str';
import { tupleLen, tupleGet } from '../objects/tuple';
import {
  newList, listLen, listGet, listBase, listAppend, listInsert, listPopAt, listClear, listItems, listReplaceAll,
} from '../objects/list';
import { dictSet } from '../objects/dict';
import { typeByTid, typeDict, typeOf, isSubtype } from '../objects/type';
import { nativeValue, newClassMethod, newStaticMethod } from '../objects/instance';
import { defNative, nativeObject, npos, noKw, argCount, bindArgs, NativeFn } from '../runtime/natives';
import { defMethod } from '../runtime/abstract';
import { typeError, valueError, indexError, overflowError, PyErr } from '../runtime/errors';
import { exc } from '../objects/exception';
import { compareBool, richEq } from '../runtime/compare';
import { iterateInto, getIter, iterNext } from '../runtime/iterate';
import { repr, typeNameOf } from '../runtime/repr';
import { callValue } from '../vm/call';
import { Cmp } from '../opcodes';

/** Type id of any value (small ints are ints). */
export function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

// ---------------------------------------------------------------- registering methods
// Every method is one native, used two ways: bound through findMethod (self is then always of
// the right type) and unbound from the type's dict (`str.lower`, `dict.get(d, k)`), where self
// is whatever the caller passed. The self check below serves the second; it costs one tag test.

const TYPE_NAMES: Partial<Record<number, string>> = {
  [Tid.INT]: 'int', [Tid.FLOAT]: 'float', [Tid.STR]: 'str', [Tid.TUPLE]: 'tuple', [Tid.LIST]: 'list',
  [Tid.DICT]: 'dict', [Tid.SET]: 'set', [Tid.FROZENSET]: 'frozenset',
  [Tid.BYTES]: 'bytes', [Tid.BYTEARRAY]: 'bytearray', [Tid.FILE]: '_io.TextIOWrapper', [Tid.SLICE]: 'slice',
  [Tid.RANGE]: 'range', [Tid.NONE]: 'NoneType',
  [Tid.LIST_ITER]: 'list_iterator', [Tid.TUPLE_ITER]: 'tuple_iterator', [Tid.STR_ITER]: 'str_iterator',
  [Tid.RANGE_ITER]: 'range_iterator', [Tid.DICT_ITER]: 'dict_keyiterator', [Tid.SET_ITER]: 'set_iterator',
  [Tid.ENUMERATE]: 'enumerate', [Tid.ZIP]: 'zip', [Tid.MAP]: 'map', [Tid.FILTER]: 'filter',
  [Tid.REVERSED]: 'reversed', [Tid.CALL_ITER]: 'iterator', [Tid.BYTES_ITER]: 'bytes_iterator',
  [Tid.CALLABLE_ITER]: 'callable_iterator',
};

/** What installTypeAttributes puts into the built-in types' dicts: [tid, name, native index]. */
const typeAttributes: [number, string, number][] = [];

/**
 * Register `fn` as method `name` of the type with id `tid` (int methods serve bool too). fn
 * receives self as argument 0: for an instance of a subclass of list or dict, its native value
 * (objects/instance.ts), or the instance itself when `keepInstance`. Returns the native index.
 */
export function method(tid: number, name: string, fn: NativeFn, keepInstance = false): number {
  const owner = TYPE_NAMES[tid] ?? '?';
  // CPython words a wrong self differently for the slot wrappers (int.__add__) and for methods
  const wrongSelf = isSlotWrapper(tid, name)
    ? (self: number): string => `descriptor '${name}' requires a '${owner}' object but received a '${typeNameOf(self)}'`
    : (self: number): string => `descriptor '${name}' for '${owner}' objects doesn't apply to a '${typeNameOf(self)}' object`;
  const index = defNative(`${owner}.${name}`, (base, n, kw) => {
    if (npos(n, kw) === 0) typeError(`unbound method ${owner}.${name}() needs an argument`);
    const S = ts.S;
    const self = S[base];
    const t = tidOfValue(self);
    if (t !== tid && !(t === Tid.BOOL && tid === Tid.INT)) {
      // an instance of a subclass of list or dict: the method works on its native value
      const value = nativeValue(self, tid);
      if (value === 0) typeError(wrongSelf(self));
      if (keepInstance) return fn(base, n, kw);
      // the slot lends the value for the call; its reference (the caller's) is the instance's
      S[base] = value;
      try { return fn(base, n, kw); } finally { S[base] = self; }
    }
    return fn(base, n, kw);
  });
  defMethod(tid, name, index);
  typeAttributes.push([tid, name, index]);
  return index;
}

/** The special methods that CPython defines as ordinary methods rather than slot wrappers. */
const METHOD_DUNDERS = new Set(['__getitem__', '__reversed__', '__round__', '__floor__', '__ceil__', '__trunc__']);

/** Is `name` a slot wrapper in CPython (int.__add__, list.__len__), not a method (list.__getitem__)? */
export function isSlotWrapper(tid: number, name: string): boolean {
  if (!name.startsWith('__') || !name.endsWith('__') || METHOD_DUNDERS.has(name)) return false;
  return !(tid === Tid.DICT && name === '__contains__');
}

/**
 * Register an attribute reached only through the type (a classmethod or staticmethod such as
 * dict.fromkeys or str.maketrans): fn receives no self.
 */
export function classAttribute(tid: number, name: string, fn: NativeFn): number {
  const index = defNative(`${TYPE_NAMES[tid] ?? '?'}.${name}`, fn);
  // a static method in the type's dict, so that through an instance ("x".maketrans(...)) it is
  // not bound to the instance either
  staticMethods.add(index);
  typeAttributes.push([tid, name, index]);
  return index;
}
const staticMethods = new Set<number>();

/**
 * Register a classmethod of a built-in type (dict.fromkeys): fn receives the class the attribute
 * was reached through (a subclass, or the type itself) as argument 0.
 */
export function classMethod(tid: number, name: string, fn: NativeFn): number {
  const index = defNative(`${TYPE_NAMES[tid] ?? '?'}.${name}`, fn);
  classMethods.add(index);
  typeAttributes.push([tid, name, index]);
  return index;
}
const classMethods = new Set<number>();

/**
 * Put every registered method into its type's dict. Run once at start-up, after the type
 * objects exist; natives are made in the same order in every thread, so the indices agree.
 */
export function installMethodsOnTypes(): void {
  for (const [tid, name, index] of typeAttributes) {
    const wrap = classMethods.has(index) ? newClassMethod : staticMethods.has(index) ? newStaticMethod : null;
    if (wrap === null) { dictSet(typeDict(typeByTid[tid]), intern(name), nativeObject(index)); continue; }
    const m = wrap(nativeObject(index));
    dictSet(typeDict(typeByTid[tid]), intern(name), m);
    decref(m);
  }
}

// ---------------------------------------------------------------- argument checking

/** Positional-only method arguments (self excluded from min/max): CPython's wording. */
export function posArgs(fname: string, n: number, kw: number, min: number, max: number): void {
  noKw(fname, kw);
  argCount(fname, n - 1, min, max);
}

/**
 * Arguments of a method taking keywords, bound as CPython's Argument Clinic does (bindArgs).
 * `names` are the parameters after self; the first `required` must be given; those from
 * `posMax` on are keyword-only. Returns borrowed values, 0 for a parameter not given.
 */
export function kwArgs(fname: string, base: number, n: number, kw: number, names: readonly string[],
  required = 0, posMax = names.length): number[] {
  const np = n - 1;
  if (kw === 0 && np >= required && np <= posMax) {
    // the common call, all positional and well counted, without building a spec
    const out = new Array<number>(names.length).fill(0);
    for (let i = 0; i < np; i++) out[i] = ts.S[base + 1 + i];
    return out;
  }
  return bindArgs({ name: fname, params: names.slice(0, posMax), kwOnly: names.slice(posMax), required, style: 'clinic' },
    base + 1, n - 1, kw);
}

/** An int argument (bool included) as a JS number: CPython's "cannot be interpreted" texts. */
export function indexArg(v: number): number {
  const t = tidOfValue(v);
  if (t !== Tid.INT && t !== Tid.BOOL) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const x = intValue(v);
  if (typeof x === 'bigint' || !Number.isSafeInteger(x)) overflowError('Python int too large to convert to C ssize_t');
  return x as number;
}

/**
 * A start or end argument (0 when absent, None when noneOk) as a number; huge ints clamp, as
 * CPython's _PyEval_SliceIndex does. Returns null for "not given".
 */
export function sliceArg(v: number, noneOk: boolean): number | null {
  if (v === 0 || (noneOk && v === NONE)) return null;
  const t = tidOfValue(v);
  if (t !== Tid.INT && t !== Tid.BOOL) {
    typeError(noneOk ? 'slice indices must be integers or None or have an __index__ method'
      : 'slice indices must be integers or have an __index__ method');
  }
  const x = intValue(v);
  if (typeof x === 'bigint') return x < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return x;
}

/** start/end resolved against a length as CPython's ADJUST_INDICES does (list.index, tuple.index). */
export function adjustBounds(start: number | null, end: number | null, len: number): [number, number] {
  let s = start ?? 0, e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) { e += len; if (e < 0) e = 0; }
  if (s < 0) { s += len; if (s < 0) s = 0; }
  return [s, e];
}

/**
 * iter(v); when v is not iterable, CPython's caller-specific TypeError text replaces the generic
 * one (PySequence_Fast's message argument).
 */
export function iterOrTypeError(v: number, message: string): number {
  try {
    return getIter(v);
  } catch (e) {
    if (!(e instanceof PyErr) || !isSubtype(typeOf(e.exc), exc.TypeError)) throw e;
    decref(e.exc);
    return typeError(message);
  }
}

/**
 * Call fn with each item of an iterable, a new reference released when fn returns or throws;
 * fn returns true to stop early.
 */
export function forEachItem(iterable: number, fn: (v: number, i: number) => boolean | void): void {
  const it = getIter(iterable);
  try {
    for (let i = 0, v = iterNext(it); v !== 0; i++, v = iterNext(it)) {
      let stop: boolean | void;
      try { stop = fn(v, i); } finally { decref(v); }
      if (stop === true) return;
    }
  } finally {
    decref(it);
  }
}

/** `a == b` as list.count and list.remove ask it: identity first, so a NaN finds itself. */
export function sameOrEqual(a: number, b: number): boolean {
  return a === b || richEq(a, b);
}

// ---------------------------------------------------------------- sorting
// A simplified timsort. For lists shorter than 64 (most toy lists) it makes exactly CPython's
// comparisons in exactly its order: count the first run, then binary insertion sort. That
// matters because an unorderable pair's TypeError names the two types in the order compared.
// Longer lists are cut into such runs and merged pairwise without galloping: the same result
// (the sort is stable), with different comparison counts.

const MIN_MERGE = 64;
/** objects/list.ts's layout: the word holding the items array, 0 when the list has none. */
const LIST_ITEMS_WORD = 4;

/** Sort `order` (indices into keys) ascending by keys[i] < keys[j]; stable. May raise. */
function timsort(order: number[], keys: number[]): void {
  const lt = (i: number, j: number): boolean => compareBool(keys[i], keys[j], Cmp.LT);
  const n = order.length;
  if (n < 2) return;
  const minrun = minRunLength(n);
  const runs: [number, number][] = [];
  for (let lo = 0; lo < n;) {
    let run = countRun(order, lo, n, lt);
    if (run < minrun) {
      const force = Math.min(minrun, n - lo);
      binaryInsertionSort(order, lo, lo + force, lo + run, lt);
      run = force;
    }
    runs.push([lo, lo + run]);
    lo += run;
  }
  while (runs.length > 1) {
    const merged: [number, number][] = [];
    for (let i = 0; i + 1 < runs.length; i += 2) {
      merge(order, runs[i][0], runs[i][1], runs[i + 1][1], lt);
      merged.push([runs[i][0], runs[i + 1][1]]);
    }
    if (runs.length % 2 === 1) merged.push(runs[runs.length - 1]);
    runs.splice(0, runs.length, ...merged);
  }
}

function minRunLength(n: number): number {
  let r = 0;
  while (n >= MIN_MERGE) { r |= n & 1; n >>= 1; }
  return n + r;
}

/** Length of the run starting at lo; a strictly descending run is reversed in place (stable). */
function countRun(a: number[], lo: number, hi: number, lt: (i: number, j: number) => boolean): number {
  if (lo + 1 === hi) return 1;
  let k = lo + 2;
  if (lt(a[lo + 1], a[lo])) {
    while (k < hi && lt(a[k], a[k - 1])) k++;
    for (let i = lo, j = k - 1; i < j; i++, j--) { const t = a[i]; a[i] = a[j]; a[j] = t; }
  } else {
    while (k < hi && !lt(a[k], a[k - 1])) k++;
  }
  return k - lo;
}

/** a[lo..start) is sorted; insert each of a[start..hi) after its equals (CPython's binarysort). */
function binaryInsertionSort(a: number[], lo: number, hi: number, start: number,
  lt: (i: number, j: number) => boolean): void {
  for (let i = start; i < hi; i++) {
    const pivot = a[i];
    let l = lo, r = i;
    while (l < r) {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p])) r = p; else l = p + 1;
    }
    for (let j = i; j > l; j--) a[j] = a[j - 1];
    a[l] = pivot;
  }
}

/** Merge sorted a[lo..mid) and a[mid..hi): an item of the right half goes first only if smaller. */
function merge(a: number[], lo: number, mid: number, hi: number, lt: (i: number, j: number) => boolean): void {
  const left = a.slice(lo, mid);
  let i = 0, j = mid, k = lo;
  while (i < left.length && j < hi) a[k++] = lt(a[j], left[i]) ? a[j++] : left[i++];
  while (i < left.length) a[k++] = left[i++];
}

/**
 * list.sort(key=, reverse=) on list l (key 0 or None for none). As CPython, the list is empty
 * while the sort runs (a key function sees []), a failed key call or comparison leaves the items
 * in their original order, and a list changed during the sort raises ValueError afterwards,
 * whatever was put into it meanwhile being dropped.
 */
/**
 * Sort `order` (indices into keys) with V8's stable sort when every key is a small int, or every
 * key is a str: their order is total and cheap to compute in JS, and any stable sort of a total
 * order gives the same result as CPython's. Returns false (and leaves order alone) otherwise.
 */
function sortByNativeOrder(order: number[], keys: number[]): boolean {
  let allSmall = true, allStr = true;
  const i32 = mem.i32;
  for (const k of keys) {
    if ((k & 1) === 1) { allStr = false; continue; }
    allSmall = false;
    if ((i32[(k >> 2) + 1] & 0xff) !== Tid.STR) { allStr = false; break; }
  }
  if (allSmall) { order.sort((a, b) => keys[a] - keys[b]); return true; }
  if (allStr) {
    // UTF-16 order equals code point order except around astral characters: keep those exact
    const texts = keys.map((k) => strValue(k));
    if (keys.some((k) => (i32[(k >> 2) + 1] & Flag.ASTRAL) !== 0)) return false;
    order.sort((a, b) => (texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0));
    return true;
  }
  return false;
}

/**
 * Sort list l in place when every item is a small int and there is no key: equal items are the
 * same word, so stability cannot show, and a tagged word ((n << 1) | 1) orders as n does. The
 * words are sorted as a typed array (numeric, in V8's C++) and written back: no JS array, no
 * comparator call, no reference counting. False (l untouched) when an item is anything else.
 */
function sortSmallInts(l: number, reverse: boolean): boolean {
  const n = listLen(l);
  if (n < 2) return n === 0 || (listGet(l, 0) & 1) === 1;
  const base = listBase(l);
  const i32 = mem.i32;
  for (let i = base, end = base + n; i < end; i++) if ((i32[i] & 1) === 0) return false;
  const words = i32.slice(base, base + n).sort();
  if (reverse) words.reverse();
  i32.set(words, base); // nothing allocated since listBase: the storage is where it was
  return true;
}

export function listSort(l: number, key: number, reverse: boolean): void {
  if ((key === 0 || key === NONE) && sortSmallInts(l, reverse)) return;
  const items = listItems(l);
  for (const v of items) incref(v);
  listClear(l); // releases the list's references: `items` now holds the only ones we rely on
  let result = items;
  let keys: number[] = items;
  let failed = true;
  try {
    if (key !== 0 && key !== NONE) {
      keys = [];
      for (const v of items) keys.push(callValue(key, [v]));
    }
    const order = items.map((_, i) => i);
    // reversing before and after a stable sort keeps equal items in their original order
    if (reverse) order.reverse();
    if (!sortByNativeOrder(order, keys)) timsort(order, keys);
    if (reverse) order.reverse();
    result = order.map((i) => items[i]);
    failed = false;
  } finally {
    if (keys !== items) for (const k of keys) decref(k);
    // listClear left no items array (list.ts's word 4 is 0): an append or insert during the sort
    // allocated one, even if a pop then emptied the list again (CPython checks `allocated`)
    const modified = listLen(l) !== 0 || mem.i32[(l >> 2) + LIST_ITEMS_WORD] !== 0;
    listReplaceAll(l, result);
    if (modified && !failed) valueError('list modified during sort');
  }
}

// ---------------------------------------------------------------- list

method(Tid.LIST, 'append', (b, n, kw) => {
  posArgs('list.append', n, kw, 1, 1);
  const v = ts.S[b + 1];
  incref(v);
  listAppend(ts.S[b], v);
  return NONE;
});

method(Tid.LIST, 'extend', (b, n, kw) => {
  posArgs('list.extend', n, kw, 1, 1);
  iterateInto(ts.S[b + 1], ts.S[b]);
  return NONE;
});

method(Tid.LIST, 'insert', (b, n, kw) => {
  posArgs('insert', n, kw, 2, 2);
  const l = ts.S[b], v = ts.S[b + 2];
  const len = listLen(l);
  let i = indexArg(ts.S[b + 1]);
  if (i < 0) { i += len; if (i < 0) i = 0; } else if (i > len) i = len;
  incref(v);
  listInsert(l, i, v);
  return NONE;
});

method(Tid.LIST, 'pop', (b, n, kw) => {
  posArgs('pop', n, kw, 0, 1);
  const l = ts.S[b];
  let i = n > 1 ? indexArg(ts.S[b + 1]) : -1;
  const len = listLen(l);
  if (len === 0) indexError('pop from empty list');
  if (i < 0) i += len;
  if (i < 0 || i >= len) indexError('pop index out of range');
  return listPopAt(l, i);
});

method(Tid.LIST, 'remove', (b, n, kw) => {
  posArgs('list.remove', n, kw, 1, 1);
  const l = ts.S[b], x = ts.S[b + 1];
  // the length is read afresh each step: a comparison may in principle change the list
  for (let i = 0; i < listLen(l); i++) {
    if (sameOrEqual(listGet(l, i), x)) { decref(listPopAt(l, i)); return NONE; }
  }
  return valueError('list.remove(x): x not in list');
});

/** seq.index(x[, start[, stop]]) over a list or tuple: the index of the first equal item. */
function seqIndex(b: number, n: number, kw: number, isList: boolean): number {
  posArgs('index', n, kw, 1, 3);
  const S = ts.S;
  const seq = S[b], x = S[b + 1];
  const len = isList ? listLen : tupleLen;
  const get = isList ? listGet : tupleGet;
  const [start, stop] = adjustBounds(n > 2 ? sliceArg(S[b + 2], false) : null,
    n > 3 ? sliceArg(S[b + 3], false) : null, len(seq));
  for (let i = start; i < stop && i < len(seq); i++) {
    if (sameOrEqual(get(seq, i), x)) return newInt(i);
  }
  return valueError(isList ? `${repr(x)} is not in list` : 'tuple.index(x): x not in tuple');
}

/** seq.count(x) over a list or tuple. */
function seqCount(b: number, n: number, kw: number, isList: boolean): number {
  posArgs(isList ? 'list.count' : 'tuple.count', n, kw, 1, 1);
  const seq = ts.S[b], x = ts.S[b + 1];
  const len = isList ? listLen : tupleLen;
  const get = isList ? listGet : tupleGet;
  let count = 0;
  for (let i = 0; i < len(seq); i++) if (sameOrEqual(get(seq, i), x)) count++;
  return newInt(count);
}

method(Tid.LIST, 'index', (b, n, kw) => seqIndex(b, n, kw, true));
method(Tid.LIST, 'count', (b, n, kw) => seqCount(b, n, kw, true));
method(Tid.TUPLE, 'index', (b, n, kw) => seqIndex(b, n, kw, false));
method(Tid.TUPLE, 'count', (b, n, kw) => seqCount(b, n, kw, false));

method(Tid.LIST, 'sort', (b, n, kw) => {
  const [key, rev] = kwArgs('sort', b, n, kw, ['key', 'reverse'], 0, 0);
  // CPython takes reverse as an int (a bool is one), not as any truthy value
  const reverse = rev !== 0 && indexArg(rev) !== 0;
  listSort(ts.S[b], key, reverse);
  return NONE;
});

method(Tid.LIST, 'reverse', (b, n, kw) => {
  posArgs('list.reverse', n, kw, 0, 0);
  const l = ts.S[b];
  const len = listLen(l);
  if (len > 1) {
    // swapping in place moves references without changing any count
    const base = listBase(l);
    mem.i32.subarray(base, base + len).reverse();
  }
  return NONE;
});

method(Tid.LIST, 'copy', (b, n, kw) => {
  posArgs('list.copy', n, kw, 0, 0);
  const items = listItems(ts.S[b]);
  const r = newList(items.length);
  const base = listBase(r);
  for (let i = 0; i < items.length; i++) { incref(items[i]); mem.i32[base + i] = items[i]; }
  return r;
});

method(Tid.LIST, 'clear', (b, n, kw) => {
  posArgs('list.clear', n, kw, 0, 0);
  listClear(ts.S[b]);
  return NONE;
});
