// input.ts - reading standard input synchronously (input() and sys.stdin).
// Owns: one read buffer over fd 0 that survives between calls, so that no byte is lost when a
// read returns more than was asked for, and input() and sys.stdin (objects/file.ts's stream
// file) take their text from the same place, in order, as CPython's do through sys.stdin.
// Must never: read asynchronously: input() blocks the Python thread, as in CPython.

import * as fs from 'fs';
import { interruptPending, waitReadable, raiseIfInterrupted } from '../vm/interrupt';
import { beginBlocking, endBlocking } from '../vm/blocking';

let pending = Buffer.alloc(0);
let eof = false;

/**
 * How much of the buffer a read takes: the number of bytes, or -1 when it needs more than the
 * buffer holds (at the end of input the read then takes all that is left).
 */
type Take = (buf: Buffer) => number;

/**
 * Read fd 0 into the buffer until `take` is satisfied or input ends, and remove and return the
 * bytes taken (empty at the end of input). Null when Ctrl-C interrupted the wait (the caller
 * raises KeyboardInterrupt: vm/interrupt.ts); the buffer then keeps what it had.
 */
function readStdin(take: Take): Buffer | null {
  const chunk = Buffer.alloc(65536);
  for (;;) {
    let k = take(pending);
    if (k < 0 && eof) k = pending.length;
    if (k >= 0) {
      const out = pending.subarray(0, k);
      pending = pending.subarray(k);
      return out;
    }
    let n = 0;
    // wait in slices until read() cannot block: a Ctrl-C that came after the last look at the
    // breaker bit but before read() began would otherwise not end it (vm/interrupt.ts)
    if (!waitReadable(0)) return null;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // a non-blocking pipe with nothing yet: poll, and let Ctrl-C end the wait
        if (interruptPending()) return null;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') { eof = true; continue; }
      // a signal interrupted read(): Ctrl-C ends the wait, anything else reads again
      if (code === 'EINTR') { if (interruptPending()) return null; continue; }
      throw e;
    }
    if (n === 0) eof = true;
    else pending = Buffer.concat([pending, chunk.subarray(0, n)]);
  }
}

/** A line: up to and including '\n'. */
const LINE: Take = (buf) => { const nl = buf.indexOf(10); return nl < 0 ? -1 : nl + 1; };
/** Everything, to the end of input. */
const ALL: Take = () => -1;
/** n characters of UTF-8 text, and not half of one. */
function chars(n: number): Take {
  return (buf) => {
    let i = 0;
    for (let c = 0; c < n; c++) {
      if (i >= buf.length) return -1;
      const b = buf[i];
      i += b < 0xc0 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    }
    return i <= buf.length ? i : -1;
  };
}

/**
 * input()'s next line without its newline, or null at end of input, or null when Ctrl-C
 * interrupted the read (the caller raises KeyboardInterrupt: vm/interrupt.ts).
 */
export function readLineSync(): string | null {
  const b = readStdin(LINE);
  if (b === null || b.length === 0) return null;
  // only '\n' goes: CPython's sys.stdin on POSIX does not translate newlines (a '\r' stays)
  const line = b.toString('utf8');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

/**
 * For sys.stdin: the bytes of the next line (to and including '\n'), of the rest of input
 * (n < 0), or of the next n characters; empty at the end of input. Other Python threads run while
 * this one waits; Ctrl-C raises KeyboardInterrupt.
 */
export function stdinRead(what: 'line' | 'chars', n = -1): Uint8Array {
  let b: Buffer | null;
  beginBlocking();
  try { b = readStdin(what === 'line' ? LINE : n < 0 ? ALL : chars(n)); } finally { endBlocking(); }
  raiseIfInterrupted();
  return b === null ? new Uint8Array(0) : new Uint8Array(b.buffer, b.byteOffset, b.length);
}

/** Put bytes back in front of what fd 0 gives next (sys.stdin.readline(size) read a longer line). */
export function stdinUnread(rest: Uint8Array): void {
  pending = Buffer.concat([Buffer.from(rest), pending]);
}
