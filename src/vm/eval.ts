// eval.ts - the eval loop: one function, one switch over the opcodes of opcodes.ts.
// Owns: executing bytecode, Python-to-Python calls and returns without JS recursion, the
// exception unwinding through the exception table, and tick counting for the lock.
// Must never: allocate JS objects on the path of an ordinary instruction, or keep a heap view
// (mem.i32) in a local across anything that can allocate. ip, sp, fp and the code's arrays
// live in locals; they are written back to the frame only when control leaves it.
//
// Stack discipline: every value on the value stack is an owned reference (or NULL, pushed by
// PUSH_NULL / LOAD_GLOBAL for the call protocol). An instruction that pops a value either
// moves its reference somewhere or decrefs it.

import { mem } from '../heap/memory';
import { Tid, TID_MASK, SMALL_MIN, SMALL_MAX } from '../heap/layout';
import { incref, decref, xdecref } from '../heap/refcount';
import { Op, NB, NB_INPLACE, Cmp, FormatFlags, MakeFunctionFlags, CALL_EX_HAS_KWARGS } from '../opcodes';
import { CoFlags } from '../code';
import { ts, FP_CODE, FP_FUNC, FP_GLOBALS, FP_LOCALS, FP_PREV, FP_IP, FP_SP, FP_FLAGS, FRAME_ENTRY } from './thread';
import { codeInfo, CodeInfo, FRAME_HEADER } from '../objects/code';
import { NONE, TRUE, FALSE } from '../objects/singletons';
import { newFloat, floatValue } from '../objects/float';
import { newInt } from '../objects/int';
import { newStr, strValue, strConcat } from '../objects/str';
import { newTuple, tupleInit, tupleLen, tupleGet, tupleOf } from '../objects/tuple';
import { newList, listAppend, listLen, listGet, listBase, listItems } from '../objects/list';
import { newDict, dictGet, dictSet, dictPop, dictItems, dictGetHashed } from '../objects/dict';
import { newSet, setAdd } from '../objects/set';
import { newSlice } from '../objects/range';
import { newCell, newFunction, FN_CLOSURE, FN_DEFAULTS, FN_KWDEFAULTS, FN_DOC, FN_CODE } from '../objects/func';
import { exc, EXC_CAUSE, EXC_SUPPRESS, EXC_CONTEXT, EXC_TB } from '../objects/exception';
import { isSubtype, typeOf, typeFlags, TypeFlag } from '../objects/type';
import { strHash } from '../objects/str';
import { PyErr, toPyErr, raise, typeError } from '../runtime/errors';
import { binaryOp, unaryNegative, unaryPositive, unaryInvert } from '../runtime/arith';
import { richCompare, compareBool } from '../runtime/compare';
import { isTruthy } from '../runtime/truth';
import { getIter, iterNext, collect, iterateInto } from '../runtime/iterate';
import { getItem, setItem, delItem, contains, getAttr, setAttr, findMethod, nameOf, pyLen } from '../runtime/abstract';
import { nativeObject } from '../runtime/natives';
import { formatValue, strOf, reprOf, asciiOf } from '../runtime/format_value';
import { pushFrame, callAt } from './call';
import { importName, importFrom, builtinsDict } from './modules';
import { makeGenerator } from './generator';
import { typeNameOf } from '../runtime/repr';
import { addTraceback } from '../runtime/traceback';
import { internalError } from '../runtime/internal';

/** Set by YIELD_VALUE when evalFrame returns because a generator frame yielded. */
export const yieldState = { yielded: false };

function unbound(ci: CodeInfo, i: number): never {
  return raise(exc.UnboundLocalError, `cannot access local variable '${ci.lpNames[i]}' where it is not associated with a value`);
}

function nameError(name: number): never {
  return raise(exc.NameError, `name '${nameOf(name)}' is not defined`);
}

/** Pop the frame at fp, releasing its locals and value stack (below sp). */
function releaseFrame(fp: number, ci: CodeInfo, sp: number): void {
  const S = ts.S;
  const lp = fp + FRAME_HEADER;
  for (let i = lp; i < sp; i++) { const v = S[i]; if (v !== 0) decref(v); }
  void ci;
  const fn = S[fp + FP_FUNC];
  if (fn !== 0) decref(fn);
  ts.depth--;
}

/** Find the handler for a raise at byte offset `at`: index of its row in ci.exc, or -1. */
function findHandler(ci: CodeInfo, at: number): number {
  const t = ci.exc;
  for (let i = 0; i < t.length; i += 5) if (at >= t[i] && at < t[i + 1]) return i;
  return -1;
}

function excMatches(e: number, t: number): boolean {
  if ((t & 1) === 0 && (mem.i32[(t >> 2) + 1] & TID_MASK) === Tid.TUPLE) {
    const n = tupleLen(t);
    for (let i = 0; i < n; i++) if (excMatches(e, tupleGet(t, i))) return true;
    return false;
  }
  if ((t & 1) === 1 || (mem.i32[(t >> 2) + 1] & TID_MASK) !== Tid.TYPE || (typeFlags(t) & TypeFlag.EXCEPTION) === 0) {
    typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  return isSubtype(typeOf(e), t);
}

/** RAISE_VARARGS' operand to an exception instance (a new reference). */
function toException(v: number): number {
  if ((v & 1) === 0 && (mem.i32[(v >> 2) + 1] & TID_MASK) === Tid.TYPE && (typeFlags(v) & TypeFlag.EXCEPTION) !== 0) {
    return callAt(v, ts.top + 1, 0, 0);
  }
  if ((v & 1) === 0 && (mem.i32[(v >> 2) + 1] & TID_MASK) === Tid.EXCEPTION) { incref(v); return v; }
  return typeError('exceptions must derive from BaseException');
}

let reraising = false;

/**
 * Run the frame at `entry` (set up by pushFrame or the generator machinery) until it returns or
 * yields. Returns the result as a new reference; raises PyErr when an exception leaves it.
 */
export function evalFrame(entry: number): number {
  const S = ts.S;
  let fp = entry;
  let ci = codeInfo(S[fp + FP_CODE]);
  let code = ci.bytes;
  let consts = ci.consts;
  let names = ci.names;
  let lp = fp + FRAME_HEADER;
  let ip = S[fp + FP_IP];
  let sp = S[fp + FP_SP];
  let kwnames = 0;
  let countdown = ts.checkInterval;
  const savedFrame = ts.frame;
  ts.frame = fp;

  for (;;) {
    try {
      for (;;) {
        let op = code[ip];
        let arg = code[ip + 1];
        ip += 2;
        while (op === Op.EXTENDED_ARG) { op = code[ip]; arg = (arg << 8) | code[ip + 1]; ip += 2; }
        if (--countdown === 0) {
          // The check point: every checkInterval instructions. The lock's eval breaker goes here.
          countdown = ts.checkInterval;
          ts.ticks += countdown;
        }
        switch (op) {
          case Op.NOP: case Op.RESUME: case Op.CACHE:
            break;
          case Op.LOAD_FAST: {
            const v = S[lp + arg];
            if (v === 0) unbound(ci, arg);
            if ((v & 1) === 0) mem.i32[v >> 2]++;
            S[sp++] = v;
            break;
          }
          case Op.STORE_FAST: {
            const old = S[lp + arg];
            S[lp + arg] = S[--sp];
            if (old !== 0) decref(old);
            break;
          }
          case Op.DELETE_FAST: {
            const old = S[lp + arg];
            if (old === 0) unbound(ci, arg);
            S[lp + arg] = 0;
            decref(old);
            break;
          }
          case Op.LOAD_CONST: {
            const v = consts[arg];
            if ((v & 1) === 0) mem.i32[v >> 2]++;
            S[sp++] = v;
            break;
          }
          case Op.POP_TOP: {
            const v = S[--sp];
            if (v !== 0) decref(v);
            break;
          }
          case Op.PUSH_NULL: S[sp++] = 0; break;
          case Op.COPY: { const v = S[sp - arg]; if (v !== 0) incref(v); S[sp++] = v; break; }
          case Op.SWAP: { const t = S[sp - 1]; S[sp - 1] = S[sp - arg]; S[sp - arg] = t; break; }

          // ---------------------------------------------------------- names
          case Op.LOAD_GLOBAL: {
            const name = names[arg >> 1];
            if ((arg & 1) !== 0) S[sp++] = 0;
            const h = strHash(name);
            let v = dictGetHashed(S[fp + FP_GLOBALS], name, h);
            if (v === 0) v = dictGetHashed(builtinsDict(), name, h);
            if (v === 0) nameError(name);
            incref(v);
            S[sp++] = v;
            break;
          }
          case Op.LOAD_NAME: {
            const name = names[arg];
            const h = strHash(name);
            const locals = S[fp + FP_LOCALS];
            let v = locals !== 0 ? dictGetHashed(locals, name, h) : 0;
            if (v === 0) v = dictGetHashed(S[fp + FP_GLOBALS], name, h);
            if (v === 0) v = dictGetHashed(builtinsDict(), name, h);
            if (v === 0) nameError(name);
            incref(v);
            S[sp++] = v;
            break;
          }
          case Op.STORE_NAME: case Op.STORE_GLOBAL: {
            const v = S[--sp];
            const d = op === Op.STORE_NAME && S[fp + FP_LOCALS] !== 0 ? S[fp + FP_LOCALS] : S[fp + FP_GLOBALS];
            try { dictSet(d, names[arg], v); } finally { decref(v); }
            break;
          }
          case Op.DELETE_NAME: case Op.DELETE_GLOBAL: {
            const d = op === Op.DELETE_NAME && S[fp + FP_LOCALS] !== 0 ? S[fp + FP_LOCALS] : S[fp + FP_GLOBALS];
            const old = dictPop(d, names[arg]);
            if (old === 0) nameError(names[arg]);
            decref(old);
            break;
          }
          case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: {
            const v = mem.i32[(S[lp + arg] >> 2) + 2];
            if (v === 0) {
              if (arg < ci.nlocalsplus && (ci.kinds[arg] & 0x80) !== 0) {
                raise(exc.NameError, `cannot access free variable '${ci.lpNames[arg]}' where it is not associated with a value in enclosing scope`);
              }
              unbound(ci, arg);
            }
            incref(v);
            S[sp++] = v;
            break;
          }
          case Op.STORE_DEREF: {
            const w = (S[lp + arg] >> 2) + 2;
            const old = mem.i32[w];
            mem.i32[w] = S[--sp];
            if (old !== 0) decref(old);
            break;
          }
          case Op.DELETE_DEREF: {
            const w = (S[lp + arg] >> 2) + 2;
            const old = mem.i32[w];
            if (old === 0) unbound(ci, arg);
            mem.i32[w] = 0;
            decref(old);
            break;
          }
          case Op.LOAD_CLOSURE: { const c = S[lp + arg]; incref(c); S[sp++] = c; break; }
          case Op.MAKE_CELL: {
            const v = S[lp + arg];
            S[lp + arg] = newCell(v);
            if (v !== 0) decref(v);
            break;
          }
          case Op.COPY_FREE_VARS: {
            const closure = mem.i32[(S[fp + FP_FUNC] >> 2) + FN_CLOSURE];
            const first = ci.nlocalsplus - arg;
            for (let i = 0; i < arg; i++) { const c = tupleGet(closure, i); incref(c); S[lp + first + i] = c; }
            break;
          }

          // ---------------------------------------------------------- attributes and items
          case Op.LOAD_ATTR: {
            const o = S[sp - 1];
            S[sp - 1] = getAttr(o, names[arg]);
            decref(o);
            break;
          }
          case Op.LOAD_METHOD: {
            const o = S[sp - 1];
            const name = names[arg];
            const m = findMethod(o, nameOf(name));
            if (m >= 0) {
              S[sp - 1] = nativeObject(m);
              S[sp++] = o;
            } else {
              const v = getAttr(o, name);
              S[sp - 1] = 0;
              S[sp++] = v;
              decref(o);
            }
            break;
          }
          case Op.STORE_ATTR: {
            const o = S[sp - 1], v = S[sp - 2];
            sp -= 2;
            try { setAttr(o, names[arg], v); } finally { decref(o); decref(v); }
            break;
          }
          case Op.DELETE_ATTR: {
            const o = S[--sp];
            decref(o);
            raise(exc.AttributeError, `'${typeNameOf(o)}' object attribute '${nameOf(names[arg])}' cannot be deleted`);
            break;
          }
          case Op.BINARY_SUBSCR: {
            const k = S[sp - 1], c = S[sp - 2];
            let r: number;
            if ((k & 1) === 1 && (c & 1) === 0 && (mem.i32[(c >> 2) + 1] & TID_MASK) === Tid.LIST) {
              let i = k >> 1;
              const n = listLen(c);
              if (i < 0) i += n;
              r = i >= 0 && i < n ? listGet(c, i) : 0;
              if (r !== 0) incref(r); else r = getItem(c, k);
            } else {
              r = getItem(c, k);
            }
            sp -= 2;
            S[sp++] = r;
            decref(c);
            break;
          }
          case Op.STORE_SUBSCR: {
            const k = S[sp - 1], c = S[sp - 2], v = S[sp - 3];
            sp -= 3;
            try { setItem(c, k, v); } finally { decref(k); decref(c); decref(v); }
            break;
          }
          case Op.DELETE_SUBSCR: {
            const k = S[sp - 1], c = S[sp - 2];
            sp -= 2;
            try { delItem(c, k); } finally { decref(k); decref(c); }
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? S[--sp] : NONE;
            const stop = S[--sp], start = S[--sp];
            S[sp++] = newSlice(start, stop, step);
            decref(start); decref(stop); if (arg === 3) decref(step);
            break;
          }

          // ---------------------------------------------------------- operators
          case Op.BINARY_OP: {
            const b = S[sp - 1], a = S[sp - 2];
            let r = 0;
            if ((a & b & 1) === 1) {
              const x = a >> 1, y = b >> 1;
              let z = 0;
              switch (arg) {
                case NB.ADD: case NB.ADD + NB_INPLACE: z = x + y; break;
                case NB.SUBTRACT: case NB.SUBTRACT + NB_INPLACE: z = x - y; break;
                case NB.MULTIPLY: case NB.MULTIPLY + NB_INPLACE: z = x * y; if (z > SMALL_MAX || z < SMALL_MIN) z = NaN; break;
                default: z = NaN;
              }
              if (z >= SMALL_MIN && z <= SMALL_MAX) r = (z << 1) | 1;
            } else if ((a & 1) === 0 && (b & 1) === 0 &&
                       (mem.i32[(a >> 2) + 1] & TID_MASK) === Tid.FLOAT && (mem.i32[(b >> 2) + 1] & TID_MASK) === Tid.FLOAT) {
              const x = floatValue(a), y = floatValue(b);
              switch (arg) {
                case NB.ADD: case NB.ADD + NB_INPLACE: r = newFloat(x + y); break;
                case NB.SUBTRACT: case NB.SUBTRACT + NB_INPLACE: r = newFloat(x - y); break;
                case NB.MULTIPLY: case NB.MULTIPLY + NB_INPLACE: r = newFloat(x * y); break;
                case NB.TRUE_DIVIDE: case NB.TRUE_DIVIDE + NB_INPLACE: if (y !== 0) r = newFloat(x / y); break;
              }
            }
            if (r === 0) r = binaryOp(arg, a, b);
            sp -= 2;
            S[sp++] = r;
            decref(a); decref(b);
            break;
          }
          case Op.COMPARE_OP: {
            const b = S[sp - 1], a = S[sp - 2];
            let r: number;
            if ((a & b & 1) === 1) {
              let t: boolean;
              switch (arg) {
                case Cmp.LT: t = a < b; break;
                case Cmp.LE: t = a <= b; break;
                case Cmp.EQ: t = a === b; break;
                case Cmp.NE: t = a !== b; break;
                case Cmp.GT: t = a > b; break;
                default: t = a >= b;
              }
              r = t ? TRUE : FALSE;
            } else {
              r = richCompare(a, b, arg);
            }
            sp -= 2;
            S[sp++] = r;
            decref(a); decref(b);
            break;
          }
          case Op.IS_OP: {
            const b = S[--sp], a = S[--sp];
            S[sp++] = (a === b) !== (arg === 1) ? TRUE : FALSE;
            decref(a); decref(b);
            break;
          }
          case Op.CONTAINS_OP: {
            const c = S[sp - 1], x = S[sp - 2];
            const r = contains(c, x) !== (arg === 1);
            sp -= 2;
            S[sp++] = r ? TRUE : FALSE;
            decref(c); decref(x);
            break;
          }
          case Op.UNARY_NOT: {
            const v = S[sp - 1];
            S[sp - 1] = isTruthy(v) ? FALSE : TRUE;
            decref(v);
            break;
          }
          case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_INVERT: {
            const v = S[sp - 1];
            const r = op === Op.UNARY_NEGATIVE ? unaryNegative(v) : op === Op.UNARY_POSITIVE ? unaryPositive(v) : unaryInvert(v);
            S[sp - 1] = r;
            decref(v);
            break;
          }

          // ---------------------------------------------------------- jumps
          case Op.JUMP_FORWARD: ip += arg << 1; break;
          case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT: ip -= arg << 1; break;
          case Op.POP_JUMP_IF_FALSE: {
            const v = S[--sp];
            if (v === FALSE) ip += arg << 1;
            else if (v !== TRUE) { const t = isTruthy(v); decref(v); if (!t) ip += arg << 1; }
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = S[--sp];
            if (v === TRUE) ip += arg << 1;
            else if (v !== FALSE) { const t = isTruthy(v); decref(v); if (t) ip += arg << 1; }
            break;
          }
          case Op.POP_JUMP_IF_NONE: { const v = S[--sp]; if (v === NONE) ip += arg << 1; else decref(v); break; }
          case Op.POP_JUMP_IF_NOT_NONE: { const v = S[--sp]; if (v !== NONE) { ip += arg << 1; decref(v); } break; }
          case Op.JUMP_IF_FALSE_OR_POP: {
            const v = S[sp - 1];
            if (!isTruthy(v)) ip += arg << 1; else { sp--; decref(v); }
            break;
          }
          case Op.JUMP_IF_TRUE_OR_POP: {
            const v = S[sp - 1];
            if (isTruthy(v)) ip += arg << 1; else { sp--; decref(v); }
            break;
          }

          // ---------------------------------------------------------- iteration
          case Op.GET_ITER: {
            const v = S[sp - 1];
            S[sp - 1] = getIter(v);
            decref(v);
            break;
          }
          case Op.FOR_ITER: {
            const it = S[sp - 1];
            let v: number;
            const w = it >> 2;
            const tid = mem.i32[w + 1] & TID_MASK;
            if (tid === Tid.RANGE_ITER) {
              const f = it >> 3;
              const f64 = mem.f64;
              const left = f64[f + 3];
              if (left > 0) {
                const cur = f64[f + 1];
                f64[f + 1] = cur + f64[f + 2];
                f64[f + 3] = left - 1;
                v = cur >= SMALL_MIN && cur <= SMALL_MAX ? (cur << 1) | 1 : newInt(cur);
              } else v = 0;
            } else {
              v = iterNext(it);
            }
            if (v !== 0) S[sp++] = v;
            else { sp--; decref(it); ip += arg << 1; }
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = S[--sp];
            const t = (seq & 1) === 0 ? mem.i32[(seq >> 2) + 1] & TID_MASK : Tid.INT;
            let items: number[];
            if (t === Tid.TUPLE && tupleLen(seq) === arg) {
              for (let i = arg - 1; i >= 0; i--) { const v = tupleGet(seq, i); incref(v); S[sp++] = v; }
              decref(seq);
              break;
            }
            try {
              if (t !== Tid.TUPLE && t !== Tid.LIST && !isIterable(seq)) typeError(`cannot unpack non-iterable ${typeNameOf(seq)} object`);
              items = collect(seq);
            } finally { decref(seq); }
            if (items.length !== arg) {
              for (const v of items) decref(v);
              if (items.length < arg) raise(exc.ValueError, `not enough values to unpack (expected ${arg}, got ${items.length})`);
              raise(exc.ValueError, `too many values to unpack (expected ${arg})`);
            }
            for (let i = arg - 1; i >= 0; i--) S[sp++] = items[i];
            break;
          }
          case Op.UNPACK_EX: {
            const before = arg & 0xff, after = arg >> 8;
            const seq = S[--sp];
            let items: number[];
            try {
              if (!isIterable(seq)) typeError(`cannot unpack non-iterable ${typeNameOf(seq)} object`);
              items = collect(seq);
            } finally { decref(seq); }
            if (items.length < before + after) {
              for (const v of items) decref(v);
              raise(exc.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
            }
            for (let i = items.length - 1; i >= items.length - after; i--) S[sp++] = items[i];
            const mid = newList(0);
            for (let i = before; i < items.length - after; i++) listAppend(mid, items[i]);
            S[sp++] = mid;
            for (let i = before - 1; i >= 0; i--) S[sp++] = items[i];
            break;
          }

          // ---------------------------------------------------------- building
          case Op.BUILD_TUPLE: {
            const t = newTuple(arg);
            sp -= arg;
            for (let i = 0; i < arg; i++) tupleInit(t, i, S[sp + i]);
            S[sp++] = t;
            break;
          }
          case Op.BUILD_LIST: {
            const l = newList(arg);
            sp -= arg;
            const base = arg > 0 ? listBase(l) : 0;
            for (let i = 0; i < arg; i++) mem.i32[base + i] = S[sp + i];
            S[sp++] = l;
            break;
          }
          case Op.BUILD_SET: {
            const s = newSet();
            sp -= arg;
            try { for (let i = 0; i < arg; i++) setAdd(s, S[sp + i]); }
            finally { for (let i = 0; i < arg; i++) decref(S[sp + i]); }
            S[sp++] = s;
            break;
          }
          case Op.BUILD_MAP: {
            const d = newDict();
            sp -= 2 * arg;
            try { for (let i = 0; i < arg; i++) dictSet(d, S[sp + 2 * i], S[sp + 2 * i + 1]); }
            finally { for (let i = 0; i < 2 * arg; i++) decref(S[sp + i]); }
            S[sp++] = d;
            break;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const keys = S[--sp];
            const d = newDict();
            sp -= arg;
            try { for (let i = 0; i < arg; i++) dictSet(d, tupleGet(keys, i), S[sp + i]); }
            finally { for (let i = 0; i < arg; i++) decref(S[sp + i]); decref(keys); }
            S[sp++] = d;
            break;
          }
          case Op.BUILD_STRING: {
            sp -= arg;
            let s = '';
            for (let i = 0; i < arg; i++) { s += strValue(S[sp + i]); decref(S[sp + i]); }
            S[sp++] = newStr(s);
            break;
          }
          case Op.LIST_APPEND: { const v = S[--sp]; listAppend(S[sp - arg], v); break; }
          case Op.SET_ADD: { const v = S[--sp]; try { setAdd(S[sp - arg], v); } finally { decref(v); } break; }
          case Op.MAP_ADD: {
            const v = S[--sp], k = S[--sp];
            try { dictSet(S[sp - arg], k, v); } finally { decref(k); decref(v); }
            break;
          }
          case Op.LIST_EXTEND: {
            const v = S[--sp];
            try {
              if (!isIterable(v)) typeError(`Value after * must be an iterable, not ${typeNameOf(v)}`);
              iterateInto(v, S[sp - arg]);
            } finally { decref(v); }
            break;
          }
          case Op.SET_UPDATE: {
            const v = S[--sp];
            try { const s = S[sp - arg]; for (const k of collectBorrowed(v)) { setAdd(s, k); decref(k); } } finally { decref(v); }
            break;
          }
          case Op.DICT_UPDATE: case Op.DICT_MERGE: {
            const v = S[--sp];
            try { mergeDict(S[sp - arg], v, op === Op.DICT_MERGE, S[sp - arg - 2]); } finally { decref(v); }
            break;
          }
          case Op.LIST_TO_TUPLE: {
            const l = S[sp - 1];
            const items = listItems(l);
            for (const v of items) incref(v);
            S[sp - 1] = tupleOf(items);
            decref(l);
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = (arg & FormatFlags.HAVE_SPEC) !== 0 ? S[--sp] : 0;
            let v = S[--sp];
            const conv = arg & FormatFlags.CONV_MASK;
            try {
              if (conv !== FormatFlags.CONV_NONE) {
                const c = conv === FormatFlags.CONV_STR ? strOf(v) : conv === FormatFlags.CONV_REPR ? reprOf(v) : asciiOf(v);
                decref(v);
                v = c;
              }
              S[sp++] = formatValue(v, spec);
            } finally {
              decref(v);
              if (spec !== 0) decref(spec);
            }
            break;
          }

          // ---------------------------------------------------------- functions and calls
          case Op.MAKE_FUNCTION: {
            const codeObj = S[--sp];
            const closure = (arg & MakeFunctionFlags.CLOSURE) !== 0 ? S[--sp] : 0;
            const annotations = (arg & MakeFunctionFlags.ANNOTATIONS) !== 0 ? S[--sp] : 0;
            const kwdefaults = (arg & MakeFunctionFlags.KWDEFAULTS) !== 0 ? S[--sp] : 0;
            const defaults = (arg & MakeFunctionFlags.DEFAULTS) !== 0 ? S[--sp] : 0;
            const cinfo = codeInfo(codeObj);
            const globals = S[fp + FP_GLOBALS];
            const modName = dictGet(globals, internName('__name__'));
            const fn = newFunction(codeObj, globals, internName(cinfo.name), internName(cinfo.qualname), modName);
            const w = fn >> 2;
            mem.i32[w + FN_CLOSURE] = closure;
            mem.i32[w + FN_DEFAULTS] = defaults;
            mem.i32[w + FN_KWDEFAULTS] = kwdefaults;
            const doc = cinfo.consts.length > 0 ? cinfo.consts[0] : NONE;
            // co_consts[0] is the docstring (or None) of every def, as in CPython 3.11
            const isDoc = !cinfo.name.startsWith('<') && (doc & 1) === 0 && (mem.i32[(doc >> 2) + 1] & TID_MASK) === Tid.STR;
            if (isDoc) incref(doc);
            mem.i32[w + FN_DOC] = isDoc ? doc : 0;
            if (annotations !== 0) decref(annotations);
            decref(codeObj);
            S[sp++] = fn;
            break;
          }
          case Op.KW_NAMES: kwnames = consts[arg]; break;
          case Op.CALL: {
            const slot = sp - arg - 2;
            let f = S[slot];
            let base: number, argc: number;
            if (f !== 0) { base = slot + 1; argc = arg + 1; }
            else {
              f = S[slot + 1];
              base = slot + 2; argc = arg;
              if ((f & 1) === 0 && (mem.i32[(f >> 2) + 1] & TID_MASK) === Tid.METHOD) {
                // unpack a bound method in place: [NULL, m, args] -> [func, self, args]
                const func = mem.i32[(f >> 2) + 2], self = mem.i32[(f >> 2) + 3];
                incref(func); incref(self);
                S[slot] = func; S[slot + 1] = self;
                decref(f);
                f = func; base = slot + 1; argc = arg + 1;
              }
            }
            const kw = kwnames;
            kwnames = 0;
            if ((f & 1) === 0 && (mem.i32[(f >> 2) + 1] & TID_MASK) === Tid.FUNCTION) {
              const nfp = ts.top;
              S[fp + FP_IP] = ip;
              const nci = pushFrame(f, nfp, base, argc, kw, fp, 0);
              // the new frame holds its own references: release the caller's call slots
              for (let i = slot; i < sp; i++) { const v = S[i]; if (v !== 0) decref(v); }
              S[fp + FP_SP] = slot;
              fp = nfp; ci = nci; code = ci.bytes; consts = ci.consts; names = ci.names;
              lp = fp + FRAME_HEADER; ip = 0; sp = lp + ci.nlocalsplus;
              ts.top = fp + ci.frameSize;
              ts.frame = fp;
              break;
            }
            S[fp + FP_IP] = ip;
            S[fp + FP_SP] = sp;
            const r = callAt(f, base, argc, kw);
            for (let i = slot; i < sp; i++) { const v = S[i]; if (v !== 0) decref(v); }
            sp = slot;
            S[sp++] = r;
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const kwargs = (arg & CALL_EX_HAS_KWARGS) !== 0 ? S[--sp] : 0;
            const args = S[--sp];
            const f = S[--sp];
            const nul = S[--sp];
            S[fp + FP_IP] = ip;
            S[fp + FP_SP] = sp;
            try {
              S[sp++] = callSpread(f, args, kwargs);
            } finally {
              if (kwargs !== 0) decref(kwargs);
              decref(args); decref(f); if (nul !== 0) decref(nul);
            }
            break;
          }
          case Op.RETURN_VALUE: {
            const r = S[--sp];
            if ((S[fp + FP_FLAGS] & 2) !== 0) {
              // a generator's frame finished: it is exhausted
              yieldState.yielded = false;
            }
            releaseFrame(fp, ci, sp);
            if (fp === entry) {
              ts.top = fp;
              ts.frame = savedFrame;
              ts.ticks += ts.checkInterval - countdown;
              return r;
            }
            ts.top = fp;
            fp = S[fp + FP_PREV];
            ci = codeInfo(S[fp + FP_CODE]); code = ci.bytes; consts = ci.consts; names = ci.names;
            lp = fp + FRAME_HEADER;
            ip = S[fp + FP_IP];
            sp = S[fp + FP_SP];
            ts.frame = fp;
            S[sp++] = r;
            break;
          }
          case Op.RETURN_GENERATOR: {
            S[fp + FP_IP] = ip;
            S[fp + FP_SP] = sp;
            const g = makeGenerator(fp, ci, sp);
            // the frame's references moved into the generator; this call returns it
            ts.depth--;
            if (fp === entry) {
              ts.top = fp;
              ts.frame = savedFrame;
              return g;
            }
            ts.top = fp;
            fp = S[fp + FP_PREV];
            ci = codeInfo(S[fp + FP_CODE]); code = ci.bytes; consts = ci.consts; names = ci.names;
            lp = fp + FRAME_HEADER;
            ip = S[fp + FP_IP];
            sp = S[fp + FP_SP];
            ts.frame = fp;
            S[sp++] = g;
            break;
          }
          case Op.YIELD_VALUE: {
            // only generator frames yield, and they always run as entry frames (generator.ts)
            const v = S[--sp];
            S[fp + FP_IP] = ip;
            S[fp + FP_SP] = sp;
            yieldState.yielded = true;
            ts.top = fp;
            ts.frame = savedFrame;
            ts.ticks += ts.checkInterval - countdown;
            return v;
          }

          // ---------------------------------------------------------- exceptions
          case Op.RAISE_VARARGS: {
            if (arg === 0) {
              if (ts.excInfo === 0) raise(exc.RuntimeError, 'No active exception to reraise');
              incref(ts.excInfo);
              reraising = true;
              throw new PyErr(ts.excInfo);
            }
            const cause = arg === 2 ? S[--sp] : 0;
            const v = S[--sp];
            let e: number;
            try { e = toException(v); } finally { decref(v); }
            if (arg === 2) {
              const w = e >> 2;
              const old = mem.i32[w + EXC_CAUSE];
              if (cause === NONE) { mem.i32[w + EXC_CAUSE] = 0; decref(cause); }
              else {
                let c = cause;
                try { c = toException(cause); } finally { decref(cause); }
                mem.i32[w + EXC_CAUSE] = c;
              }
              mem.i32[w + EXC_SUPPRESS] = 1;
              if (old !== 0) decref(old);
            }
            throw new PyErr(e);
          }
          case Op.LOAD_ASSERTION_ERROR: S[sp++] = exc.AssertionError; incref(exc.AssertionError); break;
          case Op.PUSH_EXC_INFO: {
            const e = S[sp - 1];
            S[sp - 1] = ts.excInfo === 0 ? NONE : ts.excInfo;
            incref(e);
            ts.excInfo = e;
            S[sp++] = e;
            break;
          }
          case Op.POP_EXCEPT: {
            const prev = S[--sp];
            const old = ts.excInfo;
            ts.excInfo = prev === NONE ? 0 : prev;
            if (old !== 0) decref(old);
            break;
          }
          case Op.CHECK_EXC_MATCH: {
            const t = S[sp - 1];
            const r = excMatches(S[sp - 2], t);
            S[sp - 1] = r ? TRUE : FALSE;
            decref(t);
            break;
          }
          case Op.RERAISE: {
            const e = S[--sp];
            reraising = true;
            throw new PyErr(e);
          }

          // ---------------------------------------------------------- modules
          case Op.IMPORT_NAME: {
            const fromlist = S[--sp], level = S[--sp];
            try { S[sp++] = importName(nameOf(names[arg]), fromlist, level); } finally { decref(fromlist); decref(level); }
            break;
          }
          case Op.IMPORT_FROM: S[sp] = importFrom(S[sp - 1], names[arg]); sp++; break;
          case Op.IMPORT_STAR: {
            const m = S[--sp];
            try { importStar(m, S[fp + FP_LOCALS] !== 0 ? S[fp + FP_LOCALS] : S[fp + FP_GLOBALS]); } finally { decref(m); }
            break;
          }
          case Op.GET_LEN: {
            S[sp] = newInt(pyLen(S[sp - 1]));
            sp++;
            break;
          }
          case Op.LOAD_BUILD_CLASS: raise(exc.NotImplementedError, 'pygil does not support class definitions yet'); break;
          case Op.BEFORE_WITH: case Op.WITH_EXCEPT_START: raise(exc.NotImplementedError, "pygil does not support 'with' statements yet"); break;
          case Op.SEND: case Op.GET_YIELD_FROM_ITER: raise(exc.NotImplementedError, "pygil does not support 'yield from' yet"); break;
          case Op.SETUP_ANNOTATIONS: {
            const d = S[fp + FP_LOCALS] !== 0 ? S[fp + FP_LOCALS] : S[fp + FP_GLOBALS];
            if (dictGet(d, internName('__annotations__')) === 0) { const a = newDict(); dictSet(d, internName('__annotations__'), a); decref(a); }
            break;
          }
          default:
            raise(exc.NotImplementedError, `pygil does not support the ${opName(op)} instruction yet`);
        }
      }
    } catch (thrown) {
      // ---------------------------------------------------------- unwinding
      const err = toPyErr(thrown);
      if (err === null) internalError(thrown, ci, ip - 2);
      const e = err!.exc;
      if (!reraising) {
        addTraceback(e, ci.ptr, ci.lines[(ip - 2) >> 1]);
        if (ts.excInfo !== 0 && ts.excInfo !== e && mem.i32[(e >> 2) + EXC_CONTEXT] === 0) {
          incref(ts.excInfo);
          mem.i32[(e >> 2) + EXC_CONTEXT] = ts.excInfo;
        }
      }
      reraising = false;
      kwnames = 0;
      for (;;) {
        const h = findHandler(ci, ip - 2);
        if (h >= 0) {
          const depth = ci.exc[h + 3];
          const stackBase = lp + ci.nlocalsplus;
          while (sp > stackBase + depth) { const v = S[--sp]; if (v !== 0) decref(v); }
          if (ci.exc[h + 4] !== 0) S[sp++] = newInt(ip - 2);
          S[sp++] = e;
          ip = ci.exc[h + 2];
          break;
        }
        // no handler in this frame: pop it and look in the caller
        releaseFrame(fp, ci, sp);
        if ((S[fp + FP_FLAGS] & 2) !== 0) yieldState.yielded = false;
        if (fp === entry) {
          ts.top = fp;
          ts.frame = savedFrame;
          throw err;
        }
        ts.top = fp;
        fp = S[fp + FP_PREV];
        ci = codeInfo(S[fp + FP_CODE]); code = ci.bytes; consts = ci.consts; names = ci.names;
        lp = fp + FRAME_HEADER;
        ip = S[fp + FP_IP];
        sp = S[fp + FP_SP];
        ts.frame = fp;
        addTraceback(e, ci.ptr, ci.lines[(ip - 2) >> 1]);
      }
    }
  }
}

import { opInfo } from '../opcodes';
import { intern } from '../objects/str';
import { moduleDict } from '../objects/module';

function opName(op: number): string { const i = opInfo(op); return i === undefined ? `opcode ${op}` : i.name; }
function internName(s: string): number { return intern(s); }

function isIterable(v: number): boolean {
  try { const it = getIter(v); decref(it); return true; } catch (e) {
    if (e instanceof PyErr && isSubtype(typeOf(e.exc), exc.TypeError)) { decref(e.exc); return false; }
    throw e;
  }
}

function collectBorrowed(v: number): number[] { return collect(v); }

function mergeDict(d: number, v: number, strict: boolean, fn: number): void {
  if ((v & 1) === 1 || (mem.i32[(v >> 2) + 1] & TID_MASK) !== Tid.DICT) {
    typeError(strict ? `argument after ** must be a mapping, not ${typeNameOf(v)}` : `'${typeNameOf(v)}' object is not a mapping`);
  }
  for (const [k, val] of dictItems(v)) {
    if (strict) {
      if ((k & 1) === 1 || (mem.i32[(k >> 2) + 1] & TID_MASK) !== Tid.STR) typeError('keywords must be strings');
      if (dictGet(d, k) !== 0) {
        const fname = fn !== 0 && (fn & 1) === 0 && (mem.i32[(fn >> 2) + 1] & TID_MASK) === Tid.FUNCTION
          ? codeInfo(mem.i32[(fn >> 2) + FN_CODE]).qualname + '()' : 'function';
        typeError(`${fname} got multiple values for keyword argument '${strValue(k)}'`);
      }
    }
    dictSet(d, k, val);
  }
}

/** f(*args, **kwargs): spread onto scratch stack and call. */
function callSpread(f: number, args: number, kwargs: number): number {
  const S = ts.S;
  const saveTop = ts.top;
  const base = ts.top + 1;
  const n = tupleLen(args);
  for (let i = 0; i < n; i++) S[base + i] = tupleGet(args, i);
  let total = n;
  let kw = 0;
  if (kwargs !== 0) {
    const items = dictItems(kwargs);
    for (const [, v] of items) S[base + total++] = v;
    if (items.length > 0) kw = tupleOf(items.map(([k]) => { incref(k); return k; }));
  }
  ts.top = base + total;
  try { return callAt(f, base, total, kw); } finally { ts.top = saveTop; if (kw !== 0) decref(kw); }
}

function importStar(m: number, into: number): void {
  for (const [k, v] of dictItems(moduleDict(m))) {
    if (!strValue(k).startsWith('_')) dictSet(into, k, v);
  }
}
