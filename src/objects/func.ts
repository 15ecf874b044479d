// func.ts - callables and cells: Python functions, bound methods, built-in functions, cells.
// Owns: their block layouts and constructors.
// Must never: call anything (vm/call.ts does).
//
// function:  2 code | 3 globals | 4 name | 5 qualname | 6 defaults (tuple|0) | 7 kwdefaults (dict|0)
//            8 closure (tuple of cells|0) | 9 doc | 10 module name | 11 __dict__ (0 until used)
// method:    2 function | 3 self                       (a bound method)
// builtin:   2 native index | 3 self (0 when unbound) (a built-in function or method)
// cell:      2 the referenced value, 0 when empty

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { incref, xdecref, decref, registerClear } from '../heap/refcount';

export const FN_CODE = 2, FN_GLOBALS = 3, FN_NAME = 4, FN_QUALNAME = 5, FN_DEFAULTS = 6,
  FN_KWDEFAULTS = 7, FN_CLOSURE = 8, FN_DOC = 9, FN_MODULE = 10, FN_DICT = 11;

/** New function; borrows code, globals, name, qualname, module; steals nothing. */
export function newFunction(code: number, globals: number, name: number, qualname: number, module: number): number {
  const p = alloc(48, Tid.FUNCTION);
  const w = p >> 2;
  incref(code); incref(globals); incref(name); incref(qualname); if (module !== 0) incref(module);
  const i32 = mem.i32;
  i32[w + FN_CODE] = code;
  i32[w + FN_GLOBALS] = globals;
  i32[w + FN_NAME] = name;
  i32[w + FN_QUALNAME] = qualname;
  i32[w + FN_MODULE] = module;
  return p;
}

registerClear(Tid.FUNCTION, (p) => {
  const w = p >> 2;
  for (let f = FN_CODE; f <= FN_DICT; f++) xdecref(mem.i32[w + f]);
});

/** New bound method; borrows both. */
export function newMethod(fn: number, self: number): number {
  const p = alloc(16, Tid.METHOD);
  incref(fn); incref(self);
  mem.i32[(p >> 2) + 2] = fn;
  mem.i32[(p >> 2) + 3] = self;
  return p;
}
registerClear(Tid.METHOD, (p) => { decref(mem.i32[(p >> 2) + 2]); decref(mem.i32[(p >> 2) + 3]); });

/** New built-in function object for native `index`, bound to self (borrowed) unless self is 0. */
export function newBuiltin(index: number, self: number): number {
  const p = alloc(16, Tid.BUILTIN);
  mem.i32[(p >> 2) + 2] = index;
  if (self !== 0) incref(self);
  mem.i32[(p >> 2) + 3] = self;
  return p;
}
registerClear(Tid.BUILTIN, (p) => { xdecref(mem.i32[(p >> 2) + 3]); });

/** New cell holding v (borrowed; may be 0 for an empty cell). */
export function newCell(v: number): number {
  const p = alloc(16, Tid.CELL);
  if (v !== 0) incref(v);
  mem.i32[(p >> 2) + 2] = v;
  return p;
}
registerClear(Tid.CELL, (p) => { xdecref(mem.i32[(p >> 2) + 2]); });
