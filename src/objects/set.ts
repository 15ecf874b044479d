// set.ts - Python set and frozenset: CPython's open-addressing table, so that iteration order
// (the order of the table) matches CPython's for the same keys, e.g. small ints come out sorted.
// Owns: the set block layout, add/discard/contains, resize and iteration by slot.
// Must never: iterate in insertion order (that is dict's layout, not set's).
//
//   word 2   used: live keys
//   word 3   fill: live keys plus dummies
//   word 4   mask: table slots - 1 (a power of two minus one)
//   word 5   table array: (hash, key) pairs; key 0 = empty, DUMMY = deleted
//   word 6   finger: where pop() looks next
//
// Probing follows CPython's set: up to LINEAR_PROBES neighbouring slots, then a perturbed jump;
// growth when fill*5 >= mask*3, to used*4 (used*2 above 50,000), as set_add_entry does.

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { decref, incref, registerClear } from '../heap/refcount';
import { newArray, freeArray, ARRAY_DATA } from './array';
import { hashOf, keysEqual } from '../runtime/hash';

export const DUMMY = -8;
const MIN_SIZE = 8;
const LINEAR_PROBES = 9;

export function newSet(frozen = false): number {
  const p = alloc(28, frozen ? Tid.FROZENSET : Tid.SET);
  const w = p >> 2;
  mem.i32[w + 4] = MIN_SIZE - 1;
  mem.i32[w + 5] = newArray(MIN_SIZE * 2);
  return p;
}

export function setLen(s: number): number { return mem.i32[(s >> 2) + 2]; }
export function setMask(s: number): number { return mem.i32[(s >> 2) + 4]; }
/** Borrowed key in slot i, or 0 / DUMMY. */
export function setSlotKey(s: number, i: number): number { return mem.i32[(mem.i32[(s >> 2) + 5] >> 2) + ARRAY_DATA + i * 2 + 1]; }

/**
 * A sound table always has an empty slot and the probe sequence reaches every slot once the
 * 64-bit perturbation has shifted out (13 steps): a longer probe means the table is damaged
 * (threads racing without the lock). Stop with a JS error, reported with a heap check.
 */
const PROBE_SLACK = 80;
function corruptTable(s: number): never {
  throw new Error(`set at 0x${s.toString(16)}: its hash table has no end (the heap is corrupt)`);
}

/** Slot index holding key, or -1. */
function find(s: number, key: number, h: number): number {
  const w = s >> 2;
  const mask = mem.i32[w + 4];
  let perturb = h >>> 0, perturbHi = h < 0 ? 0xffffffff : 0;
  let i = h & mask;
  let rounds = 0;
  for (;;) {
    if (++rounds > mask + PROBE_SLACK) corruptTable(s);
    const t = (mem.i32[w + 5] >> 2) + ARRAY_DATA;
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      const k = mem.i32[t + (i + j) * 2 + 1];
      if (k === 0) return -1;
      if (k === key) return i + j;
      if (k !== DUMMY && mem.i32[t + (i + j) * 2] === h && keysEqual(k, key)) return i + j;
    }
    // CPython's perturb is the hash as a 64-bit unsigned number: a negative hash brings ones
    // down from the high word, so the probe order matches CPython's for negative ints too
    perturb = ((perturb >>> 5) | (perturbHi << 27)) >>> 0;
    perturbHi >>>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

export function setContains(s: number, key: number): boolean {
  return find(s, key, hashOf(key)) >= 0;
}

/**
 * Add key (borrowed; increfed if stored), as CPython's set_add_entry: the probe remembers the
 * first deleted slot it passes and reuses it when the key is absent (so a table with deletions
 * keeps CPython's order); only a key stored in a never-used slot counts towards the resize.
 */
export function setAdd(s: number, key: number): void {
  setAddHashed(s, key, hashOf(key));
}

function setAddHashed(s: number, key: number, h: number): void {
  const w = s >> 2;
  const mask = mem.i32[w + 4];
  let perturb = h >>> 0, perturbHi = h < 0 ? 0xffffffff : 0;
  let i = h & mask;
  let freeslot = -1;
  let rounds = 0;
  for (;;) {
    if (++rounds > mask + PROBE_SLACK) corruptTable(s);
    const t = (mem.i32[w + 5] >> 2) + ARRAY_DATA;
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      const slot = t + (i + j) * 2;
      const k = mem.i32[slot + 1];
      if (k === 0) {
        incref(key);
        if (freeslot >= 0) {
          mem.i32[freeslot] = h; mem.i32[freeslot + 1] = key;
          mem.i32[w + 2]++;
          return;
        }
        mem.i32[slot] = h; mem.i32[slot + 1] = key;
        mem.i32[w + 2]++;
        mem.i32[w + 3]++;
        const used = mem.i32[w + 2];
        if (mem.i32[w + 3] * 5 >= mask * 3) resize(s, used > 50000 ? used * 2 : used * 4);
        return;
      }
      if (k === key) return;
      if (k === DUMMY) { if (freeslot < 0) freeslot = slot; continue; }
      if (mem.i32[slot] === h && keysEqual(k, key)) return;
    }
    // CPython's perturb is the hash as a 64-bit unsigned number: a negative hash brings ones
    // down from the high word, so the probe order matches CPython's for negative ints too
    perturb = ((perturb >>> 5) | (perturbHi << 27)) >>> 0;
    perturbHi >>>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/** Make room for n more keys at once (CPython presizes before merging a set or a dict). */
export function setPresize(s: number, n: number): void {
  const w = s >> 2;
  if ((mem.i32[w + 3] + n) * 5 >= mem.i32[w + 4] * 3) resize(s, (mem.i32[w + 2] + n) * 2);
}

/**
 * Add every key of set `src` to set `dst`, as CPython's set_merge: one resize up front; into an
 * empty table of the same size without deletions the slots are copied as they are; into any
 * empty table keys go straight to their first free slot; otherwise they are added one by one.
 */
export function setMerge(dst: number, src: number): void {
  const dw = dst >> 2, sw = src >> 2;
  if (dst === src || mem.i32[sw + 2] === 0) return;
  setPresize(dst, mem.i32[sw + 2]);
  const srcMask = mem.i32[sw + 4];
  const keys: number[] = [], hashes: number[] = [];
  const st = (mem.i32[sw + 5] >> 2) + ARRAY_DATA;
  for (let i = 0; i <= srcMask; i++) {
    const k = mem.i32[st + i * 2 + 1];
    if (k !== 0 && k !== DUMMY) { keys.push(k); hashes.push(mem.i32[st + i * 2]); }
  }
  if (mem.i32[dw + 3] === 0) {
    if (mem.i32[dw + 4] === srcMask && mem.i32[sw + 3] === mem.i32[sw + 2]) {
      const dt = (mem.i32[dw + 5] >> 2) + ARRAY_DATA;
      const st2 = (mem.i32[sw + 5] >> 2) + ARRAY_DATA;
      for (let i = 0; i <= srcMask; i++) {
        const k = mem.i32[st2 + i * 2 + 1];
        if (k !== 0) { incref(k); mem.i32[dt + i * 2] = mem.i32[st2 + i * 2]; mem.i32[dt + i * 2 + 1] = k; }
      }
    } else {
      for (let i = 0; i < keys.length; i++) { incref(keys[i]); insertClean(dst, keys[i], hashes[i]); }
    }
    mem.i32[dw + 2] = keys.length;
    mem.i32[dw + 3] = keys.length;
    return;
  }
  for (let i = 0; i < keys.length; i++) setAddHashed(dst, keys[i], hashes[i]);
}

/** Place a key known to be absent into the first empty slot of its probe sequence. */
function insertClean(s: number, key: number, h: number): void {
  const w = s >> 2;
  const mask = mem.i32[w + 4];
  const t = (mem.i32[w + 5] >> 2) + ARRAY_DATA;
  const i32 = mem.i32;
  let perturb = h >>> 0, perturbHi = h < 0 ? 0xffffffff : 0;
  let i = h & mask;
  let rounds = 0;
  for (;;) {
    if (++rounds > mask + PROBE_SLACK) corruptTable(s);
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      const slot = t + (i + j) * 2;
      if (i32[slot + 1] === 0) { i32[slot] = h; i32[slot + 1] = key; return; }
    }
    // CPython's perturb is the hash as a 64-bit unsigned number: a negative hash brings ones
    // down from the high word, so the probe order matches CPython's for negative ints too
    perturb = ((perturb >>> 5) | (perturbHi << 27)) >>> 0;
    perturbHi >>>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

function resize(s: number, minUsed: number): void {
  let size = MIN_SIZE;
  while (size <= minUsed) size <<= 1;
  const w = s >> 2;
  const old = mem.i32[w + 5], oldMask = mem.i32[w + 4];
  mem.i32[w + 5] = newArray(size * 2);
  mem.i32[w + 4] = size - 1;
  mem.i32[w + 3] = mem.i32[w + 2];
  const src = (old >> 2) + ARRAY_DATA;
  for (let i = 0; i <= oldMask; i++) {
    const k = mem.i32[src + i * 2 + 1];
    if (k !== 0 && k !== DUMMY) insertClean(s, k, mem.i32[src + i * 2]);
  }
  freeArray(old);
}

/** Exchange the tables of two sets (CPython's set_swap_bodies, for intersection_update). */
export function setSwapBodies(a: number, b: number): void {
  const wa = a >> 2, wb = b >> 2;
  for (let f = 2; f <= 6; f++) {
    const t = mem.i32[wa + f];
    mem.i32[wa + f] = mem.i32[wb + f];
    mem.i32[wb + f] = t;
  }
}

/** Remove key if present; returns whether it was. */
export function setDiscard(s: number, key: number): boolean {
  const i = find(s, key, hashOf(key));
  if (i < 0) return false;
  const w = s >> 2;
  const slot = (mem.i32[w + 5] >> 2) + ARRAY_DATA + i * 2 + 1;
  const k = mem.i32[slot];
  mem.i32[slot] = DUMMY;
  mem.i32[w + 2]--;
  decref(k);
  return true;
}

/** Remove and return an arbitrary key (a new reference), or 0 when empty (set.pop()). */
export function setPop(s: number): number {
  const w = s >> 2;
  if (mem.i32[w + 2] === 0) return 0;
  const mask = mem.i32[w + 4];
  let i = mem.i32[w + 6] & mask;
  for (let n = 0; ; n++) {
    if (n > mask) corruptTable(s); // the count said non-empty, yet no slot holds a key
    const slot = (mem.i32[w + 5] >> 2) + ARRAY_DATA + i * 2 + 1;
    const k = mem.i32[slot];
    if (k !== 0 && k !== DUMMY) {
      mem.i32[slot] = DUMMY;
      mem.i32[w + 2]--;
      mem.i32[w + 6] = i + 1;
      return k;
    }
    i = (i + 1) & mask;
  }
}

/** Live keys as borrowed references, in table order. */
export function setKeys(s: number): number[] {
  const out: number[] = [];
  const mask = setMask(s);
  for (let i = 0; i <= mask; i++) {
    const k = setSlotKey(s, i);
    if (k !== 0 && k !== DUMMY) out.push(k);
  }
  return out;
}

export function setClear(s: number): void {
  const keys = setKeys(s);
  const w = s >> 2;
  freeArray(mem.i32[w + 5]);
  mem.i32[w + 5] = newArray(MIN_SIZE * 2);
  mem.i32[w + 4] = MIN_SIZE - 1;
  mem.i32[w + 2] = 0; mem.i32[w + 3] = 0;
  for (const k of keys) decref(k);
}

function clear(s: number): void {
  for (const k of setKeys(s)) decref(k);
  freeArray(mem.i32[(s >> 2) + 5]);
}
registerClear(Tid.SET, clear);
registerClear(Tid.FROZENSET, clear);
