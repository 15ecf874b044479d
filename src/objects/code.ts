// code.ts - code objects in the heap, and each thread's decoded view of them (CodeInfo).
// Owns: writing a compiled CodeSpec into the heap, reading it back (for dis), and the
// per-thread cache the eval loop reads instructions, constants and names from.
// Must never: change a code object after creation: threads cache them, keyed by address and
// checked by serial number.
//
// Code objects are immortal: they are made by the compiler, bounded by the size of the source.
//
//   2 serial | 3 bytecode (bytes) | 4 consts (tuple) | 5 names (tuple of str)
//   6 localsplus names (tuple) | 7 localsplus kinds (bytes) | 8 filename | 9 name | 10 qualname
//   11 firstlineno | 12 argcount | 13 posonlyargcount | 14 kwonlyargcount | 15 flags
//   16 stacksize | 17 lines (bytes: int32 per instruction) | 18 exception table (bytes: 5 int32 a row)
//   19 nlocalsplus

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid, Ctl } from '../heap/layout';
import { CodeSpec, ConstSpec, ExceptionEntry, FastKind } from '../code';
import { makeImmortal, NONE, TRUE, FALSE, ELLIPSIS } from './singletons';
import { newBytes, bytesData, bytesLen } from './bytes';
import { tupleOf, tupleLen, tupleGet } from './tuple';
import { intern, strValue } from './str';
import { newInt, intValue } from './int';
import { newFloat, floatValue } from './float';
import { tidOf, isSmall } from '../heap/layout';

export const CO_SERIAL = 2, CO_CODE = 3, CO_CONSTS = 4, CO_NAMES = 5, CO_LPNAMES = 6, CO_LPKINDS = 7,
  CO_FILENAME = 8, CO_NAME = 9, CO_QUALNAME = 10, CO_FIRSTLINE = 11, CO_ARGCOUNT = 12, CO_POSONLY = 13,
  CO_KWONLY = 14, CO_FLAGS = 15, CO_STACKSIZE = 16, CO_LINES = 17, CO_EXCTABLE = 18, CO_NLOCALSPLUS = 19;

function constToHeap(c: ConstSpec): number {
  switch (c.type) {
    case 'int': return newInt(c.value >= BigInt(Number.MIN_SAFE_INTEGER) && c.value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(c.value) : c.value);
    case 'float': return newFloat(c.value);
    case 'str': return intern(c.value);
    case 'bytes': return newBytes(c.value);
    case 'bool': return c.value ? TRUE : FALSE;
    case 'None': return NONE;
    case 'Ellipsis': return ELLIPSIS;
    case 'tuple': return tupleOf(c.items.map(constToHeap));
    case 'code': return materializeCode(c.code);
  }
}

function int32Bytes(a: ArrayLike<number>): Uint8Array {
  const arr = Int32Array.from(a);
  return new Uint8Array(arr.buffer);
}

/** Write a compiled code object into the heap; returns an immortal code object. */
export function materializeCode(spec: CodeSpec): number {
  const consts = tupleOf(spec.consts.map(constToHeap));
  const names = tupleOf(spec.names.map((n) => intern(n)));
  const lpnames = tupleOf(spec.localsplusNames.map((n) => intern(n)));
  const exc: number[] = [];
  for (const e of spec.exceptionTable) exc.push(e.start, e.end, e.target, e.depth, e.lasti ? 1 : 0);
  const p = alloc(80, Tid.CODE);
  makeImmortal(p);
  const w = p >> 2;
  const i32 = mem.i32;
  i32[w + CO_SERIAL] = i32[Ctl.NEXT_SERIAL]++;
  const fields: [number, number][] = [
    [CO_CODE, newBytes(spec.code)], [CO_CONSTS, consts], [CO_NAMES, names], [CO_LPNAMES, lpnames],
    [CO_LPKINDS, newBytes(Uint8Array.from(spec.localsplusKinds))], [CO_FILENAME, intern(spec.filename)],
    [CO_NAME, intern(spec.name)], [CO_QUALNAME, intern(spec.qualname)],
    [CO_LINES, newBytes(int32Bytes(spec.lines))], [CO_EXCTABLE, newBytes(int32Bytes(exc))],
  ];
  for (const [f, v] of fields) mem.i32[w + f] = v;
  const m = mem.i32;
  m[w + CO_FIRSTLINE] = spec.firstlineno;
  m[w + CO_ARGCOUNT] = spec.argcount;
  m[w + CO_POSONLY] = spec.posonlyargcount;
  m[w + CO_KWONLY] = spec.kwonlyargcount;
  m[w + CO_FLAGS] = spec.flags;
  m[w + CO_STACKSIZE] = spec.stacksize;
  m[w + CO_NLOCALSPLUS] = spec.localsplusNames.length;
  return p;
}

/** What the eval loop needs of a code object, decoded once per thread. */
export interface CodeInfo {
  readonly ptr: number;
  readonly serial: number;
  readonly bytes: Uint8Array;
  /** borrowed pointers of co_consts / co_names */
  readonly consts: Int32Array;
  readonly names: Int32Array;
  readonly nlocalsplus: number;
  readonly kinds: Uint8Array;
  readonly stacksize: number;
  readonly argcount: number;
  readonly posonly: number;
  readonly kwonly: number;
  readonly flags: number;
  readonly lines: Int32Array;
  /** rows of 5: start, end, target, depth, lasti */
  readonly exc: Int32Array;
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  /** localsplus names as JS strings (for error messages and keyword binding) */
  readonly lpNames: string[];
  /** interned str pointers of localsplus names (keyword argument binding compares these first) */
  readonly lpNamePtrs: Int32Array;
  /** frame words needed: header + localsplus + stack */
  readonly frameSize: number;
  /**
   * Inline caches for name lookups, 4 words per instruction (CPython 3.11 keeps similar caches
   * inline in the bytecode): the globals dict, its version, the builtins dict's version, and
   * the entry index (>= 0 in globals, -1-i for entry i of builtins). Per thread, so never shared.
   */
  readonly nameCache: Int32Array;
}

/** Decoded code objects by serial number (serials are small, dense and unique per heap). */
const bySerial: (CodeInfo | undefined)[] = [];

function tupleWords(t: number): Int32Array {
  const n = tupleLen(t);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = tupleGet(t, i);
  return out;
}

export const FRAME_HEADER = 8;

/** The thread's CodeInfo for code object p. */
export function codeInfo(p: number): CodeInfo {
  const hit = bySerial[mem.i32[(p >> 2) + CO_SERIAL]];
  if (hit !== undefined && hit.ptr === p) return hit;
  return decodeCode(p);
}

function decodeCode(p: number): CodeInfo {
  const serial = mem.i32[(p >> 2) + CO_SERIAL];
  const i32 = mem.i32;
  const w = p >> 2;
  const lpnames = tupleWords(i32[w + CO_LPNAMES]);
  const excBytes = bytesData(i32[w + CO_EXCTABLE]);
  const linesBytes = bytesData(i32[w + CO_LINES]);
  const info: CodeInfo = {
    ptr: p, serial,
    bytes: bytesData(i32[w + CO_CODE]),
    consts: tupleWords(i32[w + CO_CONSTS]),
    names: tupleWords(i32[w + CO_NAMES]),
    nlocalsplus: i32[w + CO_NLOCALSPLUS],
    kinds: bytesData(i32[w + CO_LPKINDS]),
    stacksize: i32[w + CO_STACKSIZE],
    argcount: i32[w + CO_ARGCOUNT],
    posonly: i32[w + CO_POSONLY],
    kwonly: i32[w + CO_KWONLY],
    flags: i32[w + CO_FLAGS],
    lines: new Int32Array(linesBytes.buffer, 0, linesBytes.length >> 2),
    exc: new Int32Array(excBytes.buffer, 0, excBytes.length >> 2),
    name: strValue(i32[w + CO_NAME]),
    qualname: strValue(i32[w + CO_QUALNAME]),
    filename: strValue(i32[w + CO_FILENAME]),
    firstlineno: i32[w + CO_FIRSTLINE],
    lpNames: Array.from(lpnames, (s) => strValue(s)),
    lpNamePtrs: lpnames,
    frameSize: FRAME_HEADER + i32[w + CO_NLOCALSPLUS] + i32[w + CO_STACKSIZE] + 1,
    nameCache: new Int32Array(bytesLen(i32[w + CO_CODE]) * 2),
  };
  bySerial[serial] = info;
  return info;
}

export function resetCodeCache(): void { bySerial.length = 0; }

function constFromHeap(v: number): ConstSpec {
  if (v === NONE) return { type: 'None' };
  if (v === TRUE || v === FALSE) return { type: 'bool', value: v === TRUE };
  if (v === ELLIPSIS) return { type: 'Ellipsis' };
  if (isSmall(v)) return { type: 'int', value: BigInt(intValue(v)) };
  switch (tidOf(v, mem.i32)) {
    case Tid.INT: return { type: 'int', value: BigInt(intValue(v)) };
    case Tid.FLOAT: return { type: 'float', value: floatValue(v) };
    case Tid.STR: return { type: 'str', value: strValue(v) };
    case Tid.BYTES: return { type: 'bytes', value: bytesData(v) };
    case Tid.TUPLE: return { type: 'tuple', items: Array.from(tupleWords(v), constFromHeap) };
    case Tid.CODE: return { type: 'code', code: codeSpecOf(v) };
    default: return { type: 'str', value: '<unknown constant>' };
  }
}

/** Read a heap code object back as a CodeSpec (for dis). */
export function codeSpecOf(p: number): CodeSpec {
  const ci = codeInfo(p);
  const exceptionTable: ExceptionEntry[] = [];
  for (let i = 0; i + 4 < ci.exc.length; i += 5) {
    exceptionTable.push({ start: ci.exc[i], end: ci.exc[i + 1], target: ci.exc[i + 2], depth: ci.exc[i + 3], lasti: ci.exc[i + 4] !== 0 });
  }
  return {
    name: ci.name, qualname: ci.qualname, filename: ci.filename, firstlineno: ci.firstlineno,
    argcount: ci.argcount, posonlyargcount: ci.posonly, kwonlyargcount: ci.kwonly, flags: ci.flags,
    code: ci.bytes, consts: Array.from(ci.consts, constFromHeap), names: Array.from(ci.names, (s) => strValue(s)),
    localsplusNames: ci.lpNames, localsplusKinds: Array.from(ci.kinds), stacksize: ci.stacksize,
    lines: ci.lines, exceptionTable,
  };
}

export function isCellKind(kind: number): boolean { return (kind & FastKind.CELL) !== 0; }
