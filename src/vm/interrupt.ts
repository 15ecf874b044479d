// interrupt.ts - Ctrl-C: KeyboardInterrupt in the main thread, as in CPython.
// Owns: loading the native SIGINT handler (src/native/signals.c, built to dist/pygil_signals.node),
// arming it on the lock's eval-breaker word, turning the breaker's INTERRUPT bit into a
// KeyboardInterrupt, and ending the process by SIGINT after an uncaught one.
// Must never: raise in any thread but the main one (only the main JS thread arms the handler,
// so `armed` is false in every worker), or raise while the interpreter lock is released.
//
// The path of a Ctrl-C, step by step:
//   1. the kernel runs signals.c's handler on some thread; it ORs B_INTERRUPT into the BREAKER
//      word (one lock-free atomic: all a signal handler may safely do);
//   2. the next check point of any running thread sees BREAKER != 0 and takes the slow path
//      (vm/threads.ts checkpointSlow); workers ignore the bit, the main thread calls
//      raiseIfInterrupted(), which clears it and raises KeyboardInterrupt where the main thread is;
//   3. a main thread that is waiting (time.sleep, a lock, join, input()) waits in slices of
//      WAIT_SLICE_MS and looks at the bit between slices, then raises once it holds the lock
//      again: CPython's waits are interruptible the same way (EINTR, then PyErr_CheckSignals).
// Without the native handler (no C compiler when pygil was installed), Ctrl-C keeps Node's
// default action: the process ends at once, without a traceback.

import { mem } from '../heap/memory';
import { Ctl } from '../heap/layout';
import { BREAKER, B_INTERRUPT } from '../gil';
import { newExceptionMsg, exc } from '../objects/exception';
import { PyErr } from '../runtime/errors';

/** Index of the eval-breaker word in the heap's control block. */
const BREAKER_WORD = Ctl.GIL_BASE + BREAKER;

/** How long a waiting main thread sleeps before it looks for a Ctrl-C again. */
export const WAIT_SLICE_MS = 50;

interface SignalsAddon {
  arm(i32: Int32Array, index: number, bit: number): void;
  disarm(): void;
  dieBySigint(): void;
  exitNow(status: number): void;
  waitReadable(fd: number, ms: number): number;
}
let addon: SignalsAddon | null = null;

/**
 * Load the native handler from `file` and arm it (main thread, once the heap exists). False when
 * it cannot be loaded: Ctrl-C then ends the process as Node's default does.
 */
export function armInterrupts(file: string): boolean {
  try {
    const m = { exports: {} as SignalsAddon };
    process.dlopen(m, file);
    // The heap is a growable SharedArrayBuffer: growing never moves it, so the handler's pointer
    // into this view stays good after the views are rebuilt.
    m.exports.arm(mem.i32, BREAKER_WORD, B_INTERRUPT);
    addon = m.exports;
    return true;
  } catch {
    return false;
  }
}

/** Has Ctrl-C been pressed since the last KeyboardInterrupt? (always false in workers) */
export function interruptPending(): boolean {
  return addon !== null && (Atomics.load(mem.i32, BREAKER_WORD) & B_INTERRUPT) !== 0;
}

/** Raise KeyboardInterrupt if Ctrl-C was pressed. Call holding the interpreter lock. */
export function raiseIfInterrupted(): void {
  if (!interruptPending()) return;
  // Atomics.and: the other bits of the word belong to the lock and change concurrently.
  Atomics.and(mem.i32, BREAKER_WORD, ~B_INTERRUPT);
  throw new PyErr(newExceptionMsg(exc.KeyboardInterrupt, null));
}

let uncaught = false;

/** The main thread's program (or threading's shutdown) let a KeyboardInterrupt escape. */
export function noteUncaughtInterrupt(): void { uncaught = true; }

/** Did it? Then the process ends by exitBySigint once everything else is done. */
export function endedByInterrupt(): boolean { return uncaught; }

/**
 * Wait until `fd` has input, looking for a Ctrl-C every WAIT_SLICE_MS: true when a read() will
 * not block, false when Ctrl-C was pressed (the caller raises KeyboardInterrupt). Without the
 * handler, true at once: the read then blocks, and Ctrl-C ends the process as Node's default.
 */
export function waitReadable(fd: number): boolean {
  // (an addon built before waitReadable existed has no such function: read at once, as before)
  if (addon === null || typeof addon.waitReadable !== 'function') return true;
  for (;;) {
    if (interruptPending()) return false;
    if (addon.waitReadable(fd, WAIT_SLICE_MS) === 1) return true;
  }
}

/**
 * End the process now with `status` (through the addon, without Node's shutdown, which waits for
 * V8's background compilations to finish: see signals.c); without the addon, returns and Node
 * ends as usual. Everything must be written and every Python thread done.
 */
export function exitNow(status: number): void {
  // (an addon built before exitNow existed has no such function: then Node ends as usual)
  if (addon !== null && typeof addon.exitNow === 'function') addon.exitNow(status);
}

/**
 * The program ended with an uncaught KeyboardInterrupt: like CPython, end by SIGINT itself (a
 * shell then sees status 130 and stops a script that ran pygil). Everything must be flushed.
 */
export function exitBySigint(): void {
  if (addon !== null) addon.dieBySigint();
  process.kill(process.pid, 'SIGINT');
}
