// worker_main.ts - the entry point of a worker: a JS thread that runs Python threads, one after
// another, on the shared heap.
// Owns: attaching to the heap, the idle wait for the next thread (vm/threads.ts publishes them),
// running one thread from its first acquisition of the lock to its exit, and what a thread's
// uncaught exception prints.
// Must never: touch the heap without holding the lock (unless the lock is off), or wait
// without a timeout: every sleep here also watches for the process shutting down.

// First, before anything else: load the modules in the order the main thread did (see
// checkNativeOrder in runtime/natives.ts), which starts from cli.
import '../cli';
import { workerData } from 'worker_threads';
import { attachInterpreter, RuntimeTables } from '../runtime/init';
import { mem, syncViews } from '../heap/memory';
import { decref } from '../heap/refcount';
import { watchedBlock } from '../heap/alloc';
import { ts, THREAD_HEADER, TH_EXC_INFO, TH_FRAME, TH_MAGIC, THREAD_MAGIC } from './thread';
import { GilShutdown, MAX_THREAD_ID, SHUTDOWN } from '../gil';
import { self, makeGil, flushTicks, tw, slotWord, JOBS, LIVE, RESERVE, S_STATE, S_FUNC, S_ARGS, S_KWARGS, PENDING, RUNNING, FREE, CHECK, fatalFromWorker, installBlockingHooks, stackOf, stacks } from './threads';
import { callSpread } from './ops';
import { PyErr, toPyErr } from '../runtime/errors';
import { isSubtype, typeOf } from '../objects/type';
import { exc } from '../objects/exception';
import { repr } from '../runtime/repr';
import { formatUnraisable } from '../runtime/traceback';
import { writeStderr, flushStdout } from '../runtime/output';
import { InternalError } from '../runtime/internal';
import { options } from '../options';
import { DAMAGED_STATUS } from '../runtime/checkheap';
import { dictGet } from '../objects/dict';
import { intern } from '../objects/str';
import { moduleDict } from '../objects/module';
import { modulesDict } from './modules';
import { setStderrObject, setStdoutObject } from '../builtins/functions';
import { Ctl } from '../heap/layout';

/** How long an idle worker sleeps before looking at the shutdown flag again. */
const IDLE_POLL_MS = 250;

function main(): void {
  attachInterpreter((workerData as { tables: RuntimeTables }).tables);
  installBlockingHooks();
  for (;;) {
    const tid = nextThread();
    if (tid === 0) return; // the process is ending
    if (!runThread(tid)) return;
  }
}

/** Wait for a published thread and claim it; 0 once the interpreter shuts down. */
function nextThread(): number {
  const i32 = mem.i32;
  for (;;) {
    // Read JOBS before scanning: a thread published after the scan bumps it, so the wait below
    // returns at once instead of sleeping through it.
    const seen = Atomics.load(i32, tw(JOBS));
    for (let t = 2; t <= MAX_THREAD_ID; t++) {
      if (Atomics.compareExchange(i32, slotWord(t, S_STATE), PENDING, RUNNING) === PENDING) return t;
    }
    if (Atomics.load(i32, Ctl.GIL_BASE + SHUTDOWN) !== 0) return 0;
    Atomics.wait(i32, tw(JOBS), seen, IDLE_POLL_MS);
  }
}

/** Run Python thread tid to its end. Returns false when the worker must stop (shutdown). */
function runThread(tid: number): boolean {
  self.tid = tid;
  self.gil = makeGil();
  ts.S = stackOf(tid);
  ts.stackBuf = stacks.regions!;
  ts.S[TH_MAGIC] = THREAD_MAGIC;
  ts.top = THREAD_HEADER;
  ts.depth = 0;
  ts.ticks = 0;
  ts.S[TH_EXC_INFO] = 0;
  ts.S[TH_FRAME] = -1;
  try {
    self.gil.acquire(tid);
  } catch (e) {
    if (e instanceof GilShutdown) return false;
    throw e;
  }
  syncViews();
  watchedBlock.ptr = 0; // a str text kept from this worker's last thread may be stale (alloc.ts)
  const i32 = mem.i32;
  ts.checkInterval = Atomics.load(i32, tw(CHECK)) || ts.checkInterval;
  adoptStdio();
  const func = i32[slotWord(tid, S_FUNC)], args = i32[slotWord(tid, S_ARGS)], kwargs = i32[slotWord(tid, S_KWARGS)];
  let stop = false;
  try {
    decref(callSpread(func, args, kwargs));
  } catch (thrown) {
    if (thrown instanceof GilShutdown) return false;
    stop = !reportUncaught(thrown, func);
  }
  decref(func);
  decref(args);
  if (kwargs !== 0) decref(kwargs);
  // the slot no longer holds them (the heap checker reads the slots of running threads)
  i32[slotWord(tid, S_FUNC)] = 0;
  i32[slotWord(tid, S_ARGS)] = 0;
  i32[slotWord(tid, S_KWARGS)] = 0;
  flushStdout();
  flushTicks();
  Atomics.sub(mem.i32, tw(LIVE), 1);
  self.gil.exit(tid);
  Atomics.store(mem.i32, slotWord(tid, S_STATE), FREE);
  Atomics.add(mem.i32, tw(RESERVE), 1);
  return !stop;
}

/** What CPython prints for an exception leaving a thread started by _thread. False: internal error. */
function reportUncaught(thrown: unknown, func: number): boolean {
  const err = thrown instanceof InternalError ? null : toPyErr(thrown);
  if (err === null) {
    const where = thrown instanceof InternalError ? ` (${thrown.where})` : '';
    writeStderr(`pygil: internal error in thread ${self.tid}: ${thrown instanceof Error ? thrown.message : String(thrown)}${where}\n`);
    if (process.env.PYGIL_DEBUG && thrown instanceof Error) writeStderr(String(thrown.stack) + '\n');
    // Without the lock the heap is the likely cause: the main thread checks it and reports (3).
    fatalFromWorker(options.gil ? 70 : DAMAGED_STATUS);
    return false;
  }
  const e = (err as PyErr).exc;
  if (!isSubtype(typeOf(e), exc.SystemExit)) {
    let what: string;
    try { what = repr(func); } catch { what = '<function>'; }
    writeStderr(formatUnraisable(`Exception ignored in thread started by: ${what}`, e));
  }
  decref(e);
  return true;
}

/**
 * print() recognises the original sys.stdout and sys.stderr by identity: learn which objects
 * they are (sys may have been imported after this worker started).
 */
function adoptStdio(): void {
  const sys = dictGet(modulesDict(), intern('sys'));
  if (sys === 0) return;
  const out = dictGet(moduleDict(sys), intern('__stdout__'));
  if (out !== 0) setStdoutObject(out);
  const err = dictGet(moduleDict(sys), intern('__stderr__'));
  if (err !== 0) setStderrObject(err);
}

try {
  main();
} catch (e) {
  // Nothing may escape as a JS exception: say what happened and stop the whole interpreter.
  writeStderr(`pygil: internal error in a worker: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.PYGIL_DEBUG && e instanceof Error) writeStderr(String(e.stack) + '\n');
  try { fatalFromWorker(options.gil ? 70 : DAMAGED_STATUS); } catch { /* the lock may not exist yet */ }
}
