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
import { ts, FP_FUNC, FP_PREV, FP_FLAGS, FP_SP, FRAME_ENTRY, TH_FRAME } from './thread';
import { CodeInfo, FRAME_HEADER, codeInfo } from '../objects/code';
import { newArray, freeArray, ARRAY_DATA } from '../objects/array';
import { intern } from '../objects/str';
import { NONE } from '../objects/singletons';
import { exc } from '../objects/exception';
import { isSubtype, typeOf } from '../objects/type';
import { PyErr, raise } from '../runtime/errors';
import { evalFrame, yieldState } from './eval';

export const FRAME_GENERATOR = 2;
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
export function generatorSend(g: number, sent: number): number {
  const w = g >> 2;
  const state = mem.i32[w + G_STATE];
  if (state === 2) return 0;
  if (state === 1) raise(exc.ValueError, 'generator already executing');
  const S = ts.S;
  const fp = ts.top;
  const arr = mem.i32[w + G_FRAME];
  const base = (arr >> 2) + ARRAY_DATA;
  const words = mem.i32[w + G_WORDS];
  const ci = codeInfo(mem.i32[base]);
  if (ts.depth >= ts.recursionLimit || fp + ci.frameSize >= S.length) raise(exc.RecursionError, 'maximum recursion depth exceeded');
  for (let i = 0; i < words; i++) S[fp + i] = mem.i32[base + i];
  S[fp + FP_PREV] = ts.S[TH_FRAME];
  S[fp + FP_FLAGS] = FRAME_ENTRY | FRAME_GENERATOR;
  incref(sent);
  S[fp + words] = sent;
  S[fp + FP_SP] = fp + words + 1;
  mem.i32[w + G_WORDS] = 0;
  mem.i32[w + G_STATE] = 1;
  ts.depth++;
  ts.top = fp + ci.frameSize;
  yieldState.yielded = false;
  let r: number;
  try {
    r = evalFrame(fp);
  } catch (e) {
    mem.i32[w + G_STATE] = 2;
    ts.top = fp;
    if (e instanceof PyErr && isSubtype(typeOf(e.exc), exc.StopIteration)) {
      decref(e.exc);
      raise(exc.RuntimeError, 'generator raised StopIteration');
    }
    throw e;
  }
  ts.top = fp;
  if (yieldState.yielded) {
    const sp = S[fp + FP_SP];
    const n = sp - fp;
    const b = (mem.i32[w + G_FRAME] >> 2) + ARRAY_DATA;
    for (let i = 0; i < n; i++) mem.i32[b + i] = S[fp + i];
    mem.i32[b + FP_SP] = n;
    mem.i32[w + G_WORDS] = n;
    mem.i32[w + G_STATE] = 0;
    ts.depth--;
    return r;
  }
  mem.i32[w + G_STATE] = 2;
  decref(r);
  return 0;
}

export function generatorNext(g: number): number { return generatorSend(g, NONE); }

registerClear(Tid.GENERATOR, (g) => {
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
});
