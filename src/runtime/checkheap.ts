// checkheap.ts - running the heap checker (heap/checker.ts) inside the interpreter: at exit for
// `-X checkheap[=json:FILE]`, and on demand for `sys._check_heap()`.
// Owns: gathering the roots the runtime keeps (thread stacks, JS-side tables), the exit status of
// a damaged heap (3), and where the report goes.
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
  flushStdout();
  const r = checkRuntimeHeap();
  if (setting.startsWith('json:')) {
    try {
      fs.writeFileSync(setting.slice(5), reportJson(r));
    } catch (e) {
      writeStderr(`pygil: cannot write the heap report to '${setting.slice(5)}': ${(e as Error).message}\n`);
    }
  }
  if (!isDamaged(r)) return status;
  writeStderr(formatReport(r));
  writeStderr(`pygil: the heap check found damage: exit status ${DAMAGED_STATUS}\n`);
  return DAMAGED_STATUS;
}

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
