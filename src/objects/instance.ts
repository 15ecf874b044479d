// instance.ts - instances of user-defined classes, and the small wrapper objects classes use:
// property, staticmethod, classmethod and super.
// Owns: their block layouts and constructors.
// Must never: look attributes up (runtime/classes.ts does).
//
// instance:      2 class (type, owned) | 3 __dict__ (dict, owned)
// property:      2 fget | 3 fset | 4 fdel | 5 doc          (each 0 when absent)
// staticmethod / classmethod:  2 the wrapped callable
// super:         2 the class whose MRO successor is searched | 3 the object (or class) bound

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { incref, xincref, xdecref, registerClear } from '../heap/refcount';
import { newDict } from './dict';

export const INST_CLASS = 2, INST_DICT = 3;

/** A new instance of class cls (borrowed) with an empty __dict__. */
export function newInstance(cls: number): number {
  const p = alloc(16, Tid.INSTANCE);
  incref(cls);
  mem.i32[(p >> 2) + INST_CLASS] = cls;
  mem.i32[(p >> 2) + INST_DICT] = newDict();
  return p;
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
registerClear(Tid.INSTANCE, clearWords(2));
registerClear(Tid.PROPERTY, clearWords(4));
registerClear(Tid.STATICMETHOD, clearWords(1));
registerClear(Tid.CLASSMETHOD, clearWords(1));
registerClear(Tid.SUPER, clearWords(2));
