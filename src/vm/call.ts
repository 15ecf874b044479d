// call.ts - calling: frames for Python functions, argument binding, and calls from native code.
// Owns: pushFrame (set up a Python frame with its arguments bound, as CPython's
// initialize_locals), callAt (call any callable with arguments on the thread stack) and
// callValue (the same with arguments in a JS array, for natives).
// Must never: run bytecode itself; evalFrame does. Argument errors use CPython's wording.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref, xdecref } from '../heap/refcount';
import { ts, FP_CODE, FP_FUNC, FP_GLOBALS, FP_LOCALS, FP_PREV, FP_IP, FP_SP, FP_FLAGS, FRAME_ENTRY, TH_FRAME } from './thread';
import { codeInfo, CodeInfo, FRAME_HEADER } from '../objects/code';
import { FN_CODE, FN_GLOBALS, FN_DEFAULTS, FN_KWDEFAULTS } from '../objects/func';
import { CoFlags } from '../code';
import { tupleLen, tupleGet, newTuple, tupleInit } from '../objects/tuple';
import { newDict, dictGet, dictSet } from '../objects/dict';
import { strEquals, strValue } from '../objects/str';
import { raise, typeError } from '../runtime/errors';
import { exc } from '../objects/exception';
import { nativeFn } from '../runtime/natives';
import { typeNameOf } from '../runtime/repr';
import { evalFrame } from './eval';
import { callType } from '../builtins/types';
import { isHeapType, createInstance, specialMethod } from '../runtime/classes';

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/** Check depth and room for a frame of `size` words at fp. */
function reserve(fp: number, size: number): void {
  if (ts.depth >= ts.recursionLimit) raise(exc.RecursionError, 'maximum recursion depth exceeded');
  if (fp + size >= ts.S.length) raise(exc.RecursionError, 'maximum recursion depth exceeded (thread stack full)');
}

/**
 * Set up a frame at fp for function fn with the n arguments at S[base..base+n) (kw names the
 * last ones). Arguments are copied with new references; the caller keeps its own. Returns the
 * CodeInfo. On an argument error, the frame is released and TypeError raised.
 */
export function pushFrame(fn: number, fp: number, base: number, n: number, kw: number, prev: number, flags: number): CodeInfo {
  const i32 = mem.i32;
  const fw = fn >> 2;
  const code = i32[fw + FN_CODE];
  const ci = codeInfo(code);
  reserve(fp, ci.frameSize);
  const S = ts.S;
  S[fp + FP_CODE] = code;
  incref(fn);
  S[fp + FP_FUNC] = fn;
  S[fp + FP_GLOBALS] = i32[fw + FN_GLOBALS];
  S[fp + FP_LOCALS] = 0;
  S[fp + FP_PREV] = prev;
  S[fp + FP_IP] = 0;
  S[fp + FP_SP] = fp + FRAME_HEADER + ci.nlocalsplus;
  S[fp + FP_FLAGS] = flags;
  const lp = fp + FRAME_HEADER;
  for (let i = lp, end = lp + ci.nlocalsplus; i < end; i++) S[i] = 0; // fill() is a builtin call: slower for a few words
  if (kw === 0 && n === ci.argcount && (ci.flags & (CoFlags.VARARGS | CoFlags.VARKEYWORDS)) === 0 && ci.kwonly === 0) {
    for (let i = 0; i < n; i++) { const v = S[base + i]; incref(v); S[lp + i] = v; }
  } else {
    try {
      bindArgs(fn, ci, lp, base, n, kw);
    } catch (e) {
      for (let i = 0; i < ci.nlocalsplus; i++) xdecref(S[lp + i]);
      decref(fn);
      throw e;
    }
  }
  ts.depth++;
  return ci;
}

function bindArgs(fn: number, ci: CodeInfo, lp: number, base: number, n: number, kw: number): void {
  const S = ts.S;
  const i32 = mem.i32;
  const name = ci.qualname;
  const nkw = kw === 0 ? 0 : tupleLen(kw);
  const npos = n - nkw;
  const argc = ci.argcount, kwonly = ci.kwonly;
  const hasVarargs = (ci.flags & CoFlags.VARARGS) !== 0;
  const hasVarkw = (ci.flags & CoFlags.VARKEYWORDS) !== 0;
  let kwdict = 0;
  if (hasVarkw) {
    kwdict = newDict();
    S[lp + argc + kwonly + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const ncopy = Math.min(npos, argc);
  for (let i = 0; i < ncopy; i++) { const v = S[base + i]; incref(v); S[lp + i] = v; }
  if (hasVarargs) {
    const extra = Math.max(0, npos - argc);
    const t = newTuple(extra);
    for (let i = 0; i < extra; i++) { const v = S[base + argc + i]; incref(v); tupleInit(t, i, v); }
    S[lp + argc + kwonly] = t;
  }
  // keyword arguments
  for (let k = 0; k < nkw; k++) {
    const key = tupleGet(kw, k);
    const value = S[base + npos + k];
    let slot = -1;
    for (let j = ci.posonly; j < argc + kwonly; j++) {
      const pn = ci.lpNamePtrs[j];
      if (pn === key || strEquals(pn, key)) { slot = j; break; }
    }
    if (slot < 0) {
      if (kwdict !== 0) { dictSet(kwdict, key, value); continue; }
      for (let j = 0; j < ci.posonly; j++) {
        if (strEquals(ci.lpNamePtrs[j], key)) {
          typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${strValue(key)}'`);
        }
      }
      typeError(`${name}() got an unexpected keyword argument '${strValue(key)}'`);
    }
    if (S[lp + slot] !== 0) typeError(`${name}() got multiple values for argument '${strValue(key)}'`);
    incref(value);
    S[lp + slot] = value;
  }
  if (npos > argc && !hasVarargs) {
    const defaults = i32[(fn >> 2) + FN_DEFAULTS];
    const ndef = defaults === 0 ? 0 : tupleLen(defaults);
    const takes = ndef > 0 ? `from ${argc - ndef} to ${argc}` : `${argc}`;
    const kwGiven = nkw > 0 ? ` positional argument${npos === 1 ? '' : 's'} (and ${nkw} keyword-only argument${nkw === 1 ? '' : 's'})` : '';
    typeError(`${name}() takes ${takes} positional argument${argc === 1 && ndef === 0 ? '' : 's'} but ${npos}${kwGiven || (npos === 1 ? ' was' : ' were')} given`);
  }
  // defaults for missing positionals
  if (npos < argc) {
    const defaults = i32[(fn >> 2) + FN_DEFAULTS];
    const ndef = defaults === 0 ? 0 : tupleLen(defaults);
    const firstDefault = argc - ndef;
    const missing: string[] = [];
    for (let i = npos; i < argc; i++) {
      if (S[lp + i] !== 0) continue;
      if (i >= firstDefault) { const d = tupleGet(defaults, i - firstDefault); incref(d); S[lp + i] = d; }
      else missing.push(ci.lpNames[i]);
    }
    if (missing.length > 0) {
      typeError(`${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
    }
  }
  if (kwonly > 0) {
    const kwdefaults = i32[(fn >> 2) + FN_KWDEFAULTS];
    const missing: string[] = [];
    for (let i = argc; i < argc + kwonly; i++) {
      if (S[lp + i] !== 0) continue;
      const d = kwdefaults === 0 ? 0 : dictGet(kwdefaults, ci.lpNamePtrs[i]);
      if (d !== 0) { incref(d); S[lp + i] = d; } else missing.push(ci.lpNames[i]);
    }
    if (missing.length > 0) {
      typeError(`${name}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
    }
  }
}

/**
 * Call callable f with the n arguments at S[base..base+n) (borrowed; kw names the last ones).
 * S[base-1] must be writable scratch (it is the callable's own slot in the eval loop) so a bound
 * method can put self in front of the arguments without copying. Returns a new reference.
 */
export function callAt(f: number, base: number, n: number, kw: number): number {
  if ((f & 1) === 0 && f !== 0) {
    const i32 = mem.i32;
    const tid = i32[(f >> 2) + 1] & TID_MASK;
    switch (tid) {
      case Tid.FUNCTION: {
        const fp = Math.max(ts.top, base + n);
        const saveTop = ts.top;
        const ci = pushFrame(f, fp, base, n, kw, ts.S[TH_FRAME], FRAME_ENTRY);
        ts.top = fp + ci.frameSize;
        try {
          return evalFrame(fp);
        } finally {
          ts.top = saveTop;
        }
      }
      case Tid.BUILTIN: {
        const self = i32[(f >> 2) + 3];
        const fn = nativeFn(i32[(f >> 2) + 2]);
        if (self === 0) return fn(base, n, kw);
        return withSelf(self, base, n, (b, m) => fn(b, m, kw));
      }
      case Tid.METHOD: {
        const func = i32[(f >> 2) + 2], self = i32[(f >> 2) + 3];
        return withSelf(self, base, n, (b, m) => callAt(func, b, m, kw));
      }
      case Tid.TYPE:
        if (isHeapType(f)) return createInstance(f, base, n, kw);
        return callType(f, base, n, kw);
      case Tid.INSTANCE: {
        const m = specialMethod(f, '__call__');
        if (m === 0) break;
        return withSelf(f, base, n, (b, k) => callAt(m, b, k, kw));
      }
    }
  }
  return typeError(`'${typeNameOf(f)}' object is not callable`);
}

/** Run `call` with self placed in front of the n arguments at base (copying them to scratch). */
function withSelf(self: number, base: number, n: number, call: (b: number, m: number) => number): number {
  const S = ts.S;
  const b = Math.max(ts.top, base + n);
  if (b + n + 1 >= S.length) raise(exc.RecursionError, 'maximum recursion depth exceeded');
  S[b] = self;
  for (let i = 0; i < n; i++) S[b + 1 + i] = S[base + i];
  const saveTop = ts.top;
  ts.top = b + n + 1;
  try { return call(b, n + 1); } finally { ts.top = saveTop; }
}

/** Call f with borrowed arguments from a JS array (and optional keyword names tuple). */
export function callValue(f: number, args: number[], kw = 0): number {
  const S = ts.S;
  const base = ts.top + 1; // one word of slack below the arguments, as callAt allows
  if (base + args.length >= S.length) raise(exc.RecursionError, 'maximum recursion depth exceeded');
  for (let i = 0; i < args.length; i++) S[base + i] = args[i];
  const saveTop = ts.top;
  ts.top = base + args.length;
  try { return callAt(f, base, args.length, kw); } finally { ts.top = saveTop; }
}
