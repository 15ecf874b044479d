// arith.ts - the binary and unary operators on built-in values (BINARY_OP, UNARY_*).
// Owns: which operand types combine and how (int with int, int/float mixing, str and sequence
// concatenation and repetition, set algebra, dict union, % formatting), and CPython's error
// texts for unsupported pairs.
// Must never: duplicate number semantics: int and float arithmetic is format/intops.ts and
// format/float.ts; this file dispatches to them. The eval loop inlines only the small-int
// fast path of + - and comparisons and calls `binaryOp` for everything else.

import { HeapExhausted } from '../heap/alloc';
import { anyNativeValue, nativeValue } from '../objects/instance';
import { mem } from '../heap/memory';
import { Tid, TID_MASK, fitsSmall, newSmall } from '../heap/layout';
import { NB, NB_INPLACE, BINARY_OPS } from '../opcodes';
import { newInt, intValue, IntValue } from '../objects/int';
import { newFloat, floatValue } from '../objects/float';
import { newStr, strValue, strConcat, strUnits } from '../objects/str';
import { newTuple, tupleLen, tupleGet, tupleInit, tupleOf } from '../objects/tuple';
import { newList, listLen, listGet, listAppend, listBase, listClear } from '../objects/list';
import { newDict, dictItems, dictSet } from '../objects/dict';
import { setFrom, updateWith, intersect, difference, differenceUpdate, symmetricDifferenceUpdate } from './setops';
import { setSwapBodies } from '../objects/set';
import { incref, decref } from '../heap/refcount';
import { typeError, overflowError } from './errors';
import { typeNameOf, repr, str } from './repr';
import { iterateInto } from './iterate';
import * as I from '../format/intops';
import { floatFloorDiv, floatMod, floatPow, floatDivmod } from '../format/float';
import { percentFormat, PercentArg, pInt, pBool, pFloat, pStr, pObject } from '../format/percent';
import { getItem } from './abstract';
import { hasUserType, callSpecial } from './classes';
import { typeOf, T } from '../objects/type';
import { dunderBinary, dunderUnary, dunderDivmod } from './dunder';
import { zeroDivision } from './errors';
import { bytesConcat, bytesRepeat } from './bytesops';
import { isBytesLike } from '../objects/bytes';

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

function isIntTid(t: number): boolean { return t === Tid.INT || t === Tid.BOOL; }

/** A Python int value (number or bigint) to a heap value. */
function boxInt(x: IntValue): number {
  if (typeof x === 'number' && fitsSmall(x)) return newSmall(x);
  return newInt(x);
}

function toDouble(v: number, t: number): number {
  if (t === Tid.FLOAT) return floatValue(v);
  const x = intValue(v);
  if (typeof x === 'number') return x;
  const d = Number(x);
  if (!Number.isFinite(d)) overflowError('int too large to convert to float');
  return d;
}

function unsupportedDivmod(a: number, b: number): never {
  return typeError(`unsupported operand type(s) for divmod(): '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
}

function unsupported(op: number, a: number, b: number): never {
  const sym = BINARY_OPS[op >= NB_INPLACE ? op - NB_INPLACE : op];
  const shown = sym === '**' ? '** or pow()' : sym;
  const full = op >= NB_INPLACE ? sym + '=' : shown;
  return typeError(`unsupported operand type(s) for ${op >= NB_INPLACE ? full.replace('==', '=') : full}: '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
}

function intOp(op: number, x: IntValue, y: IntValue): number {
  switch (op) {
    case NB.ADD: return boxInt(I.add(x, y));
    case NB.SUBTRACT: return boxInt(I.sub(x, y));
    case NB.MULTIPLY: return boxInt(I.mul(x, y));
    case NB.FLOOR_DIVIDE: return boxInt(I.floordiv(x, y));
    case NB.REMAINDER: return boxInt(I.mod(x, y));
    case NB.TRUE_DIVIDE: return newFloat(I.truediv(x, y));
    case NB.POWER:
      // a negative exponent makes a float, as CPython's int.__pow__
      return I.powReturnsFloat(y) ? newFloat(Number(I.pow(x, y))) : boxInt(I.pow(x, y));
    case NB.LSHIFT: return boxInt(I.lshift(x, y));
    case NB.RSHIFT: return boxInt(I.rshift(x, y));
    case NB.AND: return boxInt(I.and(x, y));
    case NB.OR: return boxInt(I.or(x, y));
    case NB.XOR: return boxInt(I.xor(x, y));
    default: return 0;
  }
}

function floatOp(op: number, x: number, y: number): number {
  switch (op) {
    case NB.ADD: return newFloat(x + y);
    case NB.SUBTRACT: return newFloat(x - y);
    case NB.MULTIPLY: return newFloat(x * y);
    case NB.TRUE_DIVIDE:
      if (y === 0) zeroDivision('float division by zero');
      return newFloat(x / y);
    case NB.FLOOR_DIVIDE: return newFloat(floatFloorDiv(x, y));
    case NB.REMAINDER: return newFloat(floatMod(x, y));
    case NB.POWER: return newFloat(floatPow(x, y));
    default: return 0;
  }
}

function repeatCount(v: number): number {
  const n = intValue(v);
  if (typeof n === 'bigint') overflowError("cannot fit 'int' into an index-sized integer");
  return (n as number) < 0 ? 0 : (n as number);
}

function seqConcat(tid: number, a: number, b: number): number {
  const isT = tid === Tid.TUPLE;
  const na = isT ? tupleLen(a) : listLen(a), nb = isT ? tupleLen(b) : listLen(b);
  const get = isT ? tupleGet : listGet;
  if (isT) {
    const t = newTuple(na + nb);
    for (let i = 0; i < na; i++) { const v = get(a, i); incref(v); tupleInit(t, i, v); }
    for (let i = 0; i < nb; i++) { const v = get(b, i); incref(v); tupleInit(t, na + i, v); }
    return t;
  }
  const l = newList(na + nb);
  const base = listBase(l);
  for (let i = 0; i < na; i++) { const v = get(a, i); incref(v); mem.i32[base + i] = v; }
  for (let i = 0; i < nb; i++) { const v = get(b, i); incref(v); mem.i32[base + na + i] = v; }
  return l;
}

/** Items a repeated list or tuple may have: beyond, MemoryError (as CPython, before it allocates). */
const MAX_REPEAT_ITEMS = 1 << 28;

function seqRepeat(tid: number, a: number, count: number): number {
  const isT = tid === Tid.TUPLE;
  const n = isT ? tupleLen(a) : listLen(a);
  // (an empty sequence repeated any number of times is empty, at once)
  const total = n === 0 ? 0 : n * count;
  if (total > MAX_REPEAT_ITEMS) throw new HeapExhausted(total * 4);
  if (isT) {
    const t = newTuple(total);
    for (let i = 0; i < total; i++) { const v = tupleGet(a, i % n); incref(v); tupleInit(t, i, v); }
    return t;
  }
  const l = newList(total);
  const base = listBase(l);
  for (let i = 0; i < total; i++) { const v = listGet(a, i % n); incref(v); mem.i32[base + i] = v; }
  return l;
}

/** a <op> b for two sets, through the same code as the set methods (so the order is CPython's). */
function setOp(op: number, a: number, b: number, frozen: boolean): number {
  switch (op) {
    case NB.OR: { const r = setFrom(a, frozen); try { updateWith(r, b); } catch (e) { decref(r); throw e; } return r; }
    case NB.AND: return intersect(a, b);
    case NB.SUBTRACT: return difference(a, b);
    case NB.XOR: { const r = setFrom(b, frozen); try { symmetricDifferenceUpdate(r, a); } catch (e) { decref(r); throw e; } return r; }
    default: return 0;
  }
}

/** a <op>= b for a mutable set: changes a in place, as set_ior, set_iand, set_isub, set_ixor. */
function setInplace(op: number, a: number, b: number): void {
  switch (op) {
    case NB.OR: updateWith(a, b); break;
    case NB.AND: { const r = intersect(a, b); setSwapBodies(a, r); decref(r); break; }
    case NB.SUBTRACT: differenceUpdate(a, b); break;
    case NB.XOR: symmetricDifferenceUpdate(a, b); break;
  }
}

/** Has values of this type a repeat (sq_repeat in CPython): str, list, tuple, bytes, bytearray. */
function isRepeatable(t: number): boolean {
  return t === Tid.STR || t === Tid.LIST || t === Tid.TUPLE || t === Tid.BYTES || t === Tid.BYTEARRAY;
}

/**
 * seq * count (op: NB.MULTIPLY or its in-place form) when count is no int: CPython's
 * sequence_repeat, which takes any object with __index__ and otherwise names count's type.
 */
function repeatByIndex(op: number, seq: number, count: number): number {
  const k = hasUserType(count) ? callSpecial(count, '__index__', []) : 0;
  if (k === 0) return typeError(`can't multiply sequence by non-int of type '${typeNameOf(count)}'`);
  try {
    if (!isIntTid(tidOfValue(k))) typeError(`__index__ returned non-int (type ${typeNameOf(k)})`);
    return binaryOp(op, seq, k);
  } finally { decref(k); }
}

/**
 * divmod(a, b): CPython's nb_divmod, a slot of its own (so __divmod__ / __rdivmod__, and its own
 * error texts: "divmod()", "float divmod()"). Returns a new reference to the (q, r) tuple.
 */
export function divmodOp(a: number, b: number): number {
  if (hasUserType(a) || hasUserType(b)) {
    const r = dunderDivmod(a, b);
    if (r !== 0) return r;
    return unsupportedDivmod(a, b);
  }
  const ta = tidOfValue(a), tb = tidOfValue(b);
  if (isIntTid(ta) && isIntTid(tb)) {
    const [q, r] = I.divmod(intValue(a), intValue(b));
    return tupleOf([boxInt(q), boxInt(r)]);
  }
  if ((ta === Tid.FLOAT || isIntTid(ta)) && (tb === Tid.FLOAT || isIntTid(tb))) {
    const [q, r] = floatDivmod(toDouble(a, ta), toDouble(b, tb));
    return tupleOf([newFloat(q), newFloat(r)]);
  }
  return unsupportedDivmod(a, b);
}

/** a <op> b for BINARY_OP (op as in opcodes.ts, in-place forms included). Returns a new reference. */
export function binaryOp(op: number, a: number, b: number): number {
  if (hasUserType(a) || hasUserType(b)) {
    // the user class answers first; if it declines, a built-in left operand may still ('%s' % obj)
    const r = dunderBinary(op, a, b);
    if (r !== 0) return r;
    if (hasUserType(a)) {
      // CPython's PyNumber_Multiply then asks the right operand to repeat itself, which wants an
      // index of a; in place, only an object whose type has no sequence slots at all (a bare
      // object(), not an instance of a class statement's class) gets that far
      const repeats = op === NB.MULTIPLY || (op === NB_INPLACE + NB.MULTIPLY && typeOf(a) === T.object);
      if (repeats && isRepeatable(tidOfValue(b))) return repeatByIndex(NB.MULTIPLY, b, a);
      return unsupported(op, a, b);
    }
    // a built-in left operand takes a subclass of list, dict or tuple as its own type
    // ([0] + stack); but '%' formatting keeps the object (its __str__, its __getitem__): see
    // percentFormatValue
    const native = anyNativeValue(b);
    const formatting = (op === NB.REMAINDER || op === NB.REMAINDER + NB_INPLACE) && (tidOfValue(a) === Tid.STR || isBytesLike(a));
    if (native !== 0 && !formatting) return binaryOp(op, a, native);
  }
  const ta = tidOfValue(a), tb = tidOfValue(b);
  const inplace = op >= NB_INPLACE;
  const base = inplace ? op - NB_INPLACE : op;
  if (isIntTid(ta) && isIntTid(tb)) {
    const r = intOp(base, intValue(a), intValue(b));
    if (r !== 0) return r;
    return unsupported(op, a, b);
  }
  if ((ta === Tid.FLOAT || isIntTid(ta)) && (tb === Tid.FLOAT || isIntTid(tb))) {
    const r = floatOp(base, toDouble(a, ta), toDouble(b, tb));
    if (r !== 0) return r;
    return unsupported(op, a, b);
  }
  switch (base) {
    case NB.ADD:
      if (ta === Tid.STR) {
        if (tb === Tid.STR) return strConcat(a, b);
        return typeError(`can only concatenate str (not "${typeNameOf(b)}") to str`);
      }
      if (ta === Tid.LIST && inplace) { iterateInto(b, a); incref(a); return a; }
      if (ta === Tid.BYTES || ta === Tid.BYTEARRAY) return bytesConcat(a, b, inplace);
      if ((ta === Tid.LIST || ta === Tid.TUPLE)) {
        if (tb === ta) return seqConcat(ta, a, b);
        return typeError(`can only concatenate ${typeNameOf(a)} (not "${typeNameOf(b)}") to ${typeNameOf(a)}`);
      }
      break;
    case NB.MULTIPLY: {
      let seq = 0, cnt = 0, st = 0;
      if (isIntTid(tb) && (ta === Tid.STR || ta === Tid.LIST || ta === Tid.TUPLE)) { seq = a; cnt = b; st = ta; }
      else if (isIntTid(ta) && (tb === Tid.STR || tb === Tid.LIST || tb === Tid.TUPLE)) { seq = b; cnt = a; st = tb; }
      if (isIntTid(tb) && isBytesLike(a)) return bytesRepeat(a, repeatCount(b), inplace);
      if (isIntTid(ta) && isBytesLike(b)) return bytesRepeat(b, repeatCount(a), false);
      if (seq !== 0) {
        const count = repeatCount(cnt);
        if (st === Tid.STR) {
          if (strUnits(seq) * count > 0x3fffffff) overflowError('repeated string is too long');
          return newStr(strValue(seq).repeat(count));
        }
        if (st === Tid.LIST && inplace && seq === a) {
          const items: number[] = [];
          const n = listLen(a);
          if (n > 0 && n * count > MAX_REPEAT_ITEMS) throw new HeapExhausted(n * count * 4);
          for (let i = 0; i < n; i++) items.push(listGet(a, i));
          if (n > 0) for (let c = 1; c < count; c++) for (const v of items) { incref(v); listAppend(a, v); }
          if (count <= 0) listClear(a);
          incref(a);
          return a;
        }
        return seqRepeat(st, seq, count);
      }
      if (ta === Tid.STR || ta === Tid.LIST || ta === Tid.TUPLE || isBytesLike(a)) return repeatByIndex(op, a, b);
      if (tb === Tid.STR || tb === Tid.LIST || tb === Tid.TUPLE || isBytesLike(b)) {
        return typeError(`can't multiply sequence by non-int of type '${typeNameOf(a)}'`);
      }
      break;
    }
    case NB.REMAINDER:
      if (ta === Tid.STR) return newStr(percentFormatValue(a, b));
      break;
    case NB.OR: case NB.AND: case NB.SUBTRACT: case NB.XOR:
      if ((ta === Tid.SET || ta === Tid.FROZENSET) && (tb === Tid.SET || tb === Tid.FROZENSET)) {
        if (inplace && ta === Tid.SET) {
          setInplace(base, a, b);
          incref(a);
          return a;
        }
        return setOp(base, a, b, ta === Tid.FROZENSET);
      }
      if (base === NB.OR && ta === Tid.DICT && tb === Tid.DICT) {
        if (inplace) { for (const [k, v] of dictItems(b)) dictSet(a, k, v); incref(a); return a; }
        const d = newDict();
        for (const [k, v] of dictItems(a)) dictSet(d, k, v);
        for (const [k, v] of dictItems(b)) dictSet(d, k, v);
        return d;
      }
      break;
  }
  return unsupported(op, a, b);
}

/**
 * '...' % args: a tuple gives the operands; a dict (or another subscriptable non-str value, as
 * in CPython) is both the single operand and the mapping for %(name)s; anything else is the one
 * operand. str() and repr() are only computed when a conversion asks for them.
 */
function percentFormatValue(fmt: number, args: number): string {
  // a subclass of tuple (a namedtuple) gives its items, as a tuple does
  const items = nativeValue(args, Tid.TUPLE);
  if (items !== 0) args = items;
  const t = tidOfValue(args);
  if (t === Tid.TUPLE) {
    const values: PercentArg[] = [];
    for (let i = 0; i < tupleLen(args); i++) values.push(toPercentArg(tupleGet(args, i)));
    return percentFormat(strValue(fmt), values);
  }
  const self = toPercentArg(args);
  if (t === Tid.DICT || t === Tid.LIST || nativeValue(args, Tid.DICT) !== 0 || nativeValue(args, Tid.LIST) !== 0) {
    return percentFormat(strValue(fmt), [self], (key: string) => {
      const k = newStr(key);
      let v: number;
      try { v = getItem(args, k); } finally { decref(k); }
      const arg = toPercentArg(v);
      decref(v);
      return arg;
    });
  }
  return percentFormat(strValue(fmt), [self]);
}

function toPercentArg(v: number): PercentArg {
  const t = tidOfValue(v);
  if (t === Tid.BOOL) return pBool(intValue(v) !== 0);
  if (t === Tid.INT) return pInt(intValue(v));
  if (t === Tid.FLOAT) return pFloat(floatValue(v));
  if (t === Tid.STR) return pStr(strValue(v));
  return pObject(typeNameOf(v), () => str(v), () => repr(v));
}

/** -x, +x, ~x, not x */
export function unaryNegative(v: number): number {
  const t = tidOfValue(v);
  if (hasUserType(v)) { const r = dunderUnary(v, '__neg__'); if (r !== 0) return r; }
  if (isIntTid(t)) return boxInt(I.neg(intValue(v)));
  if (t === Tid.FLOAT) return newFloat(-floatValue(v));
  return typeError(`bad operand type for unary -: '${typeNameOf(v)}'`);
}
export function unaryPositive(v: number): number {
  const t = tidOfValue(v);
  if (hasUserType(v)) { const r = dunderUnary(v, '__pos__'); if (r !== 0) return r; }
  if (isIntTid(t)) return boxInt(intValue(v));
  if (t === Tid.FLOAT) { incref(v); return v; }
  return typeError(`bad operand type for unary +: '${typeNameOf(v)}'`);
}
export function unaryInvert(v: number): number {
  const t = tidOfValue(v);
  if (hasUserType(v)) { const r = dunderUnary(v, '__invert__'); if (r !== 0) return r; }
  if (isIntTid(t)) return boxInt(I.invert(intValue(v)));
  return typeError(`bad operand type for unary ~: '${typeNameOf(v)}'`);
}
