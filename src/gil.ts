// gil.ts - the global interpreter lock.
// Owns: the lock's words in the heap's control block (Ctl.GIL_BASE .. Ctl.GIL_END), taking and
// releasing the lock, the check point's drop/hand-over decision, the seeded scheduler, the
// per-thread statistics, and the shutdown path that wakes every sleeper.
// Must never: allocate, read a clock or take a slow path on the check point when nobody waits;
// sleep without a timeout; or depend on any other module of the interpreter (it works on any
// Int32Array over a SharedArrayBuffer and a base word index, so tests give it a small buffer).
//
// =====================================================================================
//  Notes on the design
// =====================================================================================
//
// What the lock is. Every Python object lives in one SharedArrayBuffer, and reference counts,
// list growth, dict resizes are plain, unsynchronised reads and writes. They are correct only
// because at most one Python thread runs bytecode at any moment: the one that holds this lock.
// Each Python thread is a Node worker; the lock is a handful of int32 words in the shared heap,
// changed with Atomics, and a thread that cannot have it sleeps in Atomics.wait on the lock
// word. Releasing stores "free" into that word and Atomics.notify wakes a sleeper. There is no
// mutex and no condition variable underneath: the word is both the lock and the thing waited on.
//
// Who waits on what. Exactly one word is ever slept on: the LOCK word. It holds the holder's
// thread id in its low 8 bits and, above them, a switch number that every acquisition
// increments. A sleeper passes the value it last saw as Atomics.wait's `expected`, and because
// every acquisition changes the word (even when the same thread takes it back), a release and
// re-acquisition that happen between "I looked" and "I slept" always make the wait return at
// once instead of sleeping through them. That is the whole defence against lost wake-ups; the
// timeouts below exist for the policies and for safety, not to paper over missed notifies.
//
// Two kinds of thread sleep on the LOCK word:
//   * waiters (in acquire) sleep while the word shows another holder, or while the lock is free
//     but the seeded scheduler's baton names somebody else;
//   * a dropper (a holder that has just been made to let go at a check point) sleeps while the
//     word still shows the free state it left, i.e. until somebody else has taken the lock.
// A release wakes one waiter (all of them under the seeded scheduler, where only the one named
// by the baton may proceed). An acquisition wakes everybody only if a dropper is parked, since
// taking the lock is exactly the event the dropper waits for, and CAS does not notify.
//
// How the holder learns it should let go. The running thread does not look at the lock at
// every instruction: the VM counts down `checkInterval` instructions and then calls
// checkpoint(), whose fast path is one Atomics.load of the BREAKER word (the "eval breaker").
// Zero means nothing to do, which is the case whenever nobody waits. Any bit set sends the
// holder to the slow path: a drop request, the seeded scheduler's "draw at every check point",
// the ticks policy's "somebody waits", or shutdown.
//
// Policy "interval" (the default; CPython 3.2's new GIL). A waiter does not ask for the lock
// straight away: it sleeps for switchInterval (5 ms). If it was woken because the lock was
// released it simply tries to take it. If the sleep timed out, the waiter compares the LOCK
// word with the value it slept on: if it is unchanged, the same holder has held the lock for the
// whole interval with no switch in between, and only then does the waiter set DROP_REQUEST.
// If the word changed, some other thread got a turn in the meantime (the interval was not
// wasted on one thread), so the waiter waits a fresh interval. This is what keeps a CPU-bound
// thread from being interrupted more than once per interval however many threads wait, and
// what keeps an I/O-bound thread that got the lock briefly from being kicked out at once.
//
// Forced switching. When the holder sees DROP_REQUEST at a check point it releases the lock and
// then, before trying to take it back, sleeps until somebody else has taken it (the LOCK word
// moves away from the free value it stored). Without this, the dropper, which is already
// running on a CPU, would nearly always win the race against a waiter that must first be woken
// by the kernel, and the drop request would achieve nothing: the waiter would wake, find the lock
// taken again, and sleep another interval. The dropper's sleep is bounded: whenever it times out
// or is woken and finds the lock still free, it checks whether anybody is able to take it (a
// waiter is queued, or the baton's thread is still runnable); if not, it stops waiting for a
// switch that cannot come and takes the lock back.
//
// Policy "ticks" (CPython 2's old lock, for comparison). Waiters never ask for anything. While
// any thread waits, the WAITERS bit in the breaker is set and the holder, at every check point,
// releases the lock and immediately tries to take it again, without forced switching. On a
// machine with more than one core the releaser is still running and the woken waiter is still
// being scheduled, so the releaser usually wins again: the convoy effect. The per-thread
// statistics show it (acquisitions that were switches versus the releaser taking the lock
// straight back).
//
// The seeded schedule (-X schedule=SEED). Both policies hand the lock over at moments chosen by
// the operating system, so a racy program behaves differently on every run. With a seed, the
// decision is made by a pseudo-random generator whose state is a word in the shared block, so
// all threads draw from one sequence, and only the holder draws (the lock orders the draws).
// At every check point the holder looks at the set of RUNNABLE threads other than itself; if
// there are none it keeps the lock without drawing. Otherwise it draws whether to hand over
// (probability 1/HANDOFF_ODDS) and, if so, which runnable thread gets the lock. Hand-over is a
// baton pass: the holder writes the chosen id into BATON, releases, wakes everybody, and parks
// as a dropper; a waiter may take a free lock only if BATON is 0 or its own id. Every release
// passes the baton this way (a thread entering a blocking call or exiting draws its successor
// too); BATON is 0 ("anyone") only when no other thread was runnable at the release.
//
// Runnable, precisely: registered, and not inside a releasing (blocking) call. A thread is
// registered by its parent while the parent holds the lock, before the worker even exists
// (register(tid)); it leaves the set when it calls release(tid, true) to block and when it
// calls exit(tid), both while holding the lock; it re-enters the set when it calls acquire
// after the blocking call, or earlier if the holder calls wake(tid) because it has done what
// ends that call (the thread it joins has exited, the lock it waits for was handed to it).
// Since every change except a bare return from a blocking call is made by the holder at a
// point fixed by the program, the same program and seed produce the same sequence of holders,
// whatever the OS does with the workers. What the OS still decides is when a thread that
// blocked on something outside Python (sleep, input) comes back, unless somebody wake()s it.
//
// Why the baton can never be lost. It is only ever given to a thread in the runnable set, and
// a thread leaves that set only by its own call while holding the lock, which it cannot do
// while the baton is out (the lock is free then, and the baton's thread is the next holder).
// A runnable thread that is not yet in acquire (a worker still starting, a woken thread still
// returning from its blocking call) will arrive, and the baton waits for it. The one way out of
// the set from outside is unregister(tid), the supervisor's clean-up after a worker died; it
// frees the lock if the dead thread held it and resets BATON to 0, trading reproducibility for
// liveness on that error path only.
//
// Shutdown. Every sleep above has a timeout and a shutdown path: shutdown() stores a reason in
// SHUTDOWN, sets the breaker's SHUTDOWN bit and notifies every sleeper on the LOCK word. A thread
// in acquire or parked as a dropper then throws GilShutdown; the holder throws it from its next
// check point. Release still works afterwards, so unwinding code can clean up.
//
// Statistics. Each thread owns a slot of words that only it writes (plain stores; the values are
// meant to be read after the threads have stopped, by -X gilstats). The clock is read once per
// uncontended acquisition (to start the hold time), once more if the thread had to wait, and once
// per release: never on the check point's fast path.
//
// =====================================================================================
//  Shared words (offsets from `base`; the interpreter uses base = Ctl.GIL_BASE = 1024)
// =====================================================================================
//
//   off  name          written by                 meaning
//   ---  ------------  -------------------------  ---------------------------------------------
//    0   MAGIC         initGilState               0x47494C31 "GIL1" once the block is ready
//    1   LOCK          acquire (CAS), release      see the bit diagram below
//    2   BREAKER       waiters, holder, shutdown   eval breaker, bits below; 0 = nothing to do
//    3   WAITERS       acquire                     threads inside acquire's sleep loop
//    4   DROPPERS      checkpoint                  threads parked in the forced-switch sleep
//    5   BATON         the releasing holder        seeded: who may take the free lock (0 = any)
//    6   LAST_HOLDER   the acquirer (under lock)   id of the latest holder (for switches_in)
//    7   SHUTDOWN      shutdown()                  0 = running, otherwise the reason
//    8   ENABLED       initGilState                1, or 0 for -X gil=0
//    9   POLICY        initGilState                0 = interval, 1 = ticks
//   10   SEEDED        initGilState                1 if -X schedule=SEED was given
//   11   SWITCH_US     init, setSwitchInterval     the switch interval in microseconds
//   12   HANDOFF_ODDS  initGilState                seeded: hand over w.p. 1/HANDOFF_ODDS
//   13   PRNG          the holder (under lock)     xorshift32 state, never 0
//   14   DRAWS         the holder (under lock)     number of draws made (diagnostics)
//   15   SEED          initGilState                the seed as given (low 32 bits)
//   16   REG_LO        register/exit (Atomics.or/and)   registered threads 0..31, bit = id
//   17   REG_HI                                    registered threads 32..63, bit = id - 32
//   18   RUN_LO        register/acquire/release/exit    runnable threads 0..31
//   19   RUN_HI                                    runnable threads 32..63
//   20..63             reserved, zero
//   64 + 16*id ..      per-thread slot for thread id (0..63; slot 0 is never used):
//        +0  STATE         0 never seen, 1 runnable, 2 blocked, 3 exited
//        +1  ACQUISITIONS  times this thread took the lock
//        +2  VOLUNTARY     releases around blocking calls and at exit
//        +3  FORCED        releases at check points (drop request, ticks drop, seeded hand-over)
//        +4  SWITCHES_IN   acquisitions that took over from a different thread
//        +5  DROP_REQS     drop requests this thread set while waiting
//        +6,7   TICKS    lo, hi  instructions run (added by the VM through addTicks)
//        +8,9   WAIT_US  lo, hi  microseconds spent waiting in acquire
//        +10,11 HOLD_US  lo, hi  microseconds spent holding the lock
//        +12..15           reserved
//   GIL_WORDS = 64 + 16*64 = 1088 words, inside the 1280 reserved (GIL_END - GIL_BASE).
//
//   LOCK word:
//      31                                   8 7              0
//     +--------------------------------------+----------------+
//     | switch number (wraps at 2^24)        | holder id      |   holder 0 = free
//     +--------------------------------------+----------------+
//   Taking the lock is one compareExchange from (n, 0) to (n+1, id); releasing stores (n, 0).
//
//   BREAKER word:  bit 0 DROP_REQUEST   (interval: a waiter asks the holder to let go)
//                  bit 1 SCHEDULE       (seeded: every check point goes to the slow path)
//                  bit 2 WAITERS        (ticks: somebody waits, so drop at check points)
//                  bit 3 SHUTDOWN       (wake up and stop)
//                  bit 4 INTERRUPT      (Ctrl-C: set by the SIGINT handler; not the lock's: the
//                                        main thread raises KeyboardInterrupt, vm/interrupt.ts)
//
// Memory ordering: every Atomics operation in JavaScript is sequentially consistent, and a plain
// write made before an Atomics store is visible to a thread whose Atomics load sees that store.
// So plain reads and writes of words that only the holder touches (PRNG, DRAWS, LAST_HOLDER, a
// thread's own statistics) are ordered by the lock itself, exactly like the rest of the heap.

import { performance } from 'perf_hooks';
import { GilTrace, startTraceFile } from './gil_trace';

// ---------------------------------------------------------------- layout

export const MAGIC = 0, LOCK = 1, BREAKER = 2, WAITERS = 3, DROPPERS = 4, BATON = 5, LAST_HOLDER = 6,
  SHUTDOWN = 7, ENABLED = 8, POLICY = 9, SEEDED = 10, SWITCH_US = 11, HANDOFF_ODDS = 12, PRNG = 13,
  DRAWS = 14, SEED = 15, REG_LO = 16, REG_HI = 17, RUN_LO = 18, RUN_HI = 19;
export const SLOTS = 64, SLOT_WORDS = 16;
export const S_STATE = 0, S_ACQ = 1, S_VOLUNTARY = 2, S_FORCED = 3, S_SWITCHES_IN = 4, S_DROP_REQS = 5,
  S_TICKS = 6, S_WAIT_US = 8, S_HOLD_US = 10;
/** Number of int32 words the lock uses from `base`. */
export const GIL_WORDS = SLOTS + SLOTS * SLOT_WORDS;
export const GIL_MAGIC = 0x47494c31;
/** Thread ids are 1..MAX_THREAD_ID. */
export const MAX_THREAD_ID = 63;

export const B_DROP = 1, B_SCHEDULE = 2, B_WAITERS = 4, B_SHUTDOWN = 8, B_INTERRUPT = 16;
const HOLDER_MASK = 0xff;

export const enum ThreadStateCode { NONE = 0, RUNNABLE = 1, BLOCKED = 2, EXITED = 3 }
const POLICY_INTERVAL = 0, POLICY_TICKS = 1;

/** Release kinds, for statistics and the trace. */
const VOLUNTARY = 0, FORCED = 1, HANDOFF = 2;

// ---------------------------------------------------------------- settings

export type GilPolicy = 'interval' | 'ticks';

export interface GilSettings {
  /** false for -X gil=0: acquire, release and checkpoint do nothing */
  enabled: boolean;
  policy: GilPolicy;
  /** seconds (sys.setswitchinterval); waiters' timed sleeps use it under both policies */
  switchInterval: number;
  /** -X schedule=SEED, or null for the policy's own timing-driven hand-over */
  seed: number | null;
  /** seeded: at each check point hand over with probability 1/handoffOdds (default 4) */
  handoffOdds?: number;
  /** -X giltrace=FILE: initGilState empties it; each thread passes it to its Gil */
  trace?: string | null;
}

export const DEFAULT_SETTINGS: GilSettings = {
  enabled: true, policy: 'interval', switchInterval: 0.005, seed: null, handoffOdds: 4, trace: null,
};

/** Options local to one thread's Gil object. */
export interface GilThreadOptions {
  /** trace file to append to (every thread opens its own descriptor) */
  trace?: string | null;
  /** trace batch size in bytes, 0 = one write per line (see gil_trace.ts) */
  traceBuffer?: number;
  /** measurement: collect drop-request-to-running latencies (microseconds) of this thread */
  collectLatencies?: boolean;
  /**
   * Called at every release while the lock is still held: the VM flushes the thread's buffered
   * output here, so that text reaches the descriptor in the order the threads ran.
   */
  beforeDrop?: () => void;
}

/** Thrown by acquire, checkpoint and the forced-switch sleep once shutdown() has been called. */
export class GilShutdown extends Error {
  constructor(readonly reason: number) {
    super(`the interpreter is shutting down (reason ${reason})`);
    this.name = 'GilShutdown';
  }
}

/**
 * Lay out a fresh lock in words [base, base + GIL_WORDS) of `i32`. Called once, by the thread that
 * creates the heap, before any other thread attaches. Every other word of the range is zeroed.
 */
export function initGilState(i32: Int32Array, base: number, settings: Partial<GilSettings> = {}): void {
  const s: GilSettings = { ...DEFAULT_SETTINGS, ...settings };
  if (base < 0 || base + GIL_WORDS > i32.length) throw new RangeError(`gil: words ${base}..${base + GIL_WORDS} do not fit the buffer`);
  // Plain stores: no other thread can look at these words yet. The MAGIC word is stored last with
  // Atomics.store so that a thread which sees it (Atomics.load) also sees everything before it.
  i32.fill(0, base, base + GIL_WORDS);
  i32[base + ENABLED] = s.enabled ? 1 : 0;
  i32[base + POLICY] = s.policy === 'ticks' ? POLICY_TICKS : POLICY_INTERVAL;
  i32[base + SWITCH_US] = switchUs(s.switchInterval);
  i32[base + HANDOFF_ODDS] = Math.max(1, Math.floor(s.handoffOdds ?? 4));
  if (s.seed !== null && s.enabled) {
    i32[base + SEEDED] = 1;
    i32[base + SEED] = s.seed | 0;
    i32[base + PRNG] = seedState(s.seed);
    // The seeded schedule decides at every check point, so the breaker is never 0 under it.
    i32[base + BREAKER] = B_SCHEDULE;
  }
  if (s.trace) startTraceFile(s.trace);
  Atomics.store(i32, base + MAGIC, GIL_MAGIC);
}

function switchUs(seconds: number): number {
  if (!(seconds > 0)) throw new RangeError('gil: the switch interval must be positive');
  return Math.max(1, Math.min(0x7fffffff, Math.round(seconds * 1e6)));
}

/** Turn any seed into a non-zero xorshift32 state (a multiply-xorshift mix, so 1 and 2 differ a lot). */
function seedState(seed: number): number {
  let x = (seed | 0) ^ Math.floor(seed / 4294967296);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x ^= x >>> 16;
  return x === 0 ? 0x2545f491 : x;
}

// ---------------------------------------------------------------- small helpers

function now(): number { return performance.now(); }

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Add a non-negative integer below 2^32 to the 64-bit counter at words idx (low), idx+1 (high). */
function add64(i32: Int32Array, idx: number, n: number): void {
  const lo = (i32[idx] >>> 0) + n;
  i32[idx] = lo | 0;
  if (lo >= 4294967296) i32[idx + 1] = (i32[idx + 1] + 1) | 0;
}

function read64(i32: Int32Array, idx: number): number {
  return (i32[idx + 1] >>> 0) * 4294967296 + (i32[idx] >>> 0);
}

// ---------------------------------------------------------------- the lock

/**
 * One thread's handle on the shared lock. Every JS thread that runs Python code makes its own
 * (they all point at the same words); the object itself holds only per-thread things: cached
 * word indices, the hold-start times, the trace descriptor.
 *
 * A rule that covers most of the loads below: a word that another thread may write is read with
 * Atomics.load, never a plain read, for two reasons. The compiler may keep a plain read in a
 * register across a loop (and never see the other thread's write), and a plain read is not
 * ordered with the lock's own atomic operations (so it could see a value older than the lock
 * word it is compared with).
 */
export class Gil {
  readonly i32: Int32Array;
  readonly base: number;
  readonly enabled: boolean;
  readonly seeded: boolean;
  readonly ticksPolicy: boolean;
  /** index of the BREAKER word, exported so a VM may inline the check itself */
  readonly breakerIndex: number;
  private readonly iLock: number;
  private readonly holdStart = new Float64Array(SLOTS);
  private trace: GilTrace | null = null;
  private readonly beforeDrop: (() => void) | null;
  /** drop-request-to-running latencies in microseconds, when asked for (measurement only) */
  readonly latencies: number[] | null;

  constructor(i32: Int32Array, base: number, opts: GilThreadOptions = {}) {
    // Atomics.load pairs with the Atomics.store of MAGIC in initGilState: seeing the magic
    // guarantees seeing every setting word written before it.
    if (Atomics.load(i32, base + MAGIC) !== GIL_MAGIC) throw new Error('gil: initGilState has not run on this buffer');
    this.i32 = i32;
    this.base = base;
    this.iLock = base + LOCK;
    this.breakerIndex = base + BREAKER;
    // The settings never change after initGilState (except SWITCH_US, read at every sleep),
    // so each thread copies them into plain fields once; plain reads are fine after the check above.
    this.enabled = i32[base + ENABLED] === 1;
    this.seeded = i32[base + SEEDED] === 1;
    this.ticksPolicy = i32[base + POLICY] === POLICY_TICKS;
    if (opts.trace) this.trace = new GilTrace(opts.trace, opts.traceBuffer);
    this.latencies = opts.collectLatencies ? [] : null;
    this.beforeDrop = opts.beforeDrop ?? null;
  }

  // ------------------------------------------------------------ the check point

  /**
   * Called by the holder every checkInterval instructions. When nobody waits this is a single
   * Atomics.load of the breaker word: atomic because other threads set bits in it, and a plain
   * read could be hoisted out of the VM's loop by the compiler and never see them.
   */
  checkpoint(tid: number): void {
    if (Atomics.load(this.i32, this.breakerIndex) !== 0) this.breakerSet(tid);
  }

  /** The slow half of checkpoint: something is asked of the holder. */
  private breakerSet(tid: number): void {
    const i32 = this.i32, base = this.base;
    // Re-read (atomically, it is shared) rather than pass the fast path's value along: keeping
    // the fast path a bare load-and-compare lets the VM's loop inline it.
    const b = Atomics.load(i32, this.breakerIndex);
    // SHUTDOWN is read atomically after seeing its bit, so the reason is already there (shutdown()).
    if ((b & B_SHUTDOWN) !== 0) throw new GilShutdown(Atomics.load(i32, base + SHUTDOWN));
    if (!this.enabled) return;
    // Atomics.load of the lock word: only we should be in it, and this checks the VM's promise.
    const w = Atomics.load(i32, this.iLock);
    if ((w & HOLDER_MASK) !== tid) throw new Error(`gil: checkpoint by thread ${tid}, but the lock is held by ${w & HOLDER_MASK}`);

    if (this.seeded) { this.scheduleDraw(tid, w); return; }

    if (this.ticksPolicy) {
      if ((b & B_WAITERS) === 0) return;
      // The bit can outlive the waiters (see acquireSlow). WAITERS is changed by other threads
      // (Atomics.load); if it is 0, clear the bit with Atomics.and, which leaves the other
      // bits that waiters or shutdown may be setting at this moment untouched.
      if (Atomics.load(i32, base + WAITERS) === 0) { Atomics.and(i32, this.breakerIndex, ~B_WAITERS); return; }
      // CPython 2: let go and grab it straight back. No forced switching, so the woken waiter
      // usually finds the lock taken again: that is the point of this policy.
      this.drop(tid, w, FORCED, 0);
      this.acquire(tid);
      return;
    }

    if ((b & B_DROP) === 0) return;
    // Atomics.load: waiters come and go on other threads.
    if (Atomics.load(i32, base + WAITERS) === 0) {
      // Nobody left to hand over to (the waiter was woken by shutdown, or the request came in
      // just after a switch). Atomics.and, not a store: other bits may be set concurrently.
      Atomics.and(i32, this.breakerIndex, ~B_DROP);
      return;
    }
    this.forcedDrop(tid, w, FORCED, 0);
  }

  /**
   * Release at a check point and sleep until another thread has taken the lock (forced
   * switching), then queue for it again like any waiter.
   */
  private forcedDrop(tid: number, w: number, kind: number, target: number): void {
    const i32 = this.i32;
    // Announce the parked dropper before releasing (Atomics.add: several threads count here),
    // so that whoever takes the lock knows to notify: an acquirer that saw DROPPERS = 0 would
    // leave us asleep until our timeout.
    Atomics.add(i32, this.base + DROPPERS, 1);
    let freed: number;
    try {
      freed = this.drop(tid, w, kind, target);
      this.waitForSwitch(freed);
    } finally {
      // Atomic for the same reason as the add; in finally so that GilShutdown cannot leave a
      // phantom dropper that makes every later acquisition notify.
      Atomics.sub(i32, this.base + DROPPERS, 1);
    }
    this.acquire(tid);
  }

  /** Sleep while the LOCK word still holds `freed` (the free value this thread stored). */
  private waitForSwitch(freed: number): void {
    const i32 = this.i32;
    if (this.trace !== null) this.trace.flushBeforeSleep();
    for (;;) {
      // Atomics.load: a shutdown() between our release and this wait notified nobody.
      if (Atomics.load(i32, this.base + SHUTDOWN) !== 0) throw new GilShutdown(Atomics.load(i32, this.base + SHUTDOWN));
      // Timed, because the thread we hand over to might vanish (a crashed worker) and because a
      // missed notify must cost little, never a hang: at most an interval, and at most
      // SHUTDOWN_SLICE_MS before a shutdown is seen (a notify can still land between the test
      // above and the wait). `freed` as the expected value: if somebody took the lock between
      // our release and this call, the wait returns at once.
      Atomics.wait(i32, this.iLock, freed, Math.min(this.sleepMs(), SHUTDOWN_SLICE_MS));
      // Atomics.load: has the word moved on from what we left? Then a switch has happened.
      if (Atomics.load(i32, this.iLock) !== freed) return;
      // Atomics.load: shutdown() writes SHUTDOWN from another thread, then notifies us.
      if (Atomics.load(i32, this.base + SHUTDOWN) !== 0) throw new GilShutdown(Atomics.load(i32, this.base + SHUTDOWN));
      // Still free after a timeout or a wake-up (unregister() notifies): if nobody is able to
      // take it any more, stop waiting for a switch that cannot come.
      if (!this.someoneCanTake()) return;
    }
  }

  /** Could any thread other than the caller take the free lock now? (for the dropper's give-up test) */
  private someoneCanTake(): boolean {
    if (this.seeded) {
      // Atomics.load: unregister() may reset the baton from the supervisor's thread.
      const baton = Atomics.load(this.i32, this.base + BATON);
      if (baton !== 0) return this.isRunnable(baton);
    }
    // Atomics.load: waiters count themselves in and out on their own threads.
    return Atomics.load(this.i32, this.base + WAITERS) > 0;
  }

  private sleepMs(): number {
    // Atomics.load: sys.setswitchinterval may change it from another thread at any time.
    return Atomics.load(this.i32, this.base + SWITCH_US) / 1000;
  }

  // ------------------------------------------------------------ acquire and release

  /**
   * Take the lock, sleeping while another thread holds it. Makes the caller runnable (and
   * registered, if the parent did not register it). Throws GilShutdown once shutdown() has
   * been called, without the lock.
   */
  acquire(tid: number): void {
    if (!this.enabled) return;
    const i32 = this.i32;
    this.becomeRunnable(tid);
    // Fast path: the lock is free and (seeded) the baton lets us in. The Atomics.load gives the
    // exact word (switch number included) that the compareExchange must find; the SHUTDOWN load
    // keeps a shut-down lock from being taken; the compareExchange both takes the lock and bumps
    // the switch number, and fails if anyone changed the word after our load.
    const w = Atomics.load(i32, this.iLock);
    if ((w & HOLDER_MASK) === 0 && this.batonAllows(tid) && Atomics.load(i32, this.base + SHUTDOWN) === 0 &&
        Atomics.compareExchange(i32, this.iLock, w, nextLockWord(w, tid)) === w) {
      this.took(tid, now(), -1);
      return;
    }
    this.acquireSlow(tid);
  }

  private acquireSlow(tid: number): void {
    const i32 = this.i32, base = this.base;
    // Atomics.load: a misuse check (the VM forgot it holds the lock), which would otherwise sleep forever.
    if ((Atomics.load(i32, this.iLock) & HOLDER_MASK) === tid) throw new Error(`gil: thread ${tid} acquires the lock it already holds`);
    const t0 = now();
    let requestedAt = 0;
    // WAITERS tells the holder's slow paths (and a dropper deciding whether to give up) that
    // somebody is queued. Atomics.add because waiters come and go on several threads at once.
    Atomics.add(i32, base + WAITERS, 1);
    // Ticks: make the holder's next check point drop. Atomics.or leaves the other bits alone.
    if (this.ticksPolicy && !this.seeded) Atomics.or(i32, this.breakerIndex, B_WAITERS);
    try {
      for (;;) {
        // Atomics.load: shutdown() sets it from another thread before it notifies us.
        if (Atomics.load(i32, base + SHUTDOWN) !== 0) throw new GilShutdown(Atomics.load(i32, base + SHUTDOWN));
        // Atomics.load: the value we both test and, if we sleep, pass as the expected value.
        const w = Atomics.load(i32, this.iLock);
        if ((w & HOLDER_MASK) === 0 && this.batonAllows(tid)) {
          // Free and ours to take; a failed compareExchange means somebody else was faster
          // (or the word moved on), so look again rather than sleep on a stale value.
          if (Atomics.compareExchange(i32, this.iLock, w, nextLockWord(w, tid)) === w) break;
          continue;
        }
        if (this.trace !== null) this.trace.flushBeforeSleep();
        // Sleep on the word we just read. A release (or any acquisition) changes it, so if that
        // happened after our load the wait returns "not-equal" at once: no lost wake-up.
        // Timed: the interval policy must notice an interval without a switch, the ticks policy
        // re-asserts its bit, and no sleep may be unbounded.
        const r = Atomics.wait(i32, this.iLock, w, this.sleepMs());
        if (r !== 'timed-out' || (w & HOLDER_MASK) === 0 || this.seeded) continue;
        // A whole interval went by. Did a switch happen meanwhile? The switch number in the word
        // says so (Atomics.load, to compare against the value we slept on): if the word is
        // exactly what we slept on, the same holder held it throughout.
        if (Atomics.load(i32, this.iLock) !== w) continue;
        if (this.ticksPolicy) {
          // The last waiter to leave clears the bit, and may have raced with our arrival;
          // Atomics.or re-sets it without disturbing the other bits.
          Atomics.or(i32, this.breakerIndex, B_WAITERS);
        } else {
          // Ask the holder to drop at its next check point. Atomics.or: the holder and other
          // waiters touch other bits of the same word concurrently.
          Atomics.or(i32, this.breakerIndex, B_DROP);
          i32[base + SLOTS + tid * SLOT_WORDS + S_DROP_REQS]++;
          if (requestedAt === 0) requestedAt = now();
          if (this.trace !== null) this.trace.event(tid, 'drop_request', ',"holder":' + (w & HOLDER_MASK));
        }
      }
    } finally {
      // Atomics.sub returns the old count: the last waiter out clears the ticks bit (Atomics.and,
      // other bits untouched) so that the holder's fast path is fast again; a waiter arriving at
      // this very moment may lose its bit, and re-sets it at its first timeout.
      if (Atomics.sub(i32, base + WAITERS, 1) === 1 && this.ticksPolicy) Atomics.and(i32, this.breakerIndex, ~B_WAITERS);
    }
    const t1 = now();
    if (requestedAt !== 0 && this.latencies !== null) this.latencies.push(Math.round((t1 - requestedAt) * 1000));
    this.took(tid, t1, t0);
  }

  /** Book-keeping right after a successful compareExchange. `t0` < 0: we did not wait. */
  private took(tid: number, t1: number, t0: number): void {
    const i32 = this.i32, base = this.base;
    const slot = base + SLOTS + tid * SLOT_WORDS;
    i32[slot + S_ACQ]++;
    // LAST_HOLDER is only touched by the holder, so plain accesses are ordered by the lock.
    if (i32[base + LAST_HOLDER] !== tid) { i32[slot + S_SWITCHES_IN]++; i32[base + LAST_HOLDER] = tid; }
    const waited = t0 < 0 ? 0 : Math.round((t1 - t0) * 1000);
    if (waited > 0) add64(i32, slot + S_WAIT_US, waited);
    this.holdStart[tid] = t1;
    // A drop request was aimed at the previous holder; it is void now that we hold the lock.
    // Atomics.load first so that the common case does no read-modify-write; Atomics.and, not a
    // store, because other bits (SCHEDULE, WAITERS, SHUTDOWN) live in the same word.
    if ((Atomics.load(i32, this.breakerIndex) & B_DROP) !== 0) Atomics.and(i32, this.breakerIndex, ~B_DROP);
    // A dropper is parked until somebody takes the lock: that is now. compareExchange does not
    // wake anyone, so notify explicitly (all: waiters that wake find the lock held and sleep on).
    // DROPPERS is read atomically: it is counted on the droppers' threads.
    if (Atomics.load(i32, base + DROPPERS) !== 0) Atomics.notify(i32, this.iLock);
    // Atomics.load: only for the trace line's switch number (we hold the lock, nobody changes it).
    if (this.trace !== null) this.trace.event(tid, 'acquire', ',"wait_us":' + waited + ',"switch":' + (Atomics.load(i32, this.iLock) >>> 8));
  }

  /**
   * Release the lock. voluntary = true (the default): the thread is about to block (sleep, a
   * lock wait, join, input), so it also leaves the runnable set until its next acquire.
   * voluntary = false: a plain drop, the thread stays runnable (counted with the forced drops).
   * After shutdown, releasing a lock the thread does not hold is silently allowed.
   */
  release(tid: number, voluntary = true): void {
    if (!this.enabled) return;
    // Atomics.load: the misuse check reads the word the other threads change.
    const w = Atomics.load(this.i32, this.iLock);
    if ((w & HOLDER_MASK) !== tid) {
      // Atomics.load: set by shutdown() on another thread.
      if (Atomics.load(this.i32, this.base + SHUTDOWN) !== 0) return;
      throw new Error(`gil: thread ${tid} releases a lock held by ${w & HOLDER_MASK}`);
    }
    if (voluntary) this.leaveRunnable(tid, ThreadStateCode.BLOCKED);
    this.drop(tid, w, voluntary ? VOLUNTARY : FORCED, this.seeded ? this.pickSuccessor(tid) : 0);
  }

  /**
   * The one place the lock is let go. Stores the free word (same switch number, holder 0) and
   * wakes a sleeper. Returns the free word, for the forced-switch sleep.
   */
  private drop(tid: number, w: number, kind: number, target: number): number {
    const i32 = this.i32, base = this.base;
    if (this.beforeDrop !== null) this.beforeDrop();
    const slot = base + SLOTS + tid * SLOT_WORDS;
    const held = Math.round((now() - this.holdStart[tid]) * 1000);
    if (held > 0) add64(i32, slot + S_HOLD_US, held);
    i32[slot + (kind === VOLUNTARY ? S_VOLUNTARY : S_FORCED)]++;
    if (this.trace !== null) {
      if (kind === HANDOFF) this.trace.event(tid, 'handoff', ',"to":' + target + ',"hold_us":' + held);
      else this.trace.event(tid, kind === VOLUNTARY ? 'release' : 'forced_drop', ',"hold_us":' + held + (this.seeded ? ',"to":' + target : ''));
      if (kind === VOLUNTARY) this.trace.flush();
    }
    // The baton must be in place before the lock is seen free, so Atomics.store (seq-cst)
    // before the store below: a waiter that sees the free word also sees the new baton.
    if (this.seeded) Atomics.store(i32, base + BATON, target);
    const freed = w & ~HOLDER_MASK;
    // Atomics.store, not a plain write: waiters load this word atomically, and the store must
    // publish every plain heap write this thread made while holding the lock.
    Atomics.store(i32, this.iLock, freed);
    // Wake one waiter; under the seeded schedule only the baton's thread may proceed and we do
    // not know which sleeper that is, so wake them all (at most 63).
    Atomics.notify(i32, this.iLock, this.seeded ? Infinity : 1);
    return freed;
  }

  // ------------------------------------------------------------ the seeded schedule

  /** Seeded check point: maybe hand the baton to another runnable thread. */
  private scheduleDraw(tid: number, w: number): void {
    const others = this.runnableOthers(tid);
    if (others === 0) return; // alone: keep the lock, and draw nothing
    const odds = this.i32[this.base + HANDOFF_ODDS]; // constant since initGilState: plain read
    if (this.draw() % odds !== 0) return;
    const target = this.pickKth(tid, others === 1 ? 0 : this.draw() % others);
    this.forcedDrop(tid, w, HANDOFF, target);
  }

  /** Next baton holder when `tid` releases for good or for a while: a drawn runnable thread, or 0. */
  private pickSuccessor(tid: number): number {
    const n = this.runnableOthers(tid);
    if (n === 0) return 0;
    return this.pickKth(tid, n === 1 ? 0 : this.draw() % n);
  }

  /** xorshift32 (Marsaglia's 13, 17, 5), state in the shared PRNG word, only ever run by the holder. */
  private draw(): number {
    // Plain reads and writes: only the holder draws, and the lock orders successive holders.
    const i32 = this.i32, i = this.base + PRNG;
    let x = i32[i];
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    i32[i] = x;
    i32[this.base + DRAWS]++;
    return x >>> 0;
  }

  private runnableOthers(tid: number): number {
    // Atomics.load: threads returning from blocking calls set their bits on their own threads.
    let lo = Atomics.load(this.i32, this.base + RUN_LO), hi = Atomics.load(this.i32, this.base + RUN_HI);
    if (tid < 32) lo &= ~(1 << tid); else hi &= ~(1 << (tid - 32));
    return popcount(lo) + popcount(hi);
  }

  /** The k-th (from 0, by increasing id) runnable thread other than tid. */
  private pickKth(tid: number, k: number): number {
    // Atomics.load: threads returning from blocking calls set their bits concurrently. A bit
    // that appears between runnableOthers and here can only push the choice to a thread that is
    // also runnable, never to a blocked one (bits are cleared only by their own thread, while
    // it holds the lock, i.e. not now).
    for (let word = 0; word < 2; word++) {
      let bits = Atomics.load(this.i32, this.base + (word === 0 ? RUN_LO : RUN_HI));
      for (let b = 0; b < 32 && bits !== 0; b++) {
        if ((bits & (1 << b)) === 0) continue;
        const id = word * 32 + b;
        bits &= ~(1 << b);
        if (id === tid) continue;
        if (k-- === 0) return id;
      }
    }
    return 0;
  }

  private batonAllows(tid: number): boolean {
    if (!this.seeded) return true;
    // Atomics.load: the releasing holder stores it (before freeing the lock) on its own thread.
    const b = Atomics.load(this.i32, this.base + BATON);
    return b === 0 || b === tid;
  }

  // ------------------------------------------------------------ runnable set and lifecycle

  isRunnable(tid: number): boolean {
    if (tid <= 0) return false;
    // Atomics.load: the set changes on many threads.
    const word = Atomics.load(this.i32, this.base + (tid < 32 ? RUN_LO : RUN_HI));
    return (word & (1 << (tid & 31))) !== 0;
  }

  private setBits(tid: number, reg: boolean, run: boolean): void {
    const bit = 1 << (tid & 31), hi = tid >= 32 ? 1 : 0;
    // Atomics.or: several threads change different bits of these words at the same time; a
    // plain read-modify-write would lose one of two simultaneous changes.
    if (reg) Atomics.or(this.i32, this.base + REG_LO + hi, bit);
    if (run) Atomics.or(this.i32, this.base + RUN_LO + hi, bit);
  }

  private becomeRunnable(tid: number): void {
    const st = this.base + SLOTS + tid * SLOT_WORDS + S_STATE;
    // Atomics.load: wake() may have set our state from the holder's thread.
    if (Atomics.load(this.i32, st) === ThreadStateCode.RUNNABLE) return;
    checkTid(tid);
    this.setBits(tid, true, true);
    // Atomics.store: read by wake() and by the statistics on other threads.
    Atomics.store(this.i32, st, ThreadStateCode.RUNNABLE);
  }

  private leaveRunnable(tid: number, state: ThreadStateCode): void {
    const bit = ~(1 << (tid & 31)), hi = tid >= 32 ? 1 : 0;
    // Atomics.and for the same reason as Atomics.or in setBits.
    Atomics.and(this.i32, this.base + RUN_LO + hi, bit);
    if (state === ThreadStateCode.EXITED) Atomics.and(this.i32, this.base + REG_LO + hi, bit);
    // Atomics.store: wake() on another thread tests for BLOCKED.
    Atomics.store(this.i32, this.base + SLOTS + tid * SLOT_WORDS + S_STATE, state);
  }

  /**
   * Register a new thread as runnable. The parent calls it while holding the lock, BEFORE it
   * starts the worker (the runtime calls it for thread 1 before the first acquire). Seeded: if
   * the lock is free and no baton is out (start-up), the baton goes to this thread, so the first
   * thread registered is the first to run.
   */
  register(tid: number): void {
    checkTid(tid);
    this.setBits(tid, true, true);
    // Atomics.store: the new thread reads its state on its own thread when it starts.
    Atomics.store(this.i32, this.base + SLOTS + tid * SLOT_WORDS + S_STATE, ThreadStateCode.RUNNABLE);
    // Atomics.load: is anybody holding the lock (then this is an ordinary registration)?
    if (this.seeded && (Atomics.load(this.i32, this.iLock) & HOLDER_MASK) === 0) {
      // compareExchange: only the first registration at start-up claims the empty baton.
      Atomics.compareExchange(this.i32, this.base + BATON, 0, tid);
    }
  }

  /**
   * The holder has done what ends `tid`'s blocking call (it exited and tid joins it; it handed tid
   * the Python lock tid waits for): put tid back in the runnable set now, at a point fixed by the
   * program, rather than whenever tid's worker wakes up. Only call it when tid's call will
   * certainly return, since the baton may now be handed to tid and will wait for it.
   */
  wake(tid: number): void {
    const st = this.base + SLOTS + tid * SLOT_WORDS + S_STATE;
    // Atomics.load/store: tid's own thread writes this word too (when it blocks and returns).
    if (Atomics.load(this.i32, st) !== ThreadStateCode.BLOCKED) return;
    this.setBits(tid, false, true);
    Atomics.store(this.i32, st, ThreadStateCode.RUNNABLE);
  }

  /**
   * The thread is finishing: leave the registered and runnable sets and release the lock for
   * good (counted as voluntary). Flushes and closes this thread's trace. Call it last, holding
   * the lock (or after catching GilShutdown, whether or not the lock is held).
   */
  exit(tid: number): void {
    if (this.enabled) {
      this.leaveRunnable(tid, ThreadStateCode.EXITED);
      // Atomics.load: do we still hold it? (After GilShutdown we may not.)
      const w = Atomics.load(this.i32, this.iLock);
      if ((w & HOLDER_MASK) === tid) this.drop(tid, w, VOLUNTARY, this.seeded ? this.pickSuccessor(tid) : 0);
      // Atomics.load: set by shutdown() on another thread.
      else if (Atomics.load(this.i32, this.base + SHUTDOWN) === 0) throw new Error(`gil: thread ${tid} exits without holding the lock`);
    } else {
      // Atomics.store: the statistics are read on another thread.
      Atomics.store(this.i32, this.base + SLOTS + tid * SLOT_WORDS + S_STATE, ThreadStateCode.EXITED);
    }
    this.close();
  }

  /**
   * Supervisor's clean-up after a worker died without calling exit (an uncaught JS error, a
   * terminate()). Frees the lock if the dead thread held it and resets the baton to "anyone",
   * then wakes every sleeper. Safe to call from a thread that is not a Python thread.
   */
  unregister(tid: number): void {
    const i32 = this.i32;
    this.leaveRunnable(tid, ThreadStateCode.EXITED);
    // Free the lock if the dead thread held it: compareExchange from the exact word we loaded,
    // so that we never free a lock that somebody else has taken in the meantime.
    const w = Atomics.load(i32, this.iLock);
    if ((w & HOLDER_MASK) === tid) Atomics.compareExchange(i32, this.iLock, w, w & ~HOLDER_MASK);
    if (this.seeded) {
      // Atomics.load + compareExchange: reset a baton that names a thread which can no longer
      // take it, unless a holder has passed it on meanwhile.
      const baton = Atomics.load(i32, this.base + BATON);
      if (baton !== 0 && !this.isRunnable(baton)) Atomics.compareExchange(i32, this.base + BATON, baton, 0);
    }
    // Wake everyone: waiters re-check the lock and the baton, droppers re-check who can take it.
    Atomics.notify(i32, this.iLock);
  }

  /** Does tid hold the lock? (true for everyone when the lock is disabled) */
  holds(tid: number): boolean {
    // Atomics.load: the lock word is shared.
    return !this.enabled || (Atomics.load(this.i32, this.iLock) & HOLDER_MASK) === tid;
  }

  /** Threads currently sleeping in acquire (Atomics.load: counted on their threads). */
  waiters(): number { return Atomics.load(this.i32, this.base + WAITERS); }

  /** The VM adds the instructions it ran since it last called (at check points, before blocking, at exit). */
  addTicks(tid: number, n: number): void {
    // Plain: only tid writes its own slot.
    add64(this.i32, this.base + SLOTS + tid * SLOT_WORDS + S_TICKS, n);
  }

  /** sys.setswitchinterval. Takes effect at each thread's next sleep. */
  setSwitchInterval(seconds: number): void {
    // Atomics.store: read by every sleeper (sleepMs) on its own thread.
    Atomics.store(this.i32, this.base + SWITCH_US, switchUs(seconds));
  }

  /** sys.getswitchinterval (Atomics.load: another thread may have set it). */
  getSwitchInterval(): number { return Atomics.load(this.i32, this.base + SWITCH_US) / 1e6; }

  /**
   * Wake every thread sleeping on the lock and make every later acquire and check point throw
   * GilShutdown(reason). Callable from any thread, including the supervisor.
   */
  shutdown(reason = 1): void {
    const i32 = this.i32;
    // Reason first (compareExchange: the first shutdown's reason wins), then the breaker bit
    // (Atomics.or: other bits stay), then the notify (all sleepers, whatever they wait for):
    // seq-cst order, so a thread woken by the notify or stopped by the bit finds the reason.
    Atomics.compareExchange(i32, this.base + SHUTDOWN, 0, reason === 0 ? 1 : reason);
    Atomics.or(i32, this.breakerIndex, B_SHUTDOWN);
    Atomics.notify(i32, this.iLock);
  }

  /** Has shutdown() been called (on any thread)? */
  isShutdown(): boolean { return Atomics.load(this.i32, this.base + SHUTDOWN) !== 0; }

  /** Flush and close this thread's trace descriptor (exit does it). */
  close(): void {
    if (this.trace !== null) { this.trace.close(); this.trace = null; }
  }
}

/** The longest a parked dropper sleeps before it looks for a shutdown again. */
const SHUTDOWN_SLICE_MS = 50;

function nextLockWord(w: number, tid: number): number {
  // (switch number + 1) << 8 wraps to 0 after 2^24 acquisitions; only equality is ever tested.
  return ((((w >>> 8) + 1) << 8) | tid);
}

function checkTid(tid: number): void {
  if (!(tid >= 1 && tid <= MAX_THREAD_ID && Number.isInteger(tid))) throw new RangeError(`gil: thread id ${tid} is not in 1..${MAX_THREAD_ID}`);
}

// ---------------------------------------------------------------- statistics

export interface GilThreadStats {
  thread: number;
  state: 'runnable' | 'blocked' | 'exited';
  ticks: number;
  acquisitions: number;
  voluntary: number;
  forced: number;
  switchesIn: number;
  dropRequests: number;
  waitUs: number;
  holdUs: number;
}

const STATE_NAMES = ['runnable', 'runnable', 'blocked', 'exited'] as const;

/** Every thread that was ever registered, by id. Exact once the threads have stopped. */
export function readGilStats(i32: Int32Array, base: number): GilThreadStats[] {
  const rows: GilThreadStats[] = [];
  for (let id = 1; id < SLOTS; id++) {
    const s = base + SLOTS + id * SLOT_WORDS;
    // Atomics.load: a thread's state is written on several threads; the counters below are
    // plain words written by their own thread only, exact once that thread has exited.
    const st = Atomics.load(i32, s + S_STATE);
    if (st === ThreadStateCode.NONE) continue;
    rows.push({
      thread: id, state: STATE_NAMES[st] ?? 'runnable',
      ticks: read64(i32, s + S_TICKS), acquisitions: i32[s + S_ACQ] >>> 0, voluntary: i32[s + S_VOLUNTARY] >>> 0,
      forced: i32[s + S_FORCED] >>> 0, switchesIn: i32[s + S_SWITCHES_IN] >>> 0, dropRequests: i32[s + S_DROP_REQS] >>> 0,
      waitUs: read64(i32, s + S_WAIT_US), holdUs: read64(i32, s + S_HOLD_US),
    });
  }
  return rows;
}

/** The -X gilstats table (ends with a newline). */
export function formatGilStats(rows: GilThreadStats[]): string {
  const head = ['thread', 'ticks', 'acquisitions', 'voluntary', 'forced', 'switches in', 'wait ms', 'hold ms'];
  const body = rows.map((r) => [String(r.thread), String(r.ticks), String(r.acquisitions), String(r.voluntary),
    String(r.forced), String(r.switchesIn), (r.waitUs / 1000).toFixed(3), (r.holdUs / 1000).toFixed(3)]);
  const sum = (f: (r: GilThreadStats) => number): number => rows.reduce((a, r) => a + f(r), 0);
  body.push(['total', String(sum((r) => r.ticks)), String(sum((r) => r.acquisitions)), String(sum((r) => r.voluntary)),
    String(sum((r) => r.forced)), String(sum((r) => r.switchesIn)), (sum((r) => r.waitUs) / 1000).toFixed(3),
    (sum((r) => r.holdUs) / 1000).toFixed(3)]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const line = (cells: string[]): string => cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  ').trimEnd() + '\n';
  return line(head) + body.map(line).join('');
}

/** The seeded scheduler's draw count and current state, for tests and diagnostics. */
export function scheduleState(i32: Int32Array, base: number): { seed: number; draws: number; prng: number } {
  return { seed: i32[base + SEED], draws: i32[base + DRAWS] >>> 0, prng: i32[base + PRNG] >>> 0 };
}
