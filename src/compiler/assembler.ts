// assembler.ts - from an optimised CFG to a CodeSpec: the prologue (cells, free variables,
// generator start), localsplus slots for cell and free variables, the maximum stack depth by
// flow analysis, jump directions and relative arguments (with EXTENDED_ARG prefixes, iterated
// until offsets stop moving), and the bytes, line table and exception table.
// Must never: reorder or drop instructions other than the jump rewrites described here.

import { type CodeSpec, CoFlags, type ConstSpec, FastKind } from '../code';
import { Op } from '../opcodes';
import { exceptionTable } from './exceptions';
import {
  type Block, type Instr, isBlockPush, isJumpOp, isScopeExit, makeInstr, NO_LINE, opName,
  Pseudo, stackEffect,
} from './instr';
import { DEREF_OPS, type Unit } from './unit';

export function codeFlags(u: Unit): number {
  const s = u.scope;
  if (s.type !== 'function') return u.futureFlags;
  let flags = u.futureFlags | CoFlags.OPTIMIZED | CoFlags.NEWLOCALS;
  if (s.nested) flags |= CoFlags.NESTED;
  if (s.generator) flags |= CoFlags.GENERATOR;
  if (s.varargs) flags |= CoFlags.VARARGS;
  if (s.varkeywords) flags |= CoFlags.VARKEYWORDS;
  return flags;
}

/**
 * Where each cell/free index of codegen lands in localsplus: a cell that is also a parameter
 * shares the parameter's slot; the other cells follow the locals, then the free variables.
 */
export function derefSlots(u: Unit): number[] {
  const nlocals = u.varnames.length;
  const slots: number[] = [];
  let shared = 0;
  u.cellvars.forEach((name, i) => {
    if (u.hasVar(name)) {
      slots.push(u.varIndexOf(name));
      shared++;
    } else {
      slots.push(nlocals + i - shared);
    }
  });
  u.freevars.forEach((_, j) => slots.push(nlocals + u.cellvars.length - shared + j));
  return slots;
}

/** localsplus names and kinds, in slot order (see CodeSpec). */
export function localsPlus(u: Unit, slots: readonly number[]): { names: string[]; kinds: number[] } {
  const names: string[] = [];
  const kinds: number[] = [];
  u.varnames.forEach((name, i) => {
    names[i] = name;
    kinds[i] = FastKind.LOCAL | (u.cellvars.includes(name) ? FastKind.CELL : 0);
  });
  u.cellvars.forEach((name, i) => {
    if (u.hasVar(name)) return;
    names[slots[i]] = name;
    kinds[slots[i]] = FastKind.CELL;
  });
  u.freevars.forEach((name, j) => {
    const slot = slots[u.cellvars.length + j];
    names[slot] = name;
    kinds[slot] = FastKind.FREE;
  });
  return { names, kinds };
}

/**
 * The prologue before RESUME, as 3.11: COPY_FREE_VARS n, MAKE_CELL per cell (in slot order),
 * and for generators RETURN_GENERATOR; POP_TOP. Deref arguments are still codegen indexes here.
 */
export function insertPrologue(u: Unit, slots: readonly number[]): void {
  const pre: Instr[] = [];
  if (u.freevars.length > 0) pre.push(makeInstr(Op.COPY_FREE_VARS, u.freevars.length, NO_LINE));
  const cells = u.cellvars.map((_, i) => i).sort((a, b) => slots[a] - slots[b]);
  for (const i of cells) pre.push(makeInstr(Op.MAKE_CELL, i, NO_LINE));
  if (u.scope.generator && u.scope.type === 'function') {
    pre.push(makeInstr(Op.RETURN_GENERATOR, 0, u.firstlineno));
    pre.push(makeInstr(Op.POP_TOP, 0, u.firstlineno));
  }
  u.entry.instrs.unshift(...pre);
}

export function fixDerefArgs(entry: Block, slots: readonly number[]): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) if (DEREF_OPS.has(ins.op)) ins.arg = slots[ins.arg];
  }
}

/**
 * The deepest the value stack gets, following every path (jumps, fall-through, and the
 * handler edges of SETUP_*); records each block's entry depth for the exception table.
 * A generator starts at depth 1: the value sent into its first resumption.
 */
export function stackDepth(entry: Block, blocks: readonly Block[], generator: boolean): number {
  for (const b of blocks) b.startDepth = -1;
  const work: Block[] = [];
  const push = (b: Block, depth: number): void => {
    if (b.startDepth < 0) {
      b.startDepth = depth;
      work.push(b);
    } else if (b.startDepth !== depth) {
      throw new Error(`compiler bug: inconsistent stack depth ${b.startDepth} != ${depth} at block ${b.id}`);
    }
  };
  push(entry, generator ? 1 : 0);
  let max = 0;
  while (work.length > 0) {
    const b = work.pop()!;
    let depth = b.startDepth;
    let fallsThrough = true;
    for (const ins of b.instrs) {
      const after = depth + stackEffect(ins.op, ins.arg, false);
      if (after < 0) throw new Error(`compiler bug: stack underflow at ${opName(ins.op)} in block ${b.id}`);
      max = Math.max(max, after);
      if (isJumpOp(ins.op) || isBlockPush(ins.op)) {
        const targetDepth = depth + stackEffect(ins.op, ins.arg, true);
        max = Math.max(max, targetDepth);
        push(ins.target!, targetDepth);
      }
      depth = after;
      if (ins.op === Pseudo.JUMP || ins.op === Pseudo.JUMP_NO_INTERRUPT || isScopeExit(ins.op)) {
        fallsThrough = false;
        break;
      }
    }
    if (fallsThrough && b.next !== null) push(b.next, depth);
  }
  return max;
}

const INVERSE: Record<number, number> = {
  [Op.POP_JUMP_IF_FALSE]: Op.POP_JUMP_IF_TRUE,
  [Op.POP_JUMP_IF_TRUE]: Op.POP_JUMP_IF_FALSE,
  [Op.POP_JUMP_IF_NONE]: Op.POP_JUMP_IF_NOT_NONE,
  [Op.POP_JUMP_IF_NOT_NONE]: Op.POP_JUMP_IF_NONE,
};

/**
 * Gives every jump its direction now that block order is final. Unconditional jumps become
 * JUMP_FORWARD or JUMP_BACKWARD(_NO_INTERRUPT). Our conditional jumps only go forward, so a
 * backward one is inverted to skip over a new JUMP_BACKWARD to the old target (3.12's form).
 */
export function normalizeJumps(entry: Block, newBlock: () => Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) b.visited = false;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    b.visited = true;
    const last = b.last;
    if (last === undefined || !isJumpOp(last.op)) continue;
    const forward = !last.target!.visited;
    switch (last.op) {
      case Pseudo.JUMP:
        last.op = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
        break;
      case Pseudo.JUMP_NO_INTERRUPT:
        last.op = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE:
        if (!forward) {
          const back = newBlock();
          const jump = makeInstr(Op.JUMP_BACKWARD, 0, last.line, last.target);
          jump.handler = last.handler;
          back.instrs.push(jump);
          back.next = b.next;
          back.visited = true;
          last.op = INVERSE[last.op];
          last.target = b.next;
          b.next = back;
          b = back;
        }
        break;
      default:
        if (!forward) throw new Error(`compiler bug: backward ${opName(last.op)}`);
    }
  }
}

function argUnits(arg: number): number {
  if (arg > 0xffffff) return 4;
  if (arg > 0xffff) return 3;
  if (arg > 0xff) return 2;
  return 1;
}

/** Relative jump arguments in code units; recomputed until no EXTENDED_ARG count changes. */
function resolveJumps(entry: Block): void {
  for (;;) {
    let total = 0;
    for (let b: Block | null = entry; b !== null; b = b.next) {
      b.offset = total;
      for (const ins of b.instrs) total += argUnits(ins.arg);
    }
    let changed = false;
    for (let b: Block | null = entry; b !== null; b = b.next) {
      let offset = b.offset;
      for (const ins of b.instrs) {
        const size = argUnits(ins.arg);
        offset += size;
        if (ins.target === null) continue;
        const dest = ins.target.offset;
        ins.arg = dest >= offset ? dest - offset : offset - dest;
        if (argUnits(ins.arg) !== size) changed = true;
      }
    }
    if (!changed) return;
  }
}

export interface AssembledCode {
  readonly code: Uint8Array;
  readonly lines: Int32Array;
}

/** Lays out the final instructions as bytes with their per-code-unit lines; fills block offsets. */
export function emitCode(entry: Block): AssembledCode {
  resolveJumps(entry);
  const bytes: number[] = [];
  const lines: number[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      if (ins.op > 255) throw new Error(`compiler bug: pseudo-instruction ${opName(ins.op)} left at assembly`);
      const n = argUnits(ins.arg);
      for (let k = n - 1; k >= 1; k--) {
        bytes.push(Op.EXTENDED_ARG, (ins.arg >>> (8 * k)) & 0xff);
        lines.push(ins.line);
      }
      bytes.push(ins.op, ins.arg & 0xff);
      lines.push(ins.line);
    }
  }
  return { code: Uint8Array.from(bytes), lines: Int32Array.from(lines) };
}

export interface CodeParts {
  readonly unit: Unit;
  readonly filename: string;
  readonly entry: Block;
  readonly consts: readonly ConstSpec[];
  readonly stacksize: number;
  readonly slots: readonly number[];
}

/** The final CodeSpec of a unit whose CFG is optimised, labelled and normalised. */
export function buildCode(p: CodeParts): CodeSpec {
  const u = p.unit;
  const { code, lines } = emitCode(p.entry);
  const { names, kinds } = localsPlus(u, p.slots);
  return {
    name: u.name,
    qualname: u.qualname,
    filename: p.filename,
    firstlineno: u.firstlineno,
    argcount: u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags: codeFlags(u),
    code,
    consts: p.consts.slice(),
    names: u.names.slice(),
    localsplusNames: names,
    localsplusKinds: kinds,
    stacksize: p.stacksize,
    lines,
    exceptionTable: exceptionTable(p.entry, (b, i) => argUnits(b.instrs[i].arg)),
  };
}

