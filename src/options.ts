// options.ts - the interpreter's settings, from the command line (-X ...) and environment.
// Owns: one record of every setting, with CPython's defaults.
// Must never: be written after start-up except by the sys functions that CPython lets change
// the same setting (setswitchinterval, setcheckinterval, setrecursionlimit).

export interface Options {
  /** sys.argv */
  argv: string[];
  /** sys.path */
  path: string[];
  /** -X heapsize: the most the heap may grow to, in bytes */
  heapSize: number;
  /** -X checkinterval */
  checkInterval: number;
  /** sys.setswitchinterval, seconds */
  switchInterval: number;
  /** -X gil=0 / PYTHON_GIL=0 turns the lock off */
  gil: boolean;
  /** -X heapstats: print heap figures at exit */
  heapStats: boolean;
  /** -X checkheap: null (off), '' (report damage to stderr) or 'json:FILE' (also write JSON) */
  checkHeap: string | null;
  /** -X gil-policy=interval|ticks: how the lock changes hands (gil.ts) */
  gilPolicy: 'interval' | 'ticks';
  /** -X schedule=SEED: the seeded, reproducible hand-over schedule; null without it */
  schedule: number | null;
  /** -X gilstats: print the lock's per-thread statistics at exit */
  gilStats: boolean;
  /** -X giltrace=FILE: JSON lines of every acquire, release and drop request */
  gilTrace: string | null;
  /** -X refcount=atomic: every reference count change is an Atomics operation (heap/refcount.ts) */
  refcountAtomic: boolean;
}

export const options: Options = {
  argv: [''],
  path: [],
  heapSize: 1 << 30,
  checkInterval: 100,
  switchInterval: 0.005,
  gil: true,
  heapStats: false,
  checkHeap: null,
  gilPolicy: 'interval',
  schedule: null,
  gilStats: false,
  gilTrace: null,
  refcountAtomic: false,
};
