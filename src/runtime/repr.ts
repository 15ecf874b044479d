// repr.ts - repr() and str() of every built-in value, as CPython spells them.
// Owns: the text of values: containers (with [...] for self-reference), numbers, types,
// functions, exceptions, iterators.
// Must never: change a value. Number and string formatting itself is format/'s.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { intValue } from '../objects/int';
import { floatValue } from '../objects/float';
import { strValue, intern } from '../objects/str';
import { tupleLen, tupleGet } from '../objects/tuple';
import { listLen, listGet } from '../objects/list';
import { dictEntryCount, dictKeyAt, dictValueAt, dictGet } from '../objects/dict';
import { setKeys } from '../objects/set';
import { typeOf, typeName, isSubtype } from '../objects/type';
import { rangeStartValue, rangeStopValue, rangeStepValue } from '../objects/range';
import { NONE, TRUE, FALSE, NOTIMPLEMENTED, ELLIPSIS } from '../objects/singletons';
import { EXC_ARGS, EXC_CLASS, exc } from '../objects/exception';
import { FN_QUALNAME } from '../objects/func';
import { bytesData, byteArrayData } from '../objects/bytes';
import { fileRepr } from '../objects/file';
import { osErrorText } from './oserror';
import { importErrorText } from './importerror';
import { codeInfo } from '../objects/code';
import { moduleName, moduleDict } from '../objects/module';
import { nativeName } from './natives';
import { floatRepr } from '../format/float';
import { specialMethod, callBound, qualifiedClassName } from './classes';
import { decref } from '../heap/refcount';
import { typeError } from './errors';
import { strRepr } from '../format/strmethods';
import { intToStr } from '../format/intops';

/** The type name of a value, as error messages show it. */
export function typeNameOf(v: number): string { return strValue(typeName(typeOf(v))); }

const active = new Set<number>();

function addr(p: number): string { return '0x' + (0x7f0000000000 + p).toString(16); }

function seq(open: string, close: string, items: number[], tuple1: boolean): string {
  let s = open;
  for (let i = 0; i < items.length; i++) {
    if (i > 0) s += ', ';
    s += repr(items[i]);
  }
  if (tuple1 && items.length === 1) s += ',';
  return s + close;
}

function guarded(v: number, self: string, f: () => string): string {
  if (active.has(v)) return self;
  active.add(v);
  try { return f(); } finally { active.delete(v); }
}

export function repr(v: number): string {
  if ((v & 1) === 1) return String(v >> 1);
  switch (v) {
    case NONE: return 'None';
    case TRUE: return 'True';
    case FALSE: return 'False';
    case NOTIMPLEMENTED: return 'NotImplemented';
    case ELLIPSIS: return 'Ellipsis';
  }
  const tid = mem.i32[(v >> 2) + 1] & TID_MASK;
  switch (tid) {
    case Tid.INT: return intToStr(intValue(v), 10);
    case Tid.FLOAT: return floatRepr(floatValue(v));
    case Tid.STR: return strRepr(strValue(v));
    case Tid.TUPLE: return guarded(v, '(...)', () => seq('(', ')', items(v, tupleLen(v), tupleGet), true));
    case Tid.LIST: return guarded(v, '[...]', () => seq('[', ']', items(v, listLen(v), listGet), false));
    case Tid.DICT: return guarded(v, '{...}', () => dictRepr(v));
    case Tid.SET: {
      const keys = setKeys(v);
      if (keys.length === 0) return 'set()';
      return guarded(v, 'set(...)', () => seq('{', '}', keys, false));
    }
    case Tid.FROZENSET: {
      const keys = setKeys(v);
      return keys.length === 0 ? 'frozenset()' : guarded(v, 'frozenset(...)', () => 'frozenset(' + seq('{', '}', keys, false) + ')');
    }
    case Tid.RANGE: {
      const step = repr(rangeStepValue(v));
      return `range(${repr(rangeStartValue(v))}, ${repr(rangeStopValue(v))}${step === '1' ? '' : ', ' + step})`;
    }
    case Tid.SLICE: {
      const w = v >> 2;
      return `slice(${repr(mem.i32[w + 2])}, ${repr(mem.i32[w + 3])}, ${repr(mem.i32[w + 4])})`;
    }
    case Tid.TYPE: return `<class '${qualifiedClassName(v)}'>`;
    case Tid.FUNCTION: return `<function ${strValue(mem.i32[(v >> 2) + FN_QUALNAME])} at ${addr(v)}>`;
    case Tid.BUILTIN: {
      const self = mem.i32[(v >> 2) + 3];
      const name = nativeName(mem.i32[(v >> 2) + 2]);
      if (self === 0) return `<built-in function ${name}>`;
      return `<built-in method ${name.replace(/^.*\./, '')} of ${typeNameOf(self)} object at ${addr(self)}>`;
    }
    case Tid.METHOD: {
      const fn = mem.i32[(v >> 2) + 2], self = mem.i32[(v >> 2) + 3];
      // a built-in class method bound to its class (dict.fromkeys)
      const ft = (fn & 1) === 1 ? Tid.INT : mem.i32[(fn >> 2) + 1] & TID_MASK;
      if (ft === Tid.BUILTIN) {
        return `<built-in method ${nativeName(mem.i32[(fn >> 2) + 2]).replace(/^.*\./, '')} of ${typeNameOf(self)} object at ${addr(self)}>`;
      }
      // anything else made a method (classmethod(5)): CPython shows its __qualname__ or '?'
      if (ft !== Tid.FUNCTION) return `<bound method ? of ${repr(self)}>`;
      return `<bound method ${strValue(mem.i32[(fn >> 2) + FN_QUALNAME])} of ${repr(self)}>`;
    }
    case Tid.INSTANCE: {
      const r = callText(v, '__repr__');
      if (r !== null) return r;
      return `<${qualifiedClassName(typeOf(v))} object at ${addr(v)}>`;
    }
    case Tid.EXCEPTION: {
      const custom = callText(v, '__repr__');
      if (custom !== null) return custom;
      return exceptionRepr(v);
    }
    case Tid.BYTES: return bytesRepr(bytesData(v));
    case Tid.BYTEARRAY: return `bytearray(${bytesRepr(byteArrayData(v), true)})`;
    case Tid.FILE: return fileRepr(v, repr);
    case Tid.CODE: {
      const ci = codeInfo(v);
      return `<code object ${ci.name} at ${addr(v)}, file "${ci.filename}", line ${ci.firstlineno}>`;
    }
    case Tid.MODULE: return moduleRepr(v);
    case Tid.CELL: return `<cell at ${addr(v)}>`;
    // word 7 of a generator is its __qualname__ (vm/generator.ts)
    case Tid.GENERATOR: return `<generator object ${strValue(mem.i32[(v >> 2) + 7])} at ${addr(v)}>`;
    case Tid.LOCK: return `<${mem.i32[(v >> 2) + 2] === 0 ? 'unlocked' : 'locked'} _thread.lock object at ${addr(v)}>`;
    case Tid.DICT_VIEW: {
      const kind = mem.i32[(v >> 2) + 3];
      const d = mem.i32[(v >> 2) + 2];
      const name = ['dict_keys', 'dict_values', 'dict_items'][kind];
      return guarded(v, '...', () => name + '(' + dictViewRepr(d, kind) + ')');
    }
    default: return `<${typeNameOf(v)} object at ${addr(v)}>`;
  }
}

/** BaseException's repr: ClassName('message') or ClassName(arg, ...). */
export function exceptionRepr(v: number): string {
  const args = mem.i32[(v >> 2) + EXC_ARGS];
  const name = strValue(typeName(mem.i32[(v >> 2) + EXC_CLASS]));
  if (tupleLen(args) === 1) return `${name}(${repr(tupleGet(args, 0))})`;
  return name + repr(args);
}

function items(v: number, n: number, get: (v: number, i: number) => number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = get(v, i);
  return out;
}

function dictRepr(d: number): string {
  const n = dictEntryCount(d);
  let s = '{';
  let first = true;
  for (let i = 0; i < n; i++) {
    const k = dictKeyAt(d, i);
    if (k === 0) continue;
    if (!first) s += ', ';
    first = false;
    s += repr(k) + ': ' + repr(dictValueAt(d, i));
  }
  return s + '}';
}

function dictViewRepr(d: number, kind: number): string {
  const parts: string[] = [];
  const n = dictEntryCount(d);
  for (let i = 0; i < n; i++) {
    const k = dictKeyAt(d, i);
    if (k === 0) continue;
    if (kind === 0) parts.push(repr(k));
    else if (kind === 1) parts.push(repr(dictValueAt(d, i)));
    else parts.push(`(${repr(k)}, ${repr(dictValueAt(d, i))})`);
  }
  return '[' + parts.join(', ') + ']';
}

/** b'...' as CPython writes it; a bytearray's repr escapes every single quote (bytearray_repr). */
function bytesRepr(b: Uint8Array, escapeSingle = false): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) { if (c === 39) hasSingle = true; if (c === 34) hasDouble = true; }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = 'b' + q;
  for (const c of b) {
    if (c === 92) s += '\\\\';
    else if (c === 39 && (q === "'" || escapeSingle)) s += "\\'";
    else if (c === 9) s += '\\t';
    else if (c === 10) s += '\\n';
    else if (c === 13) s += '\\r';
    else if (c < 32 || c >= 127) s += '\\x' + c.toString(16).padStart(2, '0');
    else s += String.fromCharCode(c);
  }
  return s + q;
}

/** The text a user class's __repr__ or __str__ returns, or null when the class defines none. */
function callText(v: number, name: '__repr__' | '__str__'): string | null {
  const m = specialMethod(v, name);
  if (m === 0) return null;
  const r = callBound(m, v, []);
  if ((r & 1) === 1 || (mem.i32[(r >> 2) + 1] & TID_MASK) !== Tid.STR) {
    const tn = typeNameOf(r);
    decref(r);
    return typeError(`${name} returned non-string (type ${tn})`);
  }
  const s = strValue(r);
  decref(r);
  return s;
}

/** str(v): the text of a str itself, an exception's message, otherwise repr. */
export function str(v: number): string {
  if ((v & 1) === 1) return String(v >> 1);
  const tid = mem.i32[(v >> 2) + 1] & TID_MASK;
  if (tid === Tid.STR) return strValue(v);
  if (tid === Tid.INSTANCE) {
    const r = callText(v, '__str__');
    return r !== null ? r : repr(v);
  }
  if (tid === Tid.EXCEPTION) {
    const custom = callText(v, '__str__');
    return custom !== null ? custom : exceptionStr(v);
  }
  return repr(v);
}

/** BaseException's str: '' for no arguments, str of the one argument, else the args' repr. */
export function exceptionStr(v: number): string {
  const os = osErrorText(v, repr, str);
  if (os !== null) return os;
  const im = importErrorText(v);
  if (im !== null) return im;
  const args = mem.i32[(v >> 2) + EXC_ARGS];
  const n = tupleLen(args);
  if (n === 0) return '';
  if (n === 1) {
    const a = tupleGet(args, 0);
    // KeyError shows its key's repr, so that KeyError('') is distinguishable
    if (isSubtype(mem.i32[(v >> 2) + EXC_CLASS], exc.KeyError)) return repr(a);
    return str(a);
  }
  return repr(args);
}


/** CPython's module repr: "from FILE" for a module loaded from a file, "(built-in)" otherwise. */
function moduleRepr(m: number): string {
  const name = strValue(moduleName(m));
  const file = dictGet(moduleDict(m), intern('__file__'));
  if (file !== 0 && (file & 1) === 0 && (mem.i32[(file >> 2) + 1] & TID_MASK) === Tid.STR) return `<module '${name}' from '${strValue(file)}'>`;
  return `<module '${name}' (built-in)>`;
}
