// ops.ts - the eval loop's less frequent instructions, run by `coldOp`.
// Owns: the instructions that build containers, unpack, format, make functions, raise and handle
// exceptions and import, the rarely used name operations, and the helpers they share with
// eval.ts (name errors, exception matching).
// Must never: change ip or switch frames: instructions that do (calls, returns, jumps, yields)
// stay in eval.ts. Keeping these out of evalFrame keeps that function small, so V8 compiles it
// quickly and an instruction first seen late does not throw its optimised code away.

import { nativeValue } from '../objects/instance';
import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { Op, FormatFlags, MakeFunctionFlags, CALL_EX_HAS_KWARGS, opInfo } from '../opcodes';
import { ts, FP_FUNC, FP_GLOBALS, FP_LOCALS, FP_SP, TH_EXC_INFO } from './thread';
import { codeInfo, CodeInfo, FRAME_HEADER } from '../objects/code';
import { NONE, TRUE, FALSE } from '../objects/singletons';
import { newInt } from '../objects/int';
import { newStr, strValue, intern } from '../objects/str';
import { tupleLen, tupleGet, tupleOf, newTuple, tupleInit } from '../objects/tuple';
import { newList, listAppend, listItems, listBase } from '../objects/list';
import { newDict, dictGet, dictSet, dictPop, dictItems } from '../objects/dict';
import { newSet, setAdd } from '../objects/set';
import { newSlice } from '../objects/range';
import { newCell, newFunction, FN_CLOSURE, FN_DEFAULTS, FN_KWDEFAULTS, FN_DOC, FN_CODE } from '../objects/func';
import { exc, EXC_CAUSE, EXC_SUPPRESS } from '../objects/exception';
import { isSubtype, typeOf, typeFlags, TypeFlag } from '../objects/type';
import { moduleDict } from '../objects/module';
import { PyErr, raise, typeError } from '../runtime/errors';
import { unaryNegative, unaryPositive, unaryInvert } from '../runtime/arith';
import { getIter, collect, iterateInto } from '../runtime/iterate';
import { delItem, nameOf, pyLen, delAttr, getAttrOrNull, setItem, contains } from '../runtime/abstract';
import { isTruthy } from '../runtime/truth';
import { formatValue, strOf, reprOf, asciiOf } from '../runtime/format_value';
import { typeNameOf } from '../runtime/repr';
import { callAt, callValue } from './call';
import { specialMethod, bindAttr, callBound, hasUserType } from '../runtime/classes';
import { importName, importFrom, builtinsDict } from './modules';

/**
 * reraising: set by the instructions that re-raise, so the loop does not add a traceback entry
 * twice. sp: when an instruction here raises, the stack pointer at that moment (what it had
 * popped is already released), for the loop's unwinding; -1 otherwise.
 */
export const raiseState = { reraising: false, sp: -1 };

/** Run one of the instructions above on the frame at fp; returns the new stack pointer. */
export function coldOp(op: number, arg: number, fp: number, sp: number, ci: CodeInfo): number {
  const S = ts.S;
  const lp = fp + FRAME_HEADER;
  const names = ci.names;
  try {
    switch (op) {
      case Op.DELETE_FAST: {
        const old = S[lp + arg];
        if (old === 0) unbound(ci, arg);
        S[lp + arg] = 0;
        decref(old);
        break;
      }
      case Op.DELETE_NAME: case Op.DELETE_GLOBAL: {
        const d = op === Op.DELETE_NAME && S[fp + FP_LOCALS] !== 0 ? S[fp + FP_LOCALS] : S[fp + FP_GLOBALS];
        const old = dictPop(d, names[arg]);
        if (old === 0) nameError(names[arg]);
        decref(old);
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
      case Op.DELETE_ATTR: {
        const o = S[--sp];
        try { delAttr(o, names[arg]); } finally { decref(o); }
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
        const sl = newSlice(start, stop, step);
        S[sp++] = sl;
        decref(start); decref(stop); if (arg === 3) decref(step);
        break;
      }
      case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_INVERT: {
        const v = S[sp - 1];
        const r = op === Op.UNARY_NEGATIVE ? unaryNegative(v) : op === Op.UNARY_POSITIVE ? unaryPositive(v) : unaryInvert(v);
        S[sp - 1] = r;
        decref(v);
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
      case Op.BUILD_SET: {
        const s = newSet();
        sp -= arg;
        try { for (let i = 0; i < arg; i++) setAdd(s, S[sp + i]); }
        catch (e) { decref(s); throw e; } // an unhashable item: the new set is nobody's
        finally { for (let i = 0; i < arg; i++) decref(S[sp + i]); }
        S[sp++] = s;
        break;
      }
      case Op.BUILD_MAP: {
        const d = newDict();
        sp -= 2 * arg;
        try { for (let i = 0; i < arg; i++) dictSet(d, S[sp + 2 * i], S[sp + 2 * i + 1]); }
        catch (e) { decref(d); throw e; }
        finally { for (let i = 0; i < 2 * arg; i++) decref(S[sp + i]); }
        S[sp++] = d;
        break;
      }
      case Op.BUILD_CONST_KEY_MAP: {
        const keys = S[--sp];
        const d = newDict();
        sp -= arg;
        try { for (let i = 0; i < arg; i++) dictSet(d, tupleGet(keys, i), S[sp + i]); }
        catch (e) { decref(d); throw e; }
        finally { for (let i = 0; i < arg; i++) decref(S[sp + i]); decref(keys); }
        S[sp++] = d;
        break;
      }
      case Op.BUILD_STRING: {
        sp -= arg;
        let s = '';
        for (let i = 0; i < arg; i++) { s += strValue(S[sp + i]); decref(S[sp + i]); }
        const joined = newStr(s);
        S[sp++] = joined;
        break;
      }
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
          const r = formatValue(v, spec);
          S[sp++] = r; // (pushed only once made: raiseState.sp must not count a slot never filled)
        } finally {
          decref(v);
          if (spec !== 0) decref(spec);
        }
        break;
      }
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
      case Op.CALL_FUNCTION_EX: {
        const n = (arg & CALL_EX_HAS_KWARGS) !== 0 ? 4 : 3;
        const kwargs = n === 4 ? S[sp - 1] : 0;
        const args = S[sp - n + 2];
        const f = S[sp - n + 1];
        const nul = S[sp - n];
        // The operands stay on this frame's stack during the call, and FP_SP says so: they are
        // references the frame owns, and the heap checker reads frames up to FP_SP.
        S[fp + FP_SP] = sp;
        let r: number;
        try {
          r = callSpread(f, args, kwargs);
        } finally {
          sp -= n;
          if (kwargs !== 0) decref(kwargs);
          decref(args); decref(f); if (nul !== 0) decref(nul);
        }
        S[sp++] = r;
        break;
      }
      case Op.RAISE_VARARGS: {
        if (arg === 0) {
          if (ts.S[TH_EXC_INFO] === 0) raise(exc.RuntimeError, 'No active exception to reraise');
          incref(ts.S[TH_EXC_INFO]);
          raiseState.reraising = true;
          throw new PyErr(ts.S[TH_EXC_INFO]);
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
        S[sp - 1] = ts.S[TH_EXC_INFO] === 0 ? NONE : ts.S[TH_EXC_INFO];
        incref(e);
        ts.S[TH_EXC_INFO] = e;
        S[sp++] = e;
        break;
      }
      case Op.POP_EXCEPT: {
        const prev = S[--sp];
        const old = ts.S[TH_EXC_INFO];
        ts.S[TH_EXC_INFO] = prev === NONE ? 0 : prev;
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
        raiseState.reraising = true;
        throw new PyErr(e);
      }
      case Op.IMPORT_NAME: {
        const fromlist = S[--sp], level = S[--sp];
        try {
          const m = importName(nameOf(names[arg]), fromlist, level, S[fp + FP_GLOBALS]);
          S[sp++] = m;
        } finally { decref(fromlist); decref(level); }
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
      case Op.LOAD_BUILD_CLASS: {
        const f = dictGet(builtinsDict(), internName('__build_class__'));
        if (f === 0) raise(exc.NameError, '__build_class__ not found');
        incref(f);
        S[sp++] = f;
        break;
      }
      case Op.BEFORE_WITH: {
        // [mgr] -> [mgr.__exit__ (bound), mgr.__enter__()]
        const mgr = S[sp - 1];
        const enter = specialMethod(mgr, '__enter__'), exit = specialMethod(mgr, '__exit__');
        if (enter !== 0 && exit !== 0) {
          S[sp - 1] = bindAttr(exit, mgr, typeOf(mgr));
          // (the result is pushed once __enter__ returned: `S[sp++] = call()` would move sp first, and
          // an exception would then leave raiseState.sp counting a slot that holds a stale value)
          try { const r = callBound(enter, mgr, []); S[sp++] = r; } finally { decref(mgr); }
          break;
        }
        // CPython looks __enter__ up first: only an object that has it is told it "missed __exit__"
        const noProtocol = `'${typeNameOf(mgr)}' object does not support the context manager protocol`;
        if (hasUserType(mgr)) typeError(enter === 0 ? noProtocol : `${noProtocol} (missed __exit__ method)`);
        // Built-in context managers (files, locks): their methods are natives reached as attributes.
        const benter = getAttrOrNull(mgr, intern('__enter__'));
        if (benter === 0) typeError(noProtocol);
        const bexit = getAttrOrNull(mgr, intern('__exit__'));
        if (bexit === 0) {
          decref(benter);
          typeError(`${noProtocol} (missed __exit__ method)`);
        }
        S[sp - 1] = bexit;
        try { const r = callValue(benter, []); S[sp++] = r; } finally { decref(benter); decref(mgr); }
        break;
      }
      case Op.WITH_EXCEPT_START: {
        // [exit, lasti, prev_exc, exc] -> [..., exit(type(exc), exc, tb)]; tracebacks are not objects here: tb is None
        const e = S[sp - 1], exitf = S[sp - 4];
        S[sp] = callValue(exitf, [typeOf(e), e, NONE]);
        sp++;
        break;
      }
      case Op.GET_YIELD_FROM_ITER: {
        const v = S[sp - 1];
        if ((v & 1) === 1 || (mem.i32[(v >> 2) + 1] & TID_MASK) !== Tid.GENERATOR) {
          S[sp - 1] = getIter(v);
          decref(v);
        }
        break;
      }
      case Op.COPY: { const v = S[sp - arg]; if (v !== 0) incref(v); S[sp++] = v; break; }
      case Op.SWAP: { const t = S[sp - 1]; S[sp - 1] = S[sp - arg]; S[sp - arg] = t; break; }
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
      case Op.LOAD_CLOSURE: { const c = S[lp + arg]; incref(c); S[sp++] = c; break; }
      case Op.STORE_SUBSCR: {
        const k = S[sp - 1], c = S[sp - 2], v = S[sp - 3];
        sp -= 3;
        try { setItem(c, k, v); } finally { decref(k); decref(c); decref(v); }
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
      case Op.GET_ITER: {
        const v = S[sp - 1];
        S[sp - 1] = getIter(v);
        decref(v);
        break;
      }
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
      case Op.SETUP_ANNOTATIONS: {
        const d = S[fp + FP_LOCALS] !== 0 ? S[fp + FP_LOCALS] : S[fp + FP_GLOBALS];
        if (dictGet(d, internName('__annotations__')) === 0) { const a = newDict(); dictSet(d, internName('__annotations__'), a); decref(a); }
        break;
      }
      default:
        raise(exc.NotImplementedError, `pygil does not support the ${opName(op)} instruction yet`);
    }
  } catch (e) {
    raiseState.sp = sp;
    throw e;
  }
  return sp;
}

export function unbound(ci: CodeInfo, i: number): never {
  return raise(exc.UnboundLocalError, `cannot access local variable '${ci.lpNames[i]}' where it is not associated with a value`);
}

export function nameError(name: number): never {
  return raise(exc.NameError, `name '${nameOf(name)}' is not defined`);
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
  // a subclass of dict spreads its items as a dict does
  const native = nativeValue(v, Tid.DICT);
  if (native !== 0) v = native;
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
export function callSpread(f: number, args: number, kwargs: number): number {
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
