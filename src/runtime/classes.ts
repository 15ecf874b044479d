// classes.ts - user-defined classes: the class statement (__build_class__), the C3 method
// resolution order, attribute lookup with descriptors (functions, property, staticmethod,
// classmethod), instance creation, super(), and finding special methods for the operators.
// Must never: implement an operator's fallback rules; runtime/dunder.ts does, using lookups here.
//
// A user class is a type object (objects/type.ts) flagged HEAPTYPE whose dict is the namespace
// its body built. Classes are immortal: without a cycle collector a class (which its own MRO
// tuple refers to) could never be freed anyway, and classes are made a handful of times.

import { collect } from './iterate';
import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts, FP_CODE, FP_LOCALS, TH_FRAME } from '../vm/thread';
import { alloc } from '../heap/alloc';
import { makeImmortal, NONE } from '../objects/singletons';
import { newDict, dictGet, dictSet, dictPop, dictSetHashed, dictGetHashed, dictItems } from '../objects/dict';
import { intern, strValue } from '../objects/str';
import { newTuple, tupleInit, tupleLen, tupleGet, tupleOf } from '../objects/tuple';
import { typeOf, typeName, typeMro, typeDict, typeFlags, TypeFlag, typeInstTid, T, isSubtype } from '../objects/type';
import { newMethod, newBuiltin } from '../objects/func';
import { newInstance, newSuper, newStaticMethod, INST_DICT, NATIVE_BASE_TIDS, nativeBaseTid, setNativeValue } from '../objects/instance';
import { newException, exc, EXC_CLASS, EXC_DICT } from '../objects/exception';
import { codeInfo, FRAME_HEADER } from '../objects/code';
import { FastKind } from '../code';
import { raise, typeError, attributeError } from './errors';
import { newExceptionFromCall } from './exception_new';
import { nameOf } from './abstract';
import { callAt, callValue, pushFrame } from '../vm/call';
import { evalFrame } from '../vm/eval';
import { FRAME_ENTRY } from '../vm/thread';
import { strHash } from '../objects/str';

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

/** Is t a class made by a class statement? */
export function isHeapType(t: number): boolean { return (typeFlags(t) & TypeFlag.HEAPTYPE) !== 0; }

/** Does v's type come from a class statement (so its special methods must be looked up)? */
export function hasUserType(v: number): boolean {
  if ((v & 1) === 1) return false;
  const tid = mem.i32[(v >> 2) + 1] & TID_MASK;
  if (tid === Tid.INSTANCE) return true;
  return tid === Tid.EXCEPTION && isHeapType(mem.i32[(v >> 2) + EXC_CLASS]);
}

/** The attribute `name` (interned str) found along t's MRO, borrowed, or 0. */
export function lookupInMro(t: number, name: number): number {
  const mro = typeMro(t);
  const n = tupleLen(mro);
  const h = strHash(name);
  for (let i = 0; i < n; i++) {
    const d = typeDict(tupleGet(mro, i));
    const v = dictGetHashed(d, name, h);
    if (v !== 0) return v;
  }
  return 0;
}

/** A special method of v's class (borrowed), or 0; only user classes define them. */
export function specialMethod(v: number, name: string): number {
  if (!hasUserType(v)) return 0;
  return lookupInMro(typeOf(v), intern(name));
}

/** Call special method `name` of v with extra arguments; returns a new reference, or 0 if v has none. */
export function callSpecial(v: number, name: string, args: number[]): number {
  const m = specialMethod(v, name);
  if (m === 0) return 0;
  return callBound(m, v, args);
}

/** Call attribute m found on v's class, as bound to v, with args. */
export function callBound(m: number, v: number, args: number[]): number {
  const t = tidOfValue(m);
  if (t === Tid.FUNCTION) return callValue(m, [v, ...args]);
  const bound = bindAttr(m, v, typeOf(v));
  try { return callValue(bound, args); } finally { decref(bound); }
}

// ---------------------------------------------------------------- descriptors

/** The value of class attribute a (found on the class) as seen from obj (0: from the class itself). */
export function bindAttr(a: number, obj: number, cls: number): number {
  switch (tidOfValue(a)) {
    case Tid.FUNCTION:
      if (obj !== 0) return newMethod(a, obj);
      break;
    case Tid.BUILTIN:
      // a built-in function in a class dict (object.__init__, ...) binds like a method
      if (obj !== 0 && mem.i32[(a >> 2) + 3] === 0) return newBuiltin(mem.i32[(a >> 2) + 2], obj);
      break;
    case Tid.STATICMETHOD: { const f = mem.i32[(a >> 2) + 2]; incref(f); return f; }
    case Tid.CLASSMETHOD: return newMethod(mem.i32[(a >> 2) + 2], cls);
    case Tid.PROPERTY:
      if (obj !== 0) {
        const fget = mem.i32[(a >> 2) + 2];
        if (fget === 0) attributeError('unreadable attribute');
        return callValue(fget, [obj]);
      }
      break;
  }
  incref(a);
  return a;
}

/** The __dict__ of an instance of a user class (instance or exception), creating it if needed. */
export function instanceDict(v: number): number {
  const w = v >> 2;
  if ((mem.i32[w + 1] & TID_MASK) === Tid.INSTANCE) return mem.i32[w + INST_DICT];
  if (mem.i32[w + EXC_DICT] === 0) mem.i32[w + EXC_DICT] = newDict();
  return mem.i32[w + EXC_DICT];
}

/**
 * getattr on an instance of a user class: a data descriptor (property) on the class wins, then
 * the instance's __dict__, then the class attribute (bound if a function), then __getattr__.
 * Returns a new reference, or 0 when there is no such attribute.
 */
export function instanceGetAttr(v: number, name: number): number {
  const cls = typeOf(v);
  if ((typeFlags(cls) & TypeFlag.HAS_PROPERTY) === 0) {
    // no property anywhere on the MRO: an instance attribute wins without looking at the class
    const own = dictGet(instanceDict(v), name);
    if (own !== 0) { incref(own); return own; }
    const a = lookupInMro(cls, name);
    return a === 0 ? 0 : bindAttr(a, v, cls);
  }
  const a = lookupInMro(cls, name);
  if (a !== 0 && tidOfValue(a) === Tid.PROPERTY) return bindAttr(a, v, cls);
  const d = instanceDict(v);
  const own = dictGet(d, name);
  if (own !== 0) { incref(own); return own; }
  if (a !== 0) return bindAttr(a, v, cls);
  return 0;
}

/** __getattr__ fallback for a missing attribute (new reference), or 0. */
export function getattrHook(v: number, name: number): number {
  const hook = specialMethod(v, '__getattr__');
  if (hook === 0) return 0;
  return callBound(hook, v, [name]);
}

/** setattr on an instance of a user class: a property's setter, else the instance __dict__. */
export function instanceSetAttr(v: number, name: number, value: number): void {
  const cls = typeOf(v);
  // a bare object() has no __dict__
  if (cls === T.object) attributeError(`'object' object has no attribute '${nameOf(name)}'`);
  if ((typeFlags(cls) & (TypeFlag.HAS_PROPERTY | TypeFlag.HAS_SETATTR)) === 0) {
    dictSet(instanceDict(v), name, value);
    return;
  }
  // a class's own __setattr__ runs first; object.__setattr__ (below) honours properties
  const hook = specialMethod(v, '__setattr__');
  if (hook !== 0 && tidOfValue(hook) === Tid.FUNCTION) { decref(callBound(hook, v, [name, value])); return; }
  defaultSetAttr(v, name, value);
}

/** object.__setattr__: a property's setter, else the instance __dict__. */
export function defaultSetAttr(v: number, name: number, value: number): void {
  const cls = typeOf(v);
  const a = lookupInMro(cls, name);
  if (a !== 0 && tidOfValue(a) === Tid.PROPERTY) {
    const fset = mem.i32[(a >> 2) + 3];
    if (fset === 0) attributeError(`property '${nameOf(name)}' of '${strValue(typeName(cls))}' object has no setter`);
    decref(callValue(fset, [v, value]));
    return;
  }
  dictSet(instanceDict(v), name, value);
}

/** delattr on an instance of a user class. */
export function instanceDelAttr(v: number, name: number): void {
  const cls = typeOf(v);
  const a = lookupInMro(cls, name);
  if (a !== 0 && tidOfValue(a) === Tid.PROPERTY) {
    const fdel = mem.i32[(a >> 2) + 4];
    if (fdel === 0) attributeError(`property '${nameOf(name)}' of '${strValue(typeName(cls))}' object has no deleter`);
    decref(callValue(fdel, [v]));
    return;
  }
  const old = dictPop(instanceDict(v), name);
  if (old === 0) attributeError(`'${strValue(typeName(cls))}' object has no attribute '${nameOf(name)}'`);
  decref(old);
}

/** getattr on a user class itself (new reference), or 0. */
export function classGetAttr(t: number, name: number): number {
  const a = lookupInMro(t, name);
  if (a === 0) return 0;
  return bindAttr(a, 0, t);
}

/**
 * The function an instance's method call would run, for LOAD_METHOD (borrowed), or 0 when the
 * attribute is not a plain function on the class (or the instance dict shadows it).
 */
export function instanceMethod(v: number, name: number): number {
  const a = lookupInMro(typeOf(v), name);
  if (a === 0 || tidOfValue(a) !== Tid.FUNCTION) return 0;
  if (dictGet(instanceDict(v), name) !== 0) return 0;
  return a;
}

// ---------------------------------------------------------------- the class statement

/** C3 linearisation of a class with the given bases (as CPython's mro_implementation). */
function c3(cls: number, bases: number[]): number[] {
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) typeError(`duplicate base class ${strValue(typeName(bases[i]))}`);
  }
  const seqs: number[][] = bases.map((b) => {
    const mro = typeMro(b);
    const out: number[] = [];
    for (let i = 0; i < tupleLen(mro); i++) out.push(tupleGet(mro, i));
    return out;
  });
  seqs.push([...bases]);
  const result = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return result;
    let next = 0;
    for (const s of live) {
      const candidate = s[0];
      if (!live.some((o) => o.indexOf(candidate) > 0)) { next = candidate; break; }
    }
    if (next === 0) {
      // CPython names the classes still waiting at the heads of the lists being merged
      const heads: number[] = [];
      for (const s of live) if (!heads.includes(s[0])) heads.push(s[0]);
      const names = heads.map((b) => strValue(typeName(b))).join(', ');
      return typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    result.push(next);
    for (const s of live) if (s[0] === next) s.shift();
  }
}

/** A new class: name, bases (borrowed type objects), namespace dict (borrowed; copied). */
export function newClass(name: number, bases: number[], ns: number): number {
  if (bases.length === 0) bases = [T.object];
  for (const b of bases) {
    if (tidOfValue(b) !== Tid.TYPE) typeError('bases must be types');
    if ((typeFlags(b) & TypeFlag.BASETYPE) === 0) typeError(`type '${strValue(typeName(b))}' is not an acceptable base type`);
  }
  // instances are exceptions if any base is an exception class, plain instances otherwise
  // (or instances carrying a list or dict when a base is list or dict, or a subclass of one)
  let instTid = Tid.INSTANCE;
  let native = 0;
  for (const b of bases) {
    const it = typeInstTid(b);
    const bNative = NATIVE_BASE_TIDS.includes(it) ? it : nativeBaseTid(b);
    if (it === Tid.EXCEPTION) instTid = Tid.EXCEPTION;
    else if (bNative !== 0) {
      if (native !== 0 && native !== bNative) typeError('multiple bases have instance lay-out conflict');
      native = bNative;
    } else if (it !== Tid.INSTANCE) typeError(`pygil does not support subclassing the built-in type '${strValue(typeName(b))}' yet`);
  }
  if (native !== 0 && instTid === Tid.EXCEPTION) typeError('multiple bases have instance lay-out conflict');
  // the MRO first: a bad one raises before the (immortal, never freed) type block exists
  const mro = c3(0, bases);
  const p = alloc(40, Tid.TYPE);
  mro[0] = p;
  makeImmortal(p);
  const w = p >> 2;
  incref(name);
  mem.i32[w + 2] = name;
  mem.i32[w + 3] = bases[0];
  const mt = newTuple(mro.length);
  for (let i = 0; i < mro.length; i++) { if (i > 0) incref(mro[i]); tupleInit(mt, i, mro[i]); }
  mem.i32[w + 4] = mt;
  const d = newDict();
  copyDict(ns, d);
  mem.i32[w + 5] = d;
  mem.i32[w + 6] = instTid;
  let flags = TypeFlag.BASETYPE | TypeFlag.HEAPTYPE;
  if (instTid === Tid.EXCEPTION) flags |= TypeFlag.EXCEPTION;
  if (native !== 0) flags |= TypeFlag.NATIVE_BASE;
  mem.i32[w + 7] = flags | descriptorFlags(mro);
  for (const b of bases) incref(b);
  mem.i32[w + 8] = tupleOf(bases);
  // a class that defines __eq__ but not __hash__ is unhashable, as in CPython
  if (dictGet(d, intern('__eq__')) !== 0 && dictGet(d, intern('__hash__')) === 0) dictSet(d, intern('__hash__'), NONE);
  return p;
}

/** HAS_PROPERTY and HAS_SETATTR for a class with this MRO. */
function descriptorFlags(mro: number[]): number {
  let flags = 0;
  for (const t of mro) {
    for (const [k, v] of dictItems(typeDict(t))) {
      if (tidOfValue(v) === Tid.PROPERTY) flags |= TypeFlag.HAS_PROPERTY;
      if (t !== T.object && strValue(k) === '__setattr__') flags |= TypeFlag.HAS_SETATTR;
    }
  }
  return flags;
}

/** Note an attribute set on a class after it was made (a property or __setattr__ turns on a flag). */
export function classAttributeSet(cls: number, name: number, value: number): void {
  const w = cls >> 2;
  if (tidOfValue(value) === Tid.PROPERTY) mem.i32[w + 7] |= TypeFlag.HAS_PROPERTY;
  if (nameOf(name) === '__setattr__') mem.i32[w + 7] |= TypeFlag.HAS_SETATTR;
}

function copyDict(from: number, to: number): void {
  for (const [k, v] of dictItems(from)) dictSetHashed(to, k, strHash(k), v);
}

/**
 * __build_class__(body, name, *bases): run the class body with a fresh namespace as its locals,
 * make the class, and fill the body's __class__ cell (for zero-argument super()).
 */
export function buildClass(base: number, n: number, kw: number): number {
  const S = ts.S;
  if (kw !== 0 && tupleLen(kw) > 0) {
    const k = strValue(tupleGet(kw, 0));
    raise(exc.NotImplementedError, `pygil does not support class keyword arguments ('${k}=') yet`);
  }
  if (n < 2) typeError('__build_class__: not enough arguments');
  const body = S[base], name = S[base + 1];
  const bases: number[] = [];
  for (let i = 2; i < n; i++) bases.push(S[base + i]);
  const ns = newDict();
  try {
    const fp = Math.max(ts.top, base + n);
    const saveTop = ts.top;
    const ci = pushFrame(body, fp, base, 0, 0, S[TH_FRAME], FRAME_ENTRY);
    S[fp + FP_LOCALS] = ns;
    ts.top = fp + ci.frameSize;
    let cell: number;
    try { cell = evalFrame(fp); } finally { ts.top = saveTop; }
    const cls = newClass(name, bases, ns);
    const classcell = intern('__classcell__');
    const d = typeDict(cls);
    // a __new__ defined as a plain function is a static method (CPython's type_new does this)
    const nw = dictGet(d, intern('__new__'));
    if (nw !== 0 && tidOfValue(nw) === Tid.FUNCTION) {
      const sm = newStaticMethod(nw);
      dictSet(d, intern('__new__'), sm);
      decref(sm);
    }
    const old = dictPop(d, classcell);
    if (old !== 0) decref(old);
    if ((cell & 1) === 0 && tidOfValue(cell) === Tid.CELL) {
      incref(cls);
      const w = (cell >> 2) + 2;
      const prev = mem.i32[w];
      mem.i32[w] = cls;
      if (prev !== 0) decref(prev);
    }
    decref(cell);
    return cls;
  } finally {
    decref(ns);
  }
}

/** Does a class along cls's MRO define __new__ in Python (not object's own)? Its function, or 0. */
export function userNew(cls: number): number {
  const nw = lookupInMro(cls, intern('__new__'));
  if (nw === 0 || tidOfValue(nw) !== Tid.STATICMETHOD) return 0;
  const f = mem.i32[(nw >> 2) + 2];
  return tidOfValue(f) === Tid.FUNCTION ? f : 0;
}
export function hasUserNew(cls: number): boolean { return userNew(cls) !== 0; }
/** Does cls (or a class it derives from) define __init__ in Python? */
function hasUserInit(cls: number): boolean {
  const init = lookupInMro(cls, intern('__init__'));
  return init !== 0 && tidOfValue(init) === Tid.FUNCTION;
}

/**
 * Calling a user class: make the instance (by its __new__ when a class defines one, as
 * CPython's type_call: an object that is not an instance of cls is returned as it is, without
 * __init__), then run __init__ (which must return None).
 */
export function createInstance(cls: number, base: number, n: number, kw: number): number {
  const S = ts.S;
  let obj: number;
  const nw = userNew(cls);
  if (nw !== 0) {
    // cls goes in the slot just below the arguments, as for __init__ below
    const b = Math.max(ts.top, base + n);
    S[b] = cls;
    for (let i = 0; i < n; i++) S[b + 1 + i] = S[base + i];
    const saveTop = ts.top;
    ts.top = b + n + 1;
    try { obj = callAt(nw, b, n + 1, kw); } finally { ts.top = saveTop; }
    if (!isSubtype(typeOf(obj), cls)) return obj;
  } else if (typeInstTid(cls) === Tid.EXCEPTION && !hasUserInit(cls)) {
    // the built-in __init__ (BaseException's, OSError's, ImportError's) takes the arguments
    obj = newExceptionFromCall(cls, base, n, kw);
  } else if (nativeBaseTid(cls) === Tid.TUPLE) {
    // tuple.__new__: the items come with the call (a tuple is never changed afterwards)
    obj = tupleSubclassNew(cls, base, n, kw);
  } else if (typeInstTid(cls) === Tid.EXCEPTION) {
    // BaseException.__new__ keeps the positional arguments as args; the class's __init__ gets them all
    const args: number[] = [];
    const npos = kw === 0 ? n : n - tupleLen(kw);
    for (let i = 0; i < npos; i++) { incref(S[base + i]); args.push(S[base + i]); }
    obj = newException(cls, tupleOf(args));
  } else {
    obj = newInstance(cls);
  }
  const init = lookupInMro(cls, intern('__init__'));
  try {
    if (init !== 0 && tidOfValue(init) === Tid.FUNCTION) {
      // self goes in the slot just below the arguments, as CALL arranges for a method
      const b = Math.max(ts.top, base + n);
      S[b] = obj;
      for (let i = 0; i < n; i++) S[b + 1 + i] = S[base + i];
      const saveTop = ts.top;
      ts.top = b + n + 1;
      let r: number;
      try { r = callAt(init, b, n + 1, kw); } finally { ts.top = saveTop; }
      if (r !== NONE) {
        const tn = typeNameOfValue(r);
        decref(r);
        typeError(`__init__() should return None, not '${tn}'`);
      }
    } else if (init !== 0 && tidOfValue(init) === Tid.BUILTIN && nativeBaseTid(cls) !== 0) {
      // list.__init__ or dict.__init__ (builtins/slot_methods.ts) fills the native value
      const bound = bindAttr(init, obj, cls);
      try { decref(callAt(bound, base, n, kw)); } finally { decref(bound); }
    } else if (typeInstTid(cls) === Tid.INSTANCE && n > 0 && nw === 0 && nativeBaseTid(cls) !== Tid.TUPLE) {
      typeError(`${strValue(typeName(cls))}() takes no arguments`);
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

function typeNameOf(v: number): string { return strValue(typeName(typeOf(v))); }
const typeNameOfValue = typeNameOf;

/**
 * tuple.__new__(cls, iterable=()) for a subclass cls of tuple, its arguments at S[base..base+n):
 * a new instance whose native value holds the iterable's items.
 */
export function tupleSubclassNew(cls: number, base: number, n: number, kw: number): number {
  if (kw !== 0 && tupleLen(kw) > 0) typeError(`${strValue(typeName(cls))}() takes no keyword arguments`);
  if (n > 1) typeError(`tuple expected at most 1 argument, got ${n}`);
  const items = n === 1 ? collect(ts.S[base]) : [];
  const obj = newInstance(cls);
  setNativeValue(obj, tupleOf(items));
  return obj;
}

/** super() with no arguments: the class from the caller's __class__ cell, self from its first argument. */
export function zeroArgSuper(): number {
  const S = ts.S;
  const fp = S[TH_FRAME];
  if (fp < 0) raise(exc.RuntimeError, 'super(): no current frame');
  const ci = codeInfo(S[fp + FP_CODE]);
  const lp = fp + FRAME_HEADER;
  let cls = 0;
  for (let i = 0; i < ci.nlocalsplus; i++) {
    if (ci.lpNames[i] === '__class__' && (ci.kinds[i] & (FastKind.FREE | FastKind.CELL)) !== 0) {
      cls = mem.i32[(S[lp + i] >> 2) + 2];
    }
  }
  if (cls === 0) raise(exc.RuntimeError, 'super(): __class__ cell not found');
  if (ci.argcount === 0) raise(exc.RuntimeError, 'super(): no arguments');
  let self = S[lp];
  if ((ci.kinds[0] & FastKind.CELL) !== 0 && self !== 0) self = mem.i32[(self >> 2) + 2];
  if (self === 0) raise(exc.RuntimeError, 'super(): arg[0] deleted');
  return newSuper(cls, self);
}

/** getattr on a super object: search the MRO of the bound object's class after `cls`. */
export function superGetAttr(sup: number, name: number): number {
  const cls = mem.i32[(sup >> 2) + 2], obj = mem.i32[(sup >> 2) + 3];
  const start = tidOfValue(obj) === Tid.TYPE && isSubtype(obj, cls) ? obj : typeOf(obj);
  const mro = typeMro(start);
  const n = tupleLen(mro);
  let i = 0;
  while (i < n && tupleGet(mro, i) !== cls) i++;
  for (i++; i < n; i++) {
    const a = dictGet(typeDict(tupleGet(mro, i)), name);
    if (a !== 0) return bindAttr(a, obj === start ? 0 : obj, start);
  }
  return attributeError(`'super' object has no attribute '${nameOf(name)}'`);
}

/** The text CPython puts before an uncaught exception's message: module-qualified for user classes. */
export function qualifiedClassName(cls: number): string {
  const name = strValue(typeName(cls));
  if (!isHeapType(cls)) return name;
  const mod = dictGet(typeDict(cls), intern('__module__'));
  if (mod === 0 || tidOfValue(mod) !== Tid.STR) return name;
  const m = strValue(mod);
  return m === 'builtins' ? name : `${m}.${name}`;
}

