// interpreter.ts - running a program: source text to module execution, and the outcome.
// Owns: compiling a file or string, creating its __main__ module, running the module frame,
// and turning the way it ended (normally, SystemExit, an uncaught exception) into an exit
// status and the text CPython prints.
// Must never: parse arguments (cli.ts does) or exit the process.

import { mem } from './heap/memory';
import { Tid, TID_MASK } from './heap/layout';
import { decref } from './heap/refcount';
import { ts, FP_CODE, FP_FUNC, FP_GLOBALS, FP_LOCALS, FP_PREV, FP_IP, FP_SP, FP_FLAGS, FRAME_ENTRY, TH_FRAME } from './vm/thread';
import { materializeCode, codeInfo, FRAME_HEADER } from './objects/code';
import { dictSet, dictGet } from './objects/dict';
import { intern, newStr } from './objects/str';
import { NONE } from './objects/singletons';
import { moduleDict } from './objects/module';
import { isSubtype, typeOf } from './objects/type';
import { exc, EXC_ARGS, newExceptionMsg } from './objects/exception';
import { tupleLen, tupleGet } from './objects/tuple';
import { intValue } from './objects/int';
import { PyErr, toPyErr } from './runtime/errors';
import { str, repr } from './runtime/repr';
import { formatException, formatUnraisable } from './runtime/traceback';
import { writeStderr, flushStdout } from './runtime/output';
import { createModule } from './vm/modules';
import { evalFrame } from './vm/eval';
import { PySyntaxError, formatSyntaxError } from './syntax_error';
import { InternalError } from './runtime/internal';
import { CodeSpec } from './code';
import { GilShutdown } from './gil';
import { fatalStatus, stopThreadsForCheck } from './vm/threads';
import { reportInternalError, reportDeadlockDamage, DAMAGED_STATUS } from './runtime/checkheap';
import { deadlockReported } from './vm/deadlock';
import { options } from './options';
import { modulesDict } from './vm/modules';
import { callValue } from './vm/call';
import { noteUncaughtInterrupt } from './vm/interrupt';

/**
 * The front end (chevrotain, the grammar, the compiler), loaded on first use: a worker thread
 * that never imports a .py module never loads it, which halves the time a worker takes to start.
 */
let frontEnd: { parse: typeof import('./parser').parse; compileModule: typeof import('./compiler/compile').compileModule } | null = null;

/** Compile source text to a code spec, or throw PySyntaxError. */
export function compileSource(source: string, filename: string): CodeSpec {
  if (frontEnd === null) {
    frontEnd = {
      parse: (require('./parser') as typeof import('./parser')).parse,
      compileModule: (require('./compiler/compile') as typeof import('./compiler/compile')).compileModule,
    };
  }
  try {
    return frontEnd.compileModule(frontEnd.parse(source, filename), filename, source);
  } catch (e) {
    // nesting deeper than the JS stack holds (thousands of elifs, a + a + ... of thousands of
    // terms): what CPython reports for nesting deeper than its own limit
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      throw new PyErr(newExceptionMsg(exc.RecursionError, 'maximum recursion depth exceeded during compilation'));
    }
    throw e;
  }
}

/** Run module code in a fresh frame with `globals` as both globals and locals. New reference to the result. */
export function runModuleCode(code: number, globals: number): number {
  const S = ts.S;
  const ci = codeInfo(code);
  const fp = ts.top;
  S[fp + FP_CODE] = code;
  S[fp + FP_FUNC] = 0;
  S[fp + FP_GLOBALS] = globals;
  S[fp + FP_LOCALS] = globals;
  S[fp + FP_PREV] = ts.S[TH_FRAME];
  S[fp + FP_IP] = 0;
  S[fp + FP_SP] = fp + FRAME_HEADER + ci.nlocalsplus;
  S[fp + FP_FLAGS] = FRAME_ENTRY;
  S.fill(0, fp + FRAME_HEADER, fp + FRAME_HEADER + ci.nlocalsplus);
  ts.top = fp + ci.frameSize;
  ts.depth++;
  try {
    return evalFrame(fp);
  } finally {
    ts.top = fp;
  }
}

/** How a program ended: its exit status, after printing what CPython would print. */
export function runMain(source: string, filename: string): number {
  let spec: CodeSpec;
  try {
    spec = compileSource(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) { writeStderr(formatSyntaxError(e)); return 1; }
    // (no traceback: nothing of the program ran yet)
    if (e instanceof PyErr) { writeStderr(formatException(e.exc)); decref(e.exc); return 1; }
    throw e;
  }
  const code = materializeCode(spec);
  const m = createModule('__main__');
  const g = moduleDict(m);
  const file = newStr(filename);
  dictSet(g, intern('__file__'), file);
  decref(file);
  dictSet(g, intern('__doc__'), NONE);
  const status = runGuarded(() => runModuleCode(code, g));
  return waitForThreads(status);
}

/**
 * The main module has finished: as CPython does, call threading._shutdown(), which waits for
 * every non-daemon thread, if the program imported threading. A failure there is reported like
 * any uncaught exception, and decides the status only if the program had succeeded.
 */
function waitForThreads(status: number): number {
  const threading = dictGet(modulesDict(), intern('threading'));
  if (threading === 0 || fatalStatus() !== 0) return status;
  const shutdown = dictGet(moduleDict(threading), intern('_shutdown'));
  if (shutdown === 0) return status;
  // CPython's wait_for_thread_shutdown: an exception here (Ctrl-C while waiting, say) is reported
  // as unraisable and does not change the exit status
  const s = runGuarded(() => {
    try {
      return callValue(shutdown, []);
    } catch (thrown) {
      const err = toPyErr(thrown);
      if (err === null) throw thrown;
      let what: string;
      try { what = repr(threading); } catch { what = "<module 'threading'>"; }
      writeStderr(formatUnraisable(`Exception ignored in: ${what}`, err.exc));
      decref(err.exc);
      return NONE;
    }
  });
  return status !== 0 ? status : s;
}

/** Run fn; map its outcome to an exit status, printing tracebacks and SystemExit messages. */
export function runGuarded(fn: () => number): number {
  try {
    const r = fn();
    decref(r);
    flushStdout();
    return 0;
  } catch (thrown) {
    if (thrown instanceof GilShutdown) {
      // a worker met an internal error (it has said so) and stopped the interpreter
      flushStdout();
      const status = fatalStatus() !== 0 ? fatalStatus() : 70;
      if (deadlockReported() && !options.gil) {
        // without the lock a deadlock may come from damage (a lost release or waiter): check
        stopThreadsForCheck(status);
        return reportDeadlockDamage() || status;
      }
      if (status !== 70 && status !== DAMAGED_STATUS) return status;
      stopThreadsForCheck(status);
      return reportInternalError('in another thread (above)') || status;
    }
    if (thrown instanceof InternalError) return internalErrorStatus(`${thrown.message} (${thrown.where})`);
    const err = toPyErr(thrown);
    if (err === null) {
      if (process.env.PYGIL_DEBUG && thrown instanceof Error) writeStderr(String(thrown.stack) + '\n');
      return internalErrorStatus(thrown instanceof Error ? thrown.message : String(thrown));
    }
    if (isSubtype(typeOf(err.exc), exc.KeyboardInterrupt)) noteUncaughtInterrupt();
    // the exception is the program's last reference to it (and to its traceback's objects)
    try {
      return reportUncaught(err);
    } catch (again) {
      // printing it failed: only a damaged exception object does that
      if (toPyErr(again) !== null) throw again;
      return internalErrorStatus(again instanceof Error ? again.message : String(again));
    } finally {
      decref(err.exc);
    }
  }
}

/**
 * The main thread met an internal error. Without the lock (or when the heap shows a block used
 * after it was freed) the heap is checked and reported, status 3 (runtime/checkheap.ts says
 * why); otherwise it is pygil's own bug: one line, status 70.
 */
function internalErrorStatus(message: string): number {
  if (!options.gil) stopThreadsForCheck(DAMAGED_STATUS);
  const s = reportInternalError(message);
  if (s !== 0) return s;
  writeStderr(`pygil: internal error: ${message}\n`);
  return 70;
}

/** Print an uncaught exception as CPython does and give the exit status. */
export function reportUncaught(err: PyErr): number {
  const e = err.exc;
  if (isSubtype(typeOf(e), exc.SystemExit)) {
    const args = mem.i32[(e >> 2) + EXC_ARGS];
    const code = tupleLen(args) === 0 ? NONE : tupleGet(args, 0);
    flushStdout();
    if (code === NONE) return 0;
    if ((code & 1) === 1 || (mem.i32[(code >> 2) + 1] & TID_MASK) === Tid.INT || (mem.i32[(code >> 2) + 1] & TID_MASK) === Tid.BOOL) {
      return Number(intValue(code)) & 0xff;
    }
    writeStderr(str(code) + '\n');
    return 1;
  }
  writeStderr(formatException(e));
  return 1;
}
