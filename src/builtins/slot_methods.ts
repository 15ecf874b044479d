// slot_methods.ts - the special methods of list and dict as attributes: list.__len__,
// dict.__getitem__, list.__init__...
// Owns: the natives behind those names, which let a subclass of list or dict inherit the built-in
// behaviour (`class Stack(list)`, `super().__setitem__(k, v)`, `dict.__init__(self, ...)`), and
// make `[].__len__()` and dir([]) answer as in CPython.
// Must never: be on the path of an operation on a plain list or dict: the eval loop and
// runtime/abstract.ts handle those by type id and never look these up. They are reached only
// through a class's MRO (an instance of a user class) or by name.
//
// CPython generates these from the type's C slots (slot wrappers, Objects/typeobject.c). Here
// each is a small native over the generic operation (pyLen, getItem, richCompare...), applied
// to the instance's native value: an instance of a subclass carries a plain list or dict
// (objects/instance.ts), and `method` (list_methods.ts) passes that value as self. The few
// that need the instance itself (dict.__getitem__ calls the subclass's __missing__; in-place
// operators return self) take it with keepInstance and look the value up themselves.

import { Tid } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { NONE, NOTIMPLEMENTED } from '../objects/singletons';
import { newInt } from '../objects/int';
import { newStr, intern } from '../objects/str';
import { listClear } from '../objects/list';
import { typeByTid, typeDict, typeOf } from '../objects/type';
import { dictGet, dictSet } from '../objects/dict';
import { nativeValue } from '../objects/instance';
import { pyLen, getItem, setItem, delItem, contains, findMethod } from '../runtime/abstract';
import { getIter, iterateInto } from '../runtime/iterate';
import { repr } from '../runtime/repr';
import { compareBool } from '../runtime/compare';
import { binaryOp } from '../runtime/arith';
import { pyBool } from '../objects/singletons';
import { lookupInMro, callBound } from '../runtime/classes';
import { nativeFn } from '../runtime/natives';
import { callValue } from '../vm/call';
import { builtinsDict } from '../vm/modules';
import { NB, NB_INPLACE, Cmp } from '../opcodes';
import { method, posArgs, tidOfValue } from './list_methods';
import { argCount, noKw } from '../runtime/natives';

const S = (): Int32Array => ts.S;

/** self's list or dict: self itself, or the native value of an instance of a subclass. */
function valueOf(self: number, tid: number): number {
  return tidOfValue(self) === tid ? self : nativeValue(self, tid);
}

/** The other operand of a comparison or operator, as a plain list or dict, or 0 when it is neither. */
function operand(v: number, tid: number): number {
  return tidOfValue(v) === tid ? v : nativeValue(v, tid);
}

const CMP: [string, number][] = [['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]];

/** The methods list and dict share, over their value. */
function containerSlots(tid: number, name: string): void {
  method(tid, '__len__', (b, n, kw) => { posArgs(`${name}.__len__`, n, kw, 0, 0); return newInt(pyLen(S()[b])); });
  method(tid, '__contains__', (b, n, kw) => { posArgs(`${name}.__contains__`, n, kw, 1, 1); return pyBool(contains(S()[b], S()[b + 1])); });
  method(tid, '__iter__', (b, n, kw) => { posArgs(`${name}.__iter__`, n, kw, 0, 0); return getIter(S()[b]); });
  method(tid, '__repr__', (b, n, kw) => { posArgs(`${name}.__repr__`, n, kw, 0, 0); return newStr(repr(S()[b])); });
  method(tid, '__setitem__', (b, n, kw) => { posArgs(`${name}.__setitem__`, n, kw, 2, 2); setItem(S()[b], S()[b + 1], S()[b + 2]); return NONE; });
  method(tid, '__delitem__', (b, n, kw) => { posArgs(`${name}.__delitem__`, n, kw, 1, 1); delItem(S()[b], S()[b + 1]); return NONE; });
  method(tid, '__reversed__', (b, n, kw) => {
    posArgs(`${name}.__reversed__`, n, kw, 0, 0);
    return callValue(dictGet(builtinsDict(), intern('reversed')), [S()[b]]);
  });
  for (const [dunder, op] of CMP) {
    // dict orders nothing: only == and != (the others answer NotImplemented, as in CPython)
    if (tid === Tid.DICT && op !== Cmp.EQ && op !== Cmp.NE) continue;
    method(tid, dunder, (b, n, kw) => {
      posArgs(`${name}.${dunder}`, n, kw, 1, 1);
      const other = operand(S()[b + 1], tid);
      if (other === 0) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
      return pyBool(compareBool(S()[b], other, op));
    });
  }
  // unhashable, as the built-in type itself
  inits.push(() => dictSet(typeDict(typeByTid[tid]), intern('__hash__'), NONE));
}

/** An in-place operator on the value that answers self, the instance (not its value). */
function inplace(tid: number, dunder: string, op: number, accepts: (other: number) => number): void {
  method(tid, dunder, (b, n, kw) => {
    posArgs(`${dunder}`, n, kw, 1, 1);
    const self = S()[b];
    const other = accepts(S()[b + 1]);
    if (other === 0) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
    decref(binaryOp(op + NB_INPLACE, valueOf(self, tid), other));
    incref(self);
    return self;
  }, true);
}

const inits: (() => void)[] = [];

// ---------------------------------------------------------------- list

containerSlots(Tid.LIST, 'list');
method(Tid.LIST, '__getitem__', (b, n, kw) => { posArgs('list.__getitem__', n, kw, 1, 1); return getItem(S()[b], S()[b + 1]); });
method(Tid.LIST, '__add__', (b, n, kw) => {
  posArgs('list.__add__', n, kw, 1, 1);
  const other = operand(S()[b + 1], Tid.LIST);
  // (anything else: list's own error, "can only concatenate list (not ...) to list")
  return binaryOp(NB.ADD, S()[b], other !== 0 ? other : S()[b + 1]);
});
method(Tid.LIST, '__mul__', (b, n, kw) => { posArgs('list.__mul__', n, kw, 1, 1); return binaryOp(NB.MULTIPLY, S()[b], S()[b + 1]); });
method(Tid.LIST, '__rmul__', (b, n, kw) => { posArgs('list.__rmul__', n, kw, 1, 1); return binaryOp(NB.MULTIPLY, S()[b + 1], S()[b]); });
inplace(Tid.LIST, '__iadd__', NB.ADD, (v) => operand(v, Tid.LIST) || v);
inplace(Tid.LIST, '__imul__', NB.MULTIPLY, (v) => v);
method(Tid.LIST, '__init__', (b, n, kw) => {
  noKw('list', kw);
  argCount('list', n - 1, 0, 1);
  const l = S()[b];
  listClear(l);
  if (n === 2) iterateInto(S()[b + 1], l);
  return NONE;
});

// ---------------------------------------------------------------- dict

containerSlots(Tid.DICT, 'dict');
method(Tid.DICT, '__getitem__', (b, n, kw) => {
  posArgs('dict.__getitem__', n, kw, 1, 1);
  const self = S()[b], key = S()[b + 1];
  const d = valueOf(self, Tid.DICT);
  // a subclass's __missing__ answers for an absent key (collections.defaultdict, Counter)
  const missing = d === self ? 0 : lookupInMro(typeOf(self), intern('__missing__'));
  if (missing === 0) return getItem(d, key);
  const v = dictGet(d, key);
  if (v !== 0) { incref(v); return v; }
  return callBound(missing, self, [key]);
}, true);
method(Tid.DICT, '__or__', (b, n, kw) => {
  posArgs('dict.__or__', n, kw, 1, 1);
  const other = operand(S()[b + 1], Tid.DICT);
  if (other === 0) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
  return binaryOp(NB.OR, S()[b], other);
});
method(Tid.DICT, '__ror__', (b, n, kw) => {
  posArgs('dict.__ror__', n, kw, 1, 1);
  const other = operand(S()[b + 1], Tid.DICT);
  if (other === 0) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
  return binaryOp(NB.OR, other, S()[b]);
});
// d |= x takes any mapping or iterable of pairs, as update() does
inplace(Tid.DICT, '__ior__', NB.OR, (v) => operand(v, Tid.DICT) || v);
method(Tid.DICT, '__init__', (b, n, kw) => nativeFn(findMethod(S()[b], 'update'))(b, n, kw));

/** Start-up hook (after the type objects exist): what is not a method (__hash__ = None). */
export function installSlotAttributes(): void {
  for (const f of inits) f();
}
