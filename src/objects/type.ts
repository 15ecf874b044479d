// type.ts - type objects: the built-in types and the exception hierarchy, all in the heap.
// Owns: the type block layout, creating types, typeOf(value), and subtype tests by MRO.
// Must never: hold methods of built-in types (runtime/methods tables do); a built-in type's
// dict is empty until user classes arrive.
//
//   word 2   name (str)
//   word 3   base (type, 0 for object)
//   word 4   mro (tuple of types, the type itself first)
//   word 5   dict (attributes)
//   word 6   tid of instances (Tid.EXCEPTION for exception classes, ...)
//   word 7   flags (TypeFlag)
//   word 8   bases (tuple)

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid, isSmall, TID_MASK } from '../heap/layout';
import { makeImmortal } from './singletons';
import { intern } from './str';
import { newTuple, tupleInit, tupleLen, tupleGet } from './tuple';
import { newDict } from './dict';
import { incref } from '../heap/refcount';

/**
 * HAS_PROPERTY / HAS_SETATTR: some class on the MRO has a property, or __setattr__. Attribute
 * access on instances of classes without them can skip the class lookup for names the instance
 * dict holds (set when the class is made, and when such an attribute is set on the class).
 */
export const enum TypeFlag {
  BASETYPE = 1, EXCEPTION = 2, HEAPTYPE = 4, HAS_PROPERTY = 8, HAS_SETATTR = 16,
  /** a class with list or dict among its bases: each instance carries a value of that type (instance.ts) */
  NATIVE_BASE = 32,
}

/** type objects of the built-in kinds, indexed by Tid */
export const typeByTid: number[] = [];

/** The built-in types by name, filled once at start-up (runtime/init.ts). */
export const T = {
  object: 0, type: 0, NoneType: 0, bool: 0, int: 0, float: 0, str: 0, tuple: 0, list: 0, dict: 0,
  set: 0, frozenset: 0, range: 0, function: 0, builtin_function_or_method: 0, method: 0, code: 0,
  cell: 0, bytes: 0, slice: 0, module: 0, generator: 0, NotImplementedType: 0, ellipsis: 0,
  property: 0, staticmethod: 0, classmethod: 0, super: 0,
};

/** Create an immortal type object. mro is [self, ...base's mro]. */
export function newType(name: string, base: number, instTid: number, flags: number): number {
  const p = alloc(40, Tid.TYPE);
  makeImmortal(p);
  const w = p >> 2;
  mem.i32[w + 2] = intern(name);
  mem.i32[w + 3] = base;
  const baseMro = base === 0 ? 0 : mem.i32[(base >> 2) + 4];
  const n = baseMro === 0 ? 0 : tupleLen(baseMro);
  const mro = newTuple(n + 1);
  tupleInit(mro, 0, p);
  for (let i = 0; i < n; i++) { const t = tupleGet(baseMro, i); incref(t); tupleInit(mro, i + 1, t); }
  mem.i32[w + 4] = mro;
  mem.i32[w + 5] = newDict();
  mem.i32[w + 6] = instTid;
  mem.i32[w + 7] = flags;
  const bases = newTuple(base === 0 ? 0 : 1);
  if (base !== 0) { incref(base); tupleInit(bases, 0, base); }
  mem.i32[w + 8] = bases;
  return p;
}

export function typeName(t: number): number { return mem.i32[(t >> 2) + 2]; }
export function typeBase(t: number): number { return mem.i32[(t >> 2) + 3]; }
export function typeMro(t: number): number { return mem.i32[(t >> 2) + 4]; }
export function typeDict(t: number): number { return mem.i32[(t >> 2) + 5]; }
export function typeInstTid(t: number): number { return mem.i32[(t >> 2) + 6]; }
export function typeFlags(t: number): number { return mem.i32[(t >> 2) + 7]; }

/** Borrowed type object of any value. */
export function typeOf(v: number): number {
  if (isSmall(v)) return typeByTid[Tid.INT];
  const i32 = mem.i32;
  const tid = i32[(v >> 2) + 1] & TID_MASK;
  if (tid === Tid.EXCEPTION || tid === Tid.INSTANCE) return i32[(v >> 2) + 2];
  return typeByTid[tid];
}

/** Is type a the same as or a subtype of type b? */
export function isSubtype(a: number, b: number): boolean {
  if (a === b) return true;
  const mro = mem.i32[(a >> 2) + 4];
  const n = tupleLen(mro);
  for (let i = 1; i < n; i++) if (tupleGet(mro, i) === b) return true;
  return false;
}

export function isInstance(v: number, t: number): boolean { return isSubtype(typeOf(v), t); }
