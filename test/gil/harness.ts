// harness.ts - the supervisor side of the lock's thread tests: a standalone shared buffer with
// the lock's words at a non-zero base (the lock must not assume Ctl.GIL_BASE), scratch words for
// the scenarios, and a runner that starts real worker_threads and fails (terminating them) if
// they do not all finish within a deadline, so that a deadlock fails a test instead of hanging it.

import { Worker } from 'worker_threads';
import * as path from 'path';
import { initGilState, Gil, GIL_WORDS, GilSettings } from '../../src/gil';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { compileGil } = require('./load_gil.js') as { compileGil(): { dir: string; gilPath: string; cleanup(): void } };

export const SCR = { COUNTER: 0, STOP: 1, DONE: 2, LOG_LEN: 3, GATE: 4, HELD: 5, READY: 6, OWNER: 7, LOG: 16 };
export const LOG_MAX = 20000;

export interface Rig {
  sab: SharedArrayBuffer;
  i32: Int32Array;
  base: number;
  scratch: number;
  gil: Gil;
  gilPath: string;
}

let compiled: { gilPath: string; cleanup(): void } | null = null;

/** Compile the lock for the workers once per test file; call `release` in afterAll. */
export function compiledGil(): string {
  if (compiled === null) compiled = compileGil();
  return compiled.gilPath;
}
export function releaseCompiled(): void {
  if (compiled !== null) { compiled.cleanup(); compiled = null; }
}

export function makeRig(settings: Partial<GilSettings>, base = 7): Rig {
  const scratch = base + GIL_WORDS + 3;
  const words = scratch + SCR.LOG + LOG_MAX + 8;
  const sab = new SharedArrayBuffer(words * 4);
  const i32 = new Int32Array(sab);
  initGilState(i32, base, settings);
  // The supervisor's own handle: it never acquires (the jest thread must not block); it reads
  // statistics, registers threads as a parent would, and can shut the lock down.
  const gil = new Gil(i32, base);
  return { sab, i32, base, scratch, gil, gilPath: compiledGil() };
}

export interface Spec { tid: number; scenario: string; p?: Record<string, unknown>; trace?: string }
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Result = any;

export interface Run { done: Promise<Result[]>; workers: Worker[] }

/** Start one worker per spec; `done` resolves with their results, or rejects on error or deadline. */
export function start(rig: Rig, specs: Spec[], deadlineMs: number): Run {
  const workers: Worker[] = [];
  const done = new Promise<Result[]>((resolve, reject) => {
    const results: Result[] = new Array(specs.length);
    let left = specs.length;
    let failed = false;
    const fail = (err: Error): void => {
      if (failed) return;
      failed = true;
      clearTimeout(timer);
      rig.gil.shutdown(99); // wake anything asleep in the lock, then make sure nothing survives
      for (const w of workers) void w.terminate();
      reject(err);
    };
    const timer = setTimeout(() => fail(new Error(`workers did not finish within ${deadlineMs} ms (deadlock?)`)), deadlineMs);
    specs.forEach((spec, i) => {
      const w = new Worker(path.join(__dirname, 'worker.js'), {
        workerData: {
          gilPath: rig.gilPath, sab: rig.sab, base: rig.base, scratch: rig.scratch, tid: spec.tid,
          scenario: spec.scenario, p: { logMax: LOG_MAX, ...(spec.p ?? {}) }, trace: spec.trace ?? null,
        },
      });
      workers.push(w);
      w.on('message', (m: { ok: boolean; result?: Result; error?: string }) => {
        if (m.ok) results[i] = m.result; else fail(new Error(`thread ${spec.tid}: ${m.error}`));
      });
      w.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
      w.on('exit', () => {
        if (--left === 0 && !failed) { clearTimeout(timer); resolve(results); }
      });
    });
  });
  return { done, workers };
}

export function run(rig: Rig, specs: Spec[], deadlineMs: number): Promise<Result[]> {
  return start(rig, specs, deadlineMs).done;
}

/** The holder log written by the seeded scenario. */
export function holderLog(rig: Rig): number[] {
  const n = rig.i32[rig.scratch + SCR.LOG_LEN];
  return Array.from(rig.i32.subarray(rig.scratch + SCR.LOG, rig.scratch + SCR.LOG + n));
}

/** Resolve when `cond` holds, polling (the supervisor must never block); reject after `ms`. */
export function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const end = Date.now() + ms;
    const tick = (): void => {
      if (cond()) { resolve(); return; }
      if (Date.now() > end) { reject(new Error(`gave up waiting for ${what}`)); return; }
      setTimeout(tick, 2);
    };
    tick();
  });
}
