// compare.ts - rich comparison: ==, !=, <, <=, >, >= between built-in values.
// Owns: numeric comparison across int/bool/float (exact, bigint-safe), str, sequences
// (lexicographic, as CPython), sets (subset order), dicts (== only), and the error text for
// unorderable pairs.
// Must never: fall back to identity for ordering: CPython raises TypeError there.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { Cmp, CMP_OPS } from '../opcodes';
import { intValue } from '../objects/int';
import { floatValue } from '../objects/float';
import { strEquals, strCompare, strValue } from '../objects/str';
import { tupleLen, tupleGet } from '../objects/tuple';
import { listLen, listGet } from '../objects/list';
import { dictLen, dictEntryCount, dictKeyAt, dictValueAt, dictGet } from '../objects/dict';
import { setLen, setKeys, setContains } from '../objects/set';
import { typeOf, typeName } from '../objects/type';
import { rangeBig, rangeLengthBig } from '../objects/range';
import { typeError } from './errors';
import { pyBool } from '../objects/singletons';
import { hasUserType } from './classes';
import { dunderCompare } from './dunder';
import { isTruthy } from './truth';
import { bytesCompare } from './bytesops';
import { decref } from '../heap/refcount';

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

function isNumeric(tid: number): boolean { return tid === Tid.INT || tid === Tid.BOOL || tid === Tid.FLOAT; }

/** JS value of an int, bool or float, comparable with JS operators (number vs bigint compares exactly). */
function numValue(v: number, tid: number): number | bigint {
  return tid === Tid.FLOAT ? floatValue(v) : intValue(v);
}

function cmpJs(a: number | bigint | string, b: number | bigint | string, op: number): boolean {
  switch (op) {
    case Cmp.LT: return a < b;
    case Cmp.LE: return a <= b;
    case Cmp.EQ: return a == b; // eslint-disable-line eqeqeq -- number == bigint compares values
    case Cmp.NE: return a != b; // eslint-disable-line eqeqeq
    case Cmp.GT: return a > b;
    default: return a >= b;
  }
}

function seqItem(v: number, tid: number, i: number): number {
  return tid === Tid.TUPLE ? tupleGet(v, i) : listGet(v, i);
}
function seqLen(v: number, tid: number): number {
  return tid === Tid.TUPLE ? tupleLen(v) : listLen(v);
}

function typeNameOf(v: number): string { return strValue(typeName(typeOf(v))); }

/** a == b for any two values. May raise (only through user code, later). */
export function richEq(a: number, b: number): boolean {
  if (a === b) {
    // NaN is the one value not equal to itself
    if ((a & 1) === 0 && (mem.i32[(a >> 2) + 1] & TID_MASK) === Tid.FLOAT) return floatValue(a) === floatValue(a);
    return true;
  }
  return compareBool(a, b, Cmp.EQ);
}

/** The boolean outcome of `a <op> b`. Raises TypeError for unorderable pairs. */
export function compareBool(a: number, b: number, op: number): boolean {
  if ((a & b & 1) === 1) return cmpJs(a >> 1, b >> 1, op);
  const ta = tidOfValue(a), tb = tidOfValue(b);
  if (isNumeric(ta) && isNumeric(tb)) return cmpJs(numValue(a, ta), numValue(b, tb), op);
  if (ta === Tid.STR && tb === Tid.STR) {
    if (op === Cmp.EQ) return strEquals(a, b);
    if (op === Cmp.NE) return !strEquals(a, b);
    return cmpJs(strCompare(a, b), 0, op);
  }
  if ((ta === Tid.TUPLE && tb === Tid.TUPLE) || (ta === Tid.LIST && tb === Tid.LIST)) {
    const na = seqLen(a, ta), nb = seqLen(b, tb);
    if ((op === Cmp.EQ || op === Cmp.NE) && na !== nb) return op === Cmp.NE;
    let i = 0;
    for (; i < na && i < nb; i++) {
      const x = seqItem(a, ta, i), y = seqItem(b, tb, i);
      // identity implies equality for container items (so [nan] == [nan]), as CPython
      if (x !== y && !richEq(x, y)) break;
    }
    if (i >= na || i >= nb) return cmpJs(na, nb, op);
    if (op === Cmp.EQ) return false;
    if (op === Cmp.NE) return true;
    return compareBool(seqItem(a, ta, i), seqItem(b, tb, i), op);
  }
  if (ta === Tid.DICT && tb === Tid.DICT && (op === Cmp.EQ || op === Cmp.NE)) {
    return dictEquals(a, b) === (op === Cmp.EQ);
  }
  if ((ta === Tid.SET || ta === Tid.FROZENSET) && (tb === Tid.SET || tb === Tid.FROZENSET)) {
    return setCompare(a, b, op);
  }
  if (ta === Tid.RANGE && tb === Tid.RANGE && (op === Cmp.EQ || op === Cmp.NE)) {
    return rangeEquals(a, b) === (op === Cmp.EQ);
  }
  if (ta === Tid.METHOD && tb === Tid.METHOD && (op === Cmp.EQ || op === Cmp.NE)) {
    // bound methods are equal when they bind the same object to the same function
    const same = mem.i32[(a >> 2) + 2] === mem.i32[(b >> 2) + 2] && mem.i32[(a >> 2) + 3] === mem.i32[(b >> 2) + 3];
    return same === (op === Cmp.EQ);
  }
  const bc = bytesCompare(a, b, op);
  if (bc !== null) return bc;
  if (hasUserType(a) || hasUserType(b)) {
    const r = dunderCompare(a, b, op);
    if (r !== 0) { const t = isTruthy(r); decref(r); return t; }
  }
  if (op === Cmp.EQ) return a === b;
  if (op === Cmp.NE) return a !== b;
  return typeError(`'${CMP_OPS[op]}' not supported between instances of '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
}

/** COMPARE_OP's result as a Python object (always a bool for built-in types). */
export function richCompare(a: number, b: number, op: number): number {
  // a user class's comparison may return any object, and COMPARE_OP passes it on as it is
  if (hasUserType(a) || hasUserType(b)) {
    const r = dunderCompare(a, b, op);
    if (r !== 0) return r;
  }
  return pyBool(compareBool(a, b, op));
}

function dictEquals(a: number, b: number): boolean {
  if (dictLen(a) !== dictLen(b)) return false;
  const n = dictEntryCount(a);
  for (let i = 0; i < n; i++) {
    const k = dictKeyAt(a, i);
    if (k === 0) continue;
    const other = dictGet(b, k);
    const mine = dictValueAt(a, i);
    if (other === 0 || (mine !== other && !richEq(mine, other))) return false;
  }
  return true;
}

function isSubset(a: number, b: number): boolean {
  if (setLen(a) > setLen(b)) return false;
  for (const k of setKeys(a)) if (!setContains(b, k)) return false;
  return true;
}

function setCompare(a: number, b: number, op: number): boolean {
  const na = setLen(a), nb = setLen(b);
  switch (op) {
    case Cmp.EQ: return na === nb && isSubset(a, b);
    case Cmp.NE: return !(na === nb && isSubset(a, b));
    case Cmp.LE: return isSubset(a, b);
    case Cmp.LT: return na < nb && isSubset(a, b);
    case Cmp.GE: return isSubset(b, a);
    default: return na > nb && isSubset(b, a);
  }
}

function rangeEquals(a: number, b: number): boolean {
  const [sa, ea, ta] = rangeBig(a), [sb, eb, tb] = rangeBig(b);
  const la = rangeLengthBig(sa, ea, ta), lb = rangeLengthBig(sb, eb, tb);
  if (la !== lb) return false;
  if (la === 0n) return true;
  if (sa !== sb) return false;
  return la === 1n || ta === tb;
}
