// optimize.ts - the control-flow-graph clean-up CPython 3.11 runs between codegen and
// assembly, so that our bytecode matches its shape: constant conditions folded into jumps,
// jump threading, constant tuples, static swaps, dead blocks dropped, redundant NOPs and
// jumps removed, small exit blocks copied into their predecessors, line numbers propagated.
// Must never: change what a program computes; every rewrite here is one CPython does too.

import type { ConstSpec } from '../code';
import { Op } from '../opcodes';
import { constTruthy } from './constants';
import {
  type Block, cloneInstr, exitsScope, hasFallthrough, type Instr, isBlockPush, isJumpOp, NO_LINE, Pseudo,
} from './instr';

/** Exit blocks of at most this many instructions are copied into blocks that jump to them. */
const MAX_COPY_SIZE = 4;

/** Constants and the way to add one (de-duplicated) while folding. */
export interface ConstPool {
  readonly consts: readonly ConstSpec[];
  indexOf(c: ConstSpec): number;
}

export function layout(entry: Block): Block[] {
  const out: Block[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) out.push(b);
  return out;
}

/** Retargets jumps past empty blocks, which codegen leaves where labels met. */
export function skipEmptyTargets(blocks: readonly Block[]): void {
  for (const b of blocks) {
    for (const ins of b.instrs) {
      if (ins.target === null) continue;
      let t = ins.target;
      while (t.instrs.length === 0 && t.next !== null) t = t.next;
      ins.target = t;
    }
  }
}

/**
 * A block ending in an unconditional jump to a small block that leaves the function (return,
 * raise, re-raise) gets a copy of that block instead of the jump - only when the exit has no
 * line of its own (an implicit `return None`), so tracebacks and tracing see the same lines.
 */
export function extendBlock(b: Block): void {
  const last = b.last;
  if (last === undefined) return;
  if (last.op !== Pseudo.JUMP && last.op !== Op.JUMP_FORWARD && last.op !== Op.JUMP_BACKWARD) return;
  const target = last.target!;
  if (!exitsScope(target) || target.instrs.length > MAX_COPY_SIZE) return;
  if (target.instrs.some((ins) => ins.line > 0)) return;
  last.op = Op.NOP;
  last.target = null;
  for (const ins of target.instrs) b.instrs.push(cloneInstr(ins));
}

function firstNonEmpty(b: Block): Block {
  let t = b;
  while (t.instrs.length === 0) t = t.next!;
  return t;
}

/** Makes `ins` jump where `target` (a jump) goes, when both are on the same line; 1 if it did. */
function jumpThread(ins: Instr, target: Instr, op: number): number {
  if (ins.line === target.line && ins.target !== target.target) {
    ins.target = target.target;
    ins.op = op;
    return 1;
  }
  return 0;
}

/** Collapses a run of SWAPs (and NOPs) into the fewest SWAPs with the same effect. */
function swaptimize(instrs: Instr[], at: number): number {
  let depth = instrs[at].arg;
  let len = 0;
  let more = false;
  const limit = instrs.length - at;
  while (++len < limit) {
    const op = instrs[at + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[at + len].arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return at;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const ins = instrs[at + i];
    if (ins.op === Op.SWAP) {
      const top = stack[0];
      stack[0] = stack[ins.arg - 1];
      stack[ins.arg - 1] = top;
    }
  }
  // Rewrite from the end of the run: walking each permutation cycle through position 0 and
  // emitting the swaps backwards performs the shuffle.
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j !== 0) {
        const ins = instrs[at + current--];
        ins.op = Op.SWAP;
        ins.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) {
    const ins = instrs[at + current--];
    ins.op = Op.NOP;
    ins.arg = 0;
  }
  return at + len - 1;
}

/** Only instructions that touch nothing but the top item may be reordered across a SWAP. */
function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.POP_TOP;
}

function nextSwappable(instrs: Instr[], i: number, line: number): number {
  while (++i < instrs.length) {
    const ins = instrs[i];
    // Reordering across a line boundary would be visible to a line tracer.
    if (line >= 0 && ins.line !== line) return -1;
    if (ins.op === Op.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

/** Replaces SWAP n before n swappable stores by swapping the stores themselves. */
function applyStaticSwaps(instrs: Instr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(instrs, i, -1);
    if (j < 0) return;
    let k = j;
    const line = instrs[j].line;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(instrs, k, line);
      if (k < 0) return;
    }
    swap.op = Op.NOP;
    swap.arg = 0;
    const t = instrs[j];
    instrs[j] = instrs[k];
    instrs[k] = t;
  }
}

function foldTupleOfConstants(instrs: Instr[], at: number, n: number, pool: ConstPool): void {
  for (let i = at - n; i < at; i++) if (instrs[i].op !== Op.LOAD_CONST) return;
  const items = instrs.slice(at - n, at).map((ins) => pool.consts[ins.arg]);
  const index = pool.indexOf({ type: 'tuple', items });
  for (let i = at - n; i < at; i++) {
    instrs[i].op = Op.NOP;
    instrs[i].arg = 0;
  }
  instrs[at].op = Op.LOAD_CONST;
  instrs[at].arg = index;
}

const NOP_INSTR: Instr = { op: Op.NOP, arg: 0, target: null, line: NO_LINE, handler: null };

/** CPython's per-block peephole pass. */
function optimizeBlock(b: Block, pool: ConstPool): void {
  const instrs = b.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i];
    const next = instrs[i + 1];
    const nextOp = next?.op ?? 0;
    let target = NOP_INSTR;
    if (ins.target !== null) {
      ins.target = firstNonEmpty(ins.target);
      target = ins.target.instrs[0];
    }
    switch (ins.op) {
      case Op.LOAD_CONST: {
        const c = pool.consts[ins.arg];
        if (nextOp === Op.POP_JUMP_IF_FALSE || nextOp === Op.POP_JUMP_IF_TRUE) {
          // A constant condition: the jump is either always or never taken.
          ins.op = Op.NOP;
          next.op = constTruthy(c) === (nextOp === Op.POP_JUMP_IF_TRUE) ? Pseudo.JUMP : Op.NOP;
          if (next.op === Op.NOP) next.target = null;
        } else if (nextOp === Op.JUMP_IF_FALSE_OR_POP || nextOp === Op.JUMP_IF_TRUE_OR_POP) {
          if (constTruthy(c) === (nextOp === Op.JUMP_IF_TRUE_OR_POP)) {
            next.op = Pseudo.JUMP;
          } else {
            ins.op = Op.NOP;
            next.op = Op.NOP;
            next.target = null;
          }
        } else if (nextOp === Op.IS_OP && c.type === 'None') {
          // `x is None` / `x is not None` tested by a jump becomes POP_JUMP_IF_(NOT_)NONE.
          const jump = instrs[i + 2];
          if (jump !== undefined && (jump.op === Op.POP_JUMP_IF_FALSE || jump.op === Op.POP_JUMP_IF_TRUE)) {
            const isNot = next.arg !== 0;
            ins.op = Op.NOP;
            next.op = Op.NOP;
            next.arg = 0;
            jump.op = isNot !== (jump.op === Op.POP_JUMP_IF_FALSE) ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
          }
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextOp === Op.UNPACK_SEQUENCE && ins.arg === next.arg) {
          if (ins.arg === 1) {
            ins.op = Op.NOP;
            next.op = Op.NOP;
            next.arg = 0;
            continue;
          }
          if (ins.arg === 2 || ins.arg === 3) {
            ins.op = Op.NOP;
            next.op = Op.SWAP;
            continue;
          }
        }
        if (i >= ins.arg) foldTupleOfConstants(instrs, i, ins.arg, pool);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case Op.POP_JUMP_IF_FALSE:
            i -= jumpThread(ins, target, Op.POP_JUMP_IF_FALSE);
            break;
          case Pseudo.JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            i -= jumpThread(ins, target, Op.JUMP_IF_FALSE_OR_POP);
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case Op.POP_JUMP_IF_TRUE:
            if (ins.line === target.line) {
              ins.op = Op.POP_JUMP_IF_FALSE;
              ins.target = ins.target!.next;
              i--;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case Op.POP_JUMP_IF_TRUE:
            i -= jumpThread(ins, target, Op.POP_JUMP_IF_TRUE);
            break;
          case Pseudo.JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            i -= jumpThread(ins, target, Op.JUMP_IF_TRUE_OR_POP);
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.POP_JUMP_IF_FALSE:
            if (ins.line === target.line) {
              ins.op = Op.POP_JUMP_IF_TRUE;
              ins.target = ins.target!.next;
              i--;
            }
            break;
        }
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Pseudo.JUMP:
        if (target.op === Pseudo.JUMP) i -= jumpThread(ins, target, ins.op);
        break;
      case Op.SWAP:
        if (ins.arg === 1) {
          ins.op = Op.NOP;
          ins.arg = 0;
          break;
        }
        i = swaptimize(instrs, i);
        applyStaticSwaps(instrs, i);
        break;
      case Op.PUSH_NULL:
        if (nextOp === Op.LOAD_GLOBAL && (next.arg & 1) === 0) {
          ins.op = Op.NOP;
          next.arg |= 1;
        }
        break;
      default:
        break;
    }
  }
}

/** Removes NOPs that carry no line information of their own. */
export function cleanBlock(b: Block): void {
  const out: Instr[] = [];
  let prevLine = NO_LINE;
  const instrs = b.instrs;
  for (let src = 0; src < instrs.length; src++) {
    const ins = instrs[src];
    const line = ins.line;
    if (ins.op === Op.NOP) {
      if (line < 0) continue;
      if (prevLine === line) continue;
      if (src < instrs.length - 1) {
        const nextLine = instrs[src + 1].line;
        if (nextLine < 0 || nextLine === line) {
          instrs[src + 1].line = line;
          continue;
        }
      } else {
        let next = b.next;
        while (next !== null && next.instrs.length === 0) next = next.next;
        if (next !== null && line === next.instrs[0].line) continue;
      }
    }
    out.push(ins);
    prevLine = line;
  }
  b.instrs = out;
}

/** Counts predecessors of every block reachable from the entry (jumps, SETUP_* and fall-through). */
function markReachable(entry: Block, blocks: readonly Block[]): void {
  for (const b of blocks) {
    b.predecessors = 0;
    b.visited = false;
  }
  entry.predecessors = 1;
  const stack: Block[] = [entry];
  entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b.next !== null && hasFallthrough(b)) {
      if (!b.next.visited) {
        b.next.visited = true;
        stack.push(b.next);
      }
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (ins.target === null || !(isJumpOp(ins.op) || isBlockPush(ins.op))) continue;
      if (!ins.target.visited) {
        ins.target.visited = true;
        stack.push(ins.target);
      }
      ins.target.predecessors++;
    }
  }
}

function eliminateEmptyBlocks(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    let next: Block | null = b.next;
    if (next !== null) {
      while (next.instrs.length === 0 && next.next !== null) next = next.next;
      b.next = next;
    }
  }
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) if (ins.target !== null) ins.target = firstNonEmpty(ins.target);
  }
}

/** The main clean-up: peepholes, exit copying, dead code, redundant jumps. */
export function optimizeCfg(entry: Block, blocks: readonly Block[], pool: ConstPool): void {
  for (const b of layout(entry)) {
    optimizeBlock(b, pool);
    cleanBlock(b);
  }
  for (let i = blocks.length - 1; i >= 0; i--) extendBlock(blocks[i]);
  markReachable(entry, blocks);
  for (const b of layout(entry)) if (b.predecessors === 0) b.instrs = [];
  eliminateEmptyBlocks(entry);
  for (const b of layout(entry)) cleanBlock(b);
  let removed = false;
  for (const b of layout(entry)) {
    const last = b.last;
    if (last !== undefined && (last.op === Pseudo.JUMP || last.op === Pseudo.JUMP_NO_INTERRUPT)
        && last.target === b.next) {
      last.op = Op.NOP;
      last.target = null;
      removed = true;
    }
  }
  if (removed) eliminateEmptyBlocks(entry);
}

function isExitWithoutLine(b: Block): boolean {
  return exitsScope(b) && b.instrs.every((ins) => ins.line < 0);
}

/**
 * An exit block without a line reached by several jumps is copied once per jump, so each copy
 * can take the line of the code that jumps to it (a traceback from `return` then names the
 * right line).
 */
export function duplicateExitsWithoutLine(entry: Block, allocated: readonly Block[], newBlock: () => Block): void {
  // CPython walks its allocation list, newest block first; the order decides which jump keeps
  // the original and where the copies go.
  for (let i = allocated.length - 1; i >= 0; i--) {
    const b = allocated[i];
    const last = b.last;
    if (last === undefined || !isJumpOp(last.op)) continue;
    const target = last.target!;
    if (isExitWithoutLine(target) && target.predecessors > 1) {
      const copy = newBlock();
      copy.instrs = target.instrs.map(cloneInstr);
      copy.instrs[0].line = last.line;
      last.target = copy;
      target.predecessors--;
      copy.predecessors = 1;
      copy.next = target.next;
      target.next = copy;
    }
  }
  for (let b: Block | null = entry; b !== null; b = b.next) {
    while (b.next !== null && b.next.instrs.length === 0) b.next = b.next.next;
  }
  // What remains is reached only by falling into it, so it takes the line of its predecessor.
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (hasFallthrough(b) && b.next !== null && b.instrs.length > 0 && isExitWithoutLine(b.next)) {
      b.next.instrs[0].line = b.last!.line;
    }
  }
}

/** Drops constants past the last one any instruction uses (index 0, the docstring slot, stays). */
export function trimUnusedConsts(entry: Block, consts: ConstSpec[]): void {
  let max = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      if ((ins.op === Op.LOAD_CONST || ins.op === Op.KW_NAMES) && ins.arg > max) max = ins.arg;
    }
  }
  if (max + 1 < consts.length) consts.length = max + 1;
}

/** Instructions without a line take the previous one's; a block with one way in inherits its line. */
export function propagateLines(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (b.instrs.length === 0) continue;
    let prev = NO_LINE;
    for (const ins of b.instrs) {
      if (ins.line < 0) ins.line = prev;
      else prev = ins.line;
    }
    if (hasFallthrough(b) && b.next !== null && b.next.predecessors === 1 && b.next.instrs.length > 0) {
      if (b.next.instrs[0].line < 0) b.next.instrs[0].line = prev;
    }
    const last = b.last!;
    if (isJumpOp(last.op)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0].line < 0) t.instrs[0].line = prev;
    }
  }
}

/** A `return` that still has no line gets the line of the code laid out before it. */
export function guaranteeExitLines(entry: Block, firstlineno: number): void {
  let line = firstlineno;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = b.last;
    if (last === undefined) continue;
    if (last.line < 0) {
      if (last.op === Op.RETURN_VALUE) for (const ins of b.instrs) ins.line = line;
    } else {
      line = last.line;
    }
  }
}

/** SETUP_* and POP_BLOCK have done their work once the exception table is labelled. */
export function pseudoToNops(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      if (isBlockPush(ins.op) || ins.op === Pseudo.POP_BLOCK) {
        ins.op = Op.NOP;
        ins.arg = 0;
        ins.target = null;
      }
    }
  }
}
