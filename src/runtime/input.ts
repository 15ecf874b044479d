// input.ts - reading lines from standard input synchronously (for input()).
// Owns: a read buffer over fd 0 that survives between calls, so no byte is lost when a read
// returns more than one line.
// Must never: read asynchronously: input() blocks the Python thread, as in CPython.

import * as fs from 'fs';
import { interruptPending, waitReadable } from '../vm/interrupt';

let pending = Buffer.alloc(0);
let eof = false;

/**
 * The next line without its newline, or null at end of input, or null when Ctrl-C interrupted the
 * read (the caller raises KeyboardInterrupt: vm/interrupt.ts).
 */
export function readLineSync(): string | null {
  const chunk = Buffer.alloc(65536);
  for (;;) {
    const nl = pending.indexOf(10);
    if (nl >= 0) {
      const line = pending.subarray(0, nl).toString('utf8');
      pending = pending.subarray(nl + 1);
      return line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    if (eof) {
      if (pending.length === 0) return null;
      const line = pending.toString('utf8');
      pending = Buffer.alloc(0);
      return line;
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
