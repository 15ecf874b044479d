// natives.ts - the registry of functions written in TypeScript that Python code can call.
// Owns: native indices (the same in every thread, since every thread registers the same
// natives in the same order at module load), the calling convention, and argument helpers:
// bindArgs, which binds positional and keyword arguments to a native's parameters by name, with
// the error texts of CPython's argument clinic or of a def.
// Must never: depend on which thread runs it: natives read arguments from the thread stack.
// Must never either: hand a native its keyword values in the order the call wrote them; a
// native that takes keywords gets them through bindArgs or kwOnlyArgs, by name.
//
// Calling convention: fn(base, n, kw) with the n arguments in ts.S[base .. base+n) as borrowed
// references; kw is 0 or a tuple of keyword names, naming the last len(kw) of the n arguments.
// A native returns a new reference, or throws PyErr. Methods of built-in types receive self as
// their first argument. Scratch space for calls made by a native starts at ts.top.

import { ts } from '../vm/thread';
import { tupleLen, tupleGet } from '../objects/tuple';
import { strValue } from '../objects/str';
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

/** How a native takes its arguments, for bindArgs. */
export interface ArgSpec {
  /** the name error messages show: 'pow', 'bisect_right', 'Random.randint' */
  readonly name: string;
  /** positional-or-keyword parameters, in order */
  readonly params: readonly string[];
  /** how many leading params must be given */
  readonly required: number;
  /** leading params that cannot be passed by keyword (a '/' in the signature) */
  readonly posOnly?: number;
  /** keyword-only parameters, all optional */
  readonly kwOnly?: readonly string[];
  /** whose error texts: argument clinic's (C functions), a def's, or a def method's (self counted) */
  readonly style: 'clinic' | 'def' | 'method';
}

function quotedList(names: string[]): string {
  const q = names.map((s) => `'${s}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}
const plural = (k: number): string => (k === 1 ? '' : 's');
const NO_NAMES: readonly string[] = [];

/** Where keyword `name` is among the call's keywords (its index in kw), or -1. */
function kwIndex(kw: number, nk: number, name: string): number {
  for (let j = 0; j < nk; j++) if (strValue(tupleGet(kw, j)) === name) return j;
  return -1;
}

/**
 * The arguments of a native call bound to spec's parameters by position and by name: borrowed
 * values in the order params then kwOnly, 0 for a parameter not given. Raises CPython's
 * TypeError for a bad call. Every native that takes keywords binds them here, so that a keyword
 * always lands in its parameter, whatever the order the call wrote them in.
 */
export function bindArgs(spec: ArgSpec, base: number, n: number, kw: number): number[] {
  return spec.style === 'clinic' ? bindClinic(spec, base, n, kw) : bindDef(spec, base, n, kw);
}

/**
 * Argument clinic's binding (CPython 3.11 `_PyArg_UnpackKeywords`), in its order of checks: the
 * total count, the positional count, then the parameters in order (the first required one
 * missing is reported before any bad keyword), then a keyword naming a parameter already given
 * by position, then the first unknown keyword.
 */
function bindClinic(spec: ArgSpec, base: number, n: number, kw: number): number[] {
  const S = ts.S;
  const params = spec.params, kwOnly = spec.kwOnly ?? NO_NAMES, posOnly = spec.posOnly ?? 0;
  const name = spec.name, required = spec.required;
  const np = npos(n, kw), nk = n - np;
  const maxPos = params.length, maxArgs = maxPos + kwOnly.length;
  const out = new Array<number>(maxArgs).fill(0);
  for (let i = 0; i < np && i < maxPos; i++) out[i] = S[base + i];
  if (nk === 0 && np >= required && np <= maxPos) return out;
  if (np + nk > maxArgs) {
    // "keyword" when nothing was positional (bpo-31229: f(a=1, b=2, c=3) is not about positions)
    typeError(`${name}() takes at most ${maxArgs} ${np === 0 ? 'keyword ' : ''}argument${plural(maxArgs)} (${np + nk} given)`);
  }
  if (np > maxPos) {
    if (maxPos === 0) typeError(`${name}() takes no positional arguments`);
    typeError(`${name}() takes ${required < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${plural(maxPos)} (${np} given)`);
  }
  const minPosOnly = Math.min(posOnly, required);
  if (np < minPosOnly) {
    const how = minPosOnly < maxPos ? 'at least' : 'exactly';
    typeError(`${name}() takes ${how} ${minPosOnly} positional argument${plural(minPosOnly)} (${np} given)`);
  }
  const paramName = (i: number): string => (i < maxPos ? params[i] : kwOnly[i - maxPos]);
  let left = nk;
  for (let i = Math.max(np, posOnly); i < maxArgs; i++) {
    if (left === 0 && i >= required) break;
    const j = left === 0 ? -1 : kwIndex(kw, nk, paramName(i));
    if (j >= 0) { out[i] = S[base + np + j]; left--; }
    else if (i < required) typeError(`${name}() missing required argument '${paramName(i)}' (pos ${i + 1})`);
  }
  if (left > 0) {
    for (let i = posOnly; i < np; i++) {
      if (kwIndex(kw, nk, params[i]) >= 0) typeError(`argument for ${name}() given by name ('${params[i]}') and position (${i + 1})`);
    }
    for (let j = 0; j < nk; j++) {
      const key = strValue(tupleGet(kw, j));
      const at = params.indexOf(key);
      if ((at < 0 || at < posOnly) && !kwOnly.includes(key)) typeError(`'${key}' is an invalid keyword argument for ${name}()`);
    }
  }
  return out;
}

/** A def's binding (Python/ceval.c's texts): a bad keyword is reported before a missing argument. */
function bindDef(spec: ArgSpec, base: number, n: number, kw: number): number[] {
  const S = ts.S;
  const params = spec.params, kwOnly = spec.kwOnly ?? NO_NAMES, posOnly = spec.posOnly ?? 0;
  const np = npos(n, kw);
  const out = new Array<number>(params.length + kwOnly.length).fill(0);
  const name = spec.name;
  const self = spec.style === 'method' ? 1 : 0;
  for (let i = 0; i < np && i < params.length; i++) out[i] = S[base + i];
  const k = kw === 0 ? 0 : tupleLen(kw);
  for (let j = 0; j < k; j++) {
    const key = strValue(tupleGet(kw, j));
    let at = params.indexOf(key);
    if (at >= 0 && at < posOnly) at = -1;
    if (at < 0 && kwOnly.includes(key)) at = params.length + kwOnly.indexOf(key);
    if (at < 0) typeError(`${name}() got an unexpected keyword argument '${key}'`);
    if (out[at] !== 0) typeError(`${name}() got multiple values for argument '${key}'`);
    out[at] = S[base + np + j];
  }
  if (np > params.length) {
    const most = params.length + self, least = spec.required + self, given = np + self;
    const takes = least === most ? `${most}` : `from ${least} to ${most}`;
    typeError(`${name}() takes ${takes} positional argument${plural(most)} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  const missing: string[] = [];
  for (let i = 0; i < spec.required; i++) if (out[i] === 0) missing.push(params[i]);
  if (missing.length > 0) {
    typeError(`${name}() missing ${missing.length} required positional argument${plural(missing.length)}: ${quotedList(missing)}`);
  }
  return out;
}

/**
 * The keyword-only arguments of a native that also takes any number of positional ones (print,
 * min, max, zip): CPython parses the keywords alone, as a call with no positional arguments, so
 * its count error says "keyword arguments". Values in the order of `names`, 0 when not given.
 * print reports an unknown keyword even when there are too many (`countFirst` false).
 */
export function kwOnlyArgs(fname: string, base: number, n: number, kw: number, names: readonly string[],
  countFirst = true): number[] {
  const np = npos(n, kw);
  if (!countFirst) {
    for (let j = 0; j < n - np; j++) {
      const key = strValue(tupleGet(kw, j));
      if (!names.includes(key)) typeError(`'${key}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return bindClinic({ name: fname, params: [], kwOnly: names, required: 0, style: 'clinic' }, base + np, n - np, kw);
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
