// dict.ts - Python dicts: CPython's compact, insertion-ordered layout in the shared heap.
// Owns: the dict block layout, lookup, insert, delete, resize and ordered iteration by position.
// Must never: call Python code while a table is half-updated: keys are hashed and compared
// (which may raise) before any word of the table changes.
//
//   word 2   used: live entries
//   word 3   nentries: entries ever appended since the last resize (deleted ones included)
//   word 4   ecap: entries the entries array can hold
//   word 5   entries array: (hash, key, value) triples in insertion order; deleted: key 0
//   word 6   index array: mask+1 slots, each 0 (empty), -1 (dummy: deleted), or entry+1
//   word 7   mask
//   word 8   version, bumped on every insert or delete (iterators detect size changes)
//
// Probing follows CPython: i = hash & mask, then i = (5*i + perturb + 1) & mask with perturb
// shifted right 5 bits each step, so every slot is eventually visited.

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { decref, incref, registerClear } from '../heap/refcount';
import { newArray, freeArray, ARRAY_DATA } from './array';
import { hashOf, keysEqual } from '../runtime/hash';

const MIN_SIZE = 8;

export function newDict(): number {
  const p = alloc(40, Tid.DICT);
  initTables(p, MIN_SIZE);
  return p;
}

function initTables(d: number, size: number): void {
  const ecap = (size * 2 / 3) | 0;
  const w = d >> 2;
  const entries = newArray(ecap * 3);
  const index = newArray(size);
  const i32 = mem.i32;
  i32[w + 3] = 0;
  i32[w + 4] = ecap;
  i32[w + 5] = entries;
  i32[w + 6] = index;
  i32[w + 7] = size - 1;
}

export function dictLen(d: number): number { return mem.i32[(d >> 2) + 2]; }

/**
 * A sound table always has an empty slot, and the probe sequence visits every slot once the
 * perturbation has shifted out (at most 7 steps for 32-bit hashes): so a probe longer than the
 * table plus that slack means the table itself is damaged (threads racing without the lock).
 * Stop with a JS error, which the interpreter reports with a heap check, instead of looping.
 */
const PROBE_SLACK = 40;
function corruptTable(d: number): never {
  throw new Error(`dict at 0x${d.toString(16)}: its hash table has no end (the heap is corrupt)`);
}

/** Find the entry index of key (whose hash is h), or -1. May raise (through keysEqual). */
export function dictLookup(d: number, key: number, h: number): number {
  const w = d >> 2;
  let i32 = mem.i32;
  const mask = i32[w + 7];
  let idx = (i32[w + 6] >> 2) + ARRAY_DATA;
  let ent = (i32[w + 5] >> 2) + ARRAY_DATA;
  let i = h & mask;
  let perturb = h >>> 0;
  let probes = 0;
  for (;;) {
    const ix = i32[idx + i];
    if (ix === 0) return -1;
    if (++probes > mask + PROBE_SLACK) corruptTable(d);
    if (ix > 0) {
      const e = ent + (ix - 1) * 3;
      const k = i32[e + 1];
      if (k === key) return ix - 1;
      if (i32[e] === h && k !== 0) {
        const version = i32[w + 8];
        if (keysEqual(k, key)) return ix - 1;
        // keysEqual may have run Python code that changed the dict: start again
        i32 = mem.i32;
        if (i32[w + 8] !== version) return dictLookup(d, key, h);
        idx = (i32[w + 6] >> 2) + ARRAY_DATA;
        ent = (i32[w + 5] >> 2) + ARRAY_DATA;
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** Borrowed value for key, or 0 (NULL) when absent. */
export function dictGet(d: number, key: number): number {
  const ix = dictLookup(d, key, hashOf(key));
  if (ix < 0) return 0;
  return mem.i32[(mem.i32[(d >> 2) + 5] >> 2) + ARRAY_DATA + ix * 3 + 2];
}

/** Borrowed value for key with a known hash, or 0. */
export function dictGetHashed(d: number, key: number, h: number): number {
  const ix = dictLookup(d, key, h);
  if (ix < 0) return 0;
  return mem.i32[(mem.i32[(d >> 2) + 5] >> 2) + ARRAY_DATA + ix * 3 + 2];
}

/** d[key] = value. Borrows key and value (increfs what it stores). */
export function dictSet(d: number, key: number, value: number): void {
  dictSetHashed(d, key, hashOf(key), value);
}

export function dictSetHashed(d: number, key: number, h: number, value: number): void {
  const ix = dictLookup(d, key, h);
  const w = d >> 2;
  incref(value);
  if (ix >= 0) {
    const slot = (mem.i32[w + 5] >> 2) + ARRAY_DATA + ix * 3 + 2;
    const old = mem.i32[slot];
    mem.i32[slot] = value;
    decref(old);
    return;
  }
  incref(key);
  if (mem.i32[w + 3] >= mem.i32[w + 4]) resize(d, mem.i32[w + 2] * 3);
  insertNew(d, key, h, value);
  mem.i32[w + 2]++;
  mem.i32[w + 8]++;
}

/** Append an entry for a key known to be absent; the tables have room. */
function insertNew(d: number, key: number, h: number, value: number): void {
  const w = d >> 2;
  const i32 = mem.i32;
  const n = i32[w + 3];
  const e = (i32[w + 5] >> 2) + ARRAY_DATA + n * 3;
  i32[e] = h; i32[e + 1] = key; i32[e + 2] = value;
  i32[w + 3] = n + 1;
  const mask = i32[w + 7];
  const idx = (i32[w + 6] >> 2) + ARRAY_DATA;
  let i = h & mask;
  let perturb = h >>> 0;
  let probes = 0;
  while (i32[idx + i] > 0) {
    if (++probes > mask + PROBE_SLACK) corruptTable(d);
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  i32[idx + i] = n + 1;
}

/** Rebuild with an index of at least `minUsed * 3 / 2` slots, dropping deleted entries. */
function resize(d: number, minUsed: number): void {
  let size = MIN_SIZE;
  while (size * 2 / 3 <= minUsed) size <<= 1;
  const w = d >> 2;
  const oldEnt = mem.i32[w + 5], oldIdx = mem.i32[w + 6], oldN = mem.i32[w + 3];
  initTables(d, size);
  const src = (oldEnt >> 2) + ARRAY_DATA;
  for (let i = 0; i < oldN; i++) {
    const e = src + i * 3;
    const k = mem.i32[e + 1];
    if (k !== 0) insertNew(d, k, mem.i32[e], mem.i32[e + 2]);
  }
  freeArray(oldEnt);
  freeArray(oldIdx);
}

/** Remove key; returns the removed value (a new reference, moved from the dict) or 0 if absent. */
export function dictPop(d: number, key: number): number {
  const h = hashOf(key);
  const ix = dictLookup(d, key, h);
  if (ix < 0) return 0;
  return removeAt(d, ix, h);
}

function removeAt(d: number, ix: number, h: number): number {
  const w = d >> 2;
  const i32 = mem.i32;
  const mask = i32[w + 7];
  const idx = (i32[w + 6] >> 2) + ARRAY_DATA;
  let i = h & mask;
  let perturb = h >>> 0;
  let probes = 0;
  while (i32[idx + i] !== ix + 1) {
    if (++probes > mask + PROBE_SLACK) corruptTable(d);
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  i32[idx + i] = -1;
  const e = (i32[w + 5] >> 2) + ARRAY_DATA + ix * 3;
  const k = i32[e + 1], v = i32[e + 2];
  i32[e + 1] = 0; i32[e + 2] = 0;
  i32[w + 2]--;
  i32[w + 8]++;
  decref(k);
  return v;
}

/** Entries appended so far (iterate 0 <= i < dictEntryCount and skip empty keys). */
export function dictEntryCount(d: number): number { return mem.i32[(d >> 2) + 3]; }
/** Key of entry i, or 0 for a deleted entry (borrowed). */
export function dictKeyAt(d: number, i: number): number { return mem.i32[(mem.i32[(d >> 2) + 5] >> 2) + ARRAY_DATA + i * 3 + 1]; }
export function dictValueAt(d: number, i: number): number { return mem.i32[(mem.i32[(d >> 2) + 5] >> 2) + ARRAY_DATA + i * 3 + 2]; }
export function dictVersion(d: number): number { return mem.i32[(d >> 2) + 8]; }
/** Word index of entry i's value (valid until the dict's next insert or delete). */
export function dictValueSlot(d: number, i: number): number { return (mem.i32[(d >> 2) + 5] >> 2) + ARRAY_DATA + i * 3 + 2; }

/** Remove and return the last entry as [key, value] (new references), or null when empty. */
export function dictPopLast(d: number): [number, number] | null {
  const n = dictEntryCount(d);
  for (let i = n - 1; i >= 0; i--) {
    const k = dictKeyAt(d, i);
    if (k !== 0) {
      incref(k);
      const v = removeAt(d, i, mem.i32[(mem.i32[(d >> 2) + 5] >> 2) + ARRAY_DATA + i * 3]);
      return [k, v];
    }
  }
  return null;
}

export function dictClear(d: number): void {
  const w = d >> 2;
  const oldEnt = mem.i32[w + 5], oldIdx = mem.i32[w + 6], oldN = mem.i32[w + 3];
  const refs: number[] = [];
  const src = (oldEnt >> 2) + ARRAY_DATA;
  for (let i = 0; i < oldN; i++) {
    const k = mem.i32[src + i * 3 + 1];
    if (k !== 0) refs.push(k, mem.i32[src + i * 3 + 2]);
  }
  initTables(d, MIN_SIZE);
  mem.i32[w + 2] = 0;
  mem.i32[w + 8]++;
  freeArray(oldEnt);
  freeArray(oldIdx);
  for (const r of refs) decref(r);
}

/** Live (key, value) pairs as borrowed references, in order. */
export function dictItems(d: number): [number, number][] {
  const out: [number, number][] = [];
  const n = dictEntryCount(d);
  for (let i = 0; i < n; i++) {
    const k = dictKeyAt(d, i);
    if (k !== 0) out.push([k, dictValueAt(d, i)]);
  }
  return out;
}

registerClear(Tid.DICT, (d) => {
  const w = d >> 2;
  const ent = mem.i32[w + 5], n = mem.i32[w + 3];
  const src = (ent >> 2) + ARRAY_DATA;
  for (let i = 0; i < n; i++) {
    const k = mem.i32[src + i * 3 + 1];
    if (k !== 0) { decref(k); decref(mem.i32[src + i * 3 + 2]); }
  }
  freeArray(ent);
  freeArray(mem.i32[w + 6]);
});
