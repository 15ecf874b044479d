// functions.ts - the built-in functions of the builtins namespace (print, len, sorted, ...).
// Owns: their argument handling, semantics and CPython error texts.
// Must never: reach into a type's layout when an objects/ or runtime/ helper exists.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref, xdecref, registerClear } from '../heap/refcount';
import { ts, FP_GLOBALS, TH_FRAME } from '../vm/thread';
import { NONE, TRUE, FALSE, NOTIMPLEMENTED, ELLIPSIS, pyBool } from '../objects/singletons';
import { newInt, intValue, IntValue } from '../objects/int';
import { newFloat, floatValue } from '../objects/float';
import { newStr, strValue, intern } from '../objects/str';
import { tupleOf, tupleLen, tupleGet } from '../objects/tuple';
import { dictSet, dictGet } from '../objects/dict';
import { newSeqIter, newPairObject } from '../objects/iter';
import { T, typeOf, isSubtype, typeByTid, newType } from '../objects/type';
import { exc, newException } from '../objects/exception';
import { typeError, valueError, raise, PyErr } from '../runtime/errors';
import { defNative, npos, bindArgs, kwOnlyArgs, ArgSpec, noKw, argCount, nativeObject } from '../runtime/natives';
import { str, typeNameOf } from '../runtime/repr';
import { isTruthy } from '../runtime/truth';
import { getIter, iterNext, collect, listFromIterable, isIterator } from '../runtime/iterate';
import { compareBool } from '../runtime/compare';
import { binaryOp, divmodOp } from '../runtime/arith';
import { pyLen, getAttr, getAttrOrNull, setAttr, getItem, sliceIndices } from '../runtime/abstract';
import { pyHash } from '../runtime/hash';
import { callValue } from '../vm/call';
import { builtinsDict, modulesDict } from '../vm/modules';
import { moduleDict } from '../objects/module';
import { writeStdout, writeStderr, flushStdout } from '../runtime/output';
import { formatValue, reprOf, asciiOf } from '../runtime/format_value';
import { Cmp, NB } from '../opcodes';
import { roundFloat } from '../format/float';
import * as I from '../format/intops';
import { readLineSync } from '../runtime/input';
import { raiseIfInterrupted } from '../vm/interrupt';
import { listSort, method, posArgs } from './list_methods';
import { generatorSend, genResult } from '../vm/generator';
import { dunderUnary } from '../runtime/dunder';
import { specialMethod, callSpecial } from '../runtime/classes';
import { beginBlocking, endBlocking } from '../vm/blocking';
import { openBuiltin, fileWriteForPrint, installIoTypes } from './file_methods';
import { isFile } from '../objects/file';
import { installIntrospection } from './introspection';
import './os_module'; // registers the os and os.path modules

const S = () => ts.S;

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}
function isInt(v: number): boolean { const t = tidOfValue(v); return t === Tid.INT || t === Tid.BOOL; }

/** Install every function below into the builtins dict. */
const table: [string, number][] = [];
function def(name: string, fn: (base: number, n: number, kw: number) => number): void {
  table.push([name, defNative(name, fn)]);
}

export function installBuiltinFunctions(): void {
  const d = builtinsDict();
  for (const [name, idx] of table) dictSet(d, intern(name), nativeObject(idx));
  const types: [string, number][] = Object.entries(T) as [string, number][];
  for (const [name, t] of types) {
    if (['object', 'type', 'int', 'float', 'str', 'bool', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'bytes'].includes(name)) {
      dictSet(d, intern(name), t);
    }
  }
  for (const [name, t] of Object.entries(exc)) dictSet(d, intern(name), t);
  // the older names of OSError
  dictSet(d, intern('IOError'), exc.OSError);
  dictSet(d, intern('EnvironmentError'), exc.OSError);
  installIoTypes();
  installIntrospection(d);
  // complex numbers are outside pygil's subset: the type exists (isinstance works), calling it
  // raises NotImplementedError (types.ts)
  dictSet(d, intern('complex'), newType('complex', T.object, Tid.INSTANCE, 0));
  dictSet(d, intern('bytearray'), typeByTid[Tid.BYTEARRAY]);
  dictSet(d, intern('None'), NONE);
  dictSet(d, intern('True'), TRUE);
  dictSet(d, intern('False'), FALSE);
  dictSet(d, intern('NotImplemented'), NOTIMPLEMENTED);
  dictSet(d, intern('Ellipsis'), ELLIPSIS);
  dictSet(d, intern('__name__'), intern('builtins'));
}

// ---------------------------------------------------------------- I/O

def('print', (base, n, kw) => {
  const np = npos(n, kw);
  let sepv = 0, endv = 0, filev = 0, flushv = 0;
  if (kw !== 0) [sepv, endv, filev, flushv] = kwOnlyArgs('print', base, n, kw, ['sep', 'end', 'file', 'flush'], false);
  const textOf = (v: number, what: string, dflt: string): string => {
    if (v === 0 || v === NONE) return dflt;
    if (tidOfValue(v) !== Tid.STR) typeError(`${what} must be None or a string, not ${typeNameOf(v)}`);
    return strValue(v);
  };
  const sep = textOf(sepv, 'sep', ' '), end = textOf(endv, 'end', '\n');
  // without file=, sys.stdout: the process's stdout unless the program replaced it
  const target = filev === 0 || filev === NONE ? currentStdout() : filev;
  const flush = flushv !== 0 && isTruthy(flushv);
  if (target !== 0 && target !== stdoutObject && !isStderr(target) && !isFile(target)) {
    if (target === NONE) return NONE; // sys.stdout = None: print() writes nothing
    const texts: string[] = [];
    for (let i = 0; i < np; i++) texts.push(str(S()[base + i]));
    printThrough(target, texts, sep, end, flush);
    return NONE;
  }
  let out = '';
  for (let i = 0; i < np; i++) {
    if (i > 0) out += sep;
    out += str(S()[base + i]);
  }
  out += end;
  if (target === 0 || target === stdoutObject) {
    writeStdout(out);
    // flush=True: out now, not at the next line break of a terminal or the next lock release
    if (flush) flushStdout();
  } else if (isStderr(target)) writeStderr(out);
  else fileWriteForPrint(target, out);
  return NONE;
});

/**
 * print() to any object with a write method (io.StringIO, a class of the program's): as
 * CPython's print, one write call per argument and separator and one for the end.
 */
function printThrough(target: number, texts: string[], sep: string, end: string, flush: boolean): void {
  const write = getAttr(target, intern('write'));
  try {
    const put = (t: string): void => { const s = newStr(t); try { decref(callValue(write, [s])); } finally { decref(s); } };
    for (let i = 0; i < texts.length; i++) {
      if (i > 0) put(sep);
      put(texts[i]);
    }
    put(end);
  } finally {
    decref(write);
  }
  if (flush) {
    const f = getAttr(target, intern('flush'));
    try { decref(callValue(f, [])); } finally { decref(f); }
  }
}

/** The original sys.stdout (0 until sys is first imported: nothing can have replaced it before). */
let stdoutObject = 0;
export function setStdoutObject(v: number): void { stdoutObject = v; }
export function getStdoutObject(): number { return stdoutObject; }

/** sys.stdout now (borrowed), or 0 when it cannot differ from the process's stdout. */
function currentStdout(): number {
  if (stdoutObject === 0) return 0;
  if (SYS === 0) { SYS = intern('sys'); STDOUT = intern('stdout'); }
  const sys = dictGet(modulesDict(), SYS);
  return sys === 0 ? 0 : dictGet(moduleDict(sys), STDOUT);
}
let SYS = 0, STDOUT = 0;

let stderrObject = 0;
export function setStderrObject(v: number): void { stderrObject = v; }
export function getStderrObject(): number { return stderrObject; }
function isStderr(v: number): boolean { return v === stderrObject; }

def('input', (base, n, kw) => {
  noKw('input', kw);
  argCount('input', n, 0, 1);
  if (n === 1) writeStdout(str(S()[base]));
  flushStdout();
  // reading may block: other threads run meanwhile (the line is JS text until newStr below)
  beginBlocking();
  let line: string | null;
  try { line = readLineSync(); } finally { endBlocking(); }
  raiseIfInterrupted(); // Ctrl-C while waiting for the line
  if (line === null) raise(exc.EOFError, 'EOF when reading a line');
  return newStr(line!);
});

// ---------------------------------------------------------------- basics

def('len', (base, n, kw) => { noKw('len', kw); argCount('len', n, 1, 1); return newInt(pyLen(S()[base])); });
def('repr', (base, n, kw) => { noKw('repr', kw); argCount('repr', n, 1, 1); return reprOf(S()[base]); });
def('ascii', (base, n, kw) => { noKw('ascii', kw); argCount('ascii', n, 1, 1); return asciiOf(S()[base]); });
def('format', (base, n, kw) => {
  noKw('format', kw); argCount('format', n, 1, 2);
  if (n === 2 && tidOfValue(S()[base + 1]) !== Tid.STR) typeError(`format() argument 2 must be str, not ${typeNameOf(S()[base + 1])}`);
  return formatValue(S()[base], n === 2 ? S()[base + 1] : 0);
});
def('id', (base, n, kw) => { noKw('id', kw); argCount('id', n, 1, 1); const v = S()[base]; return newInt((v & 1) === 1 ? 0x7f0000100000 + (v >> 1) * 32 : 0x7f0000000000 + v); });
def('hash', (base, n, kw) => { noKw('hash', kw); argCount('hash', n, 1, 1); return newInt(pyHash(S()[base])); });
function isCallable(v: number): boolean {
  const t = tidOfValue(v);
  return t === Tid.FUNCTION || t === Tid.BUILTIN || t === Tid.METHOD || t === Tid.TYPE ||
    t === Tid.STATICMETHOD || (t === Tid.INSTANCE && specialMethod(v, '__call__') !== 0);
}
def('callable', (base, n, kw) => {
  noKw('callable', kw); argCount('callable', n, 1, 1);
  return pyBool(isCallable(S()[base]));
});

function typeTuple(v: number, fname: string): number[] {
  if (tidOfValue(v) === Tid.TUPLE) {
    const out: number[] = [];
    for (let i = 0; i < tupleLen(v); i++) out.push(...typeTuple(tupleGet(v, i), fname));
    return out;
  }
  if (tidOfValue(v) !== Tid.TYPE) {
    typeError(fname === 'issubclass' ? 'issubclass() arg 2 must be a class, a tuple of classes, or a union'
      : `${fname}() arg 2 must be a type, a tuple of types, or a union`);
  }
  return [v];
}
/** Does type t match class spec c (a class or a nested tuple of them)? Checked left to right, as CPython. */
function matchesClassSpec(t: number, c: number, fname: string): boolean {
  if (tidOfValue(c) === Tid.TUPLE) {
    for (let i = 0; i < tupleLen(c); i++) if (matchesClassSpec(t, tupleGet(c, i), fname)) return true;
    return false;
  }
  typeTuple(c, fname);
  return isSubtype(t, c);
}
def('isinstance', (base, n, kw) => {
  noKw('isinstance', kw); argCount('isinstance', n, 2, 2);
  return pyBool(matchesClassSpec(typeOf(S()[base]), S()[base + 1], 'isinstance'));
});
def('issubclass', (base, n, kw) => {
  noKw('issubclass', kw); argCount('issubclass', n, 2, 2);
  const a = S()[base];
  if (tidOfValue(a) !== Tid.TYPE) typeError('issubclass() arg 1 must be a class');
  return pyBool(matchesClassSpec(a, S()[base + 1], 'issubclass'));
});

// ---------------------------------------------------------------- numbers

def('abs', (base, n, kw) => {
  noKw('abs', kw); argCount('abs', n, 1, 1);
  const v = S()[base];
  const t = tidOfValue(v);
  if (t === Tid.INT || t === Tid.BOOL) { const x = intValue(v); return newInt(x < 0 ? I.neg(x) : x); }
  if (t === Tid.FLOAT) return newFloat(Math.abs(floatValue(v)));
  const r = dunderUnary(v, '__abs__');
  if (r !== 0) return r;
  return typeError(`bad operand type for abs(): '${typeNameOf(v)}'`);
});
def('divmod', (base, n, kw) => {
  noKw('divmod', kw); argCount('divmod', n, 2, 2);
  return divmodOp(S()[base], S()[base + 1]);
});
const POW: ArgSpec = { name: 'pow', params: ['base', 'exp', 'mod'], required: 2, style: 'clinic' };
def('pow', (base, n, kw) => {
  let a: number, b: number, m: number;
  // (a call without keywords skips bindArgs's array: pow and round run in numeric loops)
  if (kw === 0 && n >= 2 && n <= 3) { a = S()[base]; b = S()[base + 1]; m = n === 3 ? S()[base + 2] : 0; }
  else [a, b, m] = bindArgs(POW, base, n, kw);
  if (m !== 0 && m !== NONE) {
    if (!isInt(a) || !isInt(b) || !isInt(m)) typeError('pow() 3rd argument not allowed unless all arguments are integers');
    return newInt(I.pow(intValue(a), intValue(b), intValue(m)));
  }
  return binaryOp(NB.POWER, a, b);
});
const ROUND: ArgSpec = { name: 'round', params: ['number', 'ndigits'], required: 1, style: 'clinic' };
def('round', (base, n, kw) => {
  let v: number, nd: number;
  if (kw === 0 && (n === 1 || n === 2)) { v = S()[base]; nd = n === 2 ? S()[base + 1] : NONE; }
  else { const [x, ndv] = bindArgs(ROUND, base, n, kw); v = x; nd = ndv === 0 ? NONE : ndv; }
  const t = tidOfValue(v);
  if (t === Tid.FLOAT) {
    if (nd === NONE) return newInt(roundFloat(floatValue(v)) as IntValue);
    if (!isInt(nd)) typeError(`'${typeNameOf(nd)}' object cannot be interpreted as an integer`);
    return newFloat(Number(roundFloat(floatValue(v), intValue(nd))));
  }
  if (t === Tid.INT || t === Tid.BOOL) {
    if (nd === NONE) return newInt(intValue(v));
    if (!isInt(nd)) typeError(`'${typeNameOf(nd)}' object cannot be interpreted as an integer`);
    const d = Number(intValue(nd));
    if (d >= 0) return newInt(intValue(v));
    return newInt(I.intRound(intValue(v), d));
  }
  return typeError(`type ${typeNameOf(v)} doesn't define __round__ method`);
});

function intToBase(v: number, radix: number, prefix: string): number {
  if (!isInt(v)) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const x = intValue(v);
  const neg = x < 0;
  const mag = neg ? I.neg(x) : x;
  return newStr((neg ? '-' : '') + prefix + I.intToStr(mag, radix));
}
def('hex', (base, n, kw) => { noKw('hex', kw); argCount('hex', n, 1, 1); return intToBase(S()[base], 16, '0x'); });
def('oct', (base, n, kw) => { noKw('oct', kw); argCount('oct', n, 1, 1); return intToBase(S()[base], 8, '0o'); });
def('bin', (base, n, kw) => { noKw('bin', kw); argCount('bin', n, 1, 1); return intToBase(S()[base], 2, '0b'); });
def('ord', (base, n, kw) => {
  noKw('ord', kw); argCount('ord', n, 1, 1);
  const v = S()[base];
  if (tidOfValue(v) !== Tid.STR) typeError(`ord() expected string of length 1, but ${typeNameOf(v)} found`);
  const s = strValue(v);
  const cps = Array.from(s);
  if (cps.length !== 1) typeError(`ord() expected a character, but string of length ${cps.length} found`);
  return newInt(cps[0].codePointAt(0)!);
});
def('chr', (base, n, kw) => {
  noKw('chr', kw); argCount('chr', n, 1, 1);
  const v = S()[base];
  if (!isInt(v)) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const x = Number(intValue(v));
  if (x < 0 || x > 0x10ffff) valueError('chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(x));
});

// ---------------------------------------------------------------- iteration

def('iter', (base, n, kw) => {
  noKw('iter', kw); argCount('iter', n, 1, 2);
  if (n === 1) return getIter(S()[base]);
  const fn = S()[base], sentinel = S()[base + 1];
  if (!isCallable(fn)) typeError('iter(v, w): v must be callable');
  incref(fn); incref(sentinel);
  return newPairObject(Tid.CALLABLE_ITER, fn, sentinel);
});
def('next', (base, n, kw) => {
  noKw('next', kw); argCount('next', n, 1, 2);
  const it = S()[base];
  if (!isIterator(it)) typeError(`'${typeNameOf(it)}' object is not an iterator`);
  if (tidOfValue(it) === Tid.GENERATOR) {
    // a finished generator's return value travels in StopIteration.value
    const v = generatorSend(it, NONE);
    if (v !== 0) return v;
    const ret = genResult.returned;
    genResult.returned = 0;
    if (n === 2) { if (ret !== 0) decref(ret); incref(S()[base + 1]); return S()[base + 1]; }
    const args = ret === 0 || ret === NONE ? [] : [ret];
    if (ret === NONE) decref(ret);
    throw new PyErr(newException(exc.StopIteration, tupleOf(args)));
  }
  const v = iterNext(it);
  if (v !== 0) return v;
  if (n === 2) { incref(S()[base + 1]); return S()[base + 1]; }
  return raise(exc.StopIteration);
});
/**
 * enumerate(iterable, start=0) as CPython 3.11's enum_vectorcall reads its arguments: by total
 * count, so that a single keyword must be 'iterable' and a second one 'start' (either order).
 * Returns borrowed [iterable, start], start 0 when not given.
 */
function enumerateArgs(base: number, n: number, kw: number): [number, number] {
  const np = npos(n, kw), nk = n - np;
  const at = (j: number): number => S()[base + np + j];
  const expect = (j: number, name: string): void => {
    const key = strValue(tupleGet(kw, j));
    if (key !== name) typeError(`'${key}' is an invalid keyword argument for enumerate()`);
  };
  if (n === 2) {
    if (nk === 1) { expect(0, 'start'); return [S()[base], at(0)]; }
    if (nk === 2) {
      if (strValue(tupleGet(kw, 0)) === 'start') { expect(1, 'iterable'); return [at(1), at(0)]; }
      expect(0, 'iterable'); expect(1, 'start');
    }
    return [S()[base], S()[base + 1]];
  }
  if (n === 1) {
    if (nk === 1) expect(0, 'iterable');
    return [S()[base], 0];
  }
  if (np === 0) typeError("enumerate() missing required argument 'iterable'");
  return typeError(`enumerate() takes at most 2 arguments (${n} given)`);
}
def('enumerate', (base, n, kw) => {
  const [it0, st] = enumerateArgs(base, n, kw);
  if (st !== 0 && !isInt(st)) typeError(`'${typeNameOf(st)}' object cannot be interpreted as an integer`);
  const it = getIter(it0);
  const start = st === 0 ? newInt(0) : newInt(intValue(st));
  return newPairObject(Tid.ENUMERATE, it, start);
});
def('zip', (base, n, kw) => {
  const np = npos(n, kw);
  const strictv = kw === 0 ? 0 : kwOnlyArgs('zip', base, n, kw, ['strict'])[0];
  const strict = strictv !== 0 && isTruthy(strictv);
  const iters: number[] = [];
  try { for (let i = 0; i < np; i++) iters.push(getIter(S()[base + i])); }
  catch (e) { for (const it of iters) decref(it); throw e; }
  return newPairObject(Tid.ZIP, tupleOf(iters), strict ? 1 : 0);
});
def('map', (base, n, kw) => {
  noKw('map', kw);
  if (n < 2) typeError('map() must have at least two arguments.');
  const iters: number[] = [];
  try { for (let i = 1; i < n; i++) iters.push(getIter(S()[base + i])); }
  catch (e) { for (const it of iters) decref(it); throw e; }
  incref(S()[base]);
  return newPairObject(Tid.MAP, S()[base], tupleOf(iters));
});
def('filter', (base, n, kw) => {
  noKw('filter', kw); argCount('filter', n, 2, 2);
  const it = getIter(S()[base + 1]);
  incref(S()[base]);
  return newPairObject(Tid.FILTER, S()[base], it);
});
def('reversed', (base, n, kw) => {
  noKw('reversed', kw); argCount('reversed', n, 1, 1);
  const v = S()[base];
  const t = tidOfValue(v);
  if (t === Tid.LIST || t === Tid.TUPLE || t === Tid.STR || t === Tid.RANGE) {
    if (t === Tid.STR && (mem.i32[(v >> 2) + 1] & (1 << 18)) !== 0) {
      const chars = Array.from(strValue(v)).map((c) => newStr(c));
      const tup = tupleOf(chars);
      const r = newSeqIter(Tid.REVERSED, tup, chars.length - 1);
      decref(tup);
      return r;
    }
    return newSeqIter(Tid.REVERSED, v, pyLen(v) - 1);
  }
  if (t === Tid.DICT || t === Tid.DICT_VIEW || t === Tid.BYTES || t === Tid.BYTEARRAY) {
    const items = collect(v).reverse();
    const tup = tupleOf(items);
    const r = newSeqIter(Tid.TUPLE_ITER, tup, 0);
    decref(tup);
    return r;
  }
  if (t === Tid.INSTANCE) {
    const r = callSpecial(v, '__reversed__', []);
    if (r !== 0) return r;
    if (specialMethod(v, '__len__') !== 0 && specialMethod(v, '__getitem__') !== 0) {
      // the sequence protocol: items len-1 down to 0
      const items: number[] = [];
      try {
        for (let i = pyLen(v) - 1; i >= 0; i--) { const k = newInt(i); items.push(getItem(v, k)); }
      } catch (e) { for (const x of items) decref(x); throw e; }
      const tup = tupleOf(items);
      const it = newSeqIter(Tid.TUPLE_ITER, tup, 0);
      decref(tup);
      return it;
    }
  }
  return typeError(`'${typeNameOf(v)}' object is not reversible`);
});

function truthFold(base: number, n: number, kw: number, name: string, want: boolean): number {
  noKw(name, kw); argCount(name, n, 1, 1);
  const it = getIter(S()[base]);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      const t = isTruthy(v);
      decref(v);
      if (t === want) return pyBool(want);
    }
    return pyBool(!want);
  } finally { decref(it); }
}
def('any', (base, n, kw) => truthFold(base, n, kw, 'any', true));
def('all', (base, n, kw) => truthFold(base, n, kw, 'all', false));

const SUM: ArgSpec = { name: 'sum', params: ['iterable', 'start'], required: 1, posOnly: 1, style: 'clinic' };
def('sum', (base, n, kw) => {
  const [iterable, startv] = bindArgs(SUM, base, n, kw);
  if (startv !== 0 && tidOfValue(startv) === Tid.STR) typeError("sum() can't sum strings [use ''.join(seq) instead]");
  let acc = startv === 0 ? newInt(0) : (incref(startv), startv);
  const it = getIter(iterable);
  try {
    // while the total and the items are small ints, add in JS (CPython's sum has the same fast path)
    let small = 0;
    let v = 0;
    if ((acc & 1) === 1) {
      small = acc >> 1;
      for (v = iterNext(it); v !== 0 && (v & 1) === 1; v = iterNext(it)) {
        const next = small + (v >> 1);
        if (!Number.isSafeInteger(next)) break; // v is not yet added: the generic loop adds it
        small = next;
      }
      acc = newInt(small);
      if (v === 0) return acc;
      const r = binaryOp(NB.ADD, acc, v);
      decref(v);
      decref(acc);
      acc = r;
    }
    for (v = iterNext(it); v !== 0; v = iterNext(it)) {
      let r: number;
      try { r = binaryOp(NB.ADD, acc, v); } finally { decref(v); }
      decref(acc);
      acc = r;
    }
  } catch (e) { decref(acc); throw e; } finally { decref(it); }
  return acc;
});

/** min() and max(): one iterable or several arguments, with key= and default=. */
function minmax(base: number, n: number, kw: number, name: string, op: number): number {
  const np = npos(n, kw);
  if (np === 0) typeError(`${name} expected at least 1 argument, got 0`);
  const [key, dflt] = kw === 0 ? [0, 0] : kwOnlyArgs(name, base, n, kw, ['key', 'default']);
  let items: number[];
  if (np === 1) items = collect(S()[base]);
  else {
    if (dflt !== 0) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = [];
    for (let i = 0; i < np; i++) { incref(S()[base + i]); items.push(S()[base + i]); }
  }
  try {
    if (items.length === 0) {
      if (dflt !== 0) { incref(dflt); return dflt; }
      valueError(`${name}() arg is an empty sequence`);
    }
    let best = items[0];
    let bestKey = key !== 0 && key !== NONE ? callValue(key, [best]) : best;
    try {
      for (let i = 1; i < items.length; i++) {
        const k = key !== 0 && key !== NONE ? callValue(key, [items[i]]) : items[i];
        if (compareBool(k, bestKey, op)) {
          if (bestKey !== best) decref(bestKey);
          best = items[i]; bestKey = k;
        } else if (k !== items[i]) decref(k);
      }
    } finally { if (bestKey !== best) decref(bestKey); }
    incref(best);
    return best;
  } finally { for (const v of items) decref(v); }
}
def('min', (base, n, kw) => minmax(base, n, kw, 'min', Cmp.LT));
def('max', (base, n, kw) => minmax(base, n, kw, 'max', Cmp.GT));

def('sorted', (base, n, kw) => {
  const np = npos(n, kw);
  if (np !== 1) typeError(`sorted expected 1 argument, got ${np}`);
  const l = listFromIterable(S()[base]);
  try {
    // the keywords go on to list.sort, whose name the errors show
    const [key, rev] = kw === 0 ? [0, 0] : kwOnlyArgs('sort', base, n, kw, ['key', 'reverse']);
    listSort(l, key, rev !== 0 && isTruthy(rev));
  } catch (e) { decref(l); throw e; }
  return l;
});

// ---------------------------------------------------------------- attributes and namespaces

function attrName(v: number, fname: string): number {
  void fname;
  if (tidOfValue(v) !== Tid.STR) typeError(`attribute name must be string, not '${typeNameOf(v)}'`);
  return intern(strValue(v));
}
/** The attribute, or 0 when it is missing or looking it up raised AttributeError (getattr's default, hasattr). */
function attrOrAttributeError(v: number, name: number): number {
  try {
    return getAttrOrNull(v, name);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(typeOf(e.exc), exc.AttributeError)) { decref(e.exc); return 0; }
    throw e;
  }
}

def('getattr', (base, n, kw) => {
  noKw('getattr', kw); argCount('getattr', n, 2, 3);
  const name = attrName(S()[base + 1], 'getattr');
  if (n === 2) return getAttr(S()[base], name);
  const v = attrOrAttributeError(S()[base], name);
  if (v !== 0) return v;
  incref(S()[base + 2]);
  return S()[base + 2];
});
def('hasattr', (base, n, kw) => {
  noKw('hasattr', kw); argCount('hasattr', n, 2, 2);
  const v = attrOrAttributeError(S()[base], attrName(S()[base + 1], 'hasattr'));
  if (v !== 0) { decref(v); return TRUE; }
  return FALSE;
});
def('setattr', (base, n, kw) => {
  noKw('setattr', kw); argCount('setattr', n, 3, 3);
  setAttr(S()[base], attrName(S()[base + 1], 'setattr'), S()[base + 2]);
  return NONE;
});
// slice.indices(length): the start, stop and step a slice resolves to for a sequence of that length
method(Tid.SLICE, 'indices', (b, n, kw) => {
  posArgs('indices', n, kw, 1, 1);
  const len = S()[b + 1];
  if (!isInt(len)) typeError(`'${typeNameOf(len)}' object cannot be interpreted as an integer`);
  if (intValue(len) < 0) valueError('length should not be negative');
  const [start, stop, step] = sliceIndices(S()[b], Number(intValue(len)));
  return tupleOf([newInt(start), newInt(stop), newInt(step)]);
});

def('globals', (base, n, kw) => {
  noKw('globals', kw); argCount('globals', n, 0, 0);
  const g = S()[ts.S[TH_FRAME] + FP_GLOBALS];
  incref(g);
  return g;
});

// ---------------------------------------------------------------- leaving

def('exit', (base, n, kw) => {
  noKw('exit', kw);
  argCount('exit', n, 0, 1);
  const args = n > 0 ? [(incref(S()[base]), S()[base])] : [];
  throw new PyErr(newException(exc.SystemExit, tupleOf(args)));
});
table.push(['quit', table[table.length - 1][1]]);
def('open', openBuiltin);

// iter(callable, sentinel): words 2 and 3 hold the callable and the sentinel until exhausted
registerClear(Tid.CALLABLE_ITER, (p) => { xdecref(mem.i32[(p >> 2) + 2]); xdecref(mem.i32[(p >> 2) + 3]); });

