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

import * as memory from '../heap/memory';
import * as layout from '../heap/layout';
import { Tid } from '../heap/layout';
import { incref, decref, refcountAtomic } from '../heap/refcount';
import { Op, NB, Cmp } from '../opcodes';
import * as opcodes from '../opcodes';
import * as thread from './thread';
import * as code_ from '../objects/code';
import { codeInfo, CodeInfo } from '../objects/code';
import * as singletons from '../objects/singletons';
import { newFloat } from '../objects/float';
import { newInt } from '../objects/int';
import { listAppend, listLen, listGet } from '../objects/list';
import { dictGetHashed, dictSetHashed, dictLookup, dictVersion, dictValueAt, dictValueSlot } from '../objects/dict';
import { exc, EXC_CONTEXT } from '../objects/exception';
import { strHash } from '../objects/str';
import { toPyErr, raise, PyErr } from '../runtime/errors';
import { binaryOp } from '../runtime/arith';
import { richCompare } from '../runtime/compare';
import { isTruthy } from '../runtime/truth';
import { iterNext } from '../runtime/iterate';
import { getItem, getAttr, setAttr, findMethod, nameOf } from '../runtime/abstract';
import { nativeObject } from '../runtime/natives';
import { pushFrame, callAt, callValue } from './call';
import { builtinsDict } from './modules';
import { intern } from '../objects/str';
import { makeGenerator, genThrow, generatorSend, genResult, resumeInline, suspend, finishInline, stopIterationLeft } from './generator';
import { isSubtype, typeOf } from '../objects/type';
import { coldOp, raiseState, unbound, nameError } from './ops';
import { lookupInMro, hasUserNew } from '../runtime/classes';
import { loadInstanceAttr, storeInstanceAttr, instanceMethodCached, classCached } from '../runtime/attrcache';
import { typeNameOf } from '../runtime/repr';
import { newInstance } from '../objects/instance';
import { typeFlags, TypeFlag, typeInstTid } from '../objects/type';
import { addTraceback } from '../runtime/traceback';
import { internalError } from '../runtime/internal';
import { checkpointSlow } from './threads';
import { GilShutdown, BREAKER as GIL_BREAKER } from '../gil';
import { Ctl } from '../heap/layout';

// Module constants copied from the modules that define them. TypeScript compiles every use of an
// imported binding to a property load on the exporting module's object: in V8's baseline code
// (where a short program spends much of its time, before the loop is optimised) each is an
// inline-cache call, and in optimised code one that had not run before optimisation is a
// deoptimisation ("insufficient type feedback for generic named access"), after which the
// whole loop runs in baseline code again until it is re-optimised. A const of this module is a
// plain context load in both. (incref/decref stay imported: refcount.ts rebinds them.)
const { mem } = memory;
const { SMALL_MIN, SMALL_MAX, TID_MASK } = layout;
/** BINARY_OP's operand for the in-place form of an operator is the operator's + NB_INPLACE. */
const { NB_INPLACE } = opcodes;
const { ts, FP_CODE, FP_FUNC, FP_GLOBALS, FP_LOCALS, FP_PREV, FP_IP, FP_SP, FP_FLAGS, TH_FRAME, TH_EXC_INFO, FRAME_INIT, FRAME_ENTRY, FRAME_GENERATOR } = thread;
const { FRAME_HEADER } = code_;
const { NONE, TRUE, FALSE } = singletons;
if (mem === undefined || ts === undefined || FRAME_HEADER === undefined || NONE === undefined || FRAME_GENERATOR === undefined ||
    TID_MASK === undefined || NB_INPLACE === undefined) {
  throw new Error('eval.ts: loaded before the modules whose constants it copies');
}

/** Word index of the lock's eval breaker (gil.ts). */
const BREAKER = Ctl.GIL_BASE + GIL_BREAKER;

/** Set by YIELD_VALUE when evalFrame returns because a generator frame yielded. */
const yieldState = { yielded: false };
export { yieldState }; // (declared first: uses in this file then stay plain loads, not exports.yieldState)


/**
 * The value of a global or builtin name (borrowed), through the instruction's inline cache:
 * a hit needs the globals dict to be the same object with the same version (no key added or
 * removed since), and for a builtin also the builtins dict's version. Raises NameError.
 */
function loadGlobal(ci: CodeInfo, at: number, globals: number, name: number): number {
  const c = at << 1;
  const cache = ci.nameCache;
  if (cache[c] === globals && cache[c + 1] === dictVersion(globals)) {
    const ix = cache[c + 3];
    if (ix >= 0) return dictValueAt(globals, ix);
    const b = builtinsDict();
    if (cache[c + 2] === dictVersion(b)) return dictValueAt(b, -1 - ix);
  }
  const h = strHash(name);
  let ix = dictLookup(globals, name, h);
  if (ix >= 0) {
    cache[c] = globals; cache[c + 1] = dictVersion(globals); cache[c + 3] = ix;
    return dictValueAt(globals, ix);
  }
  const b = builtinsDict();
  ix = dictLookup(b, name, h);
  if (ix < 0) return nameError(name);
  cache[c] = globals; cache[c + 1] = dictVersion(globals); cache[c + 2] = dictVersion(b); cache[c + 3] = -1 - ix;
  return dictValueAt(b, ix);
}

/** d[name] = v for STORE_NAME/STORE_GLOBAL; steals v. An existing key is replaced in place via the cache. */
function storeName(ci: CodeInfo, at: number, d: number, name: number, v: number): void {
  const c = at << 1;
  const cache = ci.nameCache;
  if (cache[c] === d && cache[c + 1] === dictVersion(d) && cache[c + 3] >= 0) {
    const slot = dictValueSlot(d, cache[c + 3]);
    const old = mem.i32[slot];
    mem.i32[slot] = v;
    decref(old);
    return;
  }
  try { dictSetHashed(d, name, strHash(name), v); } finally { decref(v); }
  const ix = dictLookup(d, name, strHash(name));
  cache[c] = d; cache[c + 1] = dictVersion(d); cache[c + 3] = ix;
}

/** The value of an int (tagged, or a heap int of at most 2**53), or NaN for anything else. */
function safeIntValue(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const w = v >> 2;
  const i32 = mem.i32;
  if ((i32[w + 1] & TID_MASK) !== Tid.INT) return NaN;
  const n = i32[w + 2];
  const u32 = mem.u32;
  let m: number;
  if (n === 1 || n === -1) m = u32[w + 3];
  else if (n === 2 || n === -2) { m = u32[w + 3] + u32[w + 4] * 4294967296; if (m > Number.MAX_SAFE_INTEGER) return NaN; }
  else return NaN;
  return n < 0 ? -m : m;
}

/** x <nb> y for ints given as safe JS integers, with Python's semantics; NaN when not exact here. */
function safeIntArith(nb: number, x: number, y: number): number {
  let z: number;
  switch (nb) {
    case NB.ADD: z = x + y; break;
    case NB.SUBTRACT: z = x - y; break;
    case NB.MULTIPLY: z = x * y; break;
    case NB.FLOOR_DIVIDE:
      if (y === 0) return NaN;
      z = Math.floor(x / y);
      // the double quotient can round across an integer boundary: check with the remainder
      if (!Number.isSafeInteger(z) || x - z * y < 0 === y > 0 && x - z * y !== 0 || Math.abs(x - z * y) >= Math.abs(y)) return NaN;
      break;
    case NB.REMAINDER:
      if (y === 0) return NaN;
      z = x % y;
      if (z !== 0 && (z < 0) !== (y < 0)) z += y;
      break;
    default: return NaN;
  }
  return Number.isSafeInteger(z) ? z : NaN;
}

/** receiver.send(v) for a non-generator receiver of `yield from`: the value, or 0 on StopIteration. */
function callSendMethod(recv: number, v: number): number {
  const send = getAttr(recv, intern('send'));
  try {
    return callValue(send, [v]);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(typeOf(e.exc), exc.StopIteration)) { decref(e.exc); return 0; }
    throw e;
  } finally {
    decref(send);
  }
}

/** The interned str for a name (cached per thread by the intern table). */
function internName(s: string): number { return intern(s); }

/** The __init__ function of a user class whose instances are plain (not exceptions), or 0. */
function plainInit(cls: number): number {
  if ((typeFlags(cls) & TypeFlag.HEAPTYPE) === 0 || typeInstTid(cls) !== Tid.INSTANCE || hasUserNew(cls)) return 0;
  const init = lookupInMro(cls, internName('__init__'));
  return init !== 0 && (init & 1) === 0 && (mem.i32[(init >> 2) + 1] & TID_MASK) === Tid.FUNCTION ? init : 0;
}

/** Pop the frame at fp, releasing its locals and value stack (below sp). */
function releaseFrame(fp: number, sp: number): void {
  const S = ts.S;
  const lp = fp + FRAME_HEADER;
  for (let i = lp; i < sp; i++) { const v = S[i]; if (v !== 0) decref(v); }
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

/**
 * The operand of the FOR_ITER instruction that ends at ip, EXTENDED_ARG prefixes included (read
 * backwards: instructions are two bytes, so every even offset holds an opcode).
 */
function forIterArg(code: Uint8Array, ip: number): number {
  let arg = code[ip - 1];
  for (let k = ip - 4, shift = 8; k >= 0 && code[k] === Op.EXTENDED_ARG; k -= 2, shift += 8) arg |= code[k + 1] << shift;
  return arg;
}

/** runSlice's answer when it stopped only to be called again (never a value: pointers are > 0). */
const SLICE_END = -2;
/** Check points between two returns from runSlice. */
const CHECKS_PER_SLICE = 16;
/** KW_NAMES' operand when a slice ends between it and its CALL. */
let pendingKwnames = 0;

/**
 * Run the frame at `entry` (set up by pushFrame or the generator machinery) until it returns or
 * yields. Returns the result as a new reference; raises PyErr when an exception leaves it.
 *
 * The work is done in slices (runSlice returns every CHECKS_PER_SLICE check points and is called
 * again). The reason is V8, not Python: when optimised code for a long-running loop is thrown
 * away (a new instruction kind met late), V8 re-optimises a function on its next call; a single
 * call that never returns would go on in the bytecode interpreter, ten times slower (measured on
 * fib(30): 1.3 s instead of 0.2 s).
 */
export function evalFrame(entry: number): number {
  const savedFrame = ts.S[TH_FRAME];
  ts.S[TH_FRAME] = entry;
  try {
    for (;;) {
      const r = runSlice(entry);
      if (r !== SLICE_END) return r;
    }
  } finally {
    ts.S[TH_FRAME] = savedFrame;
  }
}

/** Run from the innermost frame (ts.S[TH_FRAME]) for a slice; the frames' state is in the thread stack. */
function runSlice(entry: number): number {
  const S = ts.S;
  let fp = ts.S[TH_FRAME];
  let ci = codeInfo(S[fp + FP_CODE]);
  let code = ci.bytes;
  let consts = ci.consts;
  let names = ci.names;
  let lp = fp + FRAME_HEADER;
  let ip = S[fp + FP_IP];
  let sp = S[fp + FP_SP];
  let kwnames = pendingKwnames;
  pendingKwnames = 0;
  let countdown = ts.checkInterval;
  let checks = CHECKS_PER_SLICE;
  /** -X refcount=atomic, read once per slice for the inline increments below (heap/refcount.ts) */
  const atomicRc = refcountAtomic;
  /** set when a class's __init__ frame returned something other than None */
  let badInit = '';

  for (;;) {
    try {
      if (genThrow.pending !== 0) {
        // generator.throw() / close(): the exception appears at the yield the frame paused on
        const e = genThrow.pending;
        genThrow.pending = 0;
        sp--; decref(S[sp]); // the value that send() would have delivered
        throw new PyErr(e);
      }
      for (;;) {
        const start = ip; // where this instruction begins, EXTENDED_ARG prefixes included
        let op = code[ip];
        let arg = code[ip + 1];
        ip += 2;
        while (op === Op.EXTENDED_ARG) { op = code[ip]; arg = (arg << 8) | code[ip + 1]; ip += 2; }
        if (--countdown === 0) {
          // The check point: every checkInterval instructions. When another thread waits for
          // the lock (or the seeded schedule or shutdown needs us), its breaker word is not 0.
          countdown = ts.checkInterval;
          ts.ticks += countdown;
          if (Atomics.load(mem.i32, BREAKER) !== 0) {
            S[fp + FP_IP] = start;
            S[fp + FP_SP] = sp;
            checkpointSlow();
          }
          if (--checks === 0) {
            // end the slice before this instruction; the next slice starts with it
            S[fp + FP_IP] = start;
            S[fp + FP_SP] = sp;
            pendingKwnames = kwnames;
            return SLICE_END;
          }
        }
        switch (op) {
          case Op.NOP: case Op.RESUME: case Op.CACHE:
            break;
          case Op.LOAD_FAST: {
            const v = S[lp + arg];
            if (v === 0) unbound(ci, arg);
            if ((v & 1) === 0) { if (atomicRc) Atomics.add(mem.i32, v >> 2, 1); else mem.i32[v >> 2]++; }
            S[sp++] = v;
            break;
          }
          case Op.STORE_FAST: {
            const old = S[lp + arg];
            S[lp + arg] = S[--sp];
            if (old !== 0) decref(old);
            break;
          }
          case Op.LOAD_CONST: {
            const v = consts[arg];
            if ((v & 1) === 0) { if (atomicRc) Atomics.add(mem.i32, v >> 2, 1); else mem.i32[v >> 2]++; }
            S[sp++] = v;
            break;
          }
          case Op.POP_TOP: {
            const v = S[--sp];
            if (v !== 0) decref(v);
            break;
          }
          case Op.PUSH_NULL: S[sp++] = 0; break;

          // ---------------------------------------------------------- names
          case Op.LOAD_GLOBAL: {
            if ((arg & 1) !== 0) S[sp++] = 0;
            const v = loadGlobal(ci, ip - 2, S[fp + FP_GLOBALS], names[arg >> 1]);
            incref(v);
            S[sp++] = v;
            break;
          }
          case Op.LOAD_NAME: {
            const locals = S[fp + FP_LOCALS], globals = S[fp + FP_GLOBALS];
            let v: number;
            if (locals === globals) v = loadGlobal(ci, ip - 2, globals, names[arg]);
            else {
              const name = names[arg];
              v = locals !== 0 ? dictGetHashed(locals, name, strHash(name)) : 0;
              if (v === 0) v = loadGlobal(ci, ip - 2, globals, name);
            }
            incref(v);
            S[sp++] = v;
            break;
          }
          case Op.STORE_NAME: case Op.STORE_GLOBAL: {
            const d = op === Op.STORE_NAME && S[fp + FP_LOCALS] !== 0 ? S[fp + FP_LOCALS] : S[fp + FP_GLOBALS];
            storeName(ci, ip - 2, d, names[arg], S[--sp]);
            break;
          }

          // ---------------------------------------------------------- attributes and items
          case Op.LOAD_ATTR: {
            const o = S[sp - 1];
            let v = 0;
            // an instance attribute, found through this instruction's cache (runtime/attrcache.ts)
            if ((o & 1) === 0 && (mem.i32[(o >> 2) + 1] & TID_MASK) === Tid.INSTANCE) v = loadInstanceAttr(ci.nameCache, (ip - 2) << 1, o, names[arg]);
            if (v !== 0) incref(v);
            else v = getAttr(o, names[arg]);
            S[sp - 1] = v;
            decref(o);
            break;
          }
          case Op.LOAD_METHOD: {
            const o = S[sp - 1];
            const name = names[arg];
            const inst = (o & 1) === 0 && (mem.i32[(o >> 2) + 1] & TID_MASK) === Tid.INSTANCE;
            // built-in types' methods are natives; instances of user classes have none
            const m = inst ? -1 : findMethod(o, nameOf(name));
            // a plain function on a user class: call it with self, no bound method made
            const f = inst ? instanceMethodCached(ci.nameCache, (ip - 2) << 1, o, name) : 0;
            if (m >= 0) {
              S[sp - 1] = nativeObject(m);
              S[sp++] = o;
            } else if (f !== 0) {
              incref(f);
              S[sp - 1] = f;
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
            if ((o & 1) === 0 && (mem.i32[(o >> 2) + 1] & TID_MASK) === Tid.INSTANCE &&
                storeInstanceAttr(ci.nameCache, (ip - 2) << 1, o, names[arg], v)) {
              decref(o); decref(v);
              break;
            }
            try { setAttr(o, names[arg], v); } finally { decref(o); decref(v); }
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
            decref(k); // a slice, tuple or str key is the stack's reference too
            break;
          }

          // ---------------------------------------------------------- operators
          case Op.BINARY_OP: {
            const b = S[sp - 1], a = S[sp - 2];
            // the operator, the in-place form folded in: case labels stay literals (a jump table)
            const nb = arg >= NB_INPLACE ? arg - NB_INPLACE : arg;
            let r = 0;
            if ((a & b & 1) === 1) {
              const x = a >> 1, y = b >> 1;
              let z = 0;
              switch (nb) {
                case NB.ADD: z = x + y; break;
                case NB.SUBTRACT: z = x - y; break;
                // exact: two 31-bit factors give at most 61 bits, so check before trusting it
                case NB.MULTIPLY: z = x * y; if (!Number.isSafeInteger(z)) z = NaN; break;
                case NB.FLOOR_DIVIDE: z = y === 0 ? NaN : Math.floor(x / y); break;
                case NB.REMAINDER:
                  // Python's % takes the sign of the divisor
                  if (y === 0) z = NaN; else { z = x % y; if (z !== 0 && (z < 0) !== (y < 0)) z += y; }
                  break;
                default: z = NaN;
              }
              if (z >= SMALL_MIN && z <= SMALL_MAX) r = (z << 1) | 1;
              else if (z === z) r = newInt(z); // a safe integer outside the small range
            } else if ((a & 1) === 0 && (b & 1) === 0 &&
                       (mem.i32[(a >> 2) + 1] & TID_MASK) === Tid.FLOAT && (mem.i32[(b >> 2) + 1] & TID_MASK) === Tid.FLOAT) {
              const f64 = mem.f64;
              const x = f64[(a >> 3) + 1], y = f64[(b >> 3) + 1];
              let z = NaN, ok = true;
              switch (nb) {
                case NB.ADD: z = x + y; break;
                case NB.SUBTRACT: z = x - y; break;
                case NB.MULTIPLY: z = x * y; break;
                case NB.TRUE_DIVIDE: ok = y !== 0; z = x / y; break;
                default: ok = false;
              }
              if (ok) {
                // A float operand only the stack refers to is a temporary: reuse its block for
                // the result instead of freeing one float and allocating another.
                const i32 = mem.i32;
                if (i32[a >> 2] === 1) { f64[(a >> 3) + 1] = z; sp -= 2; S[sp++] = a; decref(b); break; }
                if (i32[b >> 2] === 1) { f64[(b >> 3) + 1] = z; sp -= 2; S[sp++] = b; decref(a); break; }
                r = newFloat(z);
              }
            }
            if (r === 0) {
              // ints beyond the tagged range but within 2**53 (a heap int of one or two limbs)
              // are still JS numbers: do their arithmetic here rather than through bigint code
              const x = safeIntValue(a), y = safeIntValue(b);
              const z = x === x && y === y ? safeIntArith(nb, x, y) : NaN;
              r = z === z ? newInt(z) : binaryOp(arg, a, b);
            }
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

          // ---------------------------------------------------------- jumps
          case Op.JUMP_FORWARD: ip += arg << 1; break;
          case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT: ip -= arg << 1; break;
          // Conditional jumps add 0 when not taken rather than skip the add: a loop's exit is
          // often first taken after V8 optimised this function, and an add never run before
          // optimisation deoptimises it (back to baseline code until it is compiled again).
          // The value stays on the stack while its truth is asked: if its __bool__ or __len__
          // raises, unwinding the stack releases it.
          case Op.POP_JUMP_IF_FALSE: {
            const v = S[sp - 1];
            let jump = v === FALSE;
            if (!jump && v !== TRUE) { jump = !isTruthy(v); decref(v); }
            sp--;
            ip += (jump ? arg : 0) << 1;
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = S[sp - 1];
            let jump = v === TRUE;
            if (!jump && v !== FALSE) { jump = isTruthy(v); decref(v); }
            sp--;
            ip += (jump ? arg : 0) << 1;
            break;
          }
          case Op.POP_JUMP_IF_NONE: { const v = S[--sp]; if (v !== NONE) decref(v); ip += (v === NONE ? arg : 0) << 1; break; }
          case Op.POP_JUMP_IF_NOT_NONE: { const v = S[--sp]; if (v !== NONE) decref(v); ip += (v !== NONE ? arg : 0) << 1; break; }
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
            } else if (tid === Tid.GENERATOR) {
              // a suspended generator runs as a frame of this loop (generator.ts, resumeInline);
              // its YIELD_VALUE comes back here with the value pushed, its return skips the body
              S[fp + FP_IP] = ip;
              S[fp + FP_SP] = sp;
              const nfp = resumeInline(it, fp);
              if (nfp !== 0) {
                fp = nfp; ci = codeInfo(S[fp + FP_CODE]); code = ci.bytes; consts = ci.consts; names = ci.names;
                lp = fp + FRAME_HEADER; ip = S[fp + FP_IP]; sp = S[fp + FP_SP];
                S[TH_FRAME] = fp;
                break;
              }
              v = iterNext(it);
            } else {
              v = iterNext(it);
            }
            // exhausted (v === 0): pop the iterator and jump, branch-free like the jumps above
            // (1 is a tagged small int, which decref ignores)
            const done = v === 0;
            S[sp] = v;
            sp += done ? -1 : 1;
            decref(done ? it : 1);
            ip += (done ? arg : 0) << 1;
            break;
          }

          // ---------------------------------------------------------- building
          case Op.LIST_APPEND: { const v = S[--sp]; listAppend(S[sp - arg], v); break; }

          // ---------------------------------------------------------- functions and calls
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
              S[TH_FRAME] = fp;
              break;
            }
            const init = (f & 1) === 0 && (mem.i32[(f >> 2) + 1] & TID_MASK) === Tid.TYPE ? classCached(ci.nameCache, (ip - 2) << 1, f, plainInit) : 0;
            if (init !== 0) {
              // Calling a class whose __init__ is a Python function: make the instance and run
              // __init__ as a frame of this loop (no JS recursion); the frame keeps the instance
              // in its locals slot and RETURN_VALUE hands it to the caller instead of None.
              const obj = newInstance(f);
              S[base - 1] = obj; // the class's own slot, below the arguments, becomes self
              const nfp = ts.top;
              S[fp + FP_IP] = ip;
              const nci = pushFrame(init, nfp, base - 1, argc + 1, kw, fp, FRAME_INIT);
              S[nfp + FP_LOCALS] = obj; // the instance's creating reference moves here
              decref(f);
              for (let i = slot; i < sp; i++) { const v = S[i]; if (v !== 0 && i !== base - 1) decref(v); }
              S[fp + FP_SP] = slot;
              fp = nfp; ci = nci; code = ci.bytes; consts = ci.consts; names = ci.names;
              lp = fp + FRAME_HEADER; ip = 0; sp = lp + ci.nlocalsplus;
              ts.top = fp + ci.frameSize;
              S[TH_FRAME] = fp;
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
          case Op.RETURN_VALUE: case Op.RETURN_GENERATOR: {
            let r: number;
            if (op === Op.RETURN_GENERATOR) {
              // the frame's references move into a new generator, which this call returns
              S[fp + FP_IP] = ip;
              S[fp + FP_SP] = sp;
              r = makeGenerator(fp, ci, sp);
              ts.depth--;
            } else {
              r = S[--sp];
              // a generator's frame that returns is exhausted
              if ((S[fp + FP_FLAGS] & 2) !== 0) yieldState.yielded = false;
              releaseFrame(fp, sp);
              if ((S[fp + FP_FLAGS] & FRAME_INIT) !== 0) {
                // __init__ returned: the call's result is the instance (checked in the caller, below)
                if (r !== NONE) badInit = typeNameOf(r);
                decref(r);
                r = S[fp + FP_LOCALS];
              }
            }
            if (fp === entry) {
              ts.top = fp;
              ts.ticks += ts.checkInterval - countdown;
              return r;
            }
            ts.top = fp;
            const inlineGen = (S[fp + FP_FLAGS] & FRAME_GENERATOR) !== 0;
            fp = S[fp + FP_PREV];
            ci = codeInfo(S[fp + FP_CODE]); code = ci.bytes; consts = ci.consts; names = ci.names;
            lp = fp + FRAME_HEADER;
            ip = S[fp + FP_IP];
            sp = S[fp + FP_SP];
            S[TH_FRAME] = fp;
            if (inlineGen) {
              // a generator resumed by FOR_ITER finished: the loop is over (FOR_ITER drops the
              // return value), so pop the generator and jump past the loop body
              decref(r);
              const g = S[--sp];
              finishInline(g);
              decref(g);
              ip += forIterArg(code, ip) << 1;
              break;
            }
            S[sp++] = r;
            if (badInit !== '') {
              const tn = badInit;
              badInit = '';
              raise(exc.TypeError, `__init__() should return None, not '${tn}'`);
            }
            break;
          }
          case Op.SEND: {
            // [receiver, value]: send value into the receiver; a yielded value replaces value,
            // a finished receiver is replaced by its return value and the jump is taken
            const v = S[sp - 1], recv = S[sp - 2];
            let r: number;
            if ((recv & 1) === 0 && (mem.i32[(recv >> 2) + 1] & TID_MASK) === Tid.GENERATOR) r = generatorSend(recv, v);
            else if (v === NONE) { genResult.returned = 0; r = iterNext(recv); }
            else r = callSendMethod(recv, v);
            decref(v);
            if (r !== 0) { S[sp - 1] = r; break; }
            sp--;
            const ret = genResult.returned !== 0 ? genResult.returned : NONE;
            genResult.returned = 0;
            S[sp - 1] = ret;
            decref(recv);
            ip += arg << 1;
            break;
          }
          case Op.YIELD_VALUE: {
            const v = S[--sp];
            S[fp + FP_IP] = ip;
            S[fp + FP_SP] = sp;
            if ((S[fp + FP_FLAGS] & FRAME_ENTRY) === 0) {
              // resumed by FOR_ITER in this loop: back to the caller, the value on its stack
              const prev = S[fp + FP_PREV];
              const psp = S[prev + FP_SP];
              suspend(S[psp - 1], fp, sp);
              fp = prev; ci = codeInfo(S[fp + FP_CODE]); code = ci.bytes; consts = ci.consts; names = ci.names;
              lp = fp + FRAME_HEADER; ip = S[fp + FP_IP]; sp = psp;
              S[TH_FRAME] = fp;
              S[sp++] = v;
              break;
            }
            // resumed by generatorSend: evalFrame returns the value
            yieldState.yielded = true;
            ts.top = fp;
            ts.ticks += ts.checkInterval - countdown;
            return v;
          }

          // ---------------------------------------------------------- exceptions

          // ---------------------------------------------------------- modules
          default:
            // A cold op may call Python code or block (BEFORE_WITH runs __enter__, which may wait
            // for a lock): the saved ip must name this instruction for stack dumps (deadlock.ts).
            S[fp + FP_IP] = ip;
            sp = coldOp(op, arg, fp, sp, ci);
            break;
        }
      }
    } catch (thrown) {
      // ---------------------------------------------------------- unwinding
      if (raiseState.sp >= 0) { sp = raiseState.sp; raiseState.sp = -1; }
      let err = toPyErr(thrown);
      if (err === null) {
        // the interpreter is stopping (a worker failed, or the process exits under a daemon thread)
        if (thrown instanceof GilShutdown) throw thrown;
        internalError(thrown, ci, ip - 2);
      }
      let e = err!.exc;
      if (!raiseState.reraising) {
        addTraceback(e, ci.ptr, ci.lines[(ip - 2) >> 1]);
        if (ts.S[TH_EXC_INFO] !== 0 && ts.S[TH_EXC_INFO] !== e && mem.i32[(e >> 2) + EXC_CONTEXT] === 0) {
          incref(ts.S[TH_EXC_INFO]);
          mem.i32[(e >> 2) + EXC_CONTEXT] = ts.S[TH_EXC_INFO];
        }
      }
      raiseState.reraising = false;
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
        releaseFrame(fp, sp);
        if ((S[fp + FP_FLAGS] & FRAME_INIT) !== 0) decref(S[fp + FP_LOCALS]); // the unfinished instance
        if ((S[fp + FP_FLAGS] & FRAME_GENERATOR) !== 0) yieldState.yielded = false;
        if (fp === entry) {
          ts.top = fp;
          throw err;
        }
        ts.top = fp;
        const inlineGen = (S[fp + FP_FLAGS] & FRAME_GENERATOR) !== 0;
        fp = S[fp + FP_PREV];
        ci = codeInfo(S[fp + FP_CODE]); code = ci.bytes; consts = ci.consts; names = ci.names;
        lp = fp + FRAME_HEADER;
        ip = S[fp + FP_IP];
        sp = S[fp + FP_SP];
        S[TH_FRAME] = fp;
        if (inlineGen) {
          // the generator that this frame's FOR_ITER resumed raised: it is finished, and a
          // StopIteration leaving it becomes RuntimeError (PEP 479), as in generatorSend
          finishInline(S[sp - 1]);
          if (isSubtype(typeOf(e), exc.StopIteration)) {
            e = stopIterationLeft(e);
            err = new PyErr(e);
          }
        }
        addTraceback(e, ci.ptr, ci.lines[(ip - 2) >> 1]);
      }
    }
  }
}