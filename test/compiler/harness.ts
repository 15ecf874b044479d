// harness.ts - test helpers for the compiler: CPython 3.11 as the reference (pyref.py parses
// and compiles; its AST is revived into pygil's shape), and a normalised view of our CodeSpec
// that compares field by field with CPython's code objects.
// Must never: be needed at run time; only test files import it.

import { spawnSync } from 'child_process';
import * as path from 'path';
import type { Module } from '../../src/ast';
import { type CodeSpec, type ConstSpec, cellvars, FastKind, freevars, varnames } from '../../src/code';
import { compileModule } from '../../src/compiler/compile';
import { floatRepr } from '../../src/dis';
import { ArgKind, HAVE_ARGUMENT, Op, opInfo } from '../../src/opcodes';

export type Instr = [string, unknown, number, number | null];

export interface CodeInfo {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  stacksize: number;
  consts: string[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  instrs: Instr[];
  exceptionTable: [number, number, number, number, boolean][];
  children: CodeInfo[];
}

export interface RefResult {
  ast?: Module;
  code?: CodeInfo;
  dis?: string;
  parseError?: { msg: string; line: number; offset: number };
  compileError?: { msg: string; line: number; offset: number; endLine: number; endOffset: number };
  unsupported?: string;
}

let available: boolean | undefined;

/** CPython 3.11 is the reference; without it the comparison tests are skipped. */
export function pythonAvailable(): boolean {
  if (available === undefined) {
    const r = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' });
    available = r.status === 0 && r.stdout.trim() === 'True';
  }
  return available;
}

function revive(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(revive);
  if (x === null || typeof x !== 'object') return x;
  const o = x as Record<string, unknown>;
  if (typeof o.type === 'string' && !('kind' in o)) {
    switch (o.type) {
      case 'int': return { type: 'int', value: BigInt(o.value as string) };
      case 'float': return { type: 'float', value: parseFloatRepr(o.value as string) };
      case 'complex': return { type: 'complex', imag: parseFloatRepr(o.imag as string) };
      case 'bytes': return { type: 'bytes', value: Uint8Array.from(o.value as number[]) };
      default: return o;
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = revive(v);
  return out;
}

function parseFloatRepr(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

/** Runs CPython once over all sources. */
export function pyref(sources: readonly string[]): RefResult[] {
  const script = path.join(__dirname, 'pyref.py');
  const r = spawnSync('python3', [script], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`pyref.py failed: ${r.stderr}`);
  const results = JSON.parse(r.stdout) as RefResult[];
  for (const res of results) if (res.ast !== undefined) res.ast = revive(res.ast) as Module;
  return results;
}

export interface ScopeRef {
  name: string;
  type: string;
  nested: boolean;
  /** name -> [scope (1 local .. 5 cell), DEF_* flags] */
  symbols: Record<string, [number, number]>;
  children: ScopeRef[];
}

/** CPython's AST and its symtable module's view of each block, for every source. */
export function pySymtables(sources: readonly string[]): { ast?: Module; scopes?: ScopeRef; error?: string }[] {
  const script = path.join(__dirname, 'pyref.py');
  const r = spawnSync('python3', [script, 'symtable'], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`pyref.py failed: ${r.stderr}`);
  const results = JSON.parse(r.stdout) as { ast?: Module; scopes?: ScopeRef; error?: string }[];
  for (const res of results) if (res.ast !== undefined) res.ast = revive(res.ast) as Module;
  return results;
}

/** CPython's AST of `src` in pygil's shape (for tests that do not compare bytecode). */
export function astOf(src: string): Module {
  const [r] = pyref([src]);
  if (r.ast === undefined) throw new Error(`no AST: ${JSON.stringify(r.parseError)}`);
  return r.ast;
}

export function compileSource(src: string): CodeSpec {
  return compileModule(astOf(src), 'x.py', src);
}

/** The canonical text pyref.py's canon() gives the same constant. */
export function canon(c: ConstSpec): string {
  switch (c.type) {
    case 'int': return `int:${c.value}`;
    case 'float': return `float:${floatRepr(c.value)}`;
    case 'str': return `str:${Array.from(c.value, (ch) => ch.codePointAt(0)!.toString(16)).join(',')}`;
    case 'bytes': return `bytes:${Array.from(c.value, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    case 'bool': return `bool:${c.value ? 'True' : 'False'}`;
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'tuple': return `(${c.items.map(canon).join(',')})`;
    case 'code': return `code:${c.code.qualname}`;
  }
}

const COMPREHENSIONS = ['<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>'];

/** Our code object in the shape pyref.py describes CPython's. */
export function codeInfo(code: CodeSpec): CodeInfo {
  const starts: number[] = [];
  const decoded: { op: number; arg: number; offset: number }[] = [];
  let ext = 0;
  let start = -1;
  for (let off = 0; off < code.code.length; off += 2) {
    const op = code.code[off];
    const arg = ext | code.code[off + 1];
    if (start < 0) start = off;
    if (op === Op.EXTENDED_ARG) {
      ext = arg << 8;
      continue;
    }
    ext = 0;
    decoded.push({ op, arg, offset: off });
    starts.push(start);
    start = -1;
  }
  const indexOf = (offset: number): number => {
    const i = starts.findIndex((s) => s >= offset);
    return i < 0 ? starts.length : i;
  };
  const instrs: Instr[] = decoded.map(({ op, arg, offset }) => {
    const info = opInfo(op)!;
    const line = code.lines[offset >> 1];
    let key: unknown = op >= HAVE_ARGUMENT ? arg : null;
    let target: number | null = null;
    switch (info.arg) {
      case ArgKind.JumpFwd: key = null; target = indexOf(offset + 2 + 2 * arg); break;
      case ArgKind.JumpBack: key = null; target = indexOf(offset + 2 - 2 * arg); break;
      case ArgKind.Global: key = code.names[arg >> 1] + ((arg & 1) !== 0 ? '+NULL' : ''); break;
      case ArgKind.Const: key = canon(code.consts[arg]); break;
      case ArgKind.Name: key = code.names[arg]; break;
      case ArgKind.Local: case ArgKind.Deref: key = code.localsplusNames[arg]; break;
      default: break;
    }
    return [info.name, key, line, target];
  });
  return {
    name: code.name,
    qualname: code.qualname,
    firstlineno: code.firstlineno,
    argcount: code.argcount,
    posonlyargcount: code.posonlyargcount,
    kwonlyargcount: code.kwonlyargcount,
    flags: code.flags,
    stacksize: code.stacksize,
    consts: code.consts.map(canon),
    names: [...code.names],
    varnames: varnames(code),
    cellvars: cellvars(code),
    freevars: freevars(code),
    instrs,
    exceptionTable: code.exceptionTable.map((e) => [indexOf(e.start), indexOf(e.end), indexOf(e.target), e.depth, e.lasti]),
    children: code.consts.filter((c): c is Extract<ConstSpec, { type: 'code' }> => c.type === 'code').map((c) => codeInfo(c.code)),
  };
}

/**
 * Our code with the differences we make on purpose evened out: a comprehension call keeps one
 * more item (the NULL) on the stack than 3.11's bound-method trick.
 */
export function comparable(ours: CodeInfo, ref: CodeInfo): CodeInfo {
  const callsComprehension = ours.instrs.some(([op, key]) => op === 'LOAD_CONST' && typeof key === 'string'
    && COMPREHENSIONS.some((n) => key.endsWith(`.${n}`) || key === `code:${n}`));
  const stacksize = callsComprehension && ours.stacksize === ref.stacksize + 1 ? ref.stacksize : ours.stacksize;
  const children = ours.children.map((c, i) => (ref.children[i] !== undefined ? comparable(c, ref.children[i]) : c));
  return { ...ours, stacksize, children };
}

export { FastKind };
