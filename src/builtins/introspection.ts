// introspection.ts - the built-ins that look at namespaces: dir() and locals().
// Owns: which names dir() reports for modules, classes, instances and built-in values, and
// building locals() from a function frame's fast locals, cells and free variables.
// Must never: change a namespace; locals() in a function returns a snapshot, as CPython's does
// for code that does not write to it.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts, FP_CODE, FP_GLOBALS, FP_LOCALS, TH_FRAME } from '../vm/thread';
import { newStr, strValue, intern } from '../objects/str';
import { newList, listAppend } from '../objects/list';
import { newDict, dictSet, dictItems } from '../objects/dict';
import { tupleLen, tupleGet } from '../objects/tuple';
import { typeOf, typeDict, typeMro, isSubtype, typeInstTid } from '../objects/type';
import { exc } from '../objects/exception';
import { moduleDict } from '../objects/module';
import { codeInfo } from '../objects/code';
import { defNative, nativeObject, noKw, argCount } from '../runtime/natives';
import { isHeapType, instanceDict } from '../runtime/classes';
import { callValue } from '../vm/call';
import { getAttrOrNull } from '../runtime/abstract';
import { repr } from '../runtime/repr';
import { collect } from '../runtime/iterate';

const S = (): Int32Array => ts.S;

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

/** Local-variable kinds of a code object's localsplus (CPython's CO_FAST_*). */
const KIND_CELL = 0x40, KIND_FREE = 0x80;

/**
 * The innermost Python frame's local namespace (new reference): the locals dict at module and
 * class level, else a new dict of the bound fast locals, in localsplus order (cells and free
 * variables give the value they hold).
 */
export function currentLocals(): number {
  const S = ts.S;
  const fp = S[TH_FRAME];
  const dict = S[fp + FP_LOCALS];
  // a module or class body keeps its names in a dict (an __init__ frame keeps the instance there)
  if (dict !== 0 && tidOfValue(dict) === Tid.DICT) { incref(dict); return dict; }
  const ci = codeInfo(S[fp + FP_CODE]);
  const d = newDict();
  const lp = fp + 8;
  for (let i = 0; i < ci.nlocalsplus; i++) {
    let v = S[lp + i];
    if (v !== 0 && (ci.kinds[i] & (KIND_CELL | KIND_FREE)) !== 0 && tidOfValue(v) === Tid.CELL) v = mem.i32[(v >> 2) + 2];
    if (v !== 0) dictSet(d, ci.lpNamePtrs[i], v);
  }
  return d;
}

export function currentGlobals(): number { return S()[S()[TH_FRAME] + FP_GLOBALS]; }

/** What every object has from `object` (CPython 3.11's dir(object)). */
const OBJECT_NAMES = [
  '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__',
  '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__',
  '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__',
];
/** What BaseException adds. */
const EXCEPTION_NAMES = [
  '__cause__', '__context__', '__dict__', '__setstate__', '__suppress_context__', '__traceback__',
  'add_note', 'args', 'with_traceback',
];
/** What a class statement adds to the first user class of a hierarchy. */
const CLASS_NAMES = ['__dict__', '__module__', '__weakref__'];

/** Data attributes of built-in types that pygil serves without a dict entry (abstract.ts's dataAttr). */
const DATA_NAMES: Partial<Record<number, string[]>> = {
  [Tid.INT]: ['denominator', 'imag', 'numerator', 'real'], [Tid.FLOAT]: ['imag', 'real'],
  [Tid.RANGE]: ['start', 'step', 'stop'], [Tid.SLICE]: ['start', 'step', 'stop'],
};

/** The attribute names of a class: its MRO's dicts, and the names built-in bases provide. */
function classNames(cls: number, out: Set<string>): void {
  for (const n of OBJECT_NAMES) out.add(n);
  const mro = typeMro(cls);
  for (let i = 0; i < tupleLen(mro); i++) {
    const t = tupleGet(mro, i);
    if (isHeapType(t)) for (const n of CLASS_NAMES) out.add(n);
    // __qualname__ and __classcell__ live in pygil's class dicts; CPython keeps them elsewhere
    for (const [k] of dictItems(typeDict(t))) {
      const s = strValue(k);
      if (!isHeapType(t) || (s !== '__qualname__' && s !== '__classcell__')) out.add(s);
    }
  }
  if (isSubtype(cls, exc.BaseException)) for (const n of EXCEPTION_NAMES) out.add(n);
  const tid = isHeapType(cls) ? -1 : typeInstTid(cls);
  for (const n of DATA_NAMES[tid === Tid.BOOL ? Tid.INT : tid] ?? []) out.add(n);
}

/** dir(v) as a JS array of names, unsorted. A user class's __dir__ is honoured by the caller. */
function dirNames(v: number): string[] {
  const out = new Set<string>();
  switch (tidOfValue(v)) {
    case Tid.MODULE:
      for (const [k] of dictItems(moduleDict(v))) out.add(strValue(k));
      break;
    case Tid.TYPE:
      classNames(v, out);
      break;
    case Tid.INSTANCE: case Tid.EXCEPTION:
      for (const [k] of dictItems(instanceDict(v))) out.add(strValue(k));
      classNames(typeOf(v), out);
      break;
    default:
      classNames(typeOf(v), out);
  }
  return [...out];
}

const defs: [string, number][] = [
  ['dir', defNative('dir', (base, n, kw) => {
    noKw('dir', kw); argCount('dir', n, 0, 1);
    let names: string[];
    if (n === 0) {
      const ns = currentLocals();
      names = dictItems(ns).map(([k]) => strValue(k));
      decref(ns);
    } else {
      const v = S()[base];
      // a user class's __dir__ decides (object's own __dir__ is what dirNames does)
      const custom = tidOfValue(v) === Tid.INSTANCE ? getAttrOrNull(v, intern('__dir__')) : 0;
      if (custom !== 0) {
        let r: number;
        try { r = callValue(custom, []); } finally { decref(custom); }
        let items: number[];
        try { items = collect(r); } finally { decref(r); }
        names = items.map((x) => (tidOfValue(x) === Tid.STR ? strValue(x) : repr(x)));
        for (const x of items) decref(x);
      } else {
        names = dirNames(v);
      }
    }
    // code-point order, as sorted() orders strs
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const l = newList(0);
    for (const s of names) listAppend(l, newStr(s));
    return l;
  })],
  ['locals', defNative('locals', (base, n, kw) => { void base; noKw('locals', kw); argCount('locals', n, 0, 0); return currentLocals(); })],
];

export function installIntrospection(builtins: number): void {
  for (const [name, idx] of defs) dictSet(builtins, intern(name), nativeObject(idx));
}
