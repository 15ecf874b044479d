// set_methods.ts - the methods of set, and the non-mutating ones of frozenset.
// Owns: set algebra by method (union, intersection, ... with any iterables) in CPython's order of
// insertion, so results iterate as CPython's do, and the methods' error texts.
// Must never: touch a set's table directly (objects/set.ts does), or mutate a set while walking
// a borrowed array of its own keys unless every key is used before it can be released.

import { incref, decref } from '../heap/refcount';
import { Tid } from '../heap/layout';
import { ts } from '../vm/thread';
import { NONE, pyBool } from '../objects/singletons';
import { setAdd, setDiscard, setContains, setKeys, setPop, setClear, setLen, setSwapBodies } from '../objects/set';
import { exc } from '../objects/exception';
import { npos, noKw } from '../runtime/natives';
import { isAnySet, withItems, building, setFrom, intersectAll, differenceUpdate, difference, symmetricDifferenceUpdate, updateWith } from '../runtime/setops';
import { raise, raiseArgs } from '../runtime/errors';
import { method, posArgs, tidOfValue } from './list_methods';

/** The positional arguments after self, for the methods that take any number of iterables. */
function others(fname: string, b: number, n: number, kw: number): number[] {
  noKw(fname, kw);
  const out: number[] = [];
  for (let i = 1; i < npos(n, kw); i++) out.push(ts.S[b + i]);
  return out;
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
  // s takes r's table as it is (CPython swaps the two bodies), as `&=` does
  setSwapBodies(s, r);
  decref(r);
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
