// str.ts - Python str objects: UTF-16 code units stored inline, with a cached hash.
// Owns: the str block layout, creation from JS strings, decoding back, equality, hashing,
// and the per-thread intern table for identifiers and constants.
// Must never: implement str methods (format/strmethods.ts does, over JS strings).
//
//   word 2     cached hash (valid when the header's HASHED flag is set)
//   word 3     length in UTF-16 code units
//   bytes 16.. the code units
//
// Characters outside the Basic Multilingual Plane are stored as surrogate pairs and the
// header's ASTRAL flag is set; len() and indexing then take a slow path over code points.

import { mem } from '../heap/memory';
import { alloc, CLASS_BYTES, watchedBlock } from '../heap/alloc';
import { options } from '../options';
import { Tid, Flag, TID_MASK, CLASS_SHIFT, CLASS_MASK } from '../heap/layout';
import { makeImmortal } from './singletons';

export function newStr(s: string): number {
  const n = s.length;
  const p = alloc(16 + n * 2, Tid.STR);
  const w = p >> 2;
  mem.i32[w + 3] = n;
  const u16 = mem.u16;
  const base = (p + 16) >> 1;
  let astral = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    u16[base + i] = c;
    if (c >= 0xd800 && c <= 0xdfff) astral = true;
  }
  if (astral) mem.i32[w + 1] |= Flag.ASTRAL;
  return p;
}

/** Length in UTF-16 code units (the stored length). */
export function strUnits(p: number): number { return mem.i32[(p >> 2) + 3]; }

export function strIsAstral(p: number): boolean { return (mem.i32[(p >> 2) + 1] & Flag.ASTRAL) !== 0; }

const CHUNK = 8192;

/** Decode a str object into a JS string. */
export function strValue(p: number): string {
  const hdr = mem.i32[(p >> 2) + 1], n = mem.i32[(p >> 2) + 3];
  // A damaged heap (the lock off) can hand us any block as a str: decoding a garbage length would
  // build strings of gigabytes and never return. Two compares make that an internal error.
  if ((hdr & TID_MASK) !== Tid.STR || n < 0 || 16 + 2 * n > CLASS_BYTES[(hdr >>> CLASS_SHIFT) & CLASS_MASK]) damagedStr(p, hdr, n);
  const base = (p + 16) >> 1;
  const u16 = mem.u16;
  if (n <= 16) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(u16[base + i]);
    return s;
  }
  // a long str read again (text.find(x, i) in a loop): its text is decoded once, not per call
  if (p === watchedBlock.ptr) return watchedText;
  let s = '';
  for (let i = 0; i < n; i += CHUNK) {
    const end = Math.min(n, i + CHUNK);
    s += String.fromCharCode.apply(null, u16.subarray(base + i, base + end) as unknown as number[]);
  }
  // Strs never change once made, so the text stays right until the block is freed (alloc.ts
  // forgets it then). Not without the lock: another thread could free and reuse the block at
  // any moment.
  if (n > LONG_STR && options.gil) { watchedBlock.ptr = p; watchedText = s; }
  return s;
}

/** Strs longer than this (UTF-16 units) have their decoded text kept (one at a time). */
const LONG_STR = 1024;
let watchedText = '';

/**
 * Thrown by strValue when handed another kind of object (a native without its argument check):
 * toPyErr (runtime/errors.ts) makes it the program's TypeError rather than an internal error.
 */
export class NotAStr extends Error {
  constructor(readonly value: number) { super('not a str'); }
}

function damagedStr(p: number, hdr: number, n: number): never {
  // With the lock on the heap is sound, so a small int or a live object of another type here
  // was passed where a str belongs; without the lock it may be damage, which the heap check reports.
  const tid = hdr & TID_MASK;
  if (options.gil && ((p & 1) === 1 || (tid !== Tid.FREE && tid !== Tid.STR && tid < Tid.COUNT && (hdr & Flag.FREED) === 0))) {
    throw new NotAStr(p);
  }
  throw new Error(`the str at 0x${p.toString(16)} is damaged (type id ${hdr & TID_MASK}, length ${n}, block of ${CLASS_BYTES[(hdr >>> CLASS_SHIFT) & CLASS_MASK]} bytes)`);
}

/** Compare two str objects' contents. */
export function strEquals(a: number, b: number): boolean {
  if (a === b) return true;
  const i32 = mem.i32;
  const n = i32[(a >> 2) + 3];
  if (n !== i32[(b >> 2) + 3]) return false;
  const fa = i32[(a >> 2) + 1], fb = i32[(b >> 2) + 1];
  if ((fa & fb & Flag.HASHED) !== 0 && i32[(a >> 2) + 2] !== i32[(b >> 2) + 2]) return false;
  const u16 = mem.u16;
  const ba = (a + 16) >> 1, bb = (b + 16) >> 1;
  for (let i = 0; i < n; i++) if (u16[ba + i] !== u16[bb + i]) return false;
  return true;
}

/** Three-way comparison by code units (code point order for BMP text). */
export function strCompare(a: number, b: number): number {
  const i32 = mem.i32;
  const na = i32[(a >> 2) + 3], nb = i32[(b >> 2) + 3];
  const u16 = mem.u16;
  const ba = (a + 16) >> 1, bb = (b + 16) >> 1;
  const n = na < nb ? na : nb;
  for (let i = 0; i < n; i++) {
    const d = u16[ba + i] - u16[bb + i];
    if (d !== 0) return d;
  }
  return na - nb;
}

/**
 * The str's hash (int32, cached). FNV-1a over the code units: CPython randomises str hashes per
 * process, so no program can depend on their values, only on equal strings hashing equal.
 * -1 is avoided because CPython reserves it.
 */
export function strHash(p: number): number {
  const w = p >> 2;
  const i32 = mem.i32;
  if ((i32[w + 1] & Flag.HASHED) !== 0) return i32[w + 2];
  const n = i32[w + 3];
  const base = (p + 16) >> 1;
  const u16 = mem.u16;
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ u16[base + i], 0x01000193);
  if (h === -1) h = -2;
  i32[w + 2] = h;
  i32[w + 1] |= Flag.HASHED;
  return h;
}

/** The code unit at index i (0 <= i < units). */
export function strUnitAt(p: number, i: number): number { return mem.u16[((p + 16) >> 1) + i]; }

/** Concatenate two str objects into a new one. */
export function strConcat(a: number, b: number): number {
  const i32 = mem.i32;
  const na = i32[(a >> 2) + 3], nb = i32[(b >> 2) + 3];
  const p = alloc(16 + (na + nb) * 2, Tid.STR);
  const u16 = mem.u16;
  const d = (p + 16) >> 1;
  u16.copyWithin(d, (a + 16) >> 1, ((a + 16) >> 1) + na);
  u16.copyWithin(d + na, (b + 16) >> 1, ((b + 16) >> 1) + nb);
  mem.i32[(p >> 2) + 3] = na + nb;
  const fl = (i32[(a >> 2) + 1] | i32[(b >> 2) + 1]) & Flag.ASTRAL;
  mem.i32[(p >> 2) + 1] |= fl;
  return p;
}

// ---------------------------------------------------------------- interning
// Identifiers (attribute, global and keyword names) and str constants are interned: one
// immortal object per distinct text, so that dict lookups by name usually succeed on the
// first pointer comparison. The table is per thread (a JS Map); two threads may intern the
// same text to two objects, which costs a content comparison, never a wrong answer.

const interned = new Map<string, number>();

/** Borrowed reference to the immortal interned str for s. */
export function intern(s: string): number {
  let p = interned.get(s);
  if (p === undefined) {
    p = newStr(s);
    strHash(p);
    makeImmortal(p);
    interned.set(s, p);
  }
  return p;
}

/** The intern table's entries (a worker starts from a copy of its parent's). */
export function internedEntries(): [string, number][] { return Array.from(interned); }
export function adoptInterned(entries: [string, number][]): void { for (const [s, p] of entries) interned.set(s, p); }

/** Forget the intern table (a new heap was made, e.g. between unit tests). */
export function resetInterned(): void { interned.clear(); }
