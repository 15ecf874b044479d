// dict_methods.ts - the methods of dict, dict.fromkeys, and installTypeAttributes (which puts
// every built-in method, of all the method files, into its type's dict at start-up).
// Owns: the semantics and CPython error texts of dict's methods, and dict.update's merging.
// Must never: touch a dict's tables directly (objects/dict.ts does), or hold a borrowed value
// across a call that may free it.

import { incref, decref } from '../heap/refcount';
import { Tid } from '../heap/layout';
import { ts } from '../vm/thread';
import { NONE } from '../objects/singletons';
import { tupleLen, tupleGet, tupleOf } from '../objects/tuple';
import { newDict, dictGet, dictSet, dictPop, dictPopLast, dictClear, dictItems } from '../objects/dict';
import { newDictView } from '../objects/iter';
import { exc } from '../objects/exception';
import { noKw, argCount } from '../runtime/natives';
import { setItem } from '../runtime/abstract';
import { typeByTid } from '../objects/type';
import { callValue } from '../vm/call';
import { raise, raiseArgs, typeError, valueError } from '../runtime/errors';
import { iterNext } from '../runtime/iterate';
import {
  method, classAttribute, classMethod, posArgs, installMethodsOnTypes, tidOfValue, iterOrTypeError, forEachItem,
} from './list_methods';
import { installSlotAttributes } from './slot_methods';
import { nativeValue } from '../objects/instance';

/** Start-up hook: the built-in types' dicts get their methods (`str.lower`, `dict.fromkeys`...). */
export function installTypeAttributes(): void {
  installMethodsOnTypes();
  installSlotAttributes();
}

/**
 * d.update(src) for one positional argument: a dict's items, or else an iterable of pairs. Pairs
 * are stored as they come, so an error part-way leaves the earlier ones in place, as in CPython.
 */
export function dictUpdateFrom(d: number, src: number): void {
  // a subclass of dict gives its items as a dict does
  const native = nativeValue(src, Tid.DICT);
  if (native !== 0) src = native;
  if (tidOfValue(src) === Tid.DICT) {
    // borrowed pairs stay alive: storing into d never frees an item of src (d may be src itself)
    for (const [k, v] of dictItems(src)) dictSet(d, k, v);
    return;
  }
  forEachItem(src, (item, i) => {
    const pairIt = iterOrTypeError(item, `cannot convert dictionary update sequence element #${i} to a sequence`);
    const pair: number[] = [];
    try {
      for (let v = iterNext(pairIt); v !== 0; v = iterNext(pairIt)) pair.push(v);
      if (pair.length !== 2) valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
      dictSet(d, pair[0], pair[1]);
    } finally {
      decref(pairIt);
      for (const v of pair) decref(v);
    }
  });
}

method(Tid.DICT, 'get', (b, n, kw) => {
  posArgs('get', n, kw, 1, 2);
  const v = dictGet(ts.S[b], ts.S[b + 1]);
  const r = v !== 0 ? v : n > 2 ? ts.S[b + 2] : NONE;
  incref(r);
  return r;
});

method(Tid.DICT, 'keys', (b, n, kw) => { posArgs('dict.keys', n, kw, 0, 0); return newDictView(ts.S[b], 0); });
method(Tid.DICT, 'values', (b, n, kw) => { posArgs('dict.values', n, kw, 0, 0); return newDictView(ts.S[b], 1); });
method(Tid.DICT, 'items', (b, n, kw) => { posArgs('dict.items', n, kw, 0, 0); return newDictView(ts.S[b], 2); });

method(Tid.DICT, 'pop', (b, n, kw) => {
  posArgs('pop', n, kw, 1, 2);
  const key = ts.S[b + 1];
  const v = dictPop(ts.S[b], key);
  if (v !== 0) return v;
  if (n > 2) { incref(ts.S[b + 2]); return ts.S[b + 2]; }
  incref(key);
  return raiseArgs(exc.KeyError, [key]);
});

method(Tid.DICT, 'popitem', (b, n, kw) => {
  posArgs('dict.popitem', n, kw, 0, 0);
  const kv = dictPopLast(ts.S[b]);
  if (kv === null) raise(exc.KeyError, 'popitem(): dictionary is empty');
  return tupleOf(kv);
});

method(Tid.DICT, 'setdefault', (b, n, kw) => {
  posArgs('setdefault', n, kw, 1, 2);
  const d = ts.S[b], key = ts.S[b + 1];
  let v = dictGet(d, key);
  if (v === 0) {
    v = n > 2 ? ts.S[b + 2] : NONE;
    dictSet(d, key, v);
  }
  incref(v);
  return v;
});

method(Tid.DICT, 'update', (b, n, kw) => {
  const S = ts.S;
  const nk = kw === 0 ? 0 : tupleLen(kw);
  const np = n - 1 - nk;
  if (np > 1) typeError(`update expected at most 1 argument, got ${np}`);
  const d = S[b];
  if (np === 1) dictUpdateFrom(d, S[b + 1]);
  for (let i = 0; i < nk; i++) dictSet(d, tupleGet(kw, i), S[b + n - nk + i]);
  return NONE;
});

method(Tid.DICT, 'copy', (b, n, kw) => {
  posArgs('dict.copy', n, kw, 0, 0);
  const r = newDict();
  for (const [k, v] of dictItems(ts.S[b])) dictSet(r, k, v);
  return r;
});

method(Tid.DICT, 'clear', (b, n, kw) => {
  posArgs('dict.clear', n, kw, 0, 0);
  dictClear(ts.S[b]);
  return NONE;
});

// dict.fromkeys(iterable, value=None) is a classmethod: a subclass's fromkeys makes an instance
// of the subclass (cls() and then cls[key] = value, as CPython's dict_fromkeys).
classMethod(Tid.DICT, 'fromkeys', (b, n, kw) => {
  noKw('fromkeys', kw);
  argCount('fromkeys', n - 1, 1, 2);
  const cls = ts.S[b], iterable = ts.S[b + 1];
  const value = n > 2 ? ts.S[b + 2] : NONE;
  const d = cls === typeByTid[Tid.DICT] ? newDict() : callValue(cls, []);
  try {
    if (tidOfValue(d) === Tid.DICT) forEachItem(iterable, (k) => dictSet(d, k, value));
    else forEachItem(iterable, (k) => setItem(d, k, value));
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
});
