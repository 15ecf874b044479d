// instr.ts - the compiler's working form of code: basic blocks of instructions whose jumps name
// blocks, plus the pseudo-instructions (exception-block setup, direction-free jumps) that only
// exist between codegen and assembly.
// Must never: hold bytes or offsets computed for output; the assembler owns those.

import { Op, opInfo } from '../opcodes';

/**
 * Pseudo-opcodes, numbered above any real opcode so they can never collide with the table.
 * SETUP_* mark where a protected range begins (their target is the handler) and POP_BLOCK where
 * it ends; the exception-table pass turns them into rows and then into NOPs. JUMP and
 * JUMP_NO_INTERRUPT become JUMP_FORWARD / JUMP_BACKWARD(_NO_INTERRUPT) once block order is final.
 */
export const enum Pseudo {
  SETUP_FINALLY = 256,
  SETUP_CLEANUP = 257,
  SETUP_WITH = 258,
  POP_BLOCK = 259,
  JUMP = 260,
  JUMP_NO_INTERRUPT = 261,
}

export const PSEUDO_NAMES: Record<number, string> = {
  [Pseudo.SETUP_FINALLY]: 'SETUP_FINALLY',
  [Pseudo.SETUP_CLEANUP]: 'SETUP_CLEANUP',
  [Pseudo.SETUP_WITH]: 'SETUP_WITH',
  [Pseudo.POP_BLOCK]: 'POP_BLOCK',
  [Pseudo.JUMP]: 'JUMP',
  [Pseudo.JUMP_NO_INTERRUPT]: 'JUMP_NO_INTERRUPT',
};

/** Line number of an instruction that has none of its own (it inherits one later, or stays without). */
export const NO_LINE = -1;

export interface Instr {
  op: number;
  arg: number;
  /** Jump or SETUP_* destination. */
  target: Block | null;
  line: number;
  /** The handler block active at this instruction, set by the exception-labelling pass. */
  handler: Block | null;
}

let nextBlockId = 0;

export class Block {
  readonly id = nextBlockId++;
  instrs: Instr[] = [];
  /** The block laid out after this one (fall-through successor when the last instruction allows it). */
  next: Block | null = null;
  // Scratch fields of the CFG passes.
  predecessors = 0;
  visited = false;
  startDepth = -1;
  /** Set on handler blocks entered through SETUP_CLEANUP/SETUP_WITH: the raising offset is pushed too. */
  preserveLasti = false;
  exceptStack: Block[] | null = null;
  offset = 0;

  get last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
}

export function makeInstr(op: number, arg: number, line: number, target: Block | null = null): Instr {
  return { op, arg, target, line, handler: null };
}

export function cloneInstr(i: Instr): Instr {
  return { op: i.op, arg: i.arg, target: i.target, line: i.line, handler: i.handler };
}

export function isBlockPush(op: number): boolean {
  return op === Pseudo.SETUP_FINALLY || op === Pseudo.SETUP_CLEANUP || op === Pseudo.SETUP_WITH;
}

const CONDITIONAL_JUMPS = new Set<number>([
  Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP,
]);

const UNCONDITIONAL_JUMPS = new Set<number>([
  Pseudo.JUMP, Pseudo.JUMP_NO_INTERRUPT, Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT,
]);

/** A jump in the CFG sense: an instruction with a target that is not a SETUP_*. */
export function isJumpOp(op: number): boolean {
  return UNCONDITIONAL_JUMPS.has(op) || CONDITIONAL_JUMPS.has(op) || op === Op.FOR_ITER || op === Op.SEND;
}

export function isConditionalJump(op: number): boolean {
  return CONDITIONAL_JUMPS.has(op);
}

export function isUnconditionalJump(op: number): boolean {
  return UNCONDITIONAL_JUMPS.has(op);
}

/** Instructions after which control never reaches the next one. */
export function isScopeExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

export function hasFallthrough(b: Block): boolean {
  const last = b.last;
  return last === undefined || !(isUnconditionalJump(last.op) || isScopeExit(last.op));
}

export function exitsScope(b: Block): boolean {
  const last = b.last;
  return last !== undefined && isScopeExit(last.op);
}

/** Stack effect of an instruction on the fall-through path (`jump` false) or into its target. */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case Pseudo.SETUP_FINALLY: return jump ? 1 : 0;                  // handler gets [exc]
    case Pseudo.SETUP_CLEANUP: return jump ? 2 : 0;                  // handler gets [lasti, exc]
    case Pseudo.SETUP_WITH: return jump ? 1 : 0;                     // drops __enter__'s result, pushes [lasti, exc]
    case Pseudo.POP_BLOCK: case Pseudo.JUMP: case Pseudo.JUMP_NO_INTERRUPT: return 0;
  }
  const info = opInfo(op);
  if (info === undefined) throw new Error(`stack effect of unknown opcode ${op}`);
  if (jump && info.jumpEffect !== undefined) return info.jumpEffect(arg);
  return info.effect(arg);
}

export function opName(op: number): string {
  return PSEUDO_NAMES[op] ?? opInfo(op)?.name ?? `<${op}>`;
}
