// threads.ts - the Python threads of this process: their ids, the table through which a new
// thread is handed to a worker, the pool of workers, and this JS thread's side of the lock.
// Owns: starting a thread (start_new_thread), keeping workers ready, the check point's slow
// path, releasing the lock around blocking calls, and the lock's life at start-up and exit.
// Must never: run a Python thread's code (worker_main.ts does), or wait without a timeout.
//
// Every Python thread runs the VM on its own JS thread. The main script's thread runs on the
// process's main JS thread, which keeps start-up fast (it starts from the V8 snapshot; workers
// cannot) ; every other Python thread runs in a worker_thread. Workers are pooled: one that has
// finished a thread waits for the next, since starting a worker and loading the interpreter into
// it costs about 100 ms while handing a thread to a waiting worker costs microseconds.
//
// The thread table lives in the heap's control block, so that any thread may start a thread and
// any idle worker may take it:
//
//   word (from Ctl.THREADS_BASE)
//     0  JOBS        bumped when a thread is published; idle workers sleep on this word
//     1  RESERVE     workers idle or still booting that no published thread has claimed
//     2  WORKERS     workers started so far
//     3  LIVE        threads started by start_new_thread that have not finished (_thread._count)
//     4  FATAL       0, or the exit status a worker's internal error asks the process for
//     5  CHECK       the check interval (sys.setcheckinterval), for threads started later
//     6  RELEASES    _thread lock releases so far (wraps), for the deadlock test (deadlock.ts)
//     7  DEADLOCK    0, or 1 once a thread has reported a deadlock (only one reports)
//    16 + 8*tid      the slot of Python thread tid (1..63; 1 is the main thread):
//                      +0 STATE  FREE -> CLAIMED (its starter fills it) -> PENDING (published)
//                                -> RUNNING (a worker took it) -> FREE (the thread finished)
//                      +1 FUNC, +2 ARGS, +3 KWARGS: owned references handed to the new thread
//                      +4 WAIT   the _thread lock it waits for without a timeout, or 0
//
// Thread ids double as the lock's thread ids (gil.ts, at most 63), and are reused once free.

import * as path from 'path';
import * as os from 'os';
import * as fs from 'fs';
import { mem, syncViews, grow } from '../heap/memory';
import { watchedBlock } from '../heap/alloc';
import { Ctl } from '../heap/layout';
import { Gil, GilShutdown, readGilStats, formatGilStats, MAX_THREAD_ID } from '../gil';
import { ts } from './thread';
import { options } from '../options';
import { flushStdout, setUnbuffered } from '../runtime/output';
import { setBlockingHooks } from './blocking';
import { exportTables } from '../runtime/init';
import { setOtherThreadsProvider } from '../runtime/checkheap';
import { raiseIfInterrupted } from './interrupt';

export const JOBS = 0, RESERVE = 1, WORKERS = 2, LIVE = 3, FATAL = 4, CHECK = 5, RELEASES = 6, DEADLOCK = 7, SLOTS = 16, SLOT_WORDS = 8;
export const S_STATE = 0, S_FUNC = 1, S_ARGS = 2, S_KWARGS = 3, S_WAIT = 4;
export const FREE = 0, CLAIMED = 1, PENDING = 2, RUNNING = 3;
export const MAIN_TID = 1;

/** Word index of the thread table's word `w`. */
export function tw(w: number): number { return Ctl.THREADS_BASE + w; }
/** Word index of word `w` of thread tid's slot. */
export function slotWord(tid: number, w: number): number { return Ctl.THREADS_BASE + SLOTS + tid * SLOT_WORDS + w; }

/** This JS thread's Python thread: its id and its handle on the lock. */
export const self = { tid: MAIN_TID, gil: null as unknown as Gil, threadsUsed: false };

// ---------------------------------------------------------------- thread stacks
//
// Every thread's frames must be readable by whichever thread runs the heap checker, so the
// stacks of threads 2..63 are regions of one SharedArrayBuffer that every worker receives with
// the runtime tables (made when the program enters threaded mode; the operating system commits
// a region's pages only when a thread touches them). Thread 1 keeps the stack it started with,
// and that buffer travels with the tables too.

/** Words of each worker thread's stack: 4 MiB, room for the recursion limit's 1000 frames many times over. */
export const WORKER_STACK_WORDS = 1 << 20;
export const stacks = { regions: null as SharedArrayBuffer | null, main: null as SharedArrayBuffer | null };

/** Thread tid's stack (tid >= 2) as a view of the shared regions. */
export function stackOf(tid: number): Int32Array {
  if (tid === MAIN_TID) return new Int32Array(stacks.main!);
  return new Int32Array(stacks.regions!, (tid - 2) * WORKER_STACK_WORDS * 4, WORKER_STACK_WORDS);
}

/**
 * For the heap checker (runtime/checkheap.ts): the stacks of the other live threads, and the
 * references that threads not yet running hold through the thread table. Called by the
 * checking thread while the others wait for the lock or sit in blocking calls.
 */
function otherThreads(): { stacks: Int32Array[]; jsRoots: { name: string; ptr: number; owned: boolean }[] } {
  const i32 = ctl();
  const out: Int32Array[] = [];
  const roots: { name: string; ptr: number; owned: boolean }[] = [];
  if (stacks.regions === null) return { stacks: out, jsRoots: roots };
  for (let t = MAIN_TID; t <= MAX_THREAD_ID; t++) {
    const st = Atomics.load(i32, slotWord(t, S_STATE));
    if (t !== self.tid && st === RUNNING) out.push(stackOf(t));
    if (t !== MAIN_TID && (st === PENDING || st === RUNNING)) {
      for (const [what, w] of [['function', S_FUNC], ['args', S_ARGS], ['kwargs', S_KWARGS]] as const) {
        const p = i32[slotWord(t, w)];
        if (p !== 0) roots.push({ name: `thread ${t} ${what}`, ptr: p, owned: true });
      }
    }
  }
  return { stacks: out, jsRoots: roots };
}

/** The control block's words as one view: it never moves when the heap grows. */
function ctl(): Int32Array { return mem.i32; }

// ---------------------------------------------------------------- the lock, on this thread

/** Make this thread's Gil handle (trace file, output flush on every release). */
export function makeGil(): Gil {
  return new Gil(ctl(), Ctl.GIL_BASE, { trace: options.gilTrace, beforeDrop: flushStdout });
}

/** Start-up on the main JS thread: thread 1 exists and holds the lock. */
export function initMainThread(): void {
  const i32 = ctl();
  self.tid = MAIN_TID;
  self.threadsUsed = false;
  Atomics.store(i32, slotWord(MAIN_TID, S_STATE), RUNNING);
  Atomics.store(i32, tw(CHECK), ts.checkInterval);
  self.gil = makeGil();
  self.gil.register(MAIN_TID);
  self.gil.acquire(MAIN_TID);
  installBlockingHooks();
  stacks.regions = null;
  setOtherThreadsProvider(otherThreads);
}

/** Make beginBlocking/endBlocking (vm/blocking.ts) release and retake this thread's lock. */
export function installBlockingHooks(): void { setBlockingHooks(releaseForBlocking, reacquireAfterBlocking); }

/** Hand the instructions counted since the last report to the lock's statistics. */
export function flushTicks(): void {
  if (ts.ticks !== 0) { self.gil.addTicks(self.tid, ts.ticks); ts.ticks = 0; }
}

/**
 * The check point's slow path (eval.ts calls it when the lock's breaker word is not 0): maybe
 * let another thread run. The heap may have grown while we did not hold the lock.
 */
export function checkpointSlow(): void {
  flushTicks();
  self.gil.checkpoint(self.tid);
  syncViews();
  watchedBlock.ptr = 0; // another thread may have freed it meanwhile (alloc.ts)
  if (Atomics.load(ctl(), tw(FATAL)) !== 0) throw new GilShutdown(Atomics.load(ctl(), tw(FATAL)));
  raiseIfInterrupted(); // Ctrl-C: the main thread raises KeyboardInterrupt here (workers never do)
}

function releaseForBlocking(): void {
  flushStdout();
  flushTicks();
  self.gil.release(self.tid, true);
}

function reacquireAfterBlocking(): void {
  self.gil.acquire(self.tid);
  syncViews();
  watchedBlock.ptr = 0; // another thread may have freed it meanwhile (alloc.ts)
}

// ---------------------------------------------------------------- starting threads

/** Workers to start when a program imports _thread: two (one per core here), one spare after each start. */
function poolTarget(): number { return Math.max(2, Math.min(4, os.cpus().length)); }

/** Start workers so that `reserve` ones are idle or booting (called when _thread is imported). */
export function prewarmWorkers(): void {
  const i32 = ctl();
  enterThreadedMode();
  while (Atomics.load(i32, tw(RESERVE)) < poolTarget()) {
    Atomics.add(i32, tw(RESERVE), 1);
    spawnWorker();
  }
}

/** From now on several threads may write: output goes out at every lock release (or at once without the lock). */
function enterThreadedMode(): void {
  if (self.threadsUsed) return;
  self.threadsUsed = true;
  flushStdout();
  if (stacks.regions === null) {
    stacks.regions = new SharedArrayBuffer((MAX_THREAD_ID - 1) * WORKER_STACK_WORDS * 4);
    stacks.main = ts.stackBuf;
  }
  if (!options.gil) {
    setUnbuffered(true);
    // Without the lock a thread reads blocks that another allocated after growing the heap, and
    // its views may be too short for them. Growing now, up front (the pages are committed only
    // when used), makes that rare.
    grow(Math.min(mem.cap, Math.max(mem.size, 256 << 20)));
  }
}

/**
 * The worker's script, dist/src/vm/worker_boot.js. Found from __dirname, which is this file's
 * folder normally and dist/ inside the start-up snapshot (scripts/build_snapshot.js bundles).
 */
let workerScript: string | null = null;
function findWorkerScript(): string {
  if (workerScript !== null) return workerScript;
  for (const p of [path.join(__dirname, 'worker_boot.js'), path.join(__dirname, 'src', 'vm', 'worker_boot.js')]) {
    if (fs.existsSync(p)) { workerScript = p; return p; }
  }
  throw new Error(`cannot find worker_boot.js near ${__dirname} (run npm run build)`);
}

function spawnWorker(): void {
  const i32 = ctl();
  const script = findWorkerScript();
  Atomics.add(i32, tw(WORKERS), 1);
  // Required here, not at load: Node's worker module, if loaded while the start-up snapshot is
  // built (when SharedArrayBuffer does not exist), gives every worker a broken process.cwd().
  const { Worker } = require('worker_threads') as typeof import('worker_threads');
  const w = new Worker(script, {
    workerData: { tables: exportTables() },
    // not the main thread's flags: they may name the start-up snapshot, which a worker cannot use
    execArgv: [],
    stdout: false, stderr: false,
  });
  // An idle worker must not keep the process alive: the process ends when the main thread does
  // (after waiting for non-daemon threads, which threading._shutdown does in Python).
  w.unref();
}

/**
 * _thread.start_new_thread: publish a new thread running func(*args, **kwargs) and return its
 * id. Takes over the three references (kwargs may be 0). Returns 0 when all 63 ids are in use.
 */
export function startThread(func: number, args: number, kwargs: number): number {
  const i32 = ctl();
  enterThreadedMode();
  let tid = 0;
  for (let t = MAIN_TID + 1; t <= MAX_THREAD_ID; t++) {
    // compareExchange: without the lock, two threads may start threads at the same moment
    if (Atomics.compareExchange(i32, slotWord(t, S_STATE), FREE, CLAIMED) === FREE) { tid = t; break; }
  }
  if (tid === 0) return 0;
  i32[slotWord(tid, S_FUNC)] = func;
  i32[slotWord(tid, S_ARGS)] = args;
  i32[slotWord(tid, S_KWARGS)] = kwargs;
  Atomics.add(i32, tw(LIVE), 1);
  // Registered while we hold the lock, before any worker can see it: the seeded schedule
  // counts the new thread as runnable from this point of the program on.
  self.gil.register(tid);
  // Reserve a worker for it: an idle or booting one, or a new one. Then, if that was the last
  // one, start a spare, so that the next thread (threading's start() waits until its thread
  // runs) finds a worker ready or at least booting since now.
  if (Atomics.sub(i32, tw(RESERVE), 1) <= 0) {
    Atomics.add(i32, tw(RESERVE), 1);
    spawnWorker();
  }
  if (Atomics.load(i32, tw(RESERVE)) === 0 && Atomics.load(i32, tw(WORKERS)) < MAX_THREAD_ID) {
    Atomics.add(i32, tw(RESERVE), 1);
    spawnWorker();
  }
  // Publish (Atomics.store after the plain stores above: a worker that sees PENDING sees the job).
  Atomics.store(i32, slotWord(tid, S_STATE), PENDING);
  Atomics.add(i32, tw(JOBS), 1);
  Atomics.notify(i32, tw(JOBS));
  return tid;
}

/** sys.setcheckinterval: threads started from now on use n too. */
export function setSharedCheckInterval(n: number): void { Atomics.store(ctl(), tw(CHECK), n); }

/** _thread._count(): threads started and not yet finished. */
export function liveThreads(): number { return Atomics.load(ctl(), tw(LIVE)); }

// ---------------------------------------------------------------- exit

/** The -X gilstats table, when asked for: all threads' figures, read at exit. */
export function gilStatsReport(): string {
  flushTicks();
  return formatGilStats(readGilStats(ctl(), Ctl.GIL_BASE));
}

/**
 * The main thread is done (threading._shutdown has waited for the non-daemon threads): stop the
 * daemon threads and idle workers. Every sleeper in the lock or in a worker's idle wait wakes.
 */
export function shutdownThreads(): void {
  flushTicks();
  self.gil.exit(self.tid);
  self.gil.shutdown(1);
  Atomics.add(ctl(), tw(JOBS), 1);
  Atomics.notify(ctl(), tw(JOBS));
}

/** A worker's internal error: make every thread stop and the process exit with `status`. */
export function fatalFromWorker(status: number): void {
  Atomics.compareExchange(ctl(), tw(FATAL), 0, status);
  self.gil.shutdown(status);
}

/**
 * An internal error without the lock, before the heap is checked (runtime/checkheap.ts
 * reportInternalError): stop every other thread, which runs in parallel, and give each time to
 * reach its next check point (every checkInterval instructions). A thread stuck in a loop inside
 * native code on a damaged structure does not stop; the checker reads only validated blocks.
 */
export function stopThreadsForCheck(status: number): void {
  if (!self.threadsUsed) return;
  fatalFromWorker(status);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, STOP_WAIT_MS);
}
const STOP_WAIT_MS = 100;

/** The status a worker asked for (0: none). */
export function fatalStatus(): number { return Atomics.load(ctl(), tw(FATAL)); }
