// attrcache.ts - inline caches for attributes of instances of user classes (LOAD_ATTR,
// STORE_ATTR, LOAD_METHOD, and CALL of a class), kept in the instruction's four words of its
// code's per-thread `nameCache` (objects/code.ts), as CPython 3.11 keeps them in the bytecode.
// Owns: the class epoch, and the fast paths that read and write those cache words.
// Must never: give an answer the general lookup (runtime/classes.ts) would not: every hit is
// checked against the heap, and anything unusual (a property or __setattr__ on the class, a
// name the general path treats specially) returns 0 / false so the caller takes that path.
//
// Two kinds of check:
//  * Instance attributes are found by position: instances made by the same __init__ insert the
//    same names in the same order, so a name sits at the same entry of every instance's dict.
//    The cache keeps that entry index (+1, so that 0 means empty; -1 means "never cache here");
//    a hit needs the entry to exist and to hold the very same interned name.
//  * What a class provides (a method, __init__) is cached with the class and the class epoch: a
//    count in the heap bumped whenever an attribute of any class is set or deleted after the
//    class was made (setAttr/delAttr on a type). Class dicts change in no other way: a class's
//    __dict__ is read-only in CPython, and classes are immortal, so an address never names a
//    different class.

import { mem } from '../heap/memory';
import { incref, decref } from '../heap/refcount';
import { ARRAY_DATA } from '../objects/array';
import { dictLookup, dictSetHashed } from '../objects/dict';
import { strHash } from '../objects/str';
import { T, TypeFlag } from '../objects/type';
import { INST_CLASS, INST_DICT } from '../objects/instance';
import { nameOf } from './abstract';
import { instanceMethod } from './classes';

/**
 * The class epoch lives in word 9 of the `type` type object: type blocks are 40 bytes and use
 * words 2..8, so word 9 is free in every one, and `type` is reachable from every thread.
 */
const EPOCH_WORD = 9;
/** type block word 7: TypeFlag bits */
const TYPE_FLAGS = 7;
/** dict block words: live entries, entries ever appended (the bound of valid entry indices), entries array */
const D_USED = 2, D_NENTRIES = 3, D_ENTRIES = 5;

export function classEpoch(): number { return mem.i32[(T.type >> 2) + EPOCH_WORD]; }

/** Call after an attribute of a class is set or deleted: every class-keyed cache misses once. */
export function bumpClassEpoch(): void { mem.i32[(T.type >> 2) + EPOCH_WORD]++; }

/**
 * o.name for a plain instance o (Tid.INSTANCE) when the name is in its __dict__: the value
 * (borrowed), or 0 when the caller must take the general path (getAttr). `c` is the first of
 * the instruction's cache words.
 */
export function loadInstanceAttr(cache: Int32Array, c: number, o: number, name: number): number {
  const i32 = mem.i32;
  const w = o >> 2;
  // a property on the class would win over the instance dict
  if ((i32[(i32[w + INST_CLASS] >> 2) + TYPE_FLAGS] & TypeFlag.HAS_PROPERTY) !== 0) return 0;
  const d = i32[w + INST_DICT];
  const ix = cache[c] - 1;
  if (ix >= 0 && ix < i32[(d >> 2) + D_NENTRIES]) {
    const e = (i32[(d >> 2) + D_ENTRIES] >> 2) + ARRAY_DATA + ix * 3;
    if (i32[e + 1] === name) return i32[e + 2];
  }
  return loadInstanceAttrMiss(cache, c, d, name);
}

/** The miss path, out of line: what it does is rarely first met before V8 optimises the eval loop. */
function loadInstanceAttrMiss(cache: Int32Array, c: number, d: number, name: number): number {
  if (cache[c] === -1) return 0;
  const ix = dictLookup(d, name, strHash(name));
  if (ix < 0) return 0;
  const s = nameOf(name);
  // getAttrOrNull answers these before looking in the dict
  if (s === '__class__' || s === '__dict__') { cache[c] = -1; return 0; }
  cache[c] = ix + 1;
  return mem.i32[(mem.i32[(d >> 2) + D_ENTRIES] >> 2) + ARRAY_DATA + ix * 3 + 2];
}

/**
 * o.name = v for a plain instance o whose class has no property and no __setattr__ (v
 * borrowed): true when done, false when the caller must take the general path (setAttr).
 */
export function storeInstanceAttr(cache: Int32Array, c: number, o: number, name: number, v: number): boolean {
  const i32 = mem.i32;
  const w = o >> 2;
  const cls = i32[w + INST_CLASS];
  if ((i32[(cls >> 2) + TYPE_FLAGS] & (TypeFlag.HAS_PROPERTY | TypeFlag.HAS_SETATTR)) !== 0) return false;
  if (cls === T.object) return false; // a bare object() has no __dict__: the general path raises
  const d = i32[w + INST_DICT];
  const ix = cache[c] - 1;
  if (ix >= 0 && ix < i32[(d >> 2) + D_NENTRIES]) {
    const e = (i32[(d >> 2) + D_ENTRIES] >> 2) + ARRAY_DATA + ix * 3;
    if (i32[e + 1] === name) {
      const old = i32[e + 2];
      incref(v);
      i32[e + 2] = v;
      decref(old);
      return true;
    }
  }
  storeInstanceAttrMiss(cache, c, d, name, v);
  return true;
}

/**
 * Not where this instruction last put it (a fresh instance, say): insert or replace, then
 * remember where. A new key is the last entry (a resize keeps entries in order), so only a
 * replaced one needs a second lookup.
 */
function storeInstanceAttrMiss(cache: Int32Array, c: number, d: number, name: number, v: number): void {
  const h = strHash(name);
  const used = mem.i32[(d >> 2) + D_USED];
  dictSetHashed(d, name, h, v);
  cache[c] = mem.i32[(d >> 2) + D_USED] !== used ? mem.i32[(d >> 2) + D_NENTRIES] : dictLookup(d, name, h) + 1;
}

/**
 * The plain function that o.name(...) calls for a plain instance o (borrowed), or 0 when it is
 * not one (the caller then takes the general path). Cache words: class, epoch, function.
 */
export function instanceMethodCached(cache: Int32Array, c: number, o: number, name: number): number {
  const i32 = mem.i32;
  const cls = i32[(o >> 2) + INST_CLASS];
  if (cache[c] === cls && cache[c + 1] === classEpoch()) {
    // the class still provides the function; the instance's own dict may shadow it
    return dictLookup(i32[(o >> 2) + INST_DICT], name, strHash(name)) < 0 ? cache[c + 2] : 0;
  }
  const f = instanceMethod(o, name);
  if (f !== 0) { cache[c] = cls; cache[c + 1] = classEpoch(); cache[c + 2] = f; }
  return f;
}

/**
 * A class-keyed cache for any answer computed from a class (borrowed pointer, or 0): `find`
 * runs on a miss. Cache words: class, epoch, answer + 1 (so an empty cache never matches).
 */
export function classCached(cache: Int32Array, c: number, cls: number, find: (cls: number) => number): number {
  if (cache[c] === cls && cache[c + 1] === classEpoch() && cache[c + 2] !== 0) return cache[c + 2] - 1;
  const r = find(cls);
  cache[c] = cls; cache[c + 1] = classEpoch(); cache[c + 2] = r + 1;
  return r;
}
