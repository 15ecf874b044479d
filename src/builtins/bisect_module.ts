// bisect_module.ts - the built-in `bisect` module: bisect_left/right and insort_left/right
// (bisect and insort are the _right ones), with lo, hi and key= as CPython's _bisect takes them.
// Owns: the binary searches and the insertion, comparing only with Python's `<` (compareBool).
// Must never: hold a borrowed item across a comparison or a key call (either may run Python code
// that shrinks the list): every item is a new reference while it is in use.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { defineBuiltinModule } from '../vm/modules';
import { defNative, nativeObject, bindArgs, ArgSpec } from '../runtime/natives';
import { dictSet } from '../objects/dict';
import { intern } from '../objects/str';
import { newInt } from '../objects/int';
import { listLen, listGet, listInsert } from '../objects/list';
import { tupleLen, tupleGet } from '../objects/tuple';
import { NONE } from '../objects/singletons';
import { typeError, valueError, overflowError } from '../runtime/errors';
import { typeNameOf } from '../runtime/repr';
import { pyLen, getItem, getAttr } from '../runtime/abstract';
import { compareBool } from '../runtime/compare';
import { callValue } from '../vm/call';
import { Cmp } from '../opcodes';
import { toIndex } from './math_module';
import { specialMethod } from '../runtime/classes';

function tidOf(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

/** a Py_ssize_t argument (lo, hi): an int or an object with __index__. */
function ssize(v: number): number {
  const x = toIndex(v);
  if (typeof x === 'bigint') overflowError('Python int too large to convert to C ssize_t');
  return x as number;
}

/** PySequence_Size: a mapping is refused even though it has a length. */
function seqSize(a: number): number {
  if (tidOf(a) === Tid.DICT) typeError(`${typeNameOf(a)} is not a sequence`);
  return pyLen(a);
}

/** PySequence_GetItem(a, i) as a new reference (list and tuple directly while i is in range). */
function itemAt(a: number, i: number): number {
  const t = tidOf(a);
  if (t === Tid.LIST && i < listLen(a)) { const v = listGet(a, i); incref(v); return v; }
  if (t === Tid.TUPLE && i < tupleLen(a)) { const v = tupleGet(a, i); incref(v); return v; }
  const key = newInt(i);
  try { return getItem(a, key); } finally { decref(key); }
}

/**
 * The insertion point of x in a[lo:hi] (hi -1: len(a)): left of equal items when `left`, right
 * of them otherwise. key, when given, is applied to the items (not to x).
 */
function bisect(a: number, x: number, lo: number, hi: number, key: number, left: boolean): number {
  if (lo < 0) valueError('lo must be non-negative');
  if (hi === -1) hi = seqSize(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = itemAt(a, mid);
    let less: boolean;
    try {
      if (key !== NONE) { const k = callValue(key, [item]); decref(item); item = k; }
      // right: x < a[mid] moves hi down; left: a[mid] < x moves lo up
      less = left ? compareBool(item, x, Cmp.LT) : compareBool(x, item, Cmp.LT);
    } finally {
      decref(item);
    }
    if (left ? !less : less) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** [a, x, lo, hi, key] from a call, with the defaults filled in (hi -1 meaning len(a)). */
function args(spec: ArgSpec, base: number, n: number, kw: number): [number, number, number, number, number] {
  const [a, x, lov, hiv, key] = bindArgs(spec, base, n, kw);
  const lo = lov === 0 ? 0 : ssize(lov);
  let hi = -1;
  if (hiv !== 0 && hiv !== NONE) {
    const t = tidOf(hiv);
    const indexable = t === Tid.INT || t === Tid.BOOL || specialMethod(hiv, '__index__') !== 0;
    if (!indexable) typeError(`argument should be integer or None, not '${typeNameOf(hiv)}'`);
    hi = ssize(hiv);
  }
  return [a, x, lo, hi, key === 0 ? NONE : key];
}

function spec(name: string): ArgSpec {
  return { name, params: ['a', 'x', 'lo', 'hi'], required: 2, kwOnly: ['key'], style: 'clinic' };
}

function defBisect(name: string, left: boolean): number {
  const s = spec(name);
  return defNative(`bisect.${name}`, (base, n, kw) => {
    const [a, x, lo, hi, key] = args(s, base, n, kw);
    return newInt(bisect(a, x, lo, hi, key, left));
  });
}

function defInsort(name: string, left: boolean): number {
  const s = spec(name);
  return defNative(`bisect.${name}`, (base, n, kw) => {
    const [a, x, lo, hi, key] = args(s, base, n, kw);
    let index: number;
    if (key === NONE) {
      index = bisect(a, x, lo, hi, key, left);
    } else {
      const kx = callValue(key, [x]);
      try { index = bisect(a, kx, lo, hi, key, left); } finally { decref(kx); }
    }
    if (tidOf(a) === Tid.LIST) {
      // list.insert's clamping: the index may lie past the end when lo does
      incref(x);
      listInsert(a, Math.min(index, listLen(a)), x);
      return NONE;
    }
    const insert = getAttr(a, intern('insert'));
    const i = newInt(index);
    try {
      decref(callValue(insert, [i, x]));
    } finally {
      decref(i);
      decref(insert);
    }
    return NONE;
  });
}

const bisectRight = defBisect('bisect_right', false);
const bisectLeft = defBisect('bisect_left', true);
const insortRight = defInsort('insort_right', false);
const insortLeft = defInsort('insort_left', true);

defineBuiltinModule('bisect', (d) => {
  // bisect and insort are the same objects as bisect_right and insort_right, as in CPython
  const entries: [string, number][] = [
    ['bisect_right', bisectRight], ['bisect_left', bisectLeft], ['bisect', bisectRight],
    ['insort_right', insortRight], ['insort_left', insortLeft], ['insort', insortRight],
  ];
  for (const [name, idx] of entries) dictSet(d, intern(name), nativeObject(idx));
});
