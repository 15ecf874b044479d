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
import { typeByTid, typeDict, typeOf, isSubtype } from '../objects/type';
import { tupleOf } from '../objects/tuple';
import { pyHash } from '../runtime/hash';
import { tupleSubclassNew } from '../runtime/classes';
import { dictGet, dictSet } from '../objects/dict';
import { nativeValue, anyNativeValue, newStaticMethod } from '../objects/instance';
import { pyLen, getItem, setItem, delItem, contains, findMethod, getAttr } from '../runtime/abstract';
import { getIter, iterateInto, iterNext } from '../runtime/iterate';
import { repr } from '../runtime/repr';
import { compareBool } from '../runtime/compare';
import { binaryOp, divmodOp, unaryNegative, unaryPositive, unaryInvert } from '../runtime/arith';
import { isTruthy } from '../runtime/truth';
import { pyBool } from '../objects/singletons';
import { lookupInMro, callBound } from '../runtime/classes';
import { nativeFn, defNative, nativeObject } from '../runtime/natives';
import { callValue } from '../vm/call';
import { builtinsDict, importModule } from '../vm/modules';
import { NB, NB_INPLACE, Cmp } from '../opcodes';
import { method, posArgs, tidOfValue } from './list_methods';
import { tupleLen } from '../objects/tuple';
import { typeError, raise } from '../runtime/errors';
import { exc } from '../objects/exception';
import { argCount, noKw } from '../runtime/natives';

const S = (): Int32Array => ts.S;

/** A slot wrapper's arguments after self: exactly `count`, no keywords (CPython's check_num_args). */
function slotArgs(name: string, n: number, kw: number, count: number): void {
  if (kw !== 0 && tupleLen(kw) > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (n - 1 !== count) typeError(`expected ${count} argument${count === 1 ? '' : 's'}, got ${n - 1}`);
}

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
  method(tid, '__len__', (b, n, kw) => { slotArgs(`__len__`, n, kw, 0); return newInt(pyLen(S()[b])); });
  method(tid, '__contains__', (b, n, kw) => { slotArgs(`__contains__`, n, kw, 1); return pyBool(contains(S()[b], S()[b + 1])); });
  method(tid, '__iter__', (b, n, kw) => { slotArgs(`__iter__`, n, kw, 0); return getIter(S()[b]); });
  method(tid, '__repr__', (b, n, kw) => { slotArgs(`__repr__`, n, kw, 0); return newStr(repr(S()[b])); });
  method(tid, '__setitem__', (b, n, kw) => { slotArgs(`__setitem__`, n, kw, 2); setItem(S()[b], S()[b + 1], S()[b + 2]); return NONE; });
  method(tid, '__delitem__', (b, n, kw) => { slotArgs(`__delitem__`, n, kw, 1); delItem(S()[b], S()[b + 1]); return NONE; });
  method(tid, '__reversed__', (b, n, kw) => {
    posArgs(`${name}.__reversed__`, n, kw, 0, 0);
    return callValue(dictGet(builtinsDict(), intern('reversed')), [S()[b]]);
  });
  for (const [dunder, op] of CMP) {
    // dict orders nothing: only == and != (the others answer NotImplemented, as in CPython)
    if (tid === Tid.DICT && op !== Cmp.EQ && op !== Cmp.NE) continue;
    method(tid, dunder, (b, n, kw) => {
      slotArgs(`${dunder}`, n, kw, 1);
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
    slotArgs(`${dunder}`, n, kw, 1);
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
  slotArgs('__add__', n, kw, 1);
  const other = operand(S()[b + 1], Tid.LIST);
  // (anything else: list's own error, "can only concatenate list (not ...) to list")
  return binaryOp(NB.ADD, S()[b], other !== 0 ? other : S()[b + 1]);
});
method(Tid.LIST, '__mul__', (b, n, kw) => { slotArgs('__mul__', n, kw, 1); return binaryOp(NB.MULTIPLY, S()[b], S()[b + 1]); });
method(Tid.LIST, '__rmul__', (b, n, kw) => { slotArgs('__rmul__', n, kw, 1); return binaryOp(NB.MULTIPLY, S()[b + 1], S()[b]); });
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
  slotArgs('__or__', n, kw, 1);
  const other = operand(S()[b + 1], Tid.DICT);
  if (other === 0) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
  return binaryOp(NB.OR, S()[b], other);
});
method(Tid.DICT, '__ror__', (b, n, kw) => {
  slotArgs('__ror__', n, kw, 1);
  const other = operand(S()[b + 1], Tid.DICT);
  if (other === 0) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
  return binaryOp(NB.OR, other, S()[b]);
});
// d |= x takes any mapping or iterable of pairs, as update() does
inplace(Tid.DICT, '__ior__', NB.OR, (v) => operand(v, Tid.DICT) || v);
method(Tid.DICT, '__init__', (b, n, kw) => nativeFn(findMethod(S()[b], 'update'))(b, n, kw));

// ---------------------------------------------------------------- numbers, str, tuple, sets, range
// The same slot wrappers for the immutable types: they serve `(1).__add__(2)`, `str.__len__`,
// dir(), and code that calls operators by name. A binary operator answers NotImplemented for an
// operand its type does not handle (int.__add__(1, 2.0): int leaves floats to float), as the
// C slots do; everything else is the generic operation.

/** A built-in function by name (round, int, float, format, reversed), called with args. */
function callBuiltin(name: string, args: number[]): number {
  return callValue(dictGet(builtinsDict(), intern(name)), args);
}

const isIntLike = (t: number): boolean => t === Tid.INT || t === Tid.BOOL;
const isNumber = (t: number): boolean => t === Tid.INT || t === Tid.BOOL || t === Tid.FLOAT;

/** __op__ and __rop__ of `tid` for each [name, NB op], for operands that `accepts`. */
function binarySlots(tid: number, owner: string, ops: [string, number][], accepts: (t: number) => boolean): void {
  for (const [name, op] of ops) {
    method(tid, `__${name}__`, (b, n, kw) => {
      slotArgs(`__${name}__`, n, kw, 1);
      if (!accepts(tidOfValue(S()[b + 1]))) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
      return boolAware(op, S()[b], S()[b + 1]);
    });
    method(tid, `__r${name}__`, (b, n, kw) => {
      slotArgs(`__r${name}__`, n, kw, 1);
      if (!accepts(tidOfValue(S()[b + 1]))) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
      return boolAware(op, S()[b + 1], S()[b]);
    });
  }
}

/** a <op> b, with bool's own &, | and ^ (True & False is False, not 0: the eval loop does this before binaryOp). */
function boolAware(op: number, a: number, b: number): number {
  const r = binaryOp(op, a, b);
  if ((op === NB.AND || op === NB.OR || op === NB.XOR) && tidOfValue(a) === Tid.BOOL && tidOfValue(b) === Tid.BOOL) {
    const t = isTruthy(r);
    decref(r);
    return pyBool(t);
  }
  return r;
}

/** The six comparisons of `tid`, against operands that `accepts`. */
function compareSlots(tid: number, owner: string, accepts: (t: number) => boolean): void {
  for (const [dunder, op] of CMP) {
    method(tid, dunder, (b, n, kw) => {
      slotArgs(`${dunder}`, n, kw, 1);
      // an instance of a subclass of tuple (a namedtuple) compares as its items
      const other = anyNativeValue(S()[b + 1]) || S()[b + 1];
      if (!accepts(tidOfValue(other))) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
      return pyBool(compareBool(S()[b], other, op));
    });
  }
}

/** A slot with no argument besides self: fn(self). */
function unarySlot(tid: number, owner: string, name: string, fn: (self: number) => number): void {
  method(tid, name, (b, n, kw) => { slotArgs(`${name}`, n, kw, 0); return fn(S()[b]); });
}

const ARITH: [string, number][] = [
  ['add', NB.ADD], ['sub', NB.SUBTRACT], ['mul', NB.MULTIPLY], ['truediv', NB.TRUE_DIVIDE],
  ['floordiv', NB.FLOOR_DIVIDE], ['mod', NB.REMAINDER], ['pow', NB.POWER],
];
const BITWISE: [string, number][] = [['and', NB.AND], ['or', NB.OR], ['xor', NB.XOR], ['lshift', NB.LSHIFT], ['rshift', NB.RSHIFT]];

for (const [tid, owner, accepts] of [[Tid.INT, 'int', isIntLike], [Tid.FLOAT, 'float', isNumber]] as const) {
  binarySlots(tid, owner, tid === Tid.INT ? [...ARITH, ...BITWISE] : ARITH, accepts);
  compareSlots(tid, owner, accepts);
  method(tid, '__divmod__', (b, n, kw) => {
    slotArgs(`__divmod__`, n, kw, 1);
    if (!accepts(tidOfValue(S()[b + 1]))) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
    return divmodOp(S()[b], S()[b + 1]);
  });
  method(tid, '__rdivmod__', (b, n, kw) => {
    slotArgs(`__rdivmod__`, n, kw, 1);
    if (!accepts(tidOfValue(S()[b + 1]))) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
    return divmodOp(S()[b + 1], S()[b]);
  });
  unarySlot(tid, owner, '__neg__', unaryNegative);
  unarySlot(tid, owner, '__pos__', unaryPositive);
  unarySlot(tid, owner, '__abs__', (v) => callBuiltin('abs', [v]));
  unarySlot(tid, owner, '__bool__', (v) => pyBool(isTruthy(v)));
  unarySlot(tid, owner, '__int__', (v) => callBuiltin('int', [v]));
  unarySlot(tid, owner, '__float__', (v) => callBuiltin('float', [v]));
  unarySlot(tid, owner, '__trunc__', (v) => callBuiltin('int', [v]));
  for (const name of ['__floor__', '__ceil__']) {
    unarySlot(tid, owner, name, (v) => {
      if (tid === Tid.INT) return callBuiltin('int', [v]);
      const math = importModule('math');
      try { return callValue(getAttr(math, intern(name === '__floor__' ? 'floor' : 'ceil')), [v]); } finally { decref(math); }
    });
  }
  method(tid, '__round__', (b, n, kw) => {
    posArgs(`${owner}.__round__`, n, kw, 0, 1);
    return callBuiltin('round', n === 2 ? [S()[b], S()[b + 1]] : [S()[b]]);
  });
}
unarySlot(Tid.INT, 'int', '__invert__', unaryInvert);
unarySlot(Tid.INT, 'int', '__index__', (v) => callBuiltin('int', [v]));

/** len, in, iteration and indexing of the immutable containers. */
function sequenceSlots(tid: number, owner: string): void {
  unarySlot(tid, owner, '__len__', (v) => newInt(pyLen(v)));
  unarySlot(tid, owner, '__iter__', getIter);
  method(tid, '__contains__', (b, n, kw) => { slotArgs(`__contains__`, n, kw, 1); return pyBool(contains(S()[b], S()[b + 1])); });
  if (tid !== Tid.SET && tid !== Tid.FROZENSET) {
    method(tid, '__getitem__', (b, n, kw) => { posArgs(`${owner}.__getitem__`, n, kw, 1, 1); return getItem(S()[b], S()[b + 1]); });
  }
}

for (const [tid, owner] of [[Tid.STR, 'str'], [Tid.TUPLE, 'tuple'], [Tid.BYTES, 'bytes']] as const) {
  sequenceSlots(tid, owner);
  compareSlots(tid, owner, (t) => t === tid);
  // (a sequence's concatenation and repetition raise their own TypeError for a bad operand)
  method(tid, '__add__', (b, n, kw) => { slotArgs(`__add__`, n, kw, 1); return binaryOp(NB.ADD, S()[b], S()[b + 1]); });
  method(tid, '__mul__', (b, n, kw) => { slotArgs(`__mul__`, n, kw, 1); return binaryOp(NB.MULTIPLY, S()[b], S()[b + 1]); });
  method(tid, '__rmul__', (b, n, kw) => { slotArgs(`__rmul__`, n, kw, 1); return binaryOp(NB.MULTIPLY, S()[b + 1], S()[b]); });
  if (tid !== Tid.TUPLE) {
    // '%' formatting: str % anything; the reflected form only when the left operand is a str too
    method(tid, '__mod__', (b, n, kw) => { slotArgs(`__mod__`, n, kw, 1); return binaryOp(NB.REMAINDER, S()[b], S()[b + 1]); });
    method(tid, '__rmod__', (b, n, kw) => {
      slotArgs(`__rmod__`, n, kw, 1);
      if (tidOfValue(S()[b + 1]) !== tid) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
      return binaryOp(NB.REMAINDER, S()[b + 1], S()[b]);
    });
  }
}

// tuple: what a subclass (namedtuple, class Pair(tuple)) inherits besides the above
unarySlot(Tid.TUPLE, 'tuple', '__hash__', (v) => newInt(pyHash(v)));
unarySlot(Tid.TUPLE, 'tuple', '__repr__', (v) => newStr(repr(v)));
method(Tid.TUPLE, '__getnewargs__', (b, n, kw) => {
  posArgs('tuple.__getnewargs__', n, kw, 0, 0);
  incref(S()[b]);
  return tupleOf([S()[b]]);
});
/** tuple.__new__(cls, iterable=()): a static method, as every __new__ (a subclass's __new__ calls it). */
const tupleNew = defNative('tuple.__new__', (b, n, kw) => {
  if (n === 0) typeError('tuple.__new__(): not enough arguments');
  const cls = S()[b];
  if (tidOfValue(cls) !== Tid.TYPE || !isSubtype(cls, typeByTid[Tid.TUPLE])) {
    typeError(`tuple.__new__(X): X is not a subtype of tuple`);
  }
  if (cls === typeByTid[Tid.TUPLE]) return callValue(cls, n === 2 ? [S()[b + 1]] : []);
  return tupleSubclassNew(cls, b + 1, n - 1, kw);
});
inits.push(() => {
  const sm = newStaticMethod(nativeObject(tupleNew));
  dictSet(typeDict(typeByTid[Tid.TUPLE]), intern('__new__'), sm);
  decref(sm);
});

for (const [tid, owner] of [[Tid.SET, 'set'], [Tid.FROZENSET, 'frozenset']] as const) {
  const isSet = (t: number): boolean => t === Tid.SET || t === Tid.FROZENSET;
  sequenceSlots(tid, owner);
  binarySlots(tid, owner, [['and', NB.AND], ['or', NB.OR], ['sub', NB.SUBTRACT], ['xor', NB.XOR]], isSet);
  compareSlots(tid, owner, isSet);
}
for (const [name, op] of [['and', NB.AND], ['or', NB.OR], ['sub', NB.SUBTRACT], ['xor', NB.XOR]] as const) {
  method(Tid.SET, `__i${name}__`, (b, n, kw) => {
    slotArgs(`__i${name}__`, n, kw, 1);
    const self = S()[b], other = S()[b + 1];
    const t = tidOfValue(other);
    if (t !== Tid.SET && t !== Tid.FROZENSET) { incref(NOTIMPLEMENTED); return NOTIMPLEMENTED; }
    decref(binaryOp(op + NB_INPLACE, self, other));
    incref(self);
    return self;
  });
}

// repr of the scalar types, for int.__repr__(5) and what a subclass's super().__repr__() reaches
for (const [tid, owner] of [[Tid.INT, 'int'], [Tid.FLOAT, 'float'], [Tid.STR, 'str'], [Tid.BYTES, 'bytes']] as const) {
  // (int.__repr__(True) is '1': a bool seen as the int it is)
  unarySlot(tid, owner, '__repr__', (v) => newStr(tidOfValue(v) === Tid.BOOL ? (isTruthy(v) ? '1' : '0') : repr(v)));
}

// hash() of the hashable scalars and frozenset, for x.__hash__() (a user __hash__ that delegates)
for (const [tid, owner] of [[Tid.INT, 'int'], [Tid.FLOAT, 'float'], [Tid.STR, 'str'], [Tid.BYTES, 'bytes'], [Tid.FROZENSET, 'frozenset'], [Tid.RANGE, 'range']] as const) {
  unarySlot(tid, owner, '__hash__', (v) => newInt(pyHash(v)));
}
inits.push(() => dictSet(typeDict(typeByTid[Tid.SET]), intern('__hash__'), NONE));

// the iterators: it.__next__() and iter(it) is it
for (const [tid, owner] of [
  [Tid.LIST_ITER, 'list_iterator'], [Tid.TUPLE_ITER, 'tuple_iterator'], [Tid.STR_ITER, 'str_iterator'],
  [Tid.RANGE_ITER, 'range_iterator'], [Tid.DICT_ITER, 'dict_keyiterator'], [Tid.SET_ITER, 'set_iterator'],
  [Tid.ENUMERATE, 'enumerate'], [Tid.ZIP, 'zip'], [Tid.MAP, 'map'], [Tid.FILTER, 'filter'],
  [Tid.REVERSED, 'reversed'], [Tid.CALL_ITER, 'iterator'], [Tid.BYTES_ITER, 'bytes_iterator'],
  [Tid.CALLABLE_ITER, 'callable_iterator'],
] as const) {
  unarySlot(tid, owner, '__next__', (v) => {
    const r = iterNext(v);
    return r !== 0 ? r : raise(exc.StopIteration);
  });
  unarySlot(tid, owner, '__iter__', (v) => { incref(v); return v; });
}

sequenceSlots(Tid.RANGE, 'range');
unarySlot(Tid.RANGE, 'range', '__bool__', (v) => pyBool(isTruthy(v)));
unarySlot(Tid.RANGE, 'range', '__reversed__', (v) => callBuiltin('reversed', [v]));
unarySlot(Tid.NONE, 'NoneType', '__bool__', () => pyBool(false));

/** Start-up hook (after the type objects exist): what is not a method (__hash__ = None). */
export function installSlotAttributes(): void {
  for (const f of inits) f();
}
