// natives.ts - the registry of functions written in TypeScript that Python code can call.
// Owns: native indices (the same in every thread, since every thread registers the same
// natives in the same order at module load), the calling convention, and argument helpers.
// Must never: depend on which thread runs it: natives read arguments from the thread stack.
//
// Calling convention: fn(base, n, kw) with the n arguments in ts.S[base .. base+n) as borrowed
// references; kw is 0 or a tuple of keyword names, naming the last len(kw) of the n arguments.
// A native returns a new reference, or throws PyErr. Methods of built-in types receive self as
// their first argument. Scratch space for calls made by a native starts at ts.top.

import { ts } from '../vm/thread';
import { tupleLen, tupleGet } from '../objects/tuple';
import { strValue, strEquals, intern } from '../objects/str';
import { newBuiltin } from '../objects/func';
import { makeImmortal } from '../objects/singletons';
import { typeError } from './errors';

export type NativeFn = (base: number, n: number, kw: number) => number;

interface NativeDef { readonly name: string; readonly fn: NativeFn; object: number }
const natives: NativeDef[] = [];

/** Set once an interpreter runs: from then on a new native would have a different index in each thread. */
let sealed = false;
export function sealNatives(): void { sealed = true; }

/** Register a native; returns its index. Call only at module load time. */
export function defNative(name: string, fn: NativeFn): number {
  if (sealed) throw new Error(`native ${name} registered after start-up: natives must be made at module load time`);
  natives.push({ name, fn, object: 0 });
  return natives.length - 1;
}

export function nativeName(i: number): string { return natives[i].name; }
export function nativeFn(i: number): NativeFn { return natives[i].fn; }

/** The immortal, unbound built-in function object of native i (made on first use). */
export function nativeObject(i: number): number {
  const d = natives[i];
  if (d.object === 0) { d.object = newBuiltin(i, 0); makeImmortal(d.object); }
  return d.object;
}

/** Every native's name, by index: a worker orders its own registry the same way (adoptNativeOrder). */
export function nativeNames(): string[] { return natives.map((d) => d.name); }

/**
 * Check that this thread numbers its natives as another thread does (`names`, by index). The
 * indices are stored in the shared heap (built-in function objects), so every thread must agree
 * on them: they follow the order in which modules were loaded, and a worker loads them in the
 * main thread's order (worker_main.ts imports cli first, as bin/pygil.js and the snapshot do).
 */
export function checkNativeOrder(names: string[]): void {
  const n = Math.max(names.length, natives.length);
  for (let i = 0; i < n; i++) {
    if (names[i] !== natives[i]?.name) {
      throw new Error(`native ${i} is ${natives[i]?.name ?? 'missing'} in this thread but ${names[i] ?? 'missing'} in its parent: modules were loaded in another order`);
    }
  }
}

/** The built-in function objects made so far (0 where none yet), by native index. */
export function nativeObjects(): number[] { return natives.map((d) => d.object); }
/** Adopt another thread's built-in function objects (a worker attaching to the heap). */
export function adoptNativeObjects(objects: number[]): void {
  for (let i = 0; i < objects.length && i < natives.length; i++) natives[i].object = objects[i];
}

/** Forget heap objects (a new heap was made, e.g. between unit tests). */
export function resetNativeObjects(): void { for (const d of natives) d.object = 0; }

// ---------------------------------------------------------------- argument helpers

/** Number of positional arguments in a call (n minus the keyword ones). */
export function npos(n: number, kw: number): number { return kw === 0 ? n : n - tupleLen(kw); }

/** Borrowed keyword argument `name`, or 0 when not given. */
export function kwArg(base: number, n: number, kw: number, name: string): number {
  if (kw === 0) return 0;
  const k = tupleLen(kw);
  const key = intern(name);
  for (let i = 0; i < k; i++) {
    const s = tupleGet(kw, i);
    if (s === key || strEquals(s, key)) return ts.S[base + n - k + i];
  }
  return 0;
}

/** Raise TypeError unless every keyword given is in `allowed`. */
export function checkKw(fname: string, kw: number, allowed: readonly string[]): void {
  if (kw === 0) return;
  const k = tupleLen(kw);
  for (let i = 0; i < k; i++) {
    const name = strValue(tupleGet(kw, i));
    if (!allowed.includes(name)) typeError(`${fname}() got an unexpected keyword argument '${name}'`);
  }
}

/** Raise TypeError for a call with keyword arguments to a native that takes none. */
export function noKw(fname: string, kw: number): void {
  if (kw !== 0 && tupleLen(kw) > 0) typeError(`${fname}() takes no keyword arguments`);
}

/** Check the positional count: CPython's wording for built-ins. */
export function argCount(fname: string, n: number, min: number, max: number): void {
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) typeError(`${fname}() takes no arguments (${n} given)`);
    if (min === 1) typeError(`${fname}() takes exactly one argument (${n} given)`);
    typeError(`${fname} expected ${min} arguments, got ${n}`);
  }
  if (n < min) typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}
