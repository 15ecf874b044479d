// gil_trace.ts - the lock's event trace (-X giltrace=FILE): one JSON object per line.
// Owns: opening the trace file (once, by the thread that creates the lock's state), each
// thread's own append-mode descriptor, the line format, and when lines reach the file.
// Must never: be touched on the check point's fast path. The lock calls in here only from its
// slow paths (an acquisition, a release, a drop request), and only when tracing is on.
//
// Why every thread opens its own descriptor
// -----------------------------------------
// A file descriptor is a number in the process, so a worker could in principle write to a
// descriptor opened by another thread; but Node's fs wrappers (and the FileHandle objects) are
// per isolate, and passing the number through workerData couples every worker's lifetime to
// the opener's. Opening the same path with O_APPEND in every thread is simpler and as correct:
// on Linux an O_APPEND write() moves the file position to the end and writes under the inode's
// lock, so two threads' writes never interleave inside one write call. Each call therefore lands
// whole, and a line (or a batch of whole lines) is never torn.
//
// Line by line, or batched?
// -------------------------
// Both are implemented; `bufferBytes` chooses. With 0 every event is one writeSync. Otherwise
// lines collect in a JS string and go out in one write when the batch passes `bufferBytes`, and
// ALWAYS before the thread goes to sleep in the lock (`flushBeforeSleep`), when it releases the
// lock for a blocking call, and at close. Flushing before every sleep is what keeps the trace
// useful when a program hangs: a hung program is one whose threads all sleep, so everything
// they traced is already in the file. The cost of both was measured (docs/gil.md, figures from
// test/gil/measure.js): a line costs one system call (a few microseconds), a batched line a
// string concatenation (a fraction of one), and since a batch is written at every sleep, a
// thread that sleeps between every two events gains little. The default is batching.
//
// Lines within one thread are in time order; across threads a batch may land after a later
// batch of another thread, so a reader sorts by "t" (microseconds since the Unix epoch, from
// performance.timeOrigin + performance.now(), which every thread shares).

import * as fs from 'fs';
import { performance } from 'perf_hooks';

/** Default batch size: one write per 8 KiB of trace, or earlier at a sleep or blocking release. */
export const DEFAULT_TRACE_BUFFER = 8192;

/** Microseconds since the Unix epoch, comparable between threads. */
export function traceClockUs(): number {
  return Math.round((performance.timeOrigin + performance.now()) * 1000);
}

/** Create (or empty) the trace file. Called once, by the thread that initialises the lock. */
export function startTraceFile(path: string): void {
  fs.writeFileSync(path, '');
}

export class GilTrace {
  private fd: number;
  private pending = '';
  private readonly bufferBytes: number;
  /** lines written, for tests and the measurement script */
  lines = 0;

  constructor(path: string, bufferBytes = DEFAULT_TRACE_BUFFER) {
    // 'a' is O_WRONLY | O_CREAT | O_APPEND: see "Why every thread opens its own descriptor".
    this.fd = fs.openSync(path, 'a');
    this.bufferBytes = bufferBytes;
  }

  /** Append one event. `rest` is either '' or ',"key":value...' already formatted. */
  event(thread: number, event: string, rest: string): void {
    if (this.fd < 0) return;
    const line = '{"t":' + traceClockUs() + ',"thread":' + thread + ',"event":"' + event + '"' + rest + '}\n';
    this.lines++;
    if (this.bufferBytes === 0) { fs.writeSync(this.fd, line); return; }
    this.pending += line;
    if (this.pending.length >= this.bufferBytes) this.flush();
  }

  /** Called by the lock right before any Atomics.wait, so that a hang leaves a complete trace. */
  flushBeforeSleep(): void {
    if (this.pending.length !== 0) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0 || this.fd < 0) return;
    const text = this.pending;
    this.pending = '';
    fs.writeSync(this.fd, text);
  }

  close(): void {
    if (this.fd < 0) return;
    this.flush();
    fs.closeSync(this.fd);
    this.fd = -1;
  }
}
