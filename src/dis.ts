// dis.ts - a disassembly listing of a CodeSpec in CPython 3.11's `dis.dis` layout (line column,
// jump-target markers, offsets, opname, argument, "(argrepr)"), followed by nested code objects
// and the exception table, so `pygil -m dis f.py` reads beside `python3 -m dis f.py`.
// Must never: execute or modify code, or depend on the heap; it reads the CodeSpec only.

import type { CodeSpec, ConstSpec } from './code';
import { bytesRepr, floatRepr, strRepr } from './compiler/pyrepr';
import { ArgKind, BINARY_OPS, CMP_OPS, HAVE_ARGUMENT, Op, opInfo } from './opcodes';

export { floatRepr, strRepr };

export interface DisOptions {
  /** The "0x..." shown for a code object; by default a stable made-up address per CodeSpec. */
  readonly address?: (code: CodeSpec) => string;
  /** How many levels of nested code objects to list (default: all). */
  readonly depth?: number;
}

/** One decoded instruction, as dis.get_instructions would describe it. */
export interface Instruction {
  readonly offset: number;
  readonly opcode: number;
  readonly opname: string;
  /** The full argument (EXTENDED_ARG prefixes folded in); null below HAVE_ARGUMENT. */
  readonly arg: number | null;
  readonly argrepr: string;
  /** The source line when this instruction starts a new line, else null. */
  readonly startsLine: number | null;
  readonly isJumpTarget: boolean;
  /** Byte offset a jump goes to. */
  readonly jumpTarget: number | null;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'];

const addresses = new WeakMap<CodeSpec, string>();
let nextAddress = 0;

function defaultAddress(code: CodeSpec): string {
  let a = addresses.get(code);
  if (a === undefined) {
    a = `0x${(0x7f3a00000000 + 0x100 * nextAddress++).toString(16)}`;
    addresses.set(code, a);
  }
  return a;
}

export function codeRepr(code: CodeSpec, address: (code: CodeSpec) => string = defaultAddress): string {
  return `<code object ${code.name} at ${address(code)}, file "${code.filename}", line ${code.firstlineno}>`;
}

/** The repr CPython prints for a constant of co_consts. */
export function constRepr(c: ConstSpec, address: (code: CodeSpec) => string = defaultAddress): string {
  switch (c.type) {
    case 'int': return c.value.toString();
    case 'float': return floatRepr(c.value);
    case 'str': return strRepr(c.value);
    case 'bytes': return bytesRepr(c.value);
    case 'bool': return c.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'tuple': {
      const items = c.items.map((x) => constRepr(x, address));
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'code': return codeRepr(c.code, address);
  }
}

function argRepr(code: CodeSpec, op: number, arg: number, offset: number,
                 address: (code: CodeSpec) => string): { repr: string; jump: number | null } {
  const info = opInfo(op);
  const none = { repr: '', jump: null };
  if (info === undefined) return none;
  switch (info.arg) {
    case ArgKind.Const: {
      // 3.11's dis shows only LOAD_CONST's value; KW_NAMES gets the bare index.
      const c = code.consts[arg];
      return { repr: c === undefined || op !== Op.LOAD_CONST ? '' : constRepr(c, address), jump: null };
    }
    case ArgKind.Name: return { repr: code.names[arg] ?? '', jump: null };
    case ArgKind.Global: {
      const name = code.names[arg >> 1] ?? '';
      return { repr: (arg & 1) !== 0 ? `NULL + ${name}` : name, jump: null };
    }
    case ArgKind.Local:
    case ArgKind.Deref:
      return { repr: code.localsplusNames[arg] ?? '', jump: null };
    case ArgKind.JumpFwd: {
      const t = offset + 2 + 2 * arg;
      return { repr: `to ${t}`, jump: t };
    }
    case ArgKind.JumpBack: {
      const t = offset + 2 - 2 * arg;
      return { repr: `to ${t}`, jump: t };
    }
    case ArgKind.BinOp: return { repr: BINARY_OPS[arg] ?? '', jump: null };
    case ArgKind.Cmp: return { repr: CMP_OPS[arg] ?? '', jump: null };
    case ArgKind.Count:
      if (op === Op.MAKE_FUNCTION) {
        return { repr: MAKE_FUNCTION_FLAGS.filter((_, i) => (arg & (1 << i)) !== 0).join(', '), jump: null };
      }
      if (op === Op.FORMAT_VALUE) {
        let r = FORMAT_CONVERSIONS[arg & 3];
        if ((arg & 4) !== 0) r += r === '' ? 'with format' : ', with format';
        return { repr: r, jump: null };
      }
      return none;
    default:
      return none;
  }
}

/** Decodes a code object's instructions with the information a listing needs. */
export function getInstructions(code: CodeSpec, opts: DisOptions = {}): Instruction[] {
  const address = opts.address ?? defaultAddress;
  const raw: { offset: number; op: number; arg: number | null; repr: string; jump: number | null; line: number | null }[] = [];
  let ext = 0;
  let lastLine: number | null = null;
  for (let offset = 0; offset < code.code.length; offset += 2) {
    const op = code.code[offset];
    const byte = code.code[offset + 1];
    const full = ext | byte;
    ext = op === Op.EXTENDED_ARG ? full << 8 : 0;
    const hasArg = op >= HAVE_ARGUMENT;
    const { repr, jump } = hasArg ? argRepr(code, op, full, offset, address) : { repr: '', jump: null };
    const line = code.lines[offset >> 1];
    let starts: number | null = null;
    if (line !== undefined && line >= 0 && line !== lastLine) {
      starts = line;
      lastLine = line;
    }
    raw.push({ offset, op, arg: hasArg ? full : null, repr, jump, line: starts });
  }
  const labels = new Set<number>();
  for (const r of raw) if (r.jump !== null) labels.add(r.jump);
  for (const e of code.exceptionTable) labels.add(e.target);
  return raw.map((r) => ({
    offset: r.offset,
    opcode: r.op,
    opname: opInfo(r.op)?.name ?? `<${r.op}>`,
    arg: r.arg,
    argrepr: r.repr,
    startsLine: r.line,
    isJumpTarget: labels.has(r.offset),
    jumpTarget: r.jump,
  }));
}

function listing(code: CodeSpec, opts: DisOptions, out: string[]): void {
  const instrs = getInstructions(code, opts);
  const starts = instrs.filter((i) => i.startsLine !== null).map((i) => i.startsLine!);
  const showLines = starts.length > 0;
  const maxLine = showLines ? Math.max(...starts) : 0;
  const lineWidth = !showLines ? 0 : maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = code.code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const ins of instrs) {
    if (showLines && ins.startsLine !== null && ins.offset > 0) out.push('');
    const fields: string[] = [];
    if (lineWidth > 0) {
      fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(lineWidth) : ' '.repeat(lineWidth));
    }
    fields.push('   ');
    fields.push(ins.isJumpTarget ? '>>' : '  ');
    fields.push(String(ins.offset).padStart(offsetWidth));
    fields.push(ins.opname.padEnd(OPNAME_WIDTH));
    if (ins.arg !== null) {
      fields.push(String(ins.arg).padStart(OPARG_WIDTH));
      if (ins.argrepr !== '') fields.push(`(${ins.argrepr})`);
    }
    out.push(fields.join(' ').trimEnd());
  }
  if (code.exceptionTable.length > 0) {
    out.push('ExceptionTable:');
    for (const e of code.exceptionTable) {
      out.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
}

function recursive(code: CodeSpec, opts: DisOptions, depth: number | undefined, out: string[]): void {
  listing(code, opts, out);
  if (depth !== undefined && depth <= 0) return;
  for (const c of code.consts) {
    if (c.type !== 'code') continue;
    out.push('');
    out.push(`Disassembly of ${codeRepr(c.code, opts.address ?? defaultAddress)}:`);
    recursive(c.code, opts, depth === undefined ? undefined : depth - 1, out);
  }
}

/** The listing `dis.dis(code)` prints, nested code objects included, ending with a newline. */
export function disassemble(code: CodeSpec, opts: DisOptions = {}): string {
  const out: string[] = [];
  recursive(code, opts, opts.depth, out);
  return `${out.join('\n')}\n`;
}
