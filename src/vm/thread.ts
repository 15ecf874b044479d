// thread.ts - the state of the Python thread running on this JS thread.
// Owns: the thread's stack buffer (frames and value stacks), recursion depth, the exception
// being handled, and tick counting. One `ts` per worker; the main script's thread has one too.
// Must never: be shared between JS threads. The stack lives in its own SharedArrayBuffer so that
// a supervisor (the heap checker) can read this thread's roots from outside.
//
// The stack is one Int32Array. Frames are laid out one after another, each:
//   fp+0 code | +1 function (0 at module level) | +2 globals | +3 locals dict (0 in functions)
//   +4 previous fp (-1 for none) | +5 saved ip (byte offset) | +6 saved sp | +7 flags
//   +8 ... localsplus (nlocalsplus words), then the value stack (stacksize words)
// `top` is the first word past the innermost frame's reservation: scratch space for natives.
// The first THREAD_HEADER words are the thread's own roots and position, so that everything the
// thread holds can be read from outside it:
//   0 magic | 1 the exception being handled (0: none) | 2 innermost frame pointer (-1: none)

export const FP_CODE = 0, FP_FUNC = 1, FP_GLOBALS = 2, FP_LOCALS = 3, FP_PREV = 4, FP_IP = 5, FP_SP = 6, FP_FLAGS = 7;
/** FP_FLAGS bits: the frame was entered from JS (its return leaves evalFrame). */
export const FRAME_ENTRY = 1;
/**
 * FP_FLAGS bit: the frame is a generator's, resumed. With FRAME_ENTRY, by generatorSend (a JS
 * call of evalFrame); without, by FOR_ITER in the running loop (generator.ts, resumeInline), and
 * its caller's top of stack is the generator.
 */
export const FRAME_GENERATOR = 2;
/** FP_FLAGS bit: the frame runs a class's __init__ for a call of the class; FP_LOCALS holds the instance. */
export const FRAME_INIT = 4;

export const THREAD_HEADER = 16;
/** Words of the thread header: read and write them as ts.S[TH_FRAME] etc. */
export const TH_MAGIC = 0, TH_EXC_INFO = 1, TH_FRAME = 2;
export const THREAD_MAGIC = 0x54485244; // "THRD"

export const DEFAULT_STACK_WORDS = 1 << 22; // 16 MiB, committed by the OS only as it is touched

export interface ThreadState {
  S: Int32Array;
  stackBuf: SharedArrayBuffer;
  top: number;
  /** Python frames active, for RecursionError */
  depth: number;
  recursionLimit: number;
  /** instructions executed, flushed at check points */
  ticks: number;
  checkInterval: number;
}

export const ts: ThreadState = {
  // no SharedArrayBuffer at load time (see heap/memory.ts): initThreadState makes it
  S: new Int32Array(THREAD_HEADER), stackBuf: null as unknown as SharedArrayBuffer, top: THREAD_HEADER, depth: 0,
  recursionLimit: 1000, ticks: 0, checkInterval: 100,
};

export function initThreadState(words = DEFAULT_STACK_WORDS): void {
  ts.stackBuf = new SharedArrayBuffer(words * 4);
  ts.S = new Int32Array(ts.stackBuf);
  ts.S[TH_MAGIC] = THREAD_MAGIC;
  ts.top = THREAD_HEADER;
  ts.depth = 0;
  ts.S[TH_EXC_INFO] = 0;
  ts.S[TH_FRAME] = -1;
  ts.ticks = 0;
}
