// checkheap.ts - running the heap checker (heap/checker.ts) inside the interpreter: at exit for
// `-X checkheap[=json:FILE]`, and on demand for `sys._check_heap()`.
// Owns: gathering the roots the runtime keeps (thread stacks, JS-side tables), the exit status of
// a damaged heap (3), where the report goes, and the verdict on an internal error that a
// corrupt heap may have caused (reportInternalError).
// Must never: run Python code or allocate in the heap while checking; print anything when the
// heap is clean (the differential suite compares stdout and exit status with and without it).
//
// JS-side roots at a safe point. The runtime's JS tables point only at immortal objects, which
// are roots anyway: the built-in types (T, typeByTid), the exception classes (exc), the builtins
// dict and sys.modules (vm/modules.ts), the built-in function objects (runtime/natives.ts), the
// interned strs (objects/str.ts), the preallocated MemoryError (runtime/errors.ts) and the code
// objects the per-thread code cache decodes. They are passed as borrowed roots, so the checker
// still verifies that none of them points to a freed block. `stderrObject` (builtins/functions.ts)
// is compared by identity only and holds no reference. Transient JS holders (a native's locals
// while it runs) exist only during a call; see the note the checker adds for native frames.

import * as fs from 'fs';
import { checkHeap, HeapReport } from '../heap/checker';
import { formatReport, reportJson, isDamaged } from '../heap/report';
import { ts } from '../vm/thread';
import { builtinsDict, modulesDict } from '../vm/modules';
import { T, typeByTid } from '../objects/type';
import { exc } from '../objects/exception';
import { writeStderr, flushStdout } from './output';
import { options } from '../options';

/** Exit status of a program whose heap check found damage. */
export const DAMAGED_STATUS = 3;

/** What a thread other than the caller contributes to a check. */
export interface OtherThreads {
  /** their stacks, each thread stopped at a safe point with its innermost frame's FP_SP saved */
  stacks: Int32Array[];
  /** references the threads machinery keeps on the JS side (a Thread's bootstrap arguments...) */
  jsRoots?: JsRoot[];
}
export interface JsRoot { name: string; ptr: number; owned: boolean }

/**
 * The threads machinery registers this (vm/threads.ts): called by every check, on the thread
 * that checks, while all other threads are stopped. Without it only the calling thread is seen.
 */
let otherThreads: () => OtherThreads = () => ({ stacks: [] });
export function setOtherThreadsProvider(provider: () => OtherThreads): void { otherThreads = provider; }

function jsRoots(): JsRoot[] {
  const roots: JsRoot[] = [
    { name: 'builtins', ptr: builtinsDict(), owned: false },
    { name: 'sys.modules', ptr: modulesDict(), owned: false },
  ];
  for (const [name, p] of Object.entries(T)) roots.push({ name: `type ${name}`, ptr: p, owned: false });
  typeByTid.forEach((p, tid) => roots.push({ name: `type of tid ${tid}`, ptr: p, owned: false }));
  for (const name of Object.keys(exc)) roots.push({ name: `exception ${name}`, ptr: exc[name], owned: false });
  return roots;
}

/** Check the heap of the running interpreter. The calling thread's stack is stacks[0]. */
export function checkRuntimeHeap(): HeapReport {
  const others = otherThreads();
  return checkHeap({ stacks: [ts.S, ...others.stacks], jsRoots: [...jsRoots(), ...(others.jsRoots ?? [])] });
}

/**
 * -X checkheap[=json:FILE] at exit: check, write the JSON file if asked, and print the report to
 * stderr only when there is damage, which makes the exit status DAMAGED_STATUS.
 */
export function checkHeapAtExit(setting: string, status: number): number {
  if (corruptReported) return status; // reportInternalError has checked and said so already
  flushStdout();
  const r = checkRuntimeHeap();
  writeJson(setting, r);
  if (!isDamaged(r)) return status;
  writeStderr(formatReport(r));
  writeStderr(`pygil: the heap check found damage: exit status ${DAMAGED_STATUS}\n`);
  return DAMAGED_STATUS;
}

/**
 * A deadlock with the lock off (vm/deadlock.ts has reported it, every thread is stopped): the
 * heap check tells whether damage explains it. DAMAGED_STATUS with the report if so, else 0.
 */
export function reportDeadlockDamage(): number {
  let r: HeapReport | null = null;
  try { r = checkRuntimeHeap(); } catch { r = null; }
  if (r !== null && !showsCorruption(r)) return 0;
  flushStdout();
  corruptReported = true;
  if (r === null) {
    writeStderr('pygil: the heap check itself failed\n');
  } else {
    writeJson(options.checkHeap, r);
    writeStderr(formatReport(r));
  }
  writeStderr(`pygil: the heap is damaged, which explains the deadlock: exit status ${DAMAGED_STATUS}\n`);
  return DAMAGED_STATUS;
}

function writeJson(setting: string | null, r: HeapReport): void {
  if (setting === null || !setting.startsWith('json:')) return;
  try {
    fs.writeFileSync(setting.slice(5), reportJson(r));
  } catch (e) {
    writeStderr(`pygil: cannot write the heap report to '${setting.slice(5)}': ${(e as Error).message}\n`);
  }
}

// ---------------------------------------------------------------- internal errors on a corrupt heap
//
// Without the lock (-X gil=0, plain counts) threads corrupt the heap by design: an object freed
// while another thread still uses it is reused for something else, and the VM then reads a str
// where it expected a list, an items pointer that points nowhere, a type id with no type. That
// surfaces as a JS error (TypeError on undefined, an invalid typed array length) in whichever
// thread trips over it. Such an error is not pygil's bug but the experiment's result, so it ends
// with the heap check's report and DAMAGED_STATUS instead of "internal error", status 70. With
// the lock on, an internal error stays status 70 unless the heap shows memory corruption
// (a block freed while referenced or freed twice, a broken free list, a wild pointer): then a
// poisoned block was touched, and the report says which.

/** Set once the corrupt-heap report is out: the at-exit check must not print a second one. */
let corruptReported = false;

/** Findings that only memory corruption explains; leaks and counts too high can also come from an instruction an error cut short. */
function showsCorruption(r: HeapReport): boolean {
  return r.freedReferenced + r.doubleFrees + r.freeListErrors + r.wildPointers > 0;
}

/**
 * An internal error (`message`, already without "pygil: internal error: ") stopped the program,
 * and every other thread has been told to stop. Decide whether the heap is to blame: if so, print
 * the error, the heap report and the verdict, and return DAMAGED_STATUS; otherwise return 0 and
 * print nothing (the caller reports an internal error as before). The check cannot throw: the
 * checker catches its own failures as findings.
 */
export function reportInternalError(message: string): number {
  let r: HeapReport | null = null;
  try { r = checkRuntimeHeap(); } catch { r = null; }
  const lockOff = !options.gil;
  if (!lockOff && (r === null || !showsCorruption(r))) return 0;
  flushStdout();
  corruptReported = true;
  writeStderr(`pygil: internal error on a corrupt heap: ${message}\n`);
  if (r === null) {
    writeStderr('pygil: the heap check itself failed\n');
  } else {
    writeJson(options.checkHeap, r);
    writeStderr(formatReport(r));
  }
  const why = !lockOff ? 'a block was used after it was freed'
    : options.refcountAtomic ? 'the lock is off (counts are atomic, containers are not)'
    : 'the lock is off and reference counts are plain';
  writeStderr(`pygil: stopped: ${why}; the heap check's report is above: exit status ${DAMAGED_STATUS}\n`);
  return DAMAGED_STATUS;
}

/** Has reportInternalError reported (the status is then DAMAGED_STATUS)? */
export function corruptHeapReported(): boolean { return corruptReported; }

/**
 * sys._check_heap(): check now, from Python. Returns the number of damage findings (0: clean)
 * and prints the report to stderr when there are any. The calling frame's live stack ends at
 * its saved FP_SP: the CALL instruction saves it before calling a native, and for a direct call
 * it equals base + n of the native's arguments (through a bound method or another native the
 * arguments are borrowed copies in scratch space above the frame, which must not be counted).
 */
export function checkHeapNow(): number {
  flushStdout();
  const r = checkRuntimeHeap();
  if (isDamaged(r)) writeStderr(formatReport(r));
  return r.damage;
}
