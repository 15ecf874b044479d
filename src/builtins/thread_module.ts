// thread_module.ts - the built-in `_thread` module: start_new_thread, the lock type, thread
// identities. lib/threading.py builds Thread, RLock, Condition, Event, Semaphore on these.
// Owns: the lock object (a word in the heap changed with Atomics, so it works with the
// interpreter lock on or off) and its acquire/release protocol.
// Must never: wait while holding the interpreter lock: every blocking wait is bracketed by
// beginBlocking/endBlocking, and every wait is timed so that shutdown is noticed.
//
// A lock is a heap object:
//
//   word 2   state: 0 unlocked | 1 locked | 2 + tid: released and handed to thread tid
//   word 3   waiting threads 0..31 (bit = thread id)
//   word 4   waiting threads 32..63
//
// Hand-over exists for the seeded schedule (-X schedule=SEED): there, a release by the holder of
// the interpreter lock gives the lock to the lowest-numbered waiting thread and makes it runnable
// at once (gil.wake), so which thread gets the lock, and when it may run again, is decided at
// a point of the program, not by the operating system's wake-up. Without a seed, release just
// stores 0 and wakes one waiter, like a plain mutex.

import { performance } from 'perf_hooks';
import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { alloc } from '../heap/alloc';
import { incref, decref } from '../heap/refcount';
import { defineBuiltinModule } from '../vm/modules';
import { defNative, nativeObject, noKw, argCount, npos, bindArgs } from '../runtime/natives';
import { defMethod } from '../runtime/abstract';
import { dictSet } from '../objects/dict';
import { intern } from '../objects/str';
import { newInt, intValue } from '../objects/int';
import { newFloat, floatValue } from '../objects/float';
import { NONE, TRUE, FALSE } from '../objects/singletons';
import { exc } from '../objects/exception';
import { typeByTid } from '../objects/type';
import { raise, typeError, valueError, overflowError } from '../runtime/errors';
import { isTruthy } from '../runtime/truth';
import { typeNameOf } from '../runtime/repr';
import { ts } from '../vm/thread';
import { beginBlocking, endBlocking } from '../vm/blocking';
import { self, startThread, liveThreads, prewarmWorkers } from '../vm/threads';
import { GilShutdown } from '../gil';
import { interruptPending, raiseIfInterrupted, WAIT_SLICE_MS } from '../vm/interrupt';
import { enterWait, leaveWait, noteRelease, checkDeadlock } from '../vm/deadlock';

const S = (): Int32Array => ts.S;
const L_STATE = 2, L_WAIT_LO = 3;
const UNLOCKED = 0, LOCKED = 1, HANDED = 2;
/** The longest single sleep of a waiter: it then looks for shutdown and its deadline again. */
const POLL_MS = 200;
/** CPython's TIMEOUT_MAX on 64-bit Linux (PY_TIMEOUT_MAX in microseconds, as seconds). */
const TIMEOUT_MAX = 9223372036.0;

function tidOf(v: number): number { return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK; }

export function newLock(): number {
  const p = alloc(24, Tid.LOCK);
  mem.i32[(p >> 2) + L_STATE] = UNLOCKED;
  mem.i32[(p >> 2) + L_WAIT_LO] = 0;
  mem.i32[(p >> 2) + L_WAIT_LO + 1] = 0;
  return p;
}

export function lockIsLocked(p: number): boolean { return Atomics.load(mem.i32, (p >> 2) + L_STATE) !== UNLOCKED; }

/** Held, and not on its way to a waiter (a hand-over means that waiter will run). */
function isLocked(p: number): boolean { return Atomics.load(mem.i32, (p >> 2) + L_STATE) === LOCKED; }

/** Try to take the lock without waiting. */
function tryAcquire(w: number): boolean {
  return Atomics.compareExchange(mem.i32, w, UNLOCKED, LOCKED) === UNLOCKED;
}

/**
 * Take the lock, waiting at most `timeoutMs` (Infinity: no limit) with the interpreter lock
 * released. True if taken.
 */
export function lockAcquire(p: number, blocking: boolean, timeoutMs: number): boolean {
  const w = (p >> 2) + L_STATE;
  if (tryAcquire(w)) return true;
  if (!blocking) return false;
  const me = self.tid;
  const maskIdx = (p >> 2) + L_WAIT_LO + (me >> 5), bit = 1 << (me & 31);
  const deadline = performance.now() + timeoutMs;
  let got = false;
  // Announce ourselves (Atomics.or: other waiters set their bits at the same time), so that a
  // seeded release can hand the lock to us.
  Atomics.or(mem.i32, maskIdx, bit);
  const forever = timeoutMs === Infinity;
  if (forever) enterWait(p); // a wait that only a release can end: the deadlock test counts it
  beginBlocking();
  try {
    for (;;) {
      // Atomics.load: the value we test and, if we sleep, the value we expect to still be there
      const v = Atomics.load(mem.i32, w);
      if (v === UNLOCKED) { if (tryAcquire(w)) { got = true; break; } continue; }
      if (v === HANDED + me) break; // handed to us: claimed below, under the interpreter lock
      const left = deadline - performance.now();
      if (left <= 0) break;
      if (self.gil.isShutdown()) throw new GilShutdown(1);
      if (interruptPending()) break; // Ctrl-C (main thread only): raised below, under the lock
      Atomics.wait(mem.i32, w, v, Math.min(left, POLL_MS, WAIT_SLICE_MS));
      // Without the interpreter lock, racing reference counts can free the lock we wait on;
      // its block is then poisoned or reused, and no release will ever come: say so instead
      // of waiting forever (the interpreter ends with a heap check, status 3).
      if ((Atomics.load(mem.i32, (p >> 2) + 1) & TID_MASK) !== Tid.LOCK) {
        throw new Error(`the lock at 0x${p.toString(16)} was freed while a thread waited for it (the heap is corrupt)`);
      }
      if (forever) checkDeadlock(isLocked);
    }
  } finally {
    if (forever) leaveWait();
    endBlocking();
    // Back under the interpreter lock, where seeded hand-overs happen: leave the waiters first,
    // then claim a hand-over that came in, even one that arrived as our timeout expired.
    Atomics.and(mem.i32, maskIdx, ~bit);
    if (!got && Atomics.compareExchange(mem.i32, w, HANDED + me, LOCKED) === HANDED + me) got = true;
  }
  // Interrupted by Ctrl-C: CPython's acquire raises KeyboardInterrupt (unless the lock was taken
  // after all; then the interrupt stays pending for the next check point).
  if (!got) raiseIfInterrupted();
  return got;
}

/** Release the lock (any thread may); false if it was not locked. */
export function lockRelease(p: number): boolean {
  const i32 = mem.i32, w = (p >> 2) + L_STATE;
  if (Atomics.load(i32, w) !== LOCKED) return false;
  noteRelease();
  if (self.gil.seeded) {
    // Hand to the lowest-numbered waiter, and make it runnable now (see the header).
    const lo = Atomics.load(i32, (p >> 2) + L_WAIT_LO), hi = Atomics.load(i32, (p >> 2) + L_WAIT_LO + 1);
    const t = lo !== 0 ? 31 - Math.clz32(lo & -lo) : hi !== 0 ? 32 + 31 - Math.clz32(hi & -hi) : 0;
    if (t !== 0) {
      Atomics.store(i32, w, HANDED + t);
      self.gil.wake(t);
      Atomics.notify(i32, w);
      return true;
    }
  }
  Atomics.store(i32, w, UNLOCKED);
  Atomics.notify(i32, w, 1);
  return true;
}

// ---------------------------------------------------------------- argument parsing

/** acquire(blocking=True, timeout=-1) as CPython's lock_acquire_parse_args reads it: [blocking, ms]. */
function acquireArgs(fname: string, base: number, n: number, kw: number): [boolean, number] {
  const [bv, tv] = bindArgs({ name: fname, params: ['blocking', 'timeout'], required: 0, style: 'clinic' }, base, n, kw);
  let blocking = true;
  if (bv !== 0) {
    const t = tidOf(bv);
    if (t !== Tid.INT && t !== Tid.BOOL) typeError(`'${typeNameOf(bv)}' object cannot be interpreted as an integer`);
    blocking = isTruthy(bv);
  }
  let timeout = -1;
  if (tv !== 0) {
    const t = tidOf(tv);
    if (t === Tid.FLOAT) timeout = floatValue(tv);
    else if (t === Tid.INT || t === Tid.BOOL) timeout = Number(intValue(tv));
    else typeError(`'${typeNameOf(tv)}' object cannot be interpreted as an integer`);
    if (Math.abs(timeout) * 1e9 >= 2 ** 63) overflowError('timestamp out of range for platform time_t');
  }
  if (!blocking && timeout !== -1) valueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) valueError('timeout value must be positive');
  if (timeout > TIMEOUT_MAX) overflowError('timeout value is too large');
  return [blocking, timeout === -1 ? Infinity : timeout * 1000];
}

function checkLock(fname: string, v: number): number {
  if (tidOf(v) !== Tid.LOCK) typeError(`descriptor '${fname}' for '_thread.lock' objects doesn't apply to a '${typeNameOf(v)}' object`);
  return v;
}

// ---------------------------------------------------------------- the lock's methods

function lockMethod(name: string, fn: (base: number, n: number, kw: number) => number): void {
  defMethod(Tid.LOCK, name, defNative(`lock.${name}`, (base, n, kw) => {
    if (npos(n, kw) === 0) typeError(`unbound method lock.${name}() needs an argument`);
    checkLock(name, S()[base]);
    return fn(base, n, kw);
  }));
}

const acquire = (base: number, n: number, kw: number): number => {
  const [blocking, ms] = acquireArgs('acquire', base + 1, n - 1, kw);
  return lockAcquire(S()[base], blocking, ms) ? TRUE : FALSE;
};
const release = (base: number, n: number, kw: number): number => {
  noKw('release', kw); argCount('release', n - 1, 0, 0);
  if (!lockRelease(S()[base])) raise(exc.RuntimeError, 'release unlocked lock');
  return NONE;
};
const locked = (base: number, n: number, kw: number): number => {
  noKw('locked', kw); argCount('locked', n - 1, 0, 0);
  return lockIsLocked(S()[base]) ? TRUE : FALSE;
};
lockMethod('acquire', acquire);
lockMethod('acquire_lock', acquire);
lockMethod('__enter__', acquire);
lockMethod('release', release);
lockMethod('release_lock', release);
lockMethod('locked', locked);
lockMethod('locked_lock', locked);
lockMethod('__exit__', (base) => {
  if (!lockRelease(S()[base])) raise(exc.RuntimeError, 'release unlocked lock');
  return NONE;
});

// ---------------------------------------------------------------- module functions

const fns: [string, number][] = [
  ['allocate_lock', defNative('_thread.allocate_lock', (base, n, kw) => {
    noKw('allocate_lock', kw); argCount('allocate_lock', n, 0, 0);
    return newLock();
  })],
  ['start_new_thread', defNative('_thread.start_new_thread', (base, n, kw) => {
    noKw('start_new_thread', kw);
    if (n < 2 || n > 3) typeError(`start_new_thread expected at least 2 arguments, got ${n}`);
    const func = S()[base], args = S()[base + 1], kwargs = n === 3 ? S()[base + 2] : 0;
    if (tidOf(args) !== Tid.TUPLE) typeError('2nd arg must be a tuple');
    if (kwargs !== 0 && tidOf(kwargs) !== Tid.DICT) typeError('optional 3rd arg must be a dictionary');
    incref(func); incref(args); if (kwargs !== 0) incref(kwargs);
    const tid = startThread(func, args, kwargs);
    if (tid === 0) {
      // every id in use: give the references back and fail as CPython does when it cannot start one
      decref(func); decref(args); if (kwargs !== 0) decref(kwargs);
      raise(exc.RuntimeError, "can't start new thread");
    }
    return newInt(tid);
  })],
  ['get_ident', defNative('_thread.get_ident', (base, n, kw) => {
    noKw('get_ident', kw); argCount('get_ident', n, 0, 0);
    return newInt(self.tid);
  })],
  ['get_native_id', defNative('_thread.get_native_id', (base, n, kw) => {
    noKw('get_native_id', kw); argCount('get_native_id', n, 0, 0);
    return newInt(process.pid * 64 + self.tid);
  })],
  ['_count', defNative('_thread._count', (base, n, kw) => {
    noKw('_count', kw); argCount('_count', n, 0, 0);
    return newInt(liveThreads());
  })],
];

defineBuiltinModule('_thread', (d) => {
  for (const [name, idx] of fns) dictSet(d, intern(name), nativeObject(idx));
  dictSet(d, intern('LockType'), typeByTid[Tid.LOCK]);
  dictSet(d, intern('error'), exc.RuntimeError);
  const tm = newFloat(TIMEOUT_MAX);
  dictSet(d, intern('TIMEOUT_MAX'), tm);
  decref(tm);
  // Importing _thread says the program will start threads: have workers ready by then.
  prewarmWorkers();
});
