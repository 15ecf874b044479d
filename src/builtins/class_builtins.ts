// class_builtins.ts - the built-ins that classes need: __build_class__, property, staticmethod,
// classmethod, super, vars, delattr, and the methods object and BaseException give every class.
// Owns: their argument handling and the names they are installed under.
// Must never: decide attribute lookup order (runtime/classes.ts does).

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { NONE, NOTIMPLEMENTED, pyBool } from '../objects/singletons';
import { intern, newStr, strValue } from '../objects/str';
import { newInt } from '../objects/int';
import { dictSet, dictGet } from '../objects/dict';
import { tupleOf, tupleLen, tupleGet } from '../objects/tuple';
import { T, typeDict, typeOf, isSubtype, typeName, typeFlags, TypeFlag, typeInstTid } from '../objects/type';
import { exc, EXC_ARGS, newException } from '../objects/exception';
import { newInstance, newProperty, newStaticMethod, newClassMethod, newSuper } from '../objects/instance';
import { defNative, nativeObject, npos, bindArgs, ArgSpec, noKw, argCount } from '../runtime/natives';
import { typeError, attributeError } from '../runtime/errors';
import { builtinsDict } from '../vm/modules';
import { buildClass, zeroArgSuper, instanceDict, qualifiedClassName, specialMethod, callBound, defaultSetAttr, hasUserNew, lookupInMro } from '../runtime/classes';
import { isTruthy } from '../runtime/truth';
import { newList, listAppend } from '../objects/list';
import { typeMro } from '../objects/type';
import { delAttr } from '../runtime/abstract';
import { repr, typeNameOf, exceptionStr, exceptionRepr } from '../runtime/repr';
import { currentLocals } from './introspection';
import { initImportError } from '../runtime/importerror';
import { initOSError } from '../runtime/oserror';
import { moduleDict } from '../objects/module';

const S = (): Int32Array => ts.S;

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

const builtins: [string, number][] = [];
function def(name: string, fn: (base: number, n: number, kw: number) => number): void {
  builtins.push([name, defNative(name, fn)]);
}

def('__build_class__', buildClass);

def('vars', (base, n, kw) => {
  noKw('vars', kw); argCount('vars', n, 0, 1);
  if (n === 0) return currentLocals();
  const v = S()[base];
  const t = tidOfValue(v);
  if (t === Tid.MODULE) { const d = moduleDict(v); incref(d); return d; }
  if (t === Tid.INSTANCE || t === Tid.EXCEPTION) { const d = instanceDict(v); incref(d); return d; }
  if (t === Tid.TYPE) { const d = typeDict(v); incref(d); return d; }
  return typeError('vars() argument must have __dict__ attribute');
});

def('delattr', (base, n, kw) => {
  noKw('delattr', kw); argCount('delattr', n, 2, 2);
  const name = S()[base + 1];
  if (tidOfValue(name) !== Tid.STR) typeError(`attribute name must be string, not '${typeNameOf(name)}'`);
  delAttr(S()[base], intern(strValue(name)));
  return NONE;
});

const PROPERTY_ARGS: ArgSpec = { name: 'property', params: ['fget', 'fset', 'fdel', 'doc'], required: 0, style: 'clinic' };
/** property(fget=None, fset=None, fdel=None, doc=None), and its getter/setter/deleter copies. */
export function makeProperty(base: number, n: number, kw: number): number {
  const args = bindArgs(PROPERTY_ARGS, base, n, kw).map((v) => (v === NONE ? 0 : v));
  return newProperty(args[0], args[1], args[2], args[3]);
}

function propertyCopy(field: number): (base: number, n: number, kw: number) => number {
  return (base, n, kw) => {
    noKw('property', kw); argCount('property', n, 2, 2);
    const p = S()[base];
    const w = p >> 2;
    const fields = [mem.i32[w + 2], mem.i32[w + 3], mem.i32[w + 4], mem.i32[w + 5]];
    fields[field] = S()[base + 1];
    return newProperty(fields[0], fields[1], fields[2], fields[3]);
  };
}
const propertyMethods: [string, number][] = [
  ['getter', defNative('property.getter', propertyCopy(0))],
  ['setter', defNative('property.setter', propertyCopy(1))],
  ['deleter', defNative('property.deleter', propertyCopy(2))],
];

export function makeStaticMethod(base: number, n: number, kw: number): number {
  noKw('staticmethod', kw); argCount('staticmethod', n, 1, 1);
  return newStaticMethod(S()[base]);
}
export function makeClassMethod(base: number, n: number, kw: number): number {
  noKw('classmethod', kw); argCount('classmethod', n, 1, 1);
  return newClassMethod(S()[base]);
}
export function makeSuper(base: number, n: number, kw: number): number {
  noKw('super', kw); argCount('super', n, 0, 2);
  if (n === 0) return zeroArgSuper();
  if (n === 1) typeError('pygil does not support one-argument super()');
  const cls = S()[base], obj = S()[base + 1];
  if (tidOfValue(cls) !== Tid.TYPE) typeError(`super() argument 1 must be a type, not ${typeNameOf(cls)}`);
  const objType = tidOfValue(obj) === Tid.TYPE ? obj : typeOf(obj);
  if (!isSubtype(objType, cls)) typeError('super(type, obj): obj must be an instance or subtype of type');
  return newSuper(cls, obj);
}
export function makeObject(base: number, n: number, kw: number): number {
  void base;
  if (n > 0 || (kw !== 0 && tupleLen(kw) > 0)) typeError('object() takes no arguments');
  return newInstance(T.object);
}

// ---------------------------------------------------------------- what object and BaseException give classes

/**
 * object.__new__(cls, *args): a new, uninitialised instance of cls. As in CPython, arguments
 * beyond cls are an error when cls overrides __new__ (the override was meant to take them) or
 * when it does not override __init__ (nothing would take them).
 */
const objectNew = defNative('object.__new__', (base, n, kw) => {
  if (n === 0) typeError('object.__new__(): not enough arguments');
  const cls = S()[base];
  if (tidOfValue(cls) !== Tid.TYPE) typeError(`object.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  const np = npos(n, kw);
  const name = strValue(typeName(cls));
  // (for exception classes this is BaseException.__new__, which keeps any arguments as args)
  if (n > 1 && typeInstTid(cls) !== Tid.EXCEPTION) {
    if (hasUserNew(cls)) typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (lookupInMro(cls, intern('__init__')) === dictGet(typeDict(T.object), intern('__init__'))) typeError(`${name}() takes no arguments`);
  }
  if (typeInstTid(cls) === Tid.EXCEPTION) {
    const args: number[] = [];
    for (let i = 1; i < np; i++) { incref(S()[base + i]); args.push(S()[base + i]); }
    return newException(cls, tupleOf(args));
  }
  if (cls !== T.object && (typeFlags(cls) & TypeFlag.HEAPTYPE) === 0) typeError(`object.__new__(${name}) is not safe, use ${name}.__new__()`);
  return newInstance(cls);
});

const objectMethods: [string, number][] = [
  ['__init__', defNative('object.__init__', () => NONE)],
  ['__repr__', defNative('object.__repr__', (base) => newStr(`<${qualifiedClassName(typeOf(S()[base]))} object at 0x${(0x7f0000000000 + S()[base]).toString(16)}>`))],
  ['__str__', defNative('object.__str__', (base) => newStr(repr(S()[base])))],
  ['__setattr__', defNative('object.__setattr__', (base, n) => {
    argCount('__setattr__', n, 3, 3);
    const name = S()[base + 1];
    if (tidOfValue(name) !== Tid.STR) typeError(`attribute name must be string, not '${typeNameOf(name)}'`);
    const self = S()[base];
    // only instances of classes (and exceptions) have a __dict__ for it to store into
    const t = tidOfValue(self);
    if (t === Tid.TYPE) typeError("can't apply this __setattr__ to type object");
    if (t !== Tid.INSTANCE && t !== Tid.EXCEPTION) attributeError(`'${typeNameOf(self)}' object has no attribute '${strValue(name)}'`);
    defaultSetAttr(self, intern(strValue(name)), S()[base + 2]);
    return NONE;
  })],
  ['__hash__', defNative('object.__hash__', (base) => { const v = S()[base]; return newInt((v >>> 4) | (v << 28)); })],
  ['__eq__', defNative('object.__eq__', (base) => (S()[base] === S()[base + 1] ? pyBool(true) : NOTIMPLEMENTED))],
  ['__ne__', defNative('object.__ne__', (base) => {
    // the inverse of __eq__, unless __eq__ declines
    const self = S()[base], other = S()[base + 1];
    const eq = specialMethod(self, '__eq__');
    if (eq === 0) return self === other ? pyBool(false) : NOTIMPLEMENTED;
    const r = callBound(eq, self, [other]);
    if (r === NOTIMPLEMENTED) return r;
    const t = isTruthy(r);
    decref(r);
    return pyBool(!t);
  })],
];

/** BaseException.__init__: the positional arguments after self become e.args. */
function setExceptionArgs(base: number, n: number, kw: number): void {
  const e = S()[base];
  const args: number[] = [];
  for (let i = 1; i < npos(n, kw); i++) { incref(S()[base + i]); args.push(S()[base + i]); }
  const w = (e >> 2) + EXC_ARGS;
  const old = mem.i32[w];
  mem.i32[w] = tupleOf(args);
  decref(old);
}

const exceptionMethods: [string, number][] = [
  ['__init__', defNative('BaseException.__init__', (base, n, kw) => {
    // CPython names the instance's class: "MyError() takes no keyword arguments"
    noKw(typeNameOf(S()[base]), kw);
    setExceptionArgs(base, n, kw);
    return NONE;
  })],
  ['__str__', defNative('BaseException.__str__', (base) => newStr(exceptionStr(S()[base])))],
  ['__repr__', defNative('BaseException.__repr__', (base) => newStr(exceptionRepr(S()[base])))],
];

/** ImportError.__init__(*args, name=None, path=None), reached by super().__init__ in a subclass. */
const importErrorInit = defNative('ImportError.__init__', (base, n, kw) => {
  setExceptionArgs(base, n, kw);
  initImportError(S()[base], base + 1, n - 1, kw);
  return NONE;
});

/** OSError.__init__(*args), reached by super().__init__ in a subclass: errno, strerror, filename. */
const osErrorInit = defNative('OSError.__init__', (base, n, kw) => {
  noKw(typeNameOf(S()[base]), kw);
  const args: number[] = [];
  for (let i = 1; i < n; i++) { incref(S()[base + i]); args.push(S()[base + i]); }
  initOSError(S()[base], args);
  return NONE;
});

const typeMethods: [string, number][] = [
  ['mro', defNative('type.mro', (base, n) => {
    if (n !== 1 || tidOfValue(S()[base]) !== Tid.TYPE) {
      if (n === 0) typeError("unbound method type.mro() needs an argument");
      typeError(`descriptor 'mro' for 'type' objects doesn't apply to a '${typeNameOf(S()[base])}' object`);
    }
    const mro = typeMro(S()[base]);
    const l = newList(0);
    for (let i = 0; i < tupleLen(mro); i++) { const t = tupleGet(mro, i); incref(t); listAppend(l, t); }
    return l;
  })],
];

/** Put the built-ins above in place; runs once at start-up, after the types exist. */
export function installClassBuiltins(): void {
  const d = builtinsDict();
  for (const [name, idx] of builtins) dictSet(d, intern(name), nativeObject(idx));
  for (const [name, t] of [['property', T.property], ['staticmethod', T.staticmethod], ['classmethod', T.classmethod], ['super', T.super]] as [string, number][]) {
    dictSet(d, intern(name), t);
  }
  for (const [name, idx] of propertyMethods) dictSet(typeDict(T.property), intern(name), nativeObject(idx));
  for (const [name, idx] of objectMethods) dictSet(typeDict(T.object), intern(name), nativeObject(idx));
  // __new__ is a static method (called with the class first, never bound), as in CPython
  const sm = newStaticMethod(nativeObject(objectNew));
  dictSet(typeDict(T.object), intern('__new__'), sm);
  decref(sm);
  for (const [name, idx] of typeMethods) dictSet(typeDict(T.type), intern(name), nativeObject(idx));
  for (const [name, idx] of exceptionMethods) dictSet(typeDict(exc.BaseException), intern(name), nativeObject(idx));
  dictSet(typeDict(exc.ImportError), intern('__init__'), nativeObject(importErrorInit));
  dictSet(typeDict(exc.OSError), intern('__init__'), nativeObject(osErrorInit));
}

