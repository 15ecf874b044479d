// blocking.ts - what a native does around a wait that may block its thread.
// Owns: the pair beginBlocking()/endBlocking(), CPython's Py_BEGIN_ALLOW_THREADS and
// Py_END_ALLOW_THREADS: the lock is released before the wait and taken back after it, so that
// other Python threads run while this one sleeps, waits for a lock, joins, or reads input.
// Must never: be called with heap values the caller still has to read after the wait without
// owning references to them (another thread may free what is only borrowed).
//
// The hooks are installed by vm/threads.ts; until a program starts its first thread they
// release and retake an uncontended lock, which costs well under a microsecond.

let before: () => void = () => {};
let after: () => void = () => {};

/** Install the lock's release and re-acquire (vm/threads.ts does, at start-up). */
export function setBlockingHooks(release: () => void, reacquire: () => void): void {
  before = release;
  after = reacquire;
}

/** Call just before a wait that may block: lets the other Python threads run. */
export function beginBlocking(): void { before(); }

/** Call just after the wait, also when it threw (in a finally): takes the lock back. */
export function endBlocking(): void { after(); }
