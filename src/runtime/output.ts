// output.ts - writing to standard output and error, synchronously and in program order.
// Owns: the stdout buffer (flushed before anything goes to stderr, before reading input,
// when it grows past a few KiB, at exit, and whenever the thread lets go of the interpreter lock)
// so that interleaving is exactly what a terminal would show under CPython, threads included.
// Must never: write asynchronously: a worker thread's output must land in execution order.

import * as fs from 'fs';

let buffered = '';
const LIMIT = 8192;

/** Where text goes: the real descriptors, or a capture (for in-process tests). */
let sink: ((fd: number, s: string) => void) | null = null;
export function setOutputSink(f: ((fd: number, s: string) => void) | null): void { sink = f; }

function writeAll(fd: number, s: string): void {
  if (sink !== null) { sink(fd, s); return; }
  const data = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

/** Without the lock, threads write concurrently: then every write goes out at once (setUnbuffered). */
let unbuffered = false;
export function setUnbuffered(on: boolean): void { unbuffered = on; if (on) flushStdout(); }

export function writeStdout(s: string): void {
  buffered += s;
  if (buffered.length > LIMIT || unbuffered) flushStdout();
}

export function flushStdout(): void {
  if (buffered.length === 0) return;
  const s = buffered;
  buffered = '';
  writeAll(1, s);
}

export function writeStderr(s: string): void {
  flushStdout();
  writeAll(2, s);
}
