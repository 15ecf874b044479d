// instance.ts - instances of user-defined classes, and the small wrapper objects classes use:
// property, staticmethod, classmethod and super.
// Owns: their block layouts and constructors.
// Must never: look attributes up (runtime/classes.ts does).
//
// instance:      2 class (type, owned) | 3 __dict__ (dict, owned)
//                | 4 the native value (list, dict or tuple, owned), only when the class has a NATIVE_BASE
// property:      2 fget | 3 fset | 4 fdel | 5 doc          (each 0 when absent)
// staticmethod / classmethod:  2 the wrapped callable
// super:         2 the class whose MRO successor is searched | 3 the object (or class) bound

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, xincref, xdecref, registerClear } from '../heap/refcount';
import { newDict } from './dict';
import { newList } from './list';
import { typeFlags, typeMro, typeInstTid, TypeFlag } from './type';
import { tupleLen, tupleGet, newTuple } from './tuple';

export const INST_CLASS = 2, INST_DICT = 3, INST_NATIVE = 4;

// Subclasses of list, dict and tuple (class Stack(list), namedtuple) are ordinary instances, so that every
// operation on them goes through their class and honours what it overrides; each also holds a
// plain list or dict, its "native value", which the built-in methods and special methods of list
// and dict work on (builtins/list_methods.ts `method`, builtins/slot_methods.ts). CPython lays the
// list out inside the instance instead; one indirection keeps pygil's list and dict code unaware
// of subclasses.

/** The built-in types an instance can carry a value of. */
export const NATIVE_BASE_TIDS: readonly number[] = [Tid.LIST, Tid.DICT, Tid.TUPLE];

/** The type id of the native value of cls's instances (Tid.LIST, Tid.DICT or Tid.TUPLE), or 0. */
export function nativeBaseTid(cls: number): number {
  if ((typeFlags(cls) & TypeFlag.NATIVE_BASE) === 0) return 0;
  const mro = typeMro(cls);
  for (let i = 1, n = tupleLen(mro); i < n; i++) {
    const t = tupleGet(mro, i);
    if ((typeFlags(t) & TypeFlag.HEAPTYPE) === 0 && NATIVE_BASE_TIDS.includes(typeInstTid(t))) return typeInstTid(t);
  }
  return 0;
}

/** A new instance of class cls (borrowed) with an empty __dict__ (and an empty native value). */
export function newInstance(cls: number): number {
  const native = nativeBaseTid(cls);
  const p = alloc(native === 0 ? 16 : 24, Tid.INSTANCE);
  incref(cls);
  const w = p >> 2;
  mem.i32[w + INST_CLASS] = cls;
  mem.i32[w + INST_DICT] = newDict();
  if (native !== 0) {
    // (a tuple's items come from tuple.__new__, which replaces this empty one: setNativeValue)
    mem.i32[w + INST_NATIVE] = native === Tid.LIST ? newList(0) : native === Tid.DICT ? newDict() : newTuple(0);
    mem.i32[w + INST_NATIVE + 1] = 0;
  }
  return p;
}

/** Give instance v (of a class with a native base) the native value `value` (a reference taken over). */
export function setNativeValue(v: number, value: number): void {
  const w = (v >> 2) + INST_NATIVE;
  const old = mem.i32[w];
  mem.i32[w] = value;
  xdecref(old);
}

/** The native value (borrowed) of v when v is an instance of a subclass of list, dict or tuple; 0 otherwise. */
export function anyNativeValue(v: number): number {
  if ((v & 1) === 1 || (mem.i32[(v >> 2) + 1] & TID_MASK) !== Tid.INSTANCE) return 0;
  return (typeFlags(mem.i32[(v >> 2) + INST_CLASS]) & TypeFlag.NATIVE_BASE) === 0 ? 0 : mem.i32[(v >> 2) + INST_NATIVE];
}

/**
 * The native value (borrowed) of v when v is an instance of a subclass of the built-in type with
 * id `tid`; 0 otherwise.
 */
export function nativeValue(v: number, tid: number): number {
  if ((v & 1) === 1) return 0;
  const w = v >> 2;
  if ((mem.i32[w + 1] & TID_MASK) !== Tid.INSTANCE) return 0;
  const cls = mem.i32[w + INST_CLASS];
  if ((typeFlags(cls) & TypeFlag.NATIVE_BASE) === 0 || nativeBaseTid(cls) !== tid) return 0;
  return mem.i32[w + INST_NATIVE];
}

/** A block of `n` owned references in words 2.. (each borrowed here and increfed, 0 allowed). */
function newRecord(tid: number, fields: number[]): number {
  const p = alloc(8 + fields.length * 4, tid);
  for (let i = 0; i < fields.length; i++) { xincref(fields[i]); mem.i32[(p >> 2) + 2 + i] = fields[i]; }
  return p;
}

export function newProperty(fget: number, fset: number, fdel: number, doc: number): number {
  return newRecord(Tid.PROPERTY, [fget, fset, fdel, doc]);
}
export function newStaticMethod(fn: number): number { return newRecord(Tid.STATICMETHOD, [fn]); }
export function newClassMethod(fn: number): number { return newRecord(Tid.CLASSMETHOD, [fn]); }
export function newSuper(cls: number, obj: number): number { return newRecord(Tid.SUPER, [cls, obj]); }

function clearWords(count: number): (p: number) => void {
  return (p) => { for (let i = 0; i < count; i++) xdecref(mem.i32[(p >> 2) + 2 + i]); };
}
registerClear(Tid.INSTANCE, (p) => {
  const w = p >> 2;
  // the class is immortal: its flags can be read whatever happens to the rest
  if ((typeFlags(mem.i32[w + INST_CLASS]) & TypeFlag.NATIVE_BASE) !== 0) xdecref(mem.i32[w + INST_NATIVE]);
  xdecref(mem.i32[w + INST_CLASS]);
  xdecref(mem.i32[w + INST_DICT]);
});
registerClear(Tid.PROPERTY, clearWords(4));
registerClear(Tid.STATICMETHOD, clearWords(1));
registerClear(Tid.CLASSMETHOD, clearWords(1));
registerClear(Tid.SUPER, clearWords(2));
