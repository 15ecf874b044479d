// hash.ts - hashing and key equality for dict and set.
// Owns: hashOf (the 32-bit hash tables use), pyHash (what hash() returns), keysEqual.
// Must never: hash a mutable built-in (list, dict, set): that raises TypeError as in CPython.
//
// Tables use the low 32 bits of CPython's hash, so for ints (hash(n) == n for small n) a set's
// slot order is the same as CPython's.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { intValue, IntValue } from '../objects/int';
import { floatValue } from '../objects/float';
import { strHash, strEquals } from '../objects/str';
import { tupleLen, tupleGet } from '../objects/tuple';
import { setKeys, setLen } from '../objects/set';
import { typeError } from './errors';
import { typeName, typeOf } from '../objects/type';
import { strValue } from '../objects/str';
import { floatHash, intHash } from '../format/float';
import { richEq } from './compare';
import { specialMethod, callBound } from './classes';
import { NONE } from '../objects/singletons';
import { decref } from '../heap/refcount';
import { bytesHash } from './bytesops';

function low32(h: number | bigint): number {
  return typeof h === 'bigint' ? Number(BigInt.asIntN(32, h)) : (h % 4294967296) | 0;
}

/** The 32-bit hash of a value. Raises TypeError for unhashable values. */
export function hashOf(v: number): number {
  if ((v & 1) === 1) { const n = v >> 1; return n === -1 ? -2 : n; }
  const tid = mem.i32[(v >> 2) + 1] & TID_MASK;
  switch (tid) {
    case Tid.STR: return strHash(v);
    case Tid.INT: case Tid.BOOL: return low32(intHash(intValue(v)));
    case Tid.FLOAT: return low32(floatHash(floatValue(v)));
    case Tid.TUPLE: return tupleHash(v);
    case Tid.FROZENSET: return frozensetHash(v);
    case Tid.BYTES: return bytesHash(v);
    case Tid.LIST: case Tid.DICT: case Tid.SET: case Tid.BYTEARRAY:
      return typeError(`unhashable type: '${strValue(typeName(typeOf(v)))}'`);
    case Tid.INSTANCE: case Tid.EXCEPTION: {
      const m = specialMethod(v, '__hash__');
      if (m === NONE) return typeError(`unhashable type: '${strValue(typeName(typeOf(v)))}'`);
      if (m !== 0) {
        const r = callBound(m, v, []);
        if ((r & 1) === 0 && (mem.i32[(r >> 2) + 1] & TID_MASK) !== Tid.INT) { decref(r); typeError('__hash__ method should return an integer'); }
        const h = low32(intHash(intValue(r)));
        decref(r);
        return h;
      }
      return (v >>> 4) | (v << 28);
    }
    default:
      // identity hash, as object.__hash__ (CPython rotates the address by 4 bits)
      return (v >>> 4) | (v << 28);
  }
}

/** hash(v) as Python returns it. */
export function pyHash(v: number): IntValue {
  if ((v & 1) === 1) { const n = v >> 1; return n === -1 ? -2 : n; }
  const tid = mem.i32[(v >> 2) + 1] & TID_MASK;
  if (tid === Tid.INT || tid === Tid.BOOL) return intHash(intValue(v));
  if (tid === Tid.FLOAT) return floatHash(floatValue(v));
  return hashOf(v);
}

function tupleHash(t: number): number {
  // A multiplicative combination in the spirit of CPython's xxHash-based tuplehash.
  const n = tupleLen(t);
  let acc = 0x27d4eb2f | 0;
  for (let i = 0; i < n; i++) {
    acc = Math.imul(acc ^ hashOf(tupleGet(t, i)), 0x9e3779b1);
    acc = (acc << 13) | (acc >>> 19);
  }
  acc ^= n;
  return acc === -1 ? -2 : acc;
}

/** Order-independent, as frozenset's hash must be: equal sets in any table order hash equal. */
function frozensetHash(s: number): number {
  let acc = 0;
  for (const k of setKeys(s)) {
    const h = hashOf(k);
    acc ^= Math.imul(h ^ (h << 16) ^ 89869747, 0x3a8f05c5);
  }
  acc = Math.imul(acc ^ setLen(s), 0x2c9277b5) ^ 0x6b43a9b5;
  return acc === -1 ? -2 : acc;
}

/** Are two keys equal for dict/set purposes (identity first, then ==)? May raise. */
export function keysEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if ((a & b & 1) === 1) return false;
  if ((a & 1) === 0 && (b & 1) === 0) {
    const i32 = mem.i32;
    const ta = i32[(a >> 2) + 1] & TID_MASK, tb = i32[(b >> 2) + 1] & TID_MASK;
    if (ta === Tid.STR && tb === Tid.STR) return strEquals(a, b);
    if (ta === Tid.STR || tb === Tid.STR) return false;
  }
  return richEq(a, b);
}
