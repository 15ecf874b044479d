// deadlock.ts - noticing that no Python thread can ever run again, and saying so.
// Owns: the deadlock test run by threads that wait for a `_thread` lock without a timeout, the
// WAIT word of each thread's slot and the RELEASES count it relies on, and the report (each
// thread's stack, in faulthandler's format) that ends the program instead of a hang.
// Must never: decide from one look. A thread woken by a release has not yet cleared its WAIT
// word, so the test must hold throughout CONFIRM_MS, with no lock released meanwhile.
//
// The test: every live Python thread (the main one and every slot RUNNING; one being started
// counts as able to run) waits, without a timeout, for a lock whose state is LOCKED. Locks are
// released only by running Python code, so once that holds nothing can change it: with the
// interpreter lock on, the program has deadlocked (CPython would wait forever; pygil reports and
// exits with status 1). With the lock off, damage is a likely cause (a racing update lost a
// waiter's lock from a Condition's list, or a release), so the main thread then checks the heap
// and exits with status 3 and the checker's report if it finds damage (interpreter.ts).
// Timed waits, sleeps and input() never count: they end by themselves.

import { performance } from 'perf_hooks';
import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { codeInfo } from '../objects/code';
import { options } from '../options';
import { GilShutdown, MAX_THREAD_ID } from '../gil';
import { ts, TH_FRAME, FP_CODE, FP_IP, FP_PREV } from './thread';
import { self, tw, slotWord, stackOf, fatalFromWorker, fatalStatus, S_STATE, S_WAIT, RUNNING, FREE, RELEASES, DEADLOCK, MAIN_TID } from './threads';
import { flushStdout, writeStderr } from '../runtime/output';

/** How long the test must keep holding, with no release, before it counts. */
const CONFIRM_MS = 1000;
/** Exit status of a deadlock (with the lock off, status 3 if the heap check finds damage). */
const DEADLOCK_STATUS = 1;

/** This thread's view of a suspected deadlock: since when, and the RELEASES count then. */
let suspectSince = 0;
let suspectReleases = 0;

/** This thread starts waiting for lock p without a timeout. */
export function enterWait(p: number): void {
  Atomics.store(mem.i32, slotWord(self.tid, S_WAIT), p);
  suspectSince = 0;
}

/** ... and has stopped waiting (it took the lock, timed out, or was interrupted). */
export function leaveWait(): void { Atomics.store(mem.i32, slotWord(self.tid, S_WAIT), 0); }

/** A lock was released (anyone who suspected a deadlock must look again). */
export function noteRelease(): void { Atomics.add(mem.i32, tw(RELEASES), 1); }

/**
 * Called by a waiting thread between its sleeps. `locked(p)` tells whether lock p is held. Ends
 * the program (throws GilShutdown, after the report) once the test has held for CONFIRM_MS.
 */
export function checkDeadlock(locked: (p: number) => boolean): void {
  if (deadlockReported()) {
    // Another thread is writing the report, and reads this thread's stack as it does: stay in
    // the wait (frames in place) until it has finished and asked every thread to stop.
    const status = fatalStatus();
    if (status !== 0) throw new GilShutdown(status);
    return;
  }
  if (!everyoneWaits(locked)) { suspectSince = 0; return; }
  const releases = Atomics.load(mem.i32, tw(RELEASES)), now = performance.now();
  if (suspectSince === 0 || releases !== suspectReleases) { suspectSince = now; suspectReleases = releases; return; }
  if (now - suspectSince < CONFIRM_MS) return;
  // One thread reports; the others stop at the shutdown that follows, and not before: a thread
  // that unwound now would show no frames in the report, and one that reached the main thread's
  // exit before the report's status was set would end the program as an internal error (70).
  if (Atomics.compareExchange(mem.i32, tw(DEADLOCK), 0, 1) !== 0) return;
  flushStdout();
  writeStderr(report());
  fatalFromWorker(DEADLOCK_STATUS);
  throw new GilShutdown(DEADLOCK_STATUS);
}

/** Has a thread reported a deadlock? (the main thread then decides the exit status) */
export function deadlockReported(): boolean { return Atomics.load(mem.i32, tw(DEADLOCK)) !== 0; }

function everyoneWaits(locked: (p: number) => boolean): boolean {
  const i32 = mem.i32;
  for (let t = MAIN_TID; t <= MAX_THREAD_ID; t++) {
    const st = Atomics.load(i32, slotWord(t, S_STATE));
    if (st === FREE) continue;
    if (st !== RUNNING) return false; // being started: it will run
    const p = Atomics.load(i32, slotWord(t, S_WAIT));
    if (p === 0 || !locked(p)) return false;
  }
  return true;
}

function report(): string {
  let out = 'pygil: deadlock: every thread waits for a lock that no thread can release (CPython would wait forever)\n';
  if (!options.gil) out += 'pygil: the interpreter lock is off: damage (a lost release or waiter) may be the cause; the heap is checked next\n';
  for (let t = MAIN_TID; t <= MAX_THREAD_ID; t++) {
    if (Atomics.load(mem.i32, slotWord(t, S_STATE)) !== RUNNING) continue;
    out += `\n${t === self.tid ? 'Current thread' : 'Thread'} ${t}${t === MAIN_TID ? ' (the main thread)' : ''} (most recent call first):\n`;
    out += stackLines(t === self.tid ? ts.S : stackOf(t));
  }
  return out + '\n';
}

/** A thread's Python frames, innermost first, as faulthandler prints them. Reads, never trusts. */
function stackLines(S: Int32Array): string {
  let out = '';
  let fp = S[TH_FRAME];
  for (let n = 0; fp >= 0 && fp + FP_PREV < S.length && n < 100; n++) {
    const code = S[fp + FP_CODE];
    try {
      if ((code & 1) !== 0 || code <= 0 || (mem.i32[(code >> 2) + 1] & TID_MASK) !== Tid.CODE) break;
      const ci = codeInfo(code);
      const line = ci.lines[(S[fp + FP_IP] - 2) >> 1] ?? ci.firstlineno;
      out += `  File "${ci.filename}", line ${line} in ${ci.name}\n`;
    } catch {
      break;
    }
    const prev = S[fp + FP_PREV];
    if (prev >= fp) break; // frames grow upwards: anything else is not a frame chain
    fp = prev;
  }
  return out === '' ? '  (no Python frames)\n' : out;
}
