// worker.js - one Python thread's stand-in for the lock's tests: a real worker_thread that drives
// the lock the way the VM will (acquire at start, checkpoint every so often, release around
// blocking calls, exit at the end), running one of the scenarios below on shared words.
//
// workerData: { gilPath, sab, base, scratch, tid, scenario, p (scenario parameters), trace }
// Scratch words (from `scratch`): see SCR below; the supervisor (the jest thread) reads them.
'use strict';
const { workerData, parentPort } = require('worker_threads');
const { gilPath, sab, base, scratch, tid, scenario, p, trace } = workerData;
const { Gil, GilShutdown } = require(gilPath);

const SCR = { COUNTER: 0, STOP: 1, DONE: 2, LOG_LEN: 3, GATE: 4, HELD: 5, READY: 6, OWNER: 7, LOG: 16 };
const i32 = new Int32Array(sab);
const S = (k) => scratch + SCR[k];
const gil = new Gil(i32, base, { trace: trace || null, traceBuffer: p.traceBuffer, collectLatencies: !!p.latencies });
const slot = (t) => base + 64 + t * 16; // the lock's per-thread statistics slot (gil.ts layout)

// A little arithmetic that the compiler cannot drop, standing in for "some bytecode".
let sink = 0;
function work(n) { for (let i = 0; i < n; i++) sink = (sink * 31 + i) | 0; }

/** Append tid to the shared holder log when the holder changed (only the holder writes it). */
function logHolder() {
  const len = i32[S('LOG_LEN')];
  if (len > 0 && i32[S('LOG') + len - 1] === tid) return;
  if (len >= p.logMax) return;
  i32[S('LOG') + len] = tid;
  i32[S('LOG_LEN')] = len + 1;
}

/** Start line: every worker of the test has booted before any of them takes the lock. */
function barrier(n) {
  Atomics.add(i32, S('READY'), 1);
  const end = Date.now() + 20000;
  for (let r; (r = Atomics.load(i32, S('READY'))) < n;) {
    if (Date.now() > end) throw new Error(`thread ${tid}: barrier never filled`);
    Atomics.wait(i32, S('READY'), r, 50);
  }
  Atomics.notify(i32, S('READY'));
}

function openGate() {
  if (p.useWake) gil.wake(p.blockedTid);
  Atomics.store(i32, S('GATE'), 1);
  Atomics.notify(i32, S('GATE'));
}

/** Sleep (outside the lock) until word k becomes non-zero; bounded, so a bug fails rather than hangs. */
function waitWord(k, ms) {
  const end = Date.now() + ms;
  while (Atomics.load(i32, S(k)) === 0) {
    if (Date.now() > end) throw new Error(`thread ${tid}: gave up waiting for ${k}`);
    Atomics.wait(i32, S(k), 0, 50);
  }
}

const scenarios = {
  // N threads each add 1 to a plain (non-atomic) shared counter `iters` times, with a deliberate
  // gap between the read and the write, calling checkpoint every `every` increments and, if
  // `releaseEvery` is set, releasing and re-taking the lock (as around a blocking call) that often,
  // which multiplies the contended acquisitions. Overlap is also caught directly: whoever holds
  // the lock writes its id into OWNER, and checks at every increment that it is still there.
  counter() {
    let overlaps = 0;
    const own = () => Atomics.store(i32, S('OWNER'), tid);
    gil.acquire(tid); own();
    for (let i = 1; i <= p.iters; i++) {
      if (Atomics.load(i32, S('OWNER')) !== tid) { overlaps++; own(); }
      const c = i32[S('COUNTER')];
      work(p.gap);
      i32[S('COUNTER')] = c + 1;
      if (i % p.every === 0) { gil.addTicks(tid, p.every); gil.checkpoint(tid); own(); }
      if (p.releaseEvery && i % p.releaseEvery === 0) { gil.release(tid); gil.acquire(tid); own(); }
    }
    gil.exit(tid);
    return { sink, overlaps };
  },

  // Ping-pong of voluntary releases, strictly alternating: each round take the lock, bump the
  // shared counter, let go, and then (outside the lock) wait until the peer has had its turn
  // before asking again. So every release has the peer either asleep in acquire or on its way
  // there, and the release's notify is the only thing that can give it the lock: the switch
  // interval is huge, so no sleep times out, and a lost wake-up is a hang (which the
  // supervisor's deadline turns into a failure). On odd rounds the holder waits until the peer
  // is counted as a waiter before releasing; on even rounds it releases at once, to hit the
  // window between the peer's load of the lock word and its Atomics.wait.
  pingpong() {
    for (let r = 0; r < p.rounds; r++) {
      gil.acquire(tid);
      const c = i32[S('COUNTER')] + 1;
      i32[S('COUNTER')] = c;
      Atomics.notify(i32, S('COUNTER')); // the peer sleeps on the counter while it waits its turn
      if (r % 2 === 1) {
        // Spin briefly, then nap in 50 us steps, so that on a loaded machine we do not burn the
        // time slice the peer needs to get itself into acquire.
        for (let spin = 0; gil.waiters() === 0 && Atomics.load(i32, S('DONE')) === 0; spin++) {
          if (spin > 200) Atomics.wait(i32, S('HELD'), 0, 0.05);
          if (spin > 400000) throw new Error(`thread ${tid}: the peer never queued for the lock`);
        }
      }
      gil.release(tid);
      const end = Date.now() + 20000;
      while (Atomics.load(i32, S('COUNTER')) === c && Atomics.load(i32, S('DONE')) === 0) {
        if (Date.now() > end) throw new Error(`thread ${tid}: the peer never got the lock after round ${r} (lost wake-up?)`);
        Atomics.wait(i32, S('COUNTER'), c, 1);
      }
    }
    Atomics.add(i32, S('DONE'), 1);
    Atomics.notify(i32, S('COUNTER'));
    gil.acquire(tid);
    gil.exit(tid);
    return {};
  },

  // CPU-bound until the supervisor sets STOP.
  spin() {
    gil.acquire(tid);
    let n = 0;
    while (Atomics.load(i32, S('STOP')) === 0) {
      work(p.chunk);
      n++;
      gil.addTicks(tid, p.chunk);
      gil.checkpoint(tid);
    }
    gil.exit(tid);
    return { chunks: n, latencies: gil.latencies };
  },

  // Seeded schedule: `checks` check points of work, logging the holder before each. Optional:
  // block (voluntary release) at check point blockAt until GATE opens; opener: at check point
  // openAt, wake(blockedTid) (if useWake) and open GATE; finishers count DONE, and the last one
  // to finish opens GATE if it is still shut.
  seeded() {
    gil.acquire(tid);
    for (let k = 0; k < p.checks; k++) {
      logHolder();
      if (p.blockAt === k) {
        gil.release(tid); // entering a "blocking call": leaves the runnable set
        waitWord('GATE', 20000);
        // lateMs: come back slowly, so that a wake()d thread is handed the baton before it is
        // back in acquire (the baton must wait for it).
        if (p.lateMs) { const t = Date.now() + p.lateMs; while (Date.now() < t) work(100); }
        gil.acquire(tid);
      }
      // Opener: from check point openAt on, once the blocked thread has blocked (its state word
      // says so; it changed that word while holding the lock, so this is a point fixed by the
      // schedule), wake it (useWake) and open the gate.
      if (p.openAt !== undefined && k >= p.openAt && Atomics.load(i32, S('GATE')) === 0 &&
          Atomics.load(i32, slot(p.blockedTid)) === 2) openGate();
      work(p.chunk);
      gil.checkpoint(tid);
    }
    const soloAcqStart = i32[slot(tid) + 1];
    const done = Atomics.add(i32, S('DONE'), 1) + 1;
    if (done === p.finishers && Atomics.load(i32, S('GATE')) === 0) openGate();
    // Solo tail: if this thread is the only runnable one from here, the lock never leaves it.
    for (let k = 0; k < (p.soloChecks || 0); k++) { work(p.chunk); gil.checkpoint(tid); }
    const soloAcq = i32[slot(tid) + 1] - soloAcqStart;
    gil.exit(tid);
    return { soloAcq };
  },

  // Shutdown: the holder (role 'hold') signals HELD and checkpoints until shutdown stops it;
  // the others (role 'wait') sleep in acquire until shutdown wakes them.
  shutdown() {
    try {
      gil.acquire(tid);
      if (p.role === 'hold') {
        Atomics.store(i32, S('HELD'), 1);
        const end = Date.now() + 20000;
        for (;;) {
          work(100);
          gil.checkpoint(tid);
          if (Date.now() > end) throw new Error('holder: shutdown never came');
        }
      }
      gil.exit(tid);
      return { woke: 'acquired' };
    } catch (e) {
      if (!(e instanceof GilShutdown)) throw e;
      const held = gil.holds(tid);
      gil.exit(tid); // releases if held; allowed after shutdown either way
      return { woke: 'shutdown', reason: e.reason, held };
    }
  },
};

try {
  if (p.barrier) barrier(p.barrier);
  const result = scenarios[scenario]();
  parentPort.postMessage({ ok: true, tid, result });
} catch (e) {
  parentPort.postMessage({ ok: false, tid, error: String(e && e.stack || e) });
}
