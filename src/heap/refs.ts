// refs.ts - the references each kind of object holds, one function per type id, for the heap
// checker (checker.ts). This is the mirror of the `clear` functions the object files register
// with refcount.ts: a word listed here as owned is one that `clear` drops.
// Owns: which words of each block layout are owned references, borrowed pointers, raw arrays,
// and each container's structural invariants (a list's length within its capacity...).
// Must never: follow a pointer itself, write the heap, or throw: it reads only words inside the
// block it was given (and inside arrays the visitor has validated) and reports what it sees.
//
// Kept in step with: objects/*.ts (layouts in their headers) and vm/generator.ts. A type this
// file does not know is reported once by the checker as information, and treated as holding
// nothing.

import { Tid } from './layout';
import { FN_CODE, FN_DICT } from '../objects/func';
import { EXC_CLASS, EXC_ARGS, EXC_DICT, EXC_SUPPRESS } from '../objects/exception';
import { CO_CODE, CO_QUALNAME, CO_LINES, CO_EXCTABLE, FRAME_HEADER } from '../objects/code';
import { ARRAY_DATA } from '../objects/array';
import { DUMMY } from '../objects/set';

/** What a refs function reports to; implemented by the checker. */
export interface RefVisitor {
  /** An owned reference in heap word index w. NULL is allowed only when `nullable`. */
  ref(w: number, nullable: boolean): void;
  /** A borrowed pointer in word w (not counted, but it must not point to a freed block). */
  borrowed(w: number): void;
  /**
   * The raw array (objects/array.ts) at byte address a, owned by this object: the number of data
   * words the array's block holds, or -1 when a is not a live array block (already reported).
   */
  array(a: number): number;
  /** A broken structural invariant of this object. */
  broken(what: string): void;
}

/** refs(p, words, i32, v): p the object's byte address, words its block's size in words. */
export type RefsFn = (p: number, words: number, i32: Int32Array, v: RefVisitor) => void;

/** Owned references in words first..last of the block (nullable). */
function fields(first: number, last: number, nullable: boolean): RefsFn {
  return (p, words, i32, v) => {
    const w = p >> 2;
    for (let f = first; f <= last && f < words; f++) v.ref(w + f, nullable);
  };
}

function leaf(): void { /* holds no references */ }

// ---------------------------------------------------------------- sized leaves

/** int: word 2 signed limb count, limbs after it. */
function refsInt(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const n = i32[(p >> 2) + 2];
  const len = n < 0 ? -n : n;
  if (len === 0 || 3 + len > words) v.broken(`int with ${n} limbs in a ${words * 4}-byte block`);
}

/** str: word 3 length in UTF-16 units from byte 16. */
function refsStr(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const n = i32[(p >> 2) + 3];
  if (n < 0 || 16 + n * 2 > words * 4) v.broken(`str of ${n} units in a ${words * 4}-byte block`);
}

/** bytes: word 2 length, data from byte 12. */
function refsBytes(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const n = i32[(p >> 2) + 2];
  if (n < 0 || 12 + n > words * 4) v.broken(`bytes of length ${n} in a ${words * 4}-byte block`);
}

/** bytearray (objects/bytes.ts): 2 length | 3 capacity in bytes | 4 data array (0 until the first byte). */
function refsByteArray(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const w = p >> 2;
  const len = i32[w + 2], cap = i32[w + 3], a = i32[w + 4];
  if (len < 0 || len > cap) v.broken(`bytearray length ${len} exceeds its capacity ${cap}`);
  if (a === 0) {
    if (len !== 0) v.broken(`bytearray of length ${len} has no data array`);
    return;
  }
  const have = v.array(a);
  if (have >= 0 && cap > have * 4) v.broken(`bytearray capacity ${cap} exceeds its data array (${have * 4} bytes)`);
}

// ---------------------------------------------------------------- containers

/** tuple: word 2 length, items from word 3 (never NULL once handed out). */
function refsTuple(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const w = p >> 2;
  let n = i32[w + 2];
  if (n < 0 || 3 + n > words) {
    v.broken(`tuple length ${n} does not fit its ${words * 4}-byte block`);
    n = n < 0 ? 0 : words - 3;
  }
  for (let i = 0; i < n; i++) v.ref(w + 3 + i, false);
}

/** list: word 2 length, 3 capacity, 4 items array (0 when the capacity is 0). */
function refsList(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const w = p >> 2;
  const len = i32[w + 2], cap = i32[w + 3], a = i32[w + 4];
  if (len < 0 || cap < 0 || len > cap) v.broken(`list length ${len} exceeds its capacity ${cap}`);
  if (a === 0) {
    if (cap !== 0 || len !== 0) v.broken(`list of length ${len}, capacity ${cap} has no items array`);
    return;
  }
  const have = v.array(a);
  if (have < 0) return;
  if (cap > have) v.broken(`list capacity ${cap} exceeds its items array (${have} words)`);
  const n = Math.min(Math.max(len, 0), have);
  const base = (a >> 2) + ARRAY_DATA;
  for (let i = 0; i < n; i++) v.ref(base + i, false);
}

/**
 * dict: 2 used | 3 entries appended | 4 entry capacity | 5 entries array (hash, key, value)
 * | 6 index array | 7 mask | 8 version. A deleted entry has key and value 0. Every index slot is
 * 0 (empty), -1 (deleted) or entry+1, and exactly `used` slots name live entries.
 */
function refsDict(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const w = p >> 2;
  const used = i32[w + 2], n = i32[w + 3], ecap = i32[w + 4], ent = i32[w + 5], idx = i32[w + 6], mask = i32[w + 7];
  if (n < 0 || n > ecap) v.broken(`dict has ${n} entries but room for ${ecap}`);
  const entWords = v.array(ent);
  let live = 0;
  if (entWords >= 0) {
    if (ecap * 3 > entWords) v.broken(`dict entry capacity ${ecap} exceeds its entries array`);
    const count = Math.min(Math.max(n, 0), Math.floor(entWords / 3));
    const base = (ent >> 2) + ARRAY_DATA;
    for (let i = 0; i < count; i++) {
      const e = base + i * 3;
      if (i32[e + 1] === 0) {
        if (i32[e + 2] !== 0) v.broken(`dict entry ${i} has a value but no key`);
        continue;
      }
      live++;
      v.ref(e + 1, false);
      v.ref(e + 2, false);
    }
    if (live !== used) v.broken(`dict used count ${used} disagrees with its ${live} live entries`);
  }
  const slots = mask + 1;
  if (slots <= 0 || (slots & mask) !== 0) { v.broken(`dict mask ${mask} is not a power of two minus one`); return; }
  const idxWords = v.array(idx);
  if (idxWords < 0) return;
  if (slots > idxWords) { v.broken(`dict index of ${slots} slots exceeds its index array`); return; }
  if (n >= slots) v.broken(`dict has ${n} entries for ${slots} index slots`);
  let named = 0;
  const ib = (idx >> 2) + ARRAY_DATA;
  for (let i = 0; i < slots; i++) {
    const ix = i32[ib + i];
    if (ix > 0) {
      named++;
      if (ix > n) v.broken(`dict index slot ${i} names entry ${ix - 1} of ${n}`);
    } else if (ix < -1) v.broken(`dict index slot ${i} holds ${ix}`);
  }
  if (entWords >= 0 && named !== live) v.broken(`dict index names ${named} entries, ${live} are live`);
}

/** set / frozenset: 2 used | 3 fill | 4 mask | 5 table array of (hash, key); key 0 empty, DUMMY deleted. */
function refsSet(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const w = p >> 2;
  const used = i32[w + 2], fill = i32[w + 3], mask = i32[w + 4], t = i32[w + 5];
  const slots = mask + 1;
  if (slots <= 0 || (slots & mask) !== 0) { v.broken(`set mask ${mask} is not a power of two minus one`); return; }
  const have = v.array(t);
  if (have < 0) return;
  if (slots * 2 > have) { v.broken(`set table of ${slots} slots exceeds its array`); return; }
  const base = (t >> 2) + ARRAY_DATA;
  let live = 0, dummies = 0;
  for (let i = 0; i < slots; i++) {
    const k = i32[base + i * 2 + 1];
    if (k === 0) continue;
    if (k === DUMMY) { dummies++; continue; }
    live++;
    v.ref(base + i * 2 + 1, false);
  }
  if (live !== used) v.broken(`set used count ${used} disagrees with its ${live} keys`);
  if (live + dummies !== fill) v.broken(`set fill ${fill} disagrees with ${live} keys and ${dummies} dummies`);
}

// ---------------------------------------------------------------- code, types, generators

/** code (immortal): tables and names are owned; the rest are plain numbers. */
function refsCode(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const w = p >> 2;
  for (let f = CO_CODE; f <= CO_QUALNAME; f++) v.ref(w + f, false);
  v.ref(w + CO_LINES, false);
  v.ref(w + CO_EXCTABLE, false);
}

/** type (immortal): 2 name | 3 base (borrowed) | 4 mro | 5 dict | 8 bases. */
function refsType(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const w = p >> 2;
  v.ref(w + 2, false);
  v.borrowed(w + 3);
  v.ref(w + 4, false);
  v.ref(w + 5, false);
  v.ref(w + 8, false);
}

/** builtin: 2 native index (a number) | 3 self (0 when unbound). */
function refsBuiltin(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  v.ref((p >> 2) + 3, true);
}

/** exception: 2 class .. 6 context, 8 __dict__; word 7 is a flag. */
function refsException(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const w = p >> 2;
  for (let f = EXC_CLASS; f <= EXC_DICT; f++) if (f !== EXC_SUPPRESS) v.ref(w + f, f !== EXC_CLASS && f !== EXC_ARGS);
}

// vm/generator.ts's layout (its constants are private there):
//   2 function | 3 frame array | 4 state (0 suspended, 1 running, 2 finished) | 5 words saved
//   6 name | 7 qualname (interned, not counted)
// A suspended frame's saved words are a thread-stack frame: 0 code | 1 function (owned) |
// 2 globals (borrowed) | 3 locals | 4..7 positions and flags | 8.. localsplus and stack (owned).
const G_FUNC = 2, G_FRAME = 3, G_STATE = 4, G_WORDS = 5, G_NAME = 6, G_QUALNAME = 7;

function refsGenerator(p: number, words: number, i32: Int32Array, v: RefVisitor): void {
  const w = p >> 2;
  v.ref(w + G_FUNC, false);
  v.borrowed(w + G_NAME);
  v.borrowed(w + G_QUALNAME);
  const state = i32[w + G_STATE], saved = i32[w + G_WORDS];
  if (state < 0 || state > 2) v.broken(`generator state ${state}`);
  if (saved !== 0 && state !== 0) v.broken(`generator in state ${state} keeps ${saved} frame words`);
  const a = i32[w + G_FRAME];
  const have = v.array(a);
  if (have < 0) return;
  if (saved < 0 || saved > have) { v.broken(`generator keeps ${saved} frame words in a ${have}-word array`); return; }
  if (saved === 0) return;
  if (saved < FRAME_HEADER) { v.broken(`generator keeps a ${saved}-word frame`); return; }
  const base = (a >> 2) + ARRAY_DATA;
  v.borrowed(base);
  v.ref(base + 1, true);
  v.borrowed(base + 2);
  for (let i = FRAME_HEADER; i < saved; i++) v.ref(base + i, true);
}

// ---------------------------------------------------------------- the table

// Built on first use, not at load: the object files' constants may not be initialised yet
// while modules load in a cycle.
let table: (RefsFn | undefined)[] | null = null;

/** The refs function for a type id, or undefined for a type id this file does not know. */
export function refsOf(tid: number): RefsFn | undefined {
  if (table === null) table = buildTable();
  return table[tid];
}

function buildTable(): (RefsFn | undefined)[] {
  const REFS: (RefsFn | undefined)[] = [];

  for (const t of [Tid.NONE, Tid.BOOL, Tid.FLOAT, Tid.NOTIMPL, Tid.ELLIPSIS, Tid.RANGE_ITER, Tid.LOCK]) REFS[t] = leaf;
  REFS[Tid.INT] = refsInt;
  REFS[Tid.STR] = refsStr;
  REFS[Tid.BYTES] = refsBytes;
  REFS[Tid.TUPLE] = refsTuple;
  REFS[Tid.LIST] = refsList;
  REFS[Tid.DICT] = refsDict;
  REFS[Tid.SET] = refsSet;
  REFS[Tid.FROZENSET] = refsSet;
  REFS[Tid.CODE] = refsCode;
  REFS[Tid.TYPE] = refsType;
  REFS[Tid.BUILTIN] = refsBuiltin;
  REFS[Tid.EXCEPTION] = refsException;
  REFS[Tid.GENERATOR] = refsGenerator;
  REFS[Tid.FUNCTION] = fields(FN_CODE, FN_DICT, true);
  /** method 2 function | 3 self; module 2 name | 3 dict */
  REFS[Tid.METHOD] = fields(2, 3, false);
  REFS[Tid.MODULE] = fields(2, 3, false);
  /** instance: 2 class | 3 __dict__ | 4 the list or dict of a subclass of one (24-byte blocks only) */
  REFS[Tid.INSTANCE] = (p, words, i32, v) => {
    const w = p >> 2;
    v.ref(w + 2, false);
    v.ref(w + 3, false);
    if (words > 4) v.ref(w + 4, false);
  };
  /** cell: 2 value (0 when empty) */
  REFS[Tid.CELL] = fields(2, 2, true);
  /** range and slice: 2 start | 3 stop | 4 step */
  REFS[Tid.RANGE] = fields(2, 4, false);
  REFS[Tid.SLICE] = fields(2, 4, false);
  /** property: fget, fset, fdel, doc; staticmethod / classmethod: the callable; super: class, object */
  REFS[Tid.PROPERTY] = fields(2, 5, true);
  REFS[Tid.STATICMETHOD] = fields(2, 2, true);
  REFS[Tid.CLASSMETHOD] = fields(2, 2, true);
  REFS[Tid.SUPER] = fields(2, 3, true);
  /** iterators over one object (0 once exhausted): 2 the object | 3.. plain numbers */
  for (const t of [Tid.LIST_ITER, Tid.TUPLE_ITER, Tid.STR_ITER, Tid.REVERSED, Tid.CALL_ITER, Tid.DICT_ITER,
    Tid.SET_ITER, Tid.DICT_VIEW, Tid.ZIP]) REFS[t] = fields(2, 2, true);
  /** enumerate 2 iterator | 3 next count; map 2 function | 3 iterators; filter 2 function | 3 iterator */
  for (const t of [Tid.ENUMERATE, Tid.MAP, Tid.FILTER]) REFS[t] = fields(2, 3, true);
  REFS[Tid.BYTEARRAY] = refsByteArray;
  /** bytes iterator 2 the bytes (0 once exhausted); iter(callable, sentinel) 2 callable | 3 sentinel */
  REFS[Tid.BYTES_ITER] = fields(2, 2, true);
  REFS[Tid.CALLABLE_ITER] = fields(2, 3, true);
  /** file (objects/file.ts): 2 descriptor | 3 flags | 4 name | 5 mode | 6 encoding (0 for binary) | 7 position */
  REFS[Tid.FILE] = fields(4, 6, true);
  return REFS;
}
