// singletons.ts - None, False, True, NotImplemented and Ellipsis: immortal objects at fixed addresses.
// Owns: their addresses (constants, so the VM compares against literals) and their creation.
// Must never: be freed. They are the first blocks after the control block, always at the same
// offsets in every heap, which lets every thread use them without looking anything up.
//
//   None            header only               16-byte block at CONTROL_BYTES
//   False / True    header | int value 0 / 1  (bool is a subtype of int)

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { CONTROL_BYTES, Flag, IMMORTAL_COUNT, Tid } from '../heap/layout';

export const NONE = CONTROL_BYTES;
export const FALSE = CONTROL_BYTES + 16;
export const TRUE = CONTROL_BYTES + 32;
export const NOTIMPLEMENTED = CONTROL_BYTES + 48;
export const ELLIPSIS = CONTROL_BYTES + 64;

function immortal(tid: number, expect: number): void {
  const p = alloc(16, tid);
  if (p !== expect) throw new Error(`internal error: singleton at ${p}, expected ${expect}`);
  mem.i32[p >> 2] = IMMORTAL_COUNT;
  mem.i32[(p >> 2) + 1] |= Flag.IMMORTAL;
}

/** Create the singletons in a fresh heap; must be the first allocations. */
export function initSingletons(): void {
  immortal(Tid.NONE, NONE);
  immortal(Tid.BOOL, FALSE);
  immortal(Tid.BOOL, TRUE);
  mem.i32[(TRUE >> 2) + 2] = 1;
  immortal(Tid.NOTIMPL, NOTIMPLEMENTED);
  immortal(Tid.ELLIPSIS, ELLIPSIS);
}

/** Python bool for a JS boolean (a borrowed reference to an immortal: no incref needed). */
export function pyBool(b: boolean): number { return b ? TRUE : FALSE; }

/** Mark any object immortal (built-in types, functions, interned names, code objects). */
export function makeImmortal(p: number): void {
  mem.i32[p >> 2] = IMMORTAL_COUNT;
  mem.i32[(p >> 2) + 1] |= Flag.IMMORTAL;
}
