// init.ts - bringing up an interpreter: heap, singletons, types, exceptions, builtins.
// Owns: the order of start-up (each step needs the ones before it) and the built-in types'
// names and bases.
// Must never: run Python code; interpreter.ts does that once this has finished.

import { createMemory, attachMemory, mem } from '../heap/memory';
import { initAllocator, setAllocatorLocking } from '../heap/alloc';
import { setRefcountMode } from '../heap/refcount';
import { Tid } from '../heap/layout';
import { initSingletons } from '../objects/singletons';
import { newType, typeByTid, T, TypeFlag } from '../objects/type';
import { initExceptions } from '../objects/exception';
import { initErrors, memoryErrorObject, setMemoryErrorObject } from './errors';
import { initModules, builtinsDict, modulesDict, adoptModules } from '../vm/modules';
import { initThreadState, ts } from '../vm/thread';
import { resetInterned, internedEntries, adoptInterned } from '../objects/str';
import { resetCodeCache } from '../objects/code';
import { resetNativeObjects, nativeObjects, adoptNativeObjects, nativeNames, checkNativeOrder, sealNatives } from './natives';
import { resetNames } from './abstract';
import { installBuiltinFunctions, getStderrObject, setStderrObject, getStdoutObject, setStdoutObject } from '../builtins/functions';
import { installTypeAttributes } from '../builtins/dict_methods';
import { options, Options } from '../options';
import { exc } from '../objects/exception';
import { Ctl } from '../heap/layout';
import { initGilState } from '../gil';
import { initMainThread, stacks, self } from '../vm/threads';
import '../builtins/methods';
import '../builtins/range_methods';
import '../builtins/generator_methods';
import '../builtins/sys_module';
import '../builtins/dis_module';
import '../builtins/math_module';
import '../builtins/time_module';
import '../builtins/random_module';
import '../builtins/bisect_module';
import '../builtins/heapq_module';
import '../builtins/string_module';
import '../builtins/thread_module';
import { installClassBuiltins } from '../builtins/class_builtins';

const INITIAL_HEAP = 4 << 20;

/** [Tid, name, base name] of every built-in type; the base is 'object' unless given. */
const BUILTIN_TYPES: [number, keyof typeof T | string, string][] = [
  [Tid.TYPE, 'type', 'object'],
  [Tid.NONE, 'NoneType', 'object'],
  [Tid.INT, 'int', 'object'],
  [Tid.BOOL, 'bool', 'int'],
  [Tid.FLOAT, 'float', 'object'],
  [Tid.STR, 'str', 'object'],
  [Tid.TUPLE, 'tuple', 'object'],
  [Tid.LIST, 'list', 'object'],
  [Tid.DICT, 'dict', 'object'],
  [Tid.SET, 'set', 'object'],
  [Tid.FROZENSET, 'frozenset', 'object'],
  [Tid.RANGE, 'range', 'object'],
  [Tid.FUNCTION, 'function', 'object'],
  [Tid.BUILTIN, 'builtin_function_or_method', 'object'],
  [Tid.METHOD, 'method', 'object'],
  [Tid.CODE, 'code', 'object'],
  [Tid.CELL, 'cell', 'object'],
  [Tid.BYTES, 'bytes', 'object'],
  [Tid.SLICE, 'slice', 'object'],
  [Tid.MODULE, 'module', 'object'],
  [Tid.GENERATOR, 'generator', 'object'],
  [Tid.NOTIMPL, 'NotImplementedType', 'object'],
  [Tid.ELLIPSIS, 'ellipsis', 'object'],
  [Tid.LIST_ITER, 'list_iterator', 'object'],
  [Tid.TUPLE_ITER, 'tuple_iterator', 'object'],
  [Tid.STR_ITER, 'str_ascii_iterator', 'object'],
  [Tid.RANGE_ITER, 'range_iterator', 'object'],
  [Tid.DICT_ITER, 'dict_keyiterator', 'object'],
  [Tid.SET_ITER, 'set_iterator', 'object'],
  [Tid.DICT_VIEW, 'dict_keys', 'object'],
  [Tid.ENUMERATE, 'enumerate', 'object'],
  [Tid.ZIP, 'zip', 'object'],
  [Tid.MAP, 'map', 'object'],
  [Tid.FILTER, 'filter', 'object'],
  [Tid.REVERSED, 'reversed', 'object'],
  [Tid.CALL_ITER, 'iterator', 'object'],
  [Tid.PROPERTY, 'property', 'object'],
  [Tid.STATICMETHOD, 'staticmethod', 'object'],
  [Tid.CLASSMETHOD, 'classmethod', 'object'],
  [Tid.SUPER, 'super', 'object'],
  [Tid.LOCK, 'lock', 'object'],
];

function initTypes(): void {
  const object = newType('object', 0, Tid.INSTANCE, TypeFlag.BASETYPE);
  T.object = object;
  typeByTid[Tid.INSTANCE] = object;
  const byName: Record<string, number> = { object };
  for (const [tid, name, base] of BUILTIN_TYPES) {
    const t = newType(name, byName[base], tid, TypeFlag.BASETYPE);
    byName[name] = t;
    typeByTid[tid] = t;
    if (name in T) (T as Record<string, number>)[name] = t;
  }
}

/** Make a fresh interpreter in this JS thread (the main one; workers attach instead). */
export function initInterpreter(): void {
  resetInterned();
  resetCodeCache();
  resetNativeObjects();
  resetNames();
  // Tables that point into the previous heap (a second interpreter in one process: unit tests).
  typeByTid.length = 0;
  for (const name of Object.keys(exc)) delete exc[name];
  createMemory(INITIAL_HEAP, options.heapSize);
  setRefcountMode(options.refcountAtomic);
  initAllocator();
  initSingletons();
  initTypes();
  initExceptions();
  initErrors();
  initModules();
  installBuiltinFunctions();
  installTypeAttributes();
  installClassBuiltins();
  initThreadState();
  ts.checkInterval = options.checkInterval;
  initGilState(mem.i32, Ctl.GIL_BASE, {
    enabled: options.gil, policy: options.gilPolicy, switchInterval: options.switchInterval,
    seed: options.schedule, trace: options.gilTrace,
  });
  // Without the lock, threads allocate concurrently: the allocator takes a small lock of its own
  // so that the races a researcher sees are in reference counts and containers, not free lists.
  setAllocatorLocking(!options.gil);
  initMainThread();
  sealNatives();
}

// ---------------------------------------------------------------- attaching a worker
//
// A worker thread shares the heap but not the JS-side tables that point into it: the type and
// exception objects by name, the builtins and sys.modules dicts, the built-in function objects,
// the intern table. The parent copies them (exportTables, structured-cloned with the job) and the
// worker adopts them (attachInterpreter) instead of making its own, so that `int`, `len` and
// `ValueError` are the same objects on every thread. Caches that are rebuilt from the heap on
// demand (decoded code objects, name texts) start empty in the worker.

/** Everything a worker needs to run Python on this heap, as plain data. */
export interface RuntimeTables {
  buf: SharedArrayBuffer;
  cap: number;
  T: Record<string, number>;
  typeByTid: number[];
  exc: Record<string, number>;
  memoryError: number;
  builtins: number;
  modules: number;
  stderrObject: number;
  stdoutObject: number;
  natives: number[];
  nativeNames: string[];
  interned: [string, number][];
  options: Options;
  recursionLimit: number;
  checkInterval: number;
  /** the threads' stacks (vm/threads.ts) */
  stackRegions: SharedArrayBuffer | null;
  mainStack: SharedArrayBuffer | null;
}

export function exportTables(): RuntimeTables {
  return {
    buf: mem.buf, cap: mem.cap,
    T: { ...T }, typeByTid: typeByTid.slice(), exc: { ...exc }, memoryError: memoryErrorObject(),
    builtins: builtinsDict(), modules: modulesDict(), stderrObject: getStderrObject(), stdoutObject: getStdoutObject(),
    natives: nativeObjects(), nativeNames: nativeNames(), interned: internedEntries(), options: { ...options },
    recursionLimit: ts.recursionLimit, checkInterval: ts.checkInterval,
    stackRegions: stacks.regions, mainStack: stacks.main,
  };
}

/** Make this (worker) JS thread an interpreter on the parent's heap. */
export function attachInterpreter(t: RuntimeTables): void {
  attachMemory(t.buf, t.cap);
  Object.assign(options, t.options);
  setRefcountMode(options.refcountAtomic);
  Object.assign(T, t.T);
  typeByTid.length = 0;
  typeByTid.push(...t.typeByTid);
  Object.assign(exc, t.exc);
  setMemoryErrorObject(t.memoryError);
  adoptModules(t.builtins, t.modules);
  setStderrObject(t.stderrObject);
  setStdoutObject(t.stdoutObject);
  checkNativeOrder(t.nativeNames);
  sealNatives();
  adoptNativeObjects(t.natives);
  adoptInterned(t.interned);
  setAllocatorLocking(!options.gil);
  stacks.regions = t.stackRegions;
  stacks.main = t.mainStack;
  self.threadsUsed = true;
  ts.recursionLimit = t.recursionLimit;
  ts.checkInterval = t.checkInterval;
}
