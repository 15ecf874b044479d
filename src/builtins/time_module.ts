// time_module.ts - the built-in `time` module: the clocks (time, perf_counter, monotonic,
// process_time and their _ns forms) and sleep(), which blocks the calling JS thread.
// Must never: read a clock at load time (the start-up snapshot would freeze the reading), nor
// block holding the interpreter lock: sleep() waits between beginBlocking and endBlocking.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { ts } from '../vm/thread';
import { beginBlocking, endBlocking } from '../vm/blocking';
import { defineBuiltinModule } from '../vm/modules';
import { defNative, nativeObject, noKw, argCount } from '../runtime/natives';
import { dictSet } from '../objects/dict';
import { intern } from '../objects/str';
import { newInt, intValue } from '../objects/int';
import { newFloat, floatValue } from '../objects/float';
import { NONE } from '../objects/singletons';
import { typeError, valueError, overflowError } from '../runtime/errors';
import { typeNameOf } from '../runtime/repr';
import { interruptPending, raiseIfInterrupted, WAIT_SLICE_MS } from '../vm/interrupt';

// ---------------------------------------------------------------- clocks

/** Nanoseconds since the epoch = the monotonic clock + an offset taken at the first reading. */
let epochOffsetNs: bigint | null = null;
function timeNs(): bigint {
  const now = process.hrtime.bigint();
  if (epochOffsetNs === null) epochOffsetNs = BigInt(Date.now()) * 1000000n - now;
  return now + epochOffsetNs;
}
/** CPU time of this process (user + system), in nanoseconds. */
function processNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

/** A clock that takes no arguments; `ns` gives its integer form. */
function clock(name: string, ns: () => bigint): [string, number][] {
  return [
    [name, defNative(`time.${name}`, (base, n, kw) => {
      noKw(`time.${name}`, kw); argCount(`time.${name}`, n, 0, 0);
      return newFloat(Number(ns()) / 1e9);
    })],
    [`${name}_ns`, defNative(`time.${name}_ns`, (base, n, kw) => {
      noKw(`time.${name}_ns`, kw); argCount(`time.${name}_ns`, n, 0, 0);
      return newInt(ns());
    })],
  ];
}

const fns: [string, number][] = [
  ...clock('time', timeNs),
  ...clock('perf_counter', () => process.hrtime.bigint()),
  ...clock('monotonic', () => process.hrtime.bigint()),
  ...clock('process_time', processNs),
];

// ---------------------------------------------------------------- sleep

/** A word no one ever notifies: Atomics.wait on it just times out. Made on first sleep. */
let sleepWord: Int32Array | null = null;

/** The seconds argument of sleep() as CPython's _PyTime_FromSecondsObject reads it. */
function sleepSeconds(v: number): number {
  const t = (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
  let secs: number;
  if (t === Tid.FLOAT) {
    secs = floatValue(v);
    if (secs !== secs) valueError('Invalid value NaN (not a number)');
  } else if (t === Tid.INT || t === Tid.BOOL) {
    secs = Number(intValue(v));
  } else {
    return typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  }
  // CPython keeps times as int64 nanoseconds
  if (Math.abs(secs) * 1e9 >= 2 ** 63) overflowError('timestamp out of range for platform time_t');
  if (secs < 0) valueError('sleep length must be non-negative');
  return secs;
}

fns.push(['sleep', defNative('time.sleep', (base, n, kw) => {
  noKw('time.sleep', kw); argCount('time.sleep', n, 1, 1);
  const secs = sleepSeconds(ts.S[base]);
  if (sleepWord === null) sleepWord = new Int32Array(new SharedArrayBuffer(4));
  const deadline = performance.now() + secs * 1000;
  beginBlocking();
  try {
    // Atomics.wait blocks this JS thread without spinning; it may return early, so loop. The
    // main thread wakes every WAIT_SLICE_MS to see whether Ctrl-C was pressed.
    for (let left = secs * 1000; left > 0 && !interruptPending(); left = deadline - performance.now()) {
      Atomics.wait(sleepWord, 0, 0, Math.min(left, WAIT_SLICE_MS));
    }
  } finally {
    endBlocking();
  }
  raiseIfInterrupted();
  return NONE;
})]);

defineBuiltinModule('time', (d) => {
  for (const [name, idx] of fns) dictSet(d, intern(name), nativeObject(idx));
});
