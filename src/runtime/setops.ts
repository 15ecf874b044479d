// setops.ts - set algebra in CPython's order of insertion: union, intersection, difference and
// symmetric difference of a set with any iterable, as both the set methods and the operators
// (| & - ^ and their in-place forms) compute them, so results iterate as CPython's do.
// Must never: touch a set's table directly (objects/set.ts does), or mutate a set while walking
// a borrowed array of its own keys unless every key is used before it can be released.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { decref } from '../heap/refcount';
import { newSet, setAdd, setDiscard, setContains, setKeys, setClear, setLen, setMerge, setPresize } from '../objects/set';
import { dictItems, dictLen, dictGet } from '../objects/dict';
import { collect } from './iterate';

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

export function isAnySet(v: number): boolean {
  const t = tidOfValue(v);
  return t === Tid.SET || t === Tid.FROZENSET;
}

/**
 * Run fn over the items of an iterable. A set's or dict's keys are lent (borrowed, in table or
 * insertion order); any other iterable is drained first and its items released afterwards.
 */
export function withItems<R>(v: number, fn: (items: number[]) => R): R {
  const t = tidOfValue(v);
  if (t === Tid.SET || t === Tid.FROZENSET) return fn(setKeys(v));
  if (t === Tid.DICT) return fn(dictItems(v).map(([k]) => k));
  const items = collect(v);
  try { return fn(items); } finally { for (const x of items) decref(x); }
}

/** Run fn on a new set, releasing it if fn throws; returns the set. */
export function building(s: number, fn: () => void): number {
  try { fn(); } catch (e) { decref(s); throw e; }
  return s;
}

/** set.update(other), as CPython's set_update_internal: sets merge, dicts presize, the rest add. */
export function updateWith(s: number, other: number): void {
  const t = tidOfValue(other);
  if (t === Tid.SET || t === Tid.FROZENSET) { setMerge(s, other); return; }
  if (t === Tid.DICT) setPresize(s, dictLen(other));
  withItems(other, (items) => { for (const k of items) setAdd(s, k); });
}

/** A new set (frozen or not) of the items of an iterable, a set's copy among them. */
export function setFrom(v: number, frozen: boolean): number {
  const s = newSet(frozen);
  return building(s, () => updateWith(s, v));
}

/** A new set (of s's kind) of the keys of s that are also in other (CPython iterates the smaller set). */
export function intersect(s: number, other: number): number {
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
export function intersectAll(s: number, args: number[]): number {
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
export function differenceUpdate(s: number, other: number): void {
  if (s === other) { setClear(s); return; }
  withItems(other, (items) => { for (const k of items) setDiscard(s, k); });
}

/** A new set (of s's kind) of the keys of s not in other. */
export function difference(s: number, other: number): number {
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
export function symmetricDifferenceUpdate(s: number, other: number): void {
  if (s === other) { setClear(s); return; }
  if (isAnySet(other) || tidOfValue(other) === Tid.DICT) {
    withItems(other, (items) => { for (const k of items) if (!setDiscard(s, k)) setAdd(s, k); });
    return;
  }
  // a plain iterable may repeat an item: toggle each distinct item once
  const tmp = setFrom(other, false);
  try { symmetricDifferenceUpdate(s, tmp); } finally { decref(tmp); }
}

