// module.ts - module objects: a name and a namespace dict.
// Owns: the module block layout.
// Must never: import anything (vm/import.ts finds and runs modules).
//
//   word 2   name (str) | word 3   __dict__ (dict)

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { incref, decref, registerClear } from '../heap/refcount';

export function newModule(name: number, dict: number): number {
  const p = alloc(16, Tid.MODULE);
  incref(name); incref(dict);
  mem.i32[(p >> 2) + 2] = name;
  mem.i32[(p >> 2) + 3] = dict;
  return p;
}
export function moduleName(m: number): number { return mem.i32[(m >> 2) + 2]; }
export function moduleDict(m: number): number { return mem.i32[(m >> 2) + 3]; }
registerClear(Tid.MODULE, (p) => { decref(mem.i32[(p >> 2) + 2]); decref(mem.i32[(p >> 2) + 3]); });
