// exceptions.ts - the exception table: which handler covers each instruction, found by walking
// the CFG with a stack of open SETUP_* blocks, then compressed into CodeSpec rows.
// Must never: change instructions (beyond recording their handler) or their order.

import type { ExceptionEntry } from '../code';
import { type Block, hasFallthrough, isBlockPush, isJumpOp, Pseudo } from './instr';

/**
 * Sets `handler` on every instruction: the innermost SETUP_* block open where it runs. Handler
 * blocks start with the stack of blocks that was open at their SETUP. SETUP_* and POP_BLOCK
 * themselves get no handler (they become NOPs afterwards).
 */
export function labelExceptionTargets(entry: Block, blocks: readonly Block[]): void {
  for (const b of blocks) {
    b.visited = false;
    b.exceptStack = null;
  }
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length > 0) {
    const b = todo.pop()!;
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack.length > 0 ? stack[stack.length - 1] : null;
    for (const ins of b.instrs) {
      if (isBlockPush(ins.op)) {
        const target = ins.target!;
        if (!target.visited) {
          target.exceptStack = stack.slice();
          target.visited = true;
          todo.push(target);
        }
        if (ins.op !== Pseudo.SETUP_FINALLY) target.preserveLasti = true;
        stack.push(target);
        handler = target;
      } else if (ins.op === Pseudo.POP_BLOCK) {
        stack.pop();
        handler = stack.length > 0 ? stack[stack.length - 1] : null;
      } else if (isJumpOp(ins.op)) {
        ins.handler = handler;
        const target = ins.target!;
        if (!target.visited) {
          target.exceptStack = hasFallthrough(b) ? stack.slice() : stack;
          if (!hasFallthrough(b)) stack = [];
          target.visited = true;
          todo.push(target);
        }
      } else {
        ins.handler = handler;
      }
    }
    if (hasFallthrough(b) && b.next !== null && !b.next.visited) {
      b.next.exceptStack = stack;
      b.next.visited = true;
      todo.push(b.next);
    }
  }
}

/**
 * Rows for runs of instructions with the same handler, at the final byte offsets. A row's
 * depth is the handler's entry depth minus what the unwinder pushes (the exception, and the
 * raising offset when lasti).
 */
export function exceptionTable(entry: Block, sizeOf: (b: Block, i: number) => number): ExceptionEntry[] {
  const rows: ExceptionEntry[] = [];
  let handler: Block | null = null;
  let start = -1;
  let offset = 0;
  const close = (end: number): void => {
    if (handler === null) return;
    const depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
    rows.push({ start, end, target: handler.offset * 2, depth, lasti: handler.preserveLasti });
  };
  for (let b: Block | null = entry; b !== null; b = b.next) {
    offset = b.offset;
    b.instrs.forEach((ins, i) => {
      if (ins.handler !== handler) {
        close(offset * 2);
        start = offset * 2;
        handler = ins.handler;
      }
      offset += sizeOf(b!, i);
    });
  }
  close(offset * 2);
  return rows;
}
