// abstract.ts - the object protocols on built-in values: len, subscripting, `in`, attributes.
// Owns: indexing and slicing of str/list/tuple/range, dict and set membership, attribute
// lookup (data attributes and bound built-in methods), and their CPython error texts.
// Must never: implement a method's behaviour (builtins/ does); this file only finds it.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { intValue } from '../objects/int';
import { newStr, strValue, strUnits, strUnitAt, strIsAstral, intern } from '../objects/str';
import { newTuple, tupleLen, tupleGet, tupleInit, tupleOf } from '../objects/tuple';
import { newList, listLen, listGet, listSet, listBase, listItems, listReplaceAll, listPopAt } from '../objects/list';
import { dictGet, dictSet, dictPop, dictLen, dictGetHashed } from '../objects/dict';
import { setContains } from '../objects/set';
import { newRange, rangeBig, rangeLen, rangeLengthBig, rangeStartValue, rangeStopValue, rangeStepValue } from '../objects/range';
import { overflowError } from './errors';
import { newInt } from '../objects/int';
import { incref, decref } from '../heap/refcount';
import { NONE, TRUE, FALSE } from '../objects/singletons';
import { typeOf, typeName, typeMro, typeDict, typeInstTid, isSubtype, T } from '../objects/type';
import { newBuiltin, FN_NAME, FN_QUALNAME, FN_DEFAULTS, FN_CODE, FN_MODULE, FN_DOC, FN_DICT, FN_KWDEFAULTS } from '../objects/func';
import { moduleDict, moduleName } from '../objects/module';
import { EXC_ARGS, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS, EXC_TB, exc } from '../objects/exception';
import { newDict } from '../objects/dict';
import { PyErr, typeError, indexError, raise, raiseArgs, attributeError, valueError } from './errors';
import { typeNameOf } from './repr';
import { richEq } from './compare';
import { getIter, iterNext, collect } from './iterate';
import { importErrorDefault } from './importerror';
import { nativeName, nativeObject } from './natives';
import { newFloat } from '../objects/float';
import { hashOf } from './hash';
import { callSpecial, specialMethod, instanceGetAttr, instanceSetAttr, instanceDelAttr, instanceDict, getattrHook, classGetAttr, superGetAttr, hasUserType, isHeapType, bindAttr, lookupInMro, classAttributeSet } from './classes';
import { isTruthy } from './truth';
import { bumpClassEpoch } from './attrcache';
import { bytesGetItem, byteArraySetItem, byteArrayDelItem, bytesContains } from './bytesops';

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

// ---------------------------------------------------------------- names

const names = new Map<number, string>();
/** JS text of an interned (immortal) name: cached per address, which never changes meaning. */
export function nameOf(p: number): string {
  let s = names.get(p);
  if (s === undefined) { s = strValue(p); names.set(p, s); }
  return s;
}
export function resetNames(): void { names.clear(); }

// ---------------------------------------------------------------- len

export function pyLen(v: number): number {
  const t = tidOfValue(v);
  const w = v >> 2;
  switch (t) {
    case Tid.STR: return strIsAstral(v) ? Array.from(strValue(v)).length : mem.i32[w + 3];
    case Tid.TUPLE: case Tid.LIST: case Tid.DICT: case Tid.SET: case Tid.FROZENSET: case Tid.BYTES: case Tid.BYTEARRAY:
      return mem.i32[w + 2];
    case Tid.RANGE: {
      const n = rangeLen(v);
      if (typeof n === 'bigint') overflowError('Python int too large to convert to C ssize_t');
      return n as number;
    }
    case Tid.DICT_VIEW: return dictLen(mem.i32[w + 2]);
    case Tid.INSTANCE: {
      const r = callSpecial(v, '__len__', []);
      if (r === 0) break;
      const t2 = tidOfValue(r);
      if (t2 !== Tid.INT && t2 !== Tid.BOOL) { const tn = typeNameOf(r); decref(r); typeError(`'${tn}' object cannot be interpreted as an integer`); }
      const n = intValue(r);
      decref(r);
      if (n < 0) valueError('__len__() should return >= 0');
      if (typeof n === 'bigint') overflowError("cannot fit 'int' into an index-sized integer");
      return Number(n);
    }
  }
  return typeError(`object of type '${typeNameOf(v)}' has no len()`);
}

// ---------------------------------------------------------------- indices and slices

/** An index argument as a JS number; raises the container's TypeError when it is not an int. */
function indexOf(key: number, what: string): number {
  const t = tidOfValue(key);
  if (t !== Tid.INT && t !== Tid.BOOL) typeError(`${what} indices must be integers or slices, not ${typeNameOf(key)}`);
  const x = intValue(key);
  if (typeof x === 'bigint') raise(exc.IndexError, `cannot fit 'int' into an index-sized integer`);
  return x as number;
}

/** Slice bounds resolved against a length, as PySlice_AdjustIndices: [start, stop, step, count]. */
export function sliceIndices(slice: number, len: number): [number, number, number, number] {
  const w = slice >> 2;
  const sv = mem.i32[w + 2], ev = mem.i32[w + 3], tv = mem.i32[w + 4];
  const num = (v: number): number => {
    const t = tidOfValue(v);
    if (t !== Tid.INT && t !== Tid.BOOL) typeError('slice indices must be integers or None or have an __index__ method');
    const x = intValue(v);
    return typeof x === 'bigint' ? (x < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : x;
  };
  const step = tv === NONE ? 1 : num(tv);
  if (step === 0) valueError('slice step cannot be zero');
  let start: number, stop: number;
  if (sv === NONE) start = step < 0 ? len - 1 : 0;
  else {
    start = num(sv);
    if (start < 0) { start += len; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (ev === NONE) stop = step < 0 ? -1 : len;
  else {
    stop = num(ev);
    if (stop < 0) { stop += len; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let count = 0;
  if (step < 0) { if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

/** str's index check has its own wording in CPython 3.11 ("must be integers, not 'float'"). */
function strIndexOf(key: number): number {
  const t = tidOfValue(key);
  if (t !== Tid.INT && t !== Tid.BOOL) typeError(`string indices must be integers, not '${typeNameOf(key)}'`);
  return indexOf(key, 'string');
}

function strGetItem(s: number, key: number): number {
  if (strIsAstral(s)) {
    const chars = Array.from(strValue(s));
    if (tidOfValue(key) === Tid.SLICE) {
      const [start, , step, count] = sliceIndices(key, chars.length);
      let out = '';
      for (let i = 0; i < count; i++) out += chars[start + i * step];
      return newStr(out);
    }
    let i = strIndexOf(key);
    if (i < 0) i += chars.length;
    if (i < 0 || i >= chars.length) indexError('string index out of range');
    return newStr(chars[i]);
  }
  const n = strUnits(s);
  if (tidOfValue(key) === Tid.SLICE) {
    const [start, , step, count] = sliceIndices(key, n);
    if (step === 1) return newStr(strValue(s).substr(start, count));
    let out = '';
    for (let i = 0; i < count; i++) out += String.fromCharCode(strUnitAt(s, start + i * step));
    return newStr(out);
  }
  let i = strIndexOf(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('string index out of range');
  return newStr(String.fromCharCode(strUnitAt(s, i)));
}

/** container[key]: a new reference. */
export function getItem(c: number, key: number): number {
  const t = tidOfValue(c);
  switch (t) {
    case Tid.LIST: case Tid.TUPLE: {
      const isList = t === Tid.LIST;
      const n = isList ? listLen(c) : tupleLen(c);
      if (tidOfValue(key) === Tid.SLICE) {
        const [start, , step, count] = sliceIndices(key, n);
        const get = isList ? listGet : tupleGet;
        if (isList) {
          const l = newList(count);
          const base = listBase(l);
          for (let i = 0; i < count; i++) { const v = get(c, start + i * step); incref(v); mem.i32[base + i] = v; }
          return l;
        }
        const r = newTuple(count);
        for (let i = 0; i < count; i++) { const v = get(c, start + i * step); incref(v); tupleInit(r, i, v); }
        return r;
      }
      let i = indexOf(key, isList ? 'list' : 'tuple');
      if (i < 0) i += n;
      if (i < 0 || i >= n) indexError(`${isList ? 'list' : 'tuple'} index out of range`);
      const v = isList ? listGet(c, i) : tupleGet(c, i);
      incref(v);
      return v;
    }
    case Tid.STR: return strGetItem(c, key);
    case Tid.BYTES: case Tid.BYTEARRAY: return bytesGetItem(c, key);
    case Tid.DICT: {
      const v = dictGet(c, key);
      if (v === 0) { incref(key); raiseArgs(exc.KeyError, [key]); }
      incref(v);
      return v;
    }
    case Tid.RANGE: {
      const [start, stop, step] = rangeBig(c);
      const n = rangeLengthBig(start, stop, step);
      if (tidOfValue(key) === Tid.SLICE) {
        if (n > BigInt(Number.MAX_SAFE_INTEGER)) overflowError('Python int too large to convert to C ssize_t');
        const [s, e, st] = sliceIndices(key, Number(n));
        const a = newInt(start + BigInt(s) * step), b = newInt(start + BigInt(e) * step), d = newInt(step * BigInt(st));
        const r = newRange(a, b, d);
        decref(a); decref(b); decref(d);
        return r;
      }
      const kt = tidOfValue(key);
      if (kt !== Tid.INT && kt !== Tid.BOOL) typeError(`range indices must be integers or slices, not ${typeNameOf(key)}`);
      let i = BigInt(intValue(key));
      if (i < 0n) i += n;
      if (i < 0n || i >= n) indexError('range object index out of range');
      return newInt(start + i * step);
    }
    case Tid.TYPE:
      // list[int] and friends: generic aliases are out of scope; return the type itself
      incref(c);
      return c;
    case Tid.INSTANCE: {
      const r = callSpecial(c, '__getitem__', [key]);
      if (r !== 0) return r;
      break;
    }
  }
  return typeError(`'${typeNameOf(c)}' object is not subscriptable`);
}

/** container[key] = value (value borrowed). */
export function setItem(c: number, key: number, value: number): void {
  const t = tidOfValue(c);
  if (t === Tid.LIST) {
    const n = listLen(c);
    if (tidOfValue(key) === Tid.SLICE) return listSetSlice(c, key, value);
    let i = indexOf(key, 'list');
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError('list assignment index out of range');
    incref(value);
    listSet(c, i, value);
    return;
  }
  if (t === Tid.DICT) { dictSet(c, key, value); return; }
  if (t === Tid.BYTEARRAY) { byteArraySetItem(c, key, value); return; }
  if (t === Tid.INSTANCE) {
    const r = callSpecial(c, '__setitem__', [key, value]);
    if (r !== 0) { decref(r); return; }
  }
  if (t === Tid.TUPLE || t === Tid.STR) typeError(`'${typeNameOf(c)}' object does not support item assignment`);
  typeError(`'${typeNameOf(c)}' object does not support item assignment`);
}

function listSetSlice(l: number, slice: number, value: number): void {
  const items = listItems(l);
  const [start, , step, count] = sliceIndices(slice, items.length);
  const src = collect(value);
  if (step === 1) {
    const out = items.slice(0, start).concat(src, items.slice(start + count));
    for (const v of out) incref(v);
    for (const v of src) decref(v);
    listReplaceAll(l, out);
    return;
  }
  if (src.length !== count) {
    for (const v of src) decref(v);
    valueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${count}`);
  }
  for (let i = 0; i < count; i++) listSet(l, start + i * step, src[i]);
}


/** del container[key] */
export function delItem(c: number, key: number): void {
  const t = tidOfValue(c);
  if (t === Tid.LIST) {
    const n = listLen(c);
    if (tidOfValue(key) === Tid.SLICE) {
      const [start, , step, count] = sliceIndices(key, n);
      const items = listItems(c);
      const drop = new Set<number>();
      for (let i = 0; i < count; i++) drop.add(start + i * step);
      const keep = items.filter((_, i) => !drop.has(i));
      for (const v of keep) incref(v);
      listReplaceAll(c, keep);
      return;
    }
    let i = indexOf(key, 'list');
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError('list assignment index out of range');
    decref(listPopAt(c, i));
    return;
  }
  if (t === Tid.DICT) {
    const v = dictPop(c, key);
    if (v === 0) { incref(key); raiseArgs(exc.KeyError, [key]); }
    decref(v);
    return;
  }
  if (t === Tid.BYTEARRAY) { byteArrayDelItem(c, key); return; }
  if (t === Tid.INSTANCE) {
    const r = callSpecial(c, '__delitem__', [key]);
    if (r !== 0) { decref(r); return; }
  }
  typeError(`'${typeNameOf(c)}' object doesn't support item deletion`);
}

// ---------------------------------------------------------------- membership

/** `item in container` */
export function contains(c: number, item: number): boolean {
  const t = tidOfValue(c);
  switch (t) {
    case Tid.LIST: {
      const n = listLen(c);
      for (let i = 0; i < n && i < listLen(c); i++) { const v = listGet(c, i); if (v === item || richEq(v, item)) return true; }
      return false;
    }
    case Tid.TUPLE: {
      const n = tupleLen(c);
      for (let i = 0; i < n; i++) { const v = tupleGet(c, i); if (v === item || richEq(v, item)) return true; }
      return false;
    }
    case Tid.STR: {
      if (tidOfValue(item) !== Tid.STR) typeError(`'in <string>' requires string as left operand, not ${typeNameOf(item)}`);
      return strValue(c).includes(strValue(item));
    }
    case Tid.BYTES: case Tid.BYTEARRAY: return bytesContains(c, item);
    case Tid.DICT: return dictGetHashed(c, item, hashOf(item)) !== 0;
    case Tid.SET: case Tid.FROZENSET: return setContains(c, item);
    case Tid.DICT_VIEW: {
      const d = mem.i32[(c >> 2) + 2];
      const kind = mem.i32[(c >> 2) + 3];
      if (kind === 0) return dictGet(d, item) !== 0;
      break;
    }
    case Tid.RANGE: {
      const it = tidOfValue(item);
      if (it === Tid.INT || it === Tid.BOOL) {
        const x = BigInt(intValue(item));
        const [start, stop, step] = rangeBig(c);
        if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false;
        return (x - start) % step === 0n;
      }
      break;
    }
    case Tid.INSTANCE: {
      const r = callSpecial(c, '__contains__', [item]);
      if (r !== 0) { const b = isTruthy(r); decref(r); return b; }
      break;
    }
  }
  // any other iterable: compare item by item
  if (t === Tid.INSTANCE && specialMethod(c, '__iter__') === 0 && specialMethod(c, '__getitem__') === 0) {
    typeError(`argument of type '${typeNameOf(c)}' is not iterable`);
  }
  const it = getIter(c);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      const eq = v === item || richEq(v, item);
      decref(v);
      if (eq) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

// ---------------------------------------------------------------- attributes

/** Native method tables of the built-in types: tid -> name -> native index. */
const methodTables: Map<string, number>[] = [];

export function defMethod(tid: number, name: string, index: number): void {
  let m = methodTables[tid];
  if (m === undefined) { m = new Map(); methodTables[tid] = m; }
  m.set(name, index);
}

/** The native index of a built-in method of v's type, or -1. */
export function findMethod(v: number, name: string): number {
  const t = tidOfValue(v);
  const m = methodTables[t === Tid.BOOL ? Tid.INT : t];
  if (m !== undefined) {
    const i = m.get(name);
    if (i !== undefined) return i;
  }
  if (t === Tid.BOOL) {
    const mb = methodTables[Tid.BOOL];
    const j = mb === undefined ? undefined : mb.get(name);
    if (j !== undefined) return j;
  }
  return -1;
}

function noAttr(v: number, name: string): never {
  if (tidOfValue(v) === Tid.MODULE) {
    return attributeError(`module '${strValue(moduleName(v))}' has no attribute '${name}'`);
  }
  if (tidOfValue(v) === Tid.TYPE) {
    return attributeError(`type object '${strValue(typeName(v))}' has no attribute '${name}'`);
  }
  return attributeError(`'${typeNameOf(v)}' object has no attribute '${name}'`);
}

function ownRef(v: number): number { incref(v); return v; }
function orNone(v: number): number { return ownRef(v === 0 ? NONE : v); }

/** Data attributes of built-in objects (not methods). Returns 0 when there is none. */
function dataAttr(v: number, t: number, name: string): number {
  const w = v >> 2;
  if (name === '__class__') return ownRef(typeOf(v));
  switch (t) {
    case Tid.MODULE: {
      if (name === '__dict__') return ownRef(moduleDict(v));
      const key = intern(name);
      const r = dictGet(moduleDict(v), key);
      return r === 0 ? 0 : ownRef(r);
    }
    case Tid.FUNCTION:
      switch (name) {
        case '__name__': return ownRef(mem.i32[w + FN_NAME]);
        case '__qualname__': return ownRef(mem.i32[w + FN_QUALNAME]);
        case '__defaults__': return orNone(mem.i32[w + FN_DEFAULTS]);
        case '__kwdefaults__': return orNone(mem.i32[w + FN_KWDEFAULTS]);
        case '__code__': return ownRef(mem.i32[w + FN_CODE]);
        case '__module__': return orNone(mem.i32[w + FN_MODULE]);
        case '__doc__': return orNone(mem.i32[w + FN_DOC]);
        case '__dict__':
          if (mem.i32[w + FN_DICT] === 0) mem.i32[w + FN_DICT] = newDict();
          return ownRef(mem.i32[w + FN_DICT]);
        case '__globals__': return ownRef(mem.i32[w + 3]);
      }
      if (mem.i32[w + FN_DICT] !== 0) {
        const r = dictGet(mem.i32[w + FN_DICT], intern(name));
        if (r !== 0) return ownRef(r);
      }
      return 0;
    case Tid.TYPE:
      switch (name) {
        case '__name__': return ownRef(typeName(v));
        case '__qualname__': {
          const q = isHeapType(v) ? dictGet(typeDict(v), intern('__qualname__')) : 0;
          return ownRef(q !== 0 ? q : typeName(v));
        }
        case '__mro__': return ownRef(typeMro(v));
        case '__bases__': return ownRef(mem.i32[w + 8]);
        case '__base__': return orNone(mem.i32[w + 3]);
        case '__module__': if (!isHeapType(v)) return ownRef(intern('builtins')); break;
        case '__dict__': return ownRef(typeDict(v));
        case '__doc__': {
          const doc = isHeapType(v) ? dictGet(typeDict(v), intern('__doc__')) : 0;
          return ownRef(doc !== 0 ? doc : NONE);
        }
      }
      // a user class's attributes (with their descriptors) come from classes.ts's MRO lookup
      if (isHeapType(v)) return 0;
      {
        const r = dictGet(typeDict(v), intern(name));
        // a static method (object.__new__) is its function, as from a user class; a class
        // method (dict.fromkeys) is bound to the type
        if (r !== 0 && tidOfValue(r) === Tid.CLASSMETHOD) return bindAttr(r, 0, v);
        if (r !== 0) return ownRef(tidOfValue(r) === Tid.STATICMETHOD ? mem.i32[(r >> 2) + 2] : r);
        // an unbound method of a built-in type, e.g. str.lower used as a sort key
        const table = methodTables[typeInstTid(v)];
        const m = table === undefined ? undefined : table.get(name);
        if (m !== undefined) return ownRef(nativeObject(m));
      }
      return 0;
    case Tid.EXCEPTION:
      switch (name) {
        case 'args': return ownRef(mem.i32[w + EXC_ARGS]);
        case '__cause__': return orNone(mem.i32[w + EXC_CAUSE]);
        case '__context__': return orNone(mem.i32[w + EXC_CONTEXT]);
        case '__suppress_context__': return ownRef(mem.i32[w + EXC_SUPPRESS] ? TRUE : FALSE);
        case '__traceback__': return orNone(mem.i32[w + EXC_TB]);
        case 'value': case 'code': {
          // StopIteration.value and SystemExit.code are their first argument
          const cls = typeOf(v);
          if (!isSubtype(cls, name === 'value' ? exc.StopIteration : exc.SystemExit)) return 0;
          const args = mem.i32[w + EXC_ARGS];
          return orNone(tupleLen(args) > 0 ? tupleGet(args, 0) : NONE);
        }
        case 'name': case 'path': case 'msg': return importErrorDefault(v, name);
      }
      return 0;
    case Tid.INT: case Tid.BOOL:
      if (name === 'real' || name === 'numerator') return ownRef(t === Tid.BOOL ? newInt(intValue(v)) : v);
      if (name === 'imag') return newInt(0);
      if (name === 'denominator') return newInt(1);
      return 0;
    case Tid.FLOAT:
      if (name === 'real') return ownRef(v);
      if (name === 'imag') return newFloat(0);
      return 0;
    case Tid.RANGE:
      if (name === 'start') return ownRef(rangeStartValue(v));
      if (name === 'stop') return ownRef(rangeStopValue(v));
      if (name === 'step') return ownRef(rangeStepValue(v));
      return 0;
    case Tid.PROPERTY: {
      const field = ['fget', 'fset', 'fdel', '__doc__'].indexOf(name);
      return field < 0 ? 0 : orNone(mem.i32[w + 2 + field]);
    }
    case Tid.STATICMETHOD: case Tid.CLASSMETHOD:
      return name === '__func__' ? ownRef(mem.i32[w + 2]) : 0;
    case Tid.SLICE:
      if (name === 'start') return ownRef(mem.i32[w + 2]);
      if (name === 'stop') return ownRef(mem.i32[w + 3]);
      if (name === 'step') return ownRef(mem.i32[w + 4]);
      return 0;
    case Tid.METHOD:
      if (name === '__self__') return ownRef(mem.i32[w + 3]);
      if (name === '__func__') return ownRef(mem.i32[w + 2]);
      return getAttr(mem.i32[w + 2], intern(name));
    case Tid.BUILTIN:
      if (name === '__name__') return newStr(nativeName(mem.i32[w + 2]).replace(/^.*\./, ''));
      return 0;
  }
  return 0;
}

/** getattr(v, name) where name is an interned str: a new reference; raises AttributeError. */
export function getAttr(v: number, name: number): number {
  const r = getAttrOrNull(v, name);
  if (r !== 0) return r;
  return noAttr(v, nameOf(name));
}

/** getattr with a default: 0 when absent (errors raised by a property or __getattr__ propagate). */
export function getAttrOrNull(v: number, name: number): number {
  const s = nameOf(name);
  const t = tidOfValue(v);
  switch (t) {
    case Tid.INSTANCE: {
      if (s === '__class__') return ownRef(typeOf(v));
      if (s === '__dict__') return ownRef(instanceDict(v));
      let r: number;
      try {
        r = instanceGetAttr(v, name);
      } catch (e) {
        // an AttributeError from a property falls back to __getattr__, as in CPython
        if (!(e instanceof PyErr) || !isSubtype(typeOf(e.exc), exc.AttributeError) || specialMethod(v, '__getattr__') === 0) throw e;
        decref(e.exc);
        r = 0;
      }
      return r !== 0 ? r : getattrHook(v, name);
    }
    case Tid.EXCEPTION: {
      if (s === '__dict__') return ownRef(instanceDict(v));
      const r = instanceGetAttr(v, name);
      if (r !== 0) return r;
      const builtin = dataAttr(v, t, s);
      if (builtin !== 0) return builtin;
      return hasUserType(v) ? getattrHook(v, name) : 0;
    }
    case Tid.TYPE: {
      const special = dataAttr(v, t, s);
      if (special !== 0) return special;
      const r = classGetAttr(v, name);
      if (r !== 0) return r;
      // then the metaclass (type) itself: D.mro()
      const meta = dictGet(typeDict(T.type), name);
      return meta === 0 ? 0 : bindAttr(meta, v, T.type);
    }
    case Tid.SUPER: return superGetAttr(v, name);
  }
  const m = findMethod(v, s);
  if (m >= 0) return newBuiltin(m, v);
  const r = dataAttr(v, t, s);
  if (r !== 0) return r;
  // methods kept in a built-in type's dict (property.setter, ...)
  const a = lookupInMro(typeOf(v), name);
  return a === 0 ? 0 : bindAttr(a, v, typeOf(v));
}

/** del v.name */
export function delAttr(v: number, name: number): void {
  const t = tidOfValue(v);
  if (t === Tid.INSTANCE || t === Tid.EXCEPTION) { instanceDelAttr(v, name); return; }
  if (t === Tid.TYPE && isHeapType(v)) {
    const old = dictPop(typeDict(v), name);
    if (old === 0) attributeError(`type object '${strValue(typeName(v))}' has no attribute '${nameOf(name)}'`);
    bumpClassEpoch();
    decref(old);
    return;
  }
  attributeError(`'${typeNameOf(v)}' object has no attribute '${nameOf(name)}'`);
}

/** v.name = value (value borrowed). */
export function setAttr(v: number, name: number, value: number): void {
  const t = tidOfValue(v);
  const s = nameOf(name);
  if (t === Tid.INSTANCE) { instanceSetAttr(v, name, value); return; }
  if (t === Tid.TYPE && isHeapType(v)) {
    if (s === '__name__') {
      if (tidOfValue(value) !== Tid.STR) typeError(`can only assign string to ${strValue(typeName(v))}.__name__, not '${typeNameOf(value)}'`);
      incref(value);
      const old = mem.i32[(v >> 2) + 2];
      mem.i32[(v >> 2) + 2] = value;
      decref(old);
      return;
    }
    dictSet(typeDict(v), name, value);
    classAttributeSet(v, name, value);
    bumpClassEpoch();
    return;
  }
  if (t === Tid.MODULE) { dictSet(moduleDict(v), name, value); return; }
  if (t === Tid.FUNCTION) {
    const w = v >> 2;
    if (s === '__doc__') { incref(value); const old = mem.i32[w + FN_DOC]; mem.i32[w + FN_DOC] = value; if (old) decref(old); return; }
    if (s === '__name__' || s === '__qualname__') {
      if (tidOfValue(value) !== Tid.STR) typeError(`${s} must be set to a string object`);
      const field = s === '__name__' ? FN_NAME : FN_QUALNAME;
      incref(value);
      const old = mem.i32[w + field];
      mem.i32[w + field] = value;
      decref(old);
      return;
    }
    if (mem.i32[w + FN_DICT] === 0) mem.i32[w + FN_DICT] = newDict();
    dictSet(mem.i32[w + FN_DICT], name, value);
    return;
  }
  if (t === Tid.EXCEPTION) {
    const w = v >> 2;
    const field = s === '__cause__' ? EXC_CAUSE : s === '__context__' ? EXC_CONTEXT : 0;
    if (field !== 0) {
      incref(value);
      const old = mem.i32[w + field];
      mem.i32[w + field] = value === NONE ? 0 : value;
      if (value === NONE) decref(value);
      if (field === EXC_CAUSE) mem.i32[w + EXC_SUPPRESS] = 1;
      if (old) decref(old);
      return;
    }
    if (s === 'args') {
      // BaseException.args accepts any iterable and keeps it as a tuple
      const args = tupleOf(collect(value));
      const old = mem.i32[w + EXC_ARGS];
      mem.i32[w + EXC_ARGS] = args;
      if (old) decref(old);
      return;
    }
    instanceSetAttr(v, name, value);
    return;
  }
  const existing = findMethod(v, s) >= 0 ? 1 : dataAttr(v, t, s);
  if (existing !== 0) {
    if (existing !== 1) decref(existing);
    attributeError(`'${typeNameOf(v)}' object attribute '${s}' is read-only`);
  }
  attributeError(`'${typeNameOf(v)}' object has no attribute '${s}'`);
}

