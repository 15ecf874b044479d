// truth.ts - truth testing (bool(x), `if x`, `not x`, `and`/`or`).
// Owns: which built-in values are false: None, False, zero numbers, empty containers.
// Must never: allocate.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { NONE, TRUE, FALSE } from '../objects/singletons';
import { floatValue } from '../objects/float';
import { rangeLen } from '../objects/range';
import { specialMethod, callBound } from './classes';
import { decref } from '../heap/refcount';
import { typeError } from './errors';
import { pyLen } from './abstract';
import { strValue } from '../objects/str';
import { typeName, typeOf } from '../objects/type';

/** __bool__, else __len__ != 0, else true (CPython's slot order). */
function instanceTruth(v: number): boolean {
  let m = specialMethod(v, '__bool__');
  if (m !== 0) {
    const r = callBound(m, v, []);
    if (r !== TRUE && r !== FALSE) {
      const tn = strValue(typeName(typeOf(r)));
      decref(r);
      typeError(`__bool__ should return bool, returned ${tn}`);
    }
    return r === TRUE;
  }
  // len()'s checks apply: an int, not negative, index-sized
  if (specialMethod(v, '__len__') !== 0) return pyLen(v) !== 0;
  return true;
}

export function isTruthy(v: number): boolean {
  if (v === TRUE) return true;
  if (v === FALSE || v === NONE) return false;
  if ((v & 1) === 1) return v !== 1;
  const i32 = mem.i32;
  const w = v >> 2;
  switch (i32[w + 1] & TID_MASK) {
    case Tid.INT: return true; // big ints are never zero
    case Tid.FLOAT: return floatValue(v) !== 0;
    case Tid.STR: return i32[w + 3] !== 0;
    case Tid.TUPLE: case Tid.LIST: case Tid.DICT: case Tid.SET: case Tid.FROZENSET: case Tid.BYTES: case Tid.BYTEARRAY:
      return i32[w + 2] !== 0;
    case Tid.RANGE: return rangeLen(v) != 0; // eslint-disable-line eqeqeq -- number or bigint
    case Tid.DICT_VIEW: return i32[(i32[w + 2] >> 2) + 2] !== 0;
    case Tid.INSTANCE: return instanceTruth(v);
    default: return true;
  }
}
