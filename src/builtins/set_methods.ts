// set_methods.ts - the methods of set, and the non-mutating ones of frozenset.
// Owns: set algebra by method (union, intersection, ... with any iterables) in CPython's order of
// insertion, so results iterate as CPython's do, and the methods' error texts.
// Must never: touch a set's table directly (objects/set.ts does), or mutate a set while walking
// a borrowed array of its own keys unless every key is used before it can be released.

import { incref, decref } from '../heap/refcount';
import { Tid } from '../heap/layout';
import { ts } from '../vm/thread';
import { NONE, pyBool } from '../objects/singletons';
import { newSet, setAdd, setDiscard, setContains, setKeys, setPop, setClear, setLen } from '../objects/set';
import { dictItems, dictLen, dictGet } from '../objects/dict';
import { exc } from '../objects/exception';
import { npos, noKw } from '../runtime/natives';
import { raise, raiseArgs } from '../runtime/errors';
import { collect } from '../runtime/iterate';
import { method, posArgs, tidOfValue } from './list_methods';

function isAnySet(v: number): boolean {
  const t = tidOfValue(v);
  return t === Tid.SET || t === Tid.FROZENSET;
}

/**
 * Run fn over the items of an iterable. A set's or dict's keys are lent (borrowed, in table or
 * insertion order); any other iterable is drained first and its items released afterwards.
 */
function withItems<R>(v: number, fn: (items: number[]) => R): R {
  const t = tidOfValue(v);
  if (t === Tid.SET || t === Tid.FROZENSET) return fn(setKeys(v));
  if (t === Tid.DICT) return fn(dictItems(v).map(([k]) => k));
  const items = collect(v);
  try { return fn(items); } finally { for (const x of items) decref(x); }
}

/** Run fn on a new set, releasing it if fn throws; returns the set. */
function building(s: number, fn: () => void): number {
  try { fn(); } catch (e) { decref(s); throw e; }
  return s;
}

function updateWith(s: number, other: number): void {
  withItems(other, (items) => { for (const k of items) setAdd(s, k); });
}

/** A new set (frozen or not) of the items of an iterable, a set's copy among them. */
function setFrom(v: number, frozen: boolean): number {
  const s = newSet(frozen);
  return building(s, () => updateWith(s, v));
}

/** The positional arguments after self, for the methods that take any number of iterables. */
function others(fname: string, b: number, n: number, kw: number): number[] {
  noKw(fname, kw);
  const out: number[] = [];
  for (let i = 1; i < npos(n, kw); i++) out.push(ts.S[b + i]);
  return out;
}

/** A new set (of s's kind) of the keys of s that are also in other (CPython iterates the smaller set). */
function intersect(s: number, other: number): number {
  const r = newSet(tidOfValue(s) === Tid.FROZENSET);
  return building(r, () => {
    if (isAnySet(other)) {
      const [small, large] = setLen(other) > setLen(s) ? [s, other] : [other, s];
      for (const k of setKeys(small)) if (setContains(large, k)) setAdd(r, k);
    } else {
      withItems(other, (items) => { for (const k of items) if (setContains(s, k)) setAdd(r, k); });
    }
  });
}

/** A new set (of s's kind) of the keys of s found in every one of others: CPython's chain. */
function intersectAll(s: number, args: number[]): number {
  if (args.length === 0) return setFrom(s, tidOfValue(s) === Tid.FROZENSET);
  let r = intersect(s, args[0]);
  for (const o of args.slice(1)) {
    let next: number;
    try { next = intersect(r, o); } finally { decref(r); }
    r = next;
  }
  return r;
}

/** Discard from s every item of other (other may be s itself: then s empties). */
function differenceUpdate(s: number, other: number): void {
  if (s === other) { setClear(s); return; }
  withItems(other, (items) => { for (const k of items) setDiscard(s, k); });
}

/** A new set (of s's kind) of the keys of s not in other. */
function difference(s: number, other: number): number {
  const frozen = tidOfValue(s) === Tid.FROZENSET;
  const t = tidOfValue(other);
  const otherSize = isAnySet(other) ? setLen(other) : t === Tid.DICT ? dictLen(other) : -1;
  // as CPython: copy and discard when other is a plain iterable or much smaller than s
  if (otherSize < 0 || (setLen(s) >> 2) > otherSize) {
    const r = setFrom(s, frozen);
    return building(r, () => differenceUpdate(r, other));
  }
  const r = newSet(frozen);
  return building(r, () => {
    for (const k of setKeys(s)) {
      if (!(t === Tid.DICT ? dictGet(other, k) !== 0 : setContains(other, k))) setAdd(r, k);
    }
  });
}

/** Add to s the items of other it lacks and discard those it has. */
function symmetricDifferenceUpdate(s: number, other: number): void {
  if (s === other) { setClear(s); return; }
  if (isAnySet(other) || tidOfValue(other) === Tid.DICT) {
    withItems(other, (items) => { for (const k of items) if (!setDiscard(s, k)) setAdd(s, k); });
    return;
  }
  // a plain iterable may repeat an item: toggle each distinct item once
  const tmp = setFrom(other, false);
  try { symmetricDifferenceUpdate(s, tmp); } finally { decref(tmp); }
}

function isSubset(s: number, other: number): boolean {
  if (!isAnySet(other)) {
    const tmp = setFrom(other, false);
    try { return isSubset(s, tmp); } finally { decref(tmp); }
  }
  if (setLen(s) > setLen(other)) return false;
  for (const k of setKeys(s)) if (!setContains(other, k)) return false;
  return true;
}

function isSuperset(s: number, other: number): boolean {
  if (isAnySet(other)) return isSubset(other, s);
  return withItems(other, (items) => items.every((k) => setContains(s, k)));
}

function isDisjoint(s: number, other: number): boolean {
  if (isAnySet(other)) {
    const [small, large] = setLen(other) > setLen(s) ? [s, other] : [other, s];
    return !setKeys(small).some((k) => setContains(large, k));
  }
  return withItems(other, (items) => !items.some((k) => setContains(s, k)));
}

// ---------------------------------------------------------------- shared by set and frozenset

for (const tid of [Tid.SET, Tid.FROZENSET]) {
  const owner = tid === Tid.SET ? 'set' : 'frozenset';
  const frozen = tid === Tid.FROZENSET;

  method(tid, 'copy', (b, n, kw) => {
    posArgs(`${owner}.copy`, n, kw, 0, 0);
    const s = ts.S[b];
    // a frozenset never changes, so its copy may be itself, as in CPython
    if (frozen) { incref(s); return s; }
    return setFrom(s, false);
  });

  method(tid, 'union', (b, n, kw) => {
    const args = others(`${owner}.union`, b, n, kw);
    const r = setFrom(ts.S[b], frozen);
    return building(r, () => { for (const o of args) updateWith(r, o); });
  });

  method(tid, 'intersection', (b, n, kw) => intersectAll(ts.S[b], others(`${owner}.intersection`, b, n, kw)));

  method(tid, 'difference', (b, n, kw) => {
    const args = others(`${owner}.difference`, b, n, kw);
    if (args.length === 0) return setFrom(ts.S[b], frozen);
    const r = difference(ts.S[b], args[0]);
    return building(r, () => { for (const o of args.slice(1)) differenceUpdate(r, o); });
  });

  method(tid, 'symmetric_difference', (b, n, kw) => {
    posArgs(`${owner}.symmetric_difference`, n, kw, 1, 1);
    // CPython builds the result from the other operand, then toggles self's keys into it
    const r = setFrom(ts.S[b + 1], frozen);
    return building(r, () => symmetricDifferenceUpdate(r, ts.S[b]));
  });

  method(tid, 'issubset', (b, n, kw) => {
    posArgs(`${owner}.issubset`, n, kw, 1, 1);
    return pyBool(isSubset(ts.S[b], ts.S[b + 1]));
  });
  method(tid, 'issuperset', (b, n, kw) => {
    posArgs(`${owner}.issuperset`, n, kw, 1, 1);
    return pyBool(isSuperset(ts.S[b], ts.S[b + 1]));
  });
  method(tid, 'isdisjoint', (b, n, kw) => {
    posArgs(`${owner}.isdisjoint`, n, kw, 1, 1);
    return pyBool(isDisjoint(ts.S[b], ts.S[b + 1]));
  });
}

// ---------------------------------------------------------------- set only

method(Tid.SET, 'add', (b, n, kw) => {
  posArgs('set.add', n, kw, 1, 1);
  setAdd(ts.S[b], ts.S[b + 1]);
  return NONE;
});

/**
 * Discard key from s; a set key (unhashable) is looked up as the equal frozenset, as CPython's
 * set.remove and set.discard do.
 */
function discardKey(s: number, key: number): boolean {
  if (tidOfValue(key) !== Tid.SET) return setDiscard(s, key);
  const frozen = setFrom(key, true);
  try { return setDiscard(s, frozen); } finally { decref(frozen); }
}

method(Tid.SET, 'remove', (b, n, kw) => {
  posArgs('set.remove', n, kw, 1, 1);
  const key = ts.S[b + 1];
  if (!discardKey(ts.S[b], key)) { incref(key); raiseArgs(exc.KeyError, [key]); }
  return NONE;
});

method(Tid.SET, 'discard', (b, n, kw) => {
  posArgs('set.discard', n, kw, 1, 1);
  discardKey(ts.S[b], ts.S[b + 1]);
  return NONE;
});

method(Tid.SET, 'pop', (b, n, kw) => {
  posArgs('set.pop', n, kw, 0, 0);
  const k = setPop(ts.S[b]);
  if (k === 0) raise(exc.KeyError, 'pop from an empty set');
  return k;
});

method(Tid.SET, 'clear', (b, n, kw) => {
  posArgs('set.clear', n, kw, 0, 0);
  setClear(ts.S[b]);
  return NONE;
});

method(Tid.SET, 'update', (b, n, kw) => {
  const s = ts.S[b];
  for (const o of others('set.update', b, n, kw)) updateWith(s, o);
  return NONE;
});

method(Tid.SET, 'intersection_update', (b, n, kw) => {
  const s = ts.S[b];
  const r = intersectAll(s, others('set.intersection_update', b, n, kw));
  // s takes r's contents in r's order (CPython swaps the two tables)
  try {
    setClear(s);
    for (const k of setKeys(r)) setAdd(s, k);
  } finally {
    decref(r);
  }
  return NONE;
});

method(Tid.SET, 'difference_update', (b, n, kw) => {
  const s = ts.S[b];
  for (const o of others('set.difference_update', b, n, kw)) differenceUpdate(s, o);
  return NONE;
});

method(Tid.SET, 'symmetric_difference_update', (b, n, kw) => {
  posArgs('set.symmetric_difference_update', n, kw, 1, 1);
  symmetricDifferenceUpdate(ts.S[b], ts.S[b + 1]);
  return NONE;
});
