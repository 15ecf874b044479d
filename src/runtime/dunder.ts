// dunder.ts - operators on instances of user classes, through their special methods.
// Owns: CPython's rules for binary operators (the left operand's __op__, then the right's
// reflected __rop__, NotImplemented meaning "try the other"), in-place forms, rich comparison
// with reflection, and the unary operators.
// Must never: be consulted for built-in operands: arith.ts and compare.ts only call here when
// one operand's class comes from a class statement.

import { decref } from '../heap/refcount';
import { NB_INPLACE, Cmp } from '../opcodes';
import { NOTIMPLEMENTED } from '../objects/singletons';
import { typeOf, isSubtype } from '../objects/type';
import { specialMethod, callBound } from './classes';

const BINARY_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];

/** Call v's special method `name` with one argument: the result, or 0 when v has none. */
function trySpecial(v: number, name: string, other: number): number {
  const m = specialMethod(v, name);
  if (m === 0) return 0;
  return callBound(m, v, [other]);
}

/** Drop a NotImplemented answer (returns 0 then), keep any other. */
function unlessNotImplemented(r: number): number {
  if (r === NOTIMPLEMENTED) { decref(r); return 0; }
  return r;
}

/** a <op> b (op as BINARY_OP's argument) for user-class operands: a new reference, or 0 if unsupported. */
export function dunderBinary(op: number, a: number, b: number): number {
  const inplace = op >= NB_INPLACE;
  return dunderBinaryNamed(BINARY_NAMES[inplace ? op - NB_INPLACE : op], inplace, a, b);
}

/** divmod(a, b) for user-class operands: __divmod__, then __rdivmod__; 0 if unsupported. */
export function dunderDivmod(a: number, b: number): number { return dunderBinaryNamed('divmod', false, a, b); }

/** The rules above for the methods named __BASE__, __rBASE__ (and __iBASE__ when inplace). */
function dunderBinaryNamed(base: string, inplace: boolean, a: number, b: number): number {
  if (inplace) {
    const r = unlessNotImplemented(trySpecial(a, `__i${base}__`, b));
    if (r !== 0) return r;
  }
  const ta = typeOf(a), tb = typeOf(b);
  // a right operand of a subclass that overrides the reflected method is asked first
  const rightFirst = ta !== tb && isSubtype(tb, ta) && specialMethod(b, `__r${base}__`) !== 0 &&
    specialMethod(b, `__r${base}__`) !== specialMethod(a, `__r${base}__`);
  if (rightFirst) {
    const r = unlessNotImplemented(trySpecial(b, `__r${base}__`, a));
    if (r !== 0) return r;
  }
  const r = unlessNotImplemented(trySpecial(a, `__${base}__`, b));
  if (r !== 0) return r;
  if (ta !== tb && !rightFirst) return unlessNotImplemented(trySpecial(b, `__r${base}__`, a));
  return 0;
}

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
/** The reflection of each comparison: a < b is b > a. */
const CMP_SWAPPED = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];

/**
 * a <op> b for user-class operands: the result object (a new reference), or 0 when neither side
 * answers (the caller then falls back to identity for == and != and raises for ordering).
 */
export function dunderCompare(a: number, b: number, op: number): number {
  // a right operand whose class is a subclass of the left's is asked first, as CPython does
  const ta = typeOf(a), tb = typeOf(b);
  const rightFirst = ta !== tb && isSubtype(tb, ta) && specialMethod(b, CMP_NAMES[CMP_SWAPPED[op]]) !== 0;
  if (rightFirst) {
    const r = unlessNotImplemented(trySpecial(b, CMP_NAMES[CMP_SWAPPED[op]], a));
    if (r !== 0) return r;
  }
  const r = unlessNotImplemented(trySpecial(a, CMP_NAMES[op], b));
  if (r !== 0) return r;
  return rightFirst ? 0 : unlessNotImplemented(trySpecial(b, CMP_NAMES[CMP_SWAPPED[op]], a));
}

/** -v, +v, ~v, abs(v) for a user-class operand: the result, or 0 when the class has no such method. */
export function dunderUnary(v: number, name: '__neg__' | '__pos__' | '__invert__' | '__abs__'): number {
  const m = specialMethod(v, name);
  if (m === 0) return 0;
  return callBound(m, v, []);
}
