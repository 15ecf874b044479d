// types.ts - calling a type object: the constructors int(), str(), list(), range(), exception
// classes, and the rest of the built-in types.
// Owns: callType and each built-in type's constructor semantics and error texts.
// Must never: construct user classes (a later issue adds them).

import { mem } from '../heap/memory';
import { Tid, TID_MASK, newSmall } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { T, typeOf, typeFlags, TypeFlag, typeName, typeByTid } from '../objects/type';
import { newExceptionFromCall } from '../runtime/exception_new';
import { makeBytes, makeByteArray } from '../runtime/bytesops';
import { bytesLikeData } from '../objects/bytes';
import { codecOf, decodeBytes } from '../runtime/codecs';
import { NONE, FALSE, pyBool } from '../objects/singletons';
import { newInt, intValue } from '../objects/int';
import { newFloat, floatValue } from '../objects/float';
import { newStr, strValue } from '../objects/str';
import { tupleOf, tupleLen, tupleGet } from '../objects/tuple';
import { newList } from '../objects/list';
import { newDict, dictSet, dictItems, dictGet } from '../objects/dict';
import { newClass } from '../runtime/classes';
import { currentGlobals } from './introspection';
import { newSet } from '../objects/set';
import { setFrom } from '../runtime/setops';
import { getAttrOrNull, getItem } from '../runtime/abstract';
import { intern } from '../objects/str';
import { callValue } from '../vm/call';
import { makeObject, makeProperty, makeStaticMethod, makeClassMethod, makeSuper } from './class_builtins';
import { newRange, newSlice } from '../objects/range';
import { typeError, valueError, raise, overflowError } from '../runtime/errors';
import { exc } from '../objects/exception';
import { str, typeNameOf } from '../runtime/repr';
import { isTruthy } from '../runtime/truth';
import { collect, listFromIterable } from '../runtime/iterate';
import { npos, bindArgs, ArgSpec, noKw } from '../runtime/natives';
import { intFromString, floatFromString } from '../format/intops';
import { floatToInt } from '../format/float';

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

function intArg(v: number, what: string): number {
  const t = tidOfValue(v);
  if (t !== Tid.INT && t !== Tid.BOOL) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const x = intValue(v);
  if (typeof x === 'bigint') overflowError(`Python int too large to convert to C ssize_t (${what})`);
  return x as number;
}

function toInt(v: number, base: number): number {
  const t = tidOfValue(v);
  if (base !== 0) {
    if (t !== Tid.STR) typeError("int() can't convert non-string with explicit base");
    return newInt(intFromString(strValue(v), base));
  }
  switch (t) {
    case Tid.INT: incref(v); return v;
    case Tid.BOOL: return newInt(intValue(v));
    case Tid.FLOAT: return newInt(floatToInt(floatValue(v)));
    case Tid.STR: return newInt(intFromString(strValue(v), 10));
  }
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(v)}'`);
}

function toFloat(v: number): number {
  const t = tidOfValue(v);
  switch (t) {
    case Tid.FLOAT: incref(v); return v;
    case Tid.INT: case Tid.BOOL: {
      const x = intValue(v);
      const d = Number(x);
      if (!Number.isFinite(d)) overflowError('int too large to convert to float');
      return newFloat(d);
    }
    case Tid.STR: return newFloat(floatFromString(strValue(v)));
  }
  return typeError(`float() argument must be a string or a real number, not '${typeNameOf(v)}'`);
}

/**
 * type(name, bases, dict): a class made as a class statement would make it, with __module__
 * taken from the caller's globals and __qualname__ the name, when the dict does not give them.
 */
function makeClass(name: number, bases: number, ns: number): number {
  if (tidOfValue(name) !== Tid.STR) typeError(`type.__new__() argument 1 must be str, not ${typeNameOf(name)}`);
  if (tidOfValue(bases) !== Tid.TUPLE) typeError(`type.__new__() argument 2 must be tuple, not ${typeNameOf(bases)}`);
  if (tidOfValue(ns) !== Tid.DICT) typeError(`type.__new__() argument 3 must be dict, not ${typeNameOf(ns)}`);
  const d = newDict();
  try {
    const mod = dictGet(currentGlobals(), intern('__name__'));
    if (mod !== 0) dictSet(d, intern('__module__'), mod);
    dictSet(d, intern('__qualname__'), name);
    for (const [k, v] of dictItems(ns)) dictSet(d, k, v);
    const bs: number[] = [];
    for (let i = 0; i < tupleLen(bases); i++) bs.push(tupleGet(bases, i));
    return newClass(intern(strValue(name)), bs, d);
  } finally { decref(d); }
}

const STR_ARGS: ArgSpec = { name: 'str', params: ['object', 'encoding', 'errors'], required: 0, style: 'clinic' };
/** str(object='', encoding=..., errors=...) called with more than one positional argument or with keywords. */
function strWithArgs(base: number, n: number, kw: number): number {
  const [obj, enc, errs] = bindArgs(STR_ARGS, base, n, kw);
  if (obj === 0) return newStr('');
  if (enc === 0 && errs === 0) return newStr(str(obj));
  const data = bytesLikeData(obj);
  if (data === null) {
    typeError(tidOfValue(obj) === Tid.STR ? 'decoding str is not supported' : `decoding to str: need a bytes-like object, ${typeNameOf(obj)} found`);
  }
  const text = (v: number, what: string): string => {
    if (tidOfValue(v) !== Tid.STR) typeError(`str() argument '${what}' must be str, not ${typeNameOf(v)}`);
    return strValue(v);
  };
  return newStr(decodeBytes(data!, codecOf(enc === 0 ? 'utf-8' : text(enc, 'encoding')), errs === 0 ? 'strict' : text(errs, 'errors')));
}

function dictFrom(base: number, n: number, kw: number): number {
  const d = newDict();
  try {
    const np = npos(n, kw);
    if (np > 1) typeError(`dict expected at most 1 argument, got ${np}`);
    if (np === 1) {
      const src = ts.S[base];
      const keysMethod = tidOfValue(src) === Tid.DICT ? 0 : getAttrOrNull(src, intern('keys'));
      if (tidOfValue(src) === Tid.DICT) {
        for (const [k, v] of dictItems(src)) dictSet(d, k, v);
      } else if (keysMethod !== 0) {
        // any object with keys() is a mapping to dict(): d[k] = src[k] for each key
        let keys: number;
        try { keys = callValue(keysMethod, []); } finally { decref(keysMethod); }
        const ks = collect(keys);
        decref(keys);
        try {
          for (const k of ks) { const v = getItem(src, k); try { dictSet(d, k, v); } finally { decref(v); } }
        } finally { for (const k of ks) decref(k); }
      } else {
        const items = collect(src);
        try {
          items.forEach((item, i) => {
            const pair = collect(item);
            try {
              if (pair.length !== 2) valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
              dictSet(d, pair[0], pair[1]);
            } finally { for (const p of pair) decref(p); }
          });
        } finally { for (const it of items) decref(it); }
      }
    }
    if (kw !== 0) {
      const k = tupleLen(kw);
      for (let i = 0; i < k; i++) dictSet(d, tupleGet(kw, i), ts.S[base + n - k + i]);
    }
  } catch (e) { decref(d); throw e; }
  return d;
}

const INT_ARGS: ArgSpec = { name: 'int', params: ['x', 'base'], required: 0, posOnly: 1, style: 'clinic' };

/** Call type object t with the n arguments at S[base..] (kw names the last ones). New reference. */
export function callType(t: number, base: number, n: number, kw: number): number {
  const S = ts.S;
  const np = npos(n, kw);
  const name = strValue(typeName(t));
  if ((typeFlags(t) & TypeFlag.EXCEPTION) !== 0) return newExceptionFromCall(t, base, n, kw);
  switch (t) {
    case T.int: {
      if (n === 0) return newInt(0);
      if (n === 1 && kw === 0) return toInt(S[base], 0);
      const [x, b] = bindArgs(INT_ARGS, base, n, kw);
      if (x === 0) return typeError('int() missing string argument');
      if (b === 0) return toInt(x, 0);
      const bv = intArg(b, 'base');
      if (bv !== 0 && (bv < 2 || bv > 36)) valueError('int() base must be >= 2 and <= 36, or 0');
      if (bv === 0 && tidOfValue(x) === Tid.STR) return newInt(intFromString(strValue(x), 0));
      return toInt(x, bv === 0 ? 10 : bv);
    }
    case T.float:
      noKw('float', kw);
      if (np === 0) return newFloat(0);
      if (np > 1) typeError(`float expected at most 1 argument, got ${np}`);
      return toFloat(S[base]);
    case T.str:
      if (n === 0) return newStr('');
      if (np > 1 || kw !== 0) return strWithArgs(base, n, kw);
      return newStr(str(S[base]));
    case T.bool:
      noKw('bool', kw);
      if (np > 1) typeError(`bool expected at most 1 argument, got ${np}`);
      return np === 0 ? FALSE : pyBool(isTruthy(S[base]));
    case T.list:
      noKw('list', kw);
      if (np > 1) typeError(`list expected at most 1 argument, got ${np}`);
      return np === 0 ? newList(0) : listFromIterable(S[base]);
    case T.tuple: {
      noKw('tuple', kw);
      if (np > 1) typeError(`tuple expected at most 1 argument, got ${np}`);
      if (np === 0) return tupleOf([]);
      if (tidOfValue(S[base]) === Tid.TUPLE) { incref(S[base]); return S[base]; }
      return tupleOf(collect(S[base]));
    }
    case T.dict: return dictFrom(base, n, kw);
    case T.set: case T.frozenset: {
      noKw(name, kw);
      if (np > 1) typeError(`${name} expected at most 1 argument, got ${np}`);
      return np === 1 ? setFrom(S[base], t === T.frozenset) : newSet(t === T.frozenset);
    }
    case T.range: {
      noKw('range', kw);
      if (np < 1 || np > 3) typeError(np < 1 ? 'range expected at least 1 argument, got 0' : `range expected at most 3 arguments, got ${np}`);
      for (let i = 0; i < np; i++) {
        const t = tidOfValue(S[base + i]);
        if (t !== Tid.INT && t !== Tid.BOOL) typeError(`'${typeNameOf(S[base + i])}' object cannot be interpreted as an integer`);
      }
      const zero = newSmall(0), one = newSmall(1);
      if (np === 1) return newRange(zero, S[base], one);
      const step = np === 3 ? S[base + 2] : one;
      if (intValue(step) == 0) valueError('range() arg 3 must not be zero'); // eslint-disable-line eqeqeq
      return newRange(S[base], S[base + 1], step);
    }
    case T.slice: {
      noKw('slice', kw);
      if (np < 1) typeError('slice expected at least 1 argument, got 0');
      if (np > 3) typeError(`slice expected at most 3 arguments, got ${np}`);
      if (np === 1) return newSlice(NONE, S[base], NONE);
      return newSlice(S[base], S[base + 1], np === 3 ? S[base + 2] : NONE);
    }
    case T.type: {
      if (np === 1 && kw === 0) { const ty = typeOf(S[base]); incref(ty); return ty; }
      if (np === 1) typeError('type() takes no keyword arguments');
      if (np !== 3) typeError('type() takes 1 or 3 arguments');
      return makeClass(S[base], S[base + 1], S[base + 2]);
    }
    case T.object: return makeObject(base, n, kw);
    case T.property: return makeProperty(base, n, kw);
    case T.staticmethod: return makeStaticMethod(base, n, kw);
    case T.classmethod: return makeClassMethod(base, n, kw);
    case T.super: return makeSuper(base, n, kw);
    case T.NoneType: return NONE;
    case T.bytes: return makeBytes(base, n, kw);
    case typeByTid[Tid.BYTEARRAY]: return makeByteArray(base, n, kw);
  }
  if (name === 'complex') raise(exc.NotImplementedError, 'pygil does not support complex numbers (complex)');
  return typeError(`cannot create '${name}' instances`);
}

