// generator.ts - generator objects: a suspended frame kept in the heap between resumptions.
// Owns: the generator block layout, moving a frame out of the thread stack when it is created
// or yields, and back in to resume it (CPython 3.11 likewise copies the frame into the
// generator object).
// Must never: let a suspended frame's references be counted twice: while the generator runs,
// its array is empty (count 0) and the thread stack owns the frame.
//
//   word 2   function (owned)
//   word 3   frame array (objects/array.ts; room for the code's whole frame)
//   word 4   state: 0 suspended (or not started), 1 running, 2 finished
//   word 5   words saved in the array (0 while running or finished)
//   word 6   name (str) | word 7 qualname (str)

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { incref, decref, xdecref, registerClear } from '../heap/refcount';
import { ts, FP_CODE, FP_FUNC, FP_PREV, FP_FLAGS, FP_SP, FP_IP, FRAME_ENTRY, FRAME_GENERATOR, TH_FRAME } from './thread';
import { CodeInfo, FRAME_HEADER, codeInfo } from '../objects/code';
import { newArray, freeArray, ARRAY_DATA } from '../objects/array';
import { intern } from '../objects/str';
import { NONE } from '../objects/singletons';
import { exc } from '../objects/exception';
import { isSubtype, typeOf } from '../objects/type';
import { PyErr, raise, typeError } from '../runtime/errors';
import { newExceptionMsg, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS } from '../objects/exception';
import { evalFrame, yieldState } from './eval';
import { formatUnraisable } from '../runtime/traceback';
import { repr } from '../runtime/repr';
import { writeStderr } from '../runtime/output';
import { Op } from '../opcodes';

const G_FUNC = 2, G_FRAME = 3, G_STATE = 4, G_WORDS = 5, G_NAME = 6, G_QUALNAME = 7;

/** Move the frame at fp (its words up to sp) into a new generator object; returns it. */
export function makeGenerator(fp: number, ci: CodeInfo, sp: number): number {
  const g = alloc(32, Tid.GENERATOR);
  const arr = newArray(ci.frameSize);
  const S = ts.S;
  const words = sp - fp;
  const w = g >> 2;
  const i32 = mem.i32;
  const base = (arr >> 2) + ARRAY_DATA;
  for (let i = 0; i < words; i++) i32[base + i] = S[fp + i];
  i32[base + FP_SP] = words; // stored relative to the frame start
  const fn = S[fp + FP_FUNC];
  incref(fn);
  i32[w + G_FUNC] = fn;
  i32[w + G_FRAME] = arr;
  i32[w + G_STATE] = 0;
  i32[w + G_WORDS] = words;
  i32[w + G_NAME] = intern(ci.name);
  i32[w + G_QUALNAME] = intern(ci.qualname);
  return g;
}

/** Resume generator g with `sent` (borrowed); returns the next value, or 0 when it finished. */
/**
 * What the last generatorSend that returned 0 finished with: the generator's return value (a new
 * reference, for StopIteration.value and `yield from`), or 0 when it was finished already.
 */
export const genResult = { returned: 0 };

/**
 * Resume generator g with `sent` (borrowed), or by raising `thrown` (an exception, owned) at the
 * paused yield; returns the next value, or 0 when it finished (see genResult).
 */
export function generatorSend(g: number, sent: number, thrown = 0): number {
  const w = g >> 2;
  const state = mem.i32[w + G_STATE];
  genResult.returned = 0;
  if (state === 2) {
    if (thrown !== 0) throw new PyErr(thrown);
    return 0;
  }
  if (thrown === 0 && sent !== NONE && state === 0 && notStarted(g)) {
    typeError("can't send non-None value to a just-started generator");
  }
  if (state === 1) raise(exc.ValueError, 'generator already executing');
  const S = ts.S;
  const fp = resume(g, S[TH_FRAME], FRAME_ENTRY | FRAME_GENERATOR, sent);
  yieldState.yielded = false;
  genThrow.pending = thrown;
  let r: number;
  try {
    r = evalFrame(fp);
  } catch (e) {
    mem.i32[w + G_STATE] = 2;
    ts.top = fp;
    if (e instanceof PyErr && isSubtype(typeOf(e.exc), exc.StopIteration)) throw new PyErr(stopIterationLeft(e.exc));
    throw e;
  }
  ts.top = fp;
  if (yieldState.yielded) {
    suspend(g, fp, S[fp + FP_SP]);
    return r;
  }
  mem.i32[w + G_STATE] = 2;
  genResult.returned = r;
  return 0;
}

/**
 * Whether suspended generator g has not run yet: its frame was saved by RETURN_GENERATOR (the
 * saved ip is just past it), not by a yield. CPython keeps a state (FRAME_CREATED) for this; the
 * instruction behind the saved ip says the same without a word more, and only send() asks.
 */
function notStarted(g: number): boolean {
  const base = (mem.i32[(g >> 2) + G_FRAME] >> 2) + ARRAY_DATA;
  const ip = mem.i32[base + FP_IP];
  return ip >= 2 && codeInfo(mem.i32[base + FP_CODE]).bytes[ip - 2] === Op.RETURN_GENERATOR;
}

/**
 * FOR_ITER over a suspended generator resumes it as a frame of the running eval loop, as
 * CPython 3.12's FOR_ITER_GEN does, instead of a JS call of evalFrame per value: the frame is
 * copied to the thread stack at ts.top above its caller `prev`, flagged FRAME_GENERATOR without
 * FRAME_ENTRY, so that YIELD_VALUE (suspend) and RETURN_VALUE (finishInline) go back to
 * the caller in the same loop. The caller keeps the generator on top of its stack meanwhile.
 * Returns the new frame pointer, or 0 when the generator is not suspended (running or finished:
 * the caller takes the ordinary path, which reports or ends the loop).
 */
export function resumeInline(g: number, prev: number): number {
  if (mem.i32[(g >> 2) + G_STATE] !== 0) return 0;
  return resume(g, prev, FRAME_GENERATOR, NONE); // None: what next() sends
}

/**
 * Copy suspended generator g's frame onto the thread stack at ts.top, above frame `prev`, with
 * `flags`, and push `sent` (borrowed) as the value of the paused yield; g is running from here
 * on. Returns the frame pointer. For generatorSend and resumeInline alike.
 */
function resume(g: number, prev: number, flags: number, sent: number): number {
  const w = g >> 2;
  // (the heap view in a local: nothing in these copies allocates; re-reading mem.i32 for every
  // word made the copies the larger part of a resumption)
  const i32 = mem.i32;
  const S = ts.S;
  const fp = ts.top;
  const base = (i32[w + G_FRAME] >> 2) + ARRAY_DATA;
  const words = i32[w + G_WORDS];
  const ci = codeInfo(i32[base]);
  if (ts.depth >= ts.recursionLimit || fp + ci.frameSize >= S.length) raise(exc.RecursionError, 'maximum recursion depth exceeded');
  for (let i = 0; i < words; i++) S[fp + i] = i32[base + i];
  S[fp + FP_PREV] = prev;
  S[fp + FP_FLAGS] = flags;
  incref(sent);
  S[fp + words] = sent;
  S[fp + FP_SP] = fp + words + 1;
  i32[w + G_WORDS] = 0;
  i32[w + G_STATE] = 1;
  ts.depth++;
  ts.top = fp + ci.frameSize;
  return fp;
}

/**
 * A generator's frame at fp yielded (resumed by generatorSend, or by FOR_ITER through
 * resumeInline): its words up to sp go back into g, which is suspended again.
 */
export function suspend(g: number, fp: number, sp: number): void {
  const S = ts.S;
  const h = mem.i32;
  const w = g >> 2;
  const n = sp - fp;
  const b = (h[w + G_FRAME] >> 2) + ARRAY_DATA;
  for (let i = 0; i < n; i++) h[b + i] = S[fp + i];
  h[b + FP_SP] = n;
  h[w + G_WORDS] = n;
  h[w + G_STATE] = 0;
  ts.depth--;
  ts.top = fp;
}

/**
 * A StopIteration (owned) that left a generator's frame becomes RuntimeError (PEP 479), raised
 * from it: its __cause__ and __context__, as CPython's _PyErr_FormatFromCause sets them.
 */
export function stopIterationLeft(stop: number): number {
  const e = newExceptionMsg(exc.RuntimeError, 'generator raised StopIteration');
  const w = e >> 2;
  incref(stop);
  mem.i32[w + EXC_CAUSE] = stop;
  mem.i32[w + EXC_CONTEXT] = stop;
  mem.i32[w + EXC_SUPPRESS] = 1;
  return e;
}

/** A frame that resumeInline started has returned or raised: g is finished. */
export function finishInline(g: number): void {
  mem.i32[(g >> 2) + G_STATE] = 2;
}

/** next() on a generator: the value, or 0 when finished (its return value is dropped). */

export function generatorNext(g: number): number {
  const v = generatorSend(g, NONE);
  if (v === 0 && genResult.returned !== 0) { decref(genResult.returned); genResult.returned = 0; }
  return v;
}

/** The exception a resumed generator frame must raise at once (set by generatorSend), or 0. */
export const genThrow = { pending: 0 };

/** Finish a suspended generator without running it further (its frame's references are released). */
export function generatorClose(g: number): void {
  const w = g >> 2;
  if (mem.i32[w + G_STATE] === 1) raise(exc.ValueError, 'generator already executing');
  if (mem.i32[w + G_STATE] === 0 && mem.i32[w + G_WORDS] > 0) {
    // raise GeneratorExit at the yield so that finally blocks run, as CPython's close() does
    const ge = newExceptionMsg(exc.GeneratorExit, null);
    try {
      const v = generatorSend(g, NONE, ge);
      if (v !== 0) { decref(v); raise(exc.RuntimeError, 'generator ignored GeneratorExit'); }
      if (genResult.returned !== 0) { decref(genResult.returned); genResult.returned = 0; }
    } catch (e) {
      if (!(e instanceof PyErr) || !(isSubtype(typeOf(e.exc), exc.GeneratorExit) || isSubtype(typeOf(e.exc), exc.StopIteration))) throw e;
      decref(e.exc);
    }
  }
  mem.i32[w + G_STATE] = 2;
}

/**
 * A suspended generator's last reference is going: if it paused inside a try or with block, run
 * close() first so that its finally and __exit__ code runs, as CPython's _PyGen_Finalize does
 * (a `break` out of a for loop over it, say). Only then: with no handler around the paused yield,
 * GeneratorExit would leave at once and nothing would run. An exception other than GeneratorExit
 * is printed as unraisable. Returns false when the generator came back to life meanwhile.
 */
function finalize(g: number): boolean {
  const w = g >> 2;
  const i32 = mem.i32;
  if (i32[w + G_STATE] !== 0 || i32[w + G_WORDS] === 0) return true;
  const base = (i32[w + G_FRAME] >> 2) + ARRAY_DATA;
  const ip = i32[base + FP_IP];
  if (ip === 0 || !handlerCovers(codeInfo(i32[base]), ip - 2)) return true;
  i32[w] = 1; // alive while it runs (dealloc found it at 0)
  try {
    generatorClose(g);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    writeStderr(formatUnraisable(`Exception ignored in: ${repr(g)}`, e.exc));
    decref(e.exc);
  }
  if (mem.i32[w] !== 1) { mem.i32[w]--; return false; }
  mem.i32[w] = 0;
  return true;
}

/** Does a row of the code's exception table cover byte offset `at`? */
function handlerCovers(ci: CodeInfo, at: number): boolean {
  const t = ci.exc;
  for (let i = 0; i < t.length; i += 5) if (at >= t[i] && at < t[i + 1]) return true;
  return false;
}

registerClear(Tid.GENERATOR, (g) => {
  if (!finalize(g)) return false;
  const w = g >> 2;
  const arr = mem.i32[w + G_FRAME];
  const words = mem.i32[w + G_WORDS];
  const base = (arr >> 2) + ARRAY_DATA;
  if (words > 0) {
    xdecref(mem.i32[base + FP_FUNC]);
    for (let i = FRAME_HEADER; i < words; i++) xdecref(mem.i32[base + i]);
  }
  freeArray(arr);
  decref(mem.i32[w + G_FUNC]);
  return true;
});
