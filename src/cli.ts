// cli.ts - the `pygil` command: arguments in, exit status out, as python3's command line.
// Owns: parsing `pygil [-X opt]... (-c CMD | -m MODULE [FILE] | FILE | -) [ARGS]`, the -X and
// environment settings, `-m dis FILE`, and printing heap statistics for -X heapstats.
// Must never: let a JS exception reach the user: everything ends in an exit status.

import * as fs from 'fs';
import * as path from 'path';
import { options } from './options';
import { initInterpreter } from './runtime/init';
import { runMain, compileSource } from './interpreter';
import { writeStderr, writeStdout, flushStdout } from './runtime/output';
import { PySyntaxError, formatSyntaxError } from './syntax_error';
import { disassemble } from './dis';
import { heapStats } from './heap/alloc';
import { gilStatsReport, shutdownThreads, self as threadsSelf } from './vm/threads';
import { checkHeapAtExit } from './runtime/checkheap';
import { armInterrupts, endedByInterrupt, exitBySigint, exitNow } from './vm/interrupt';
import { setFrozenPlaces } from './vm/frozen';

const USAGE = 'usage: pygil [-X option] ... [-c cmd | -m mod | file | -] [arg] ...\n';

class UsageError extends Error {}

/** Parse a size like 64M, 1G, 1048576. */
function parseSize(s: string): number {
  const m = /^(\d+)([kKmMgG]?)[bB]?$/.exec(s);
  if (m === null) throw new UsageError(`pygil: invalid heap size '${s}'`);
  const mult = { '': 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * mult;
}

function applyX(opt: string): void {
  const eq = opt.indexOf('=');
  const key = eq < 0 ? opt : opt.slice(0, eq);
  const value = eq < 0 ? '' : opt.slice(eq + 1);
  switch (key) {
    case 'heapsize': options.heapSize = parseSize(value); break;
    case 'checkinterval': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`pygil: -X checkinterval needs a positive integer, not '${value}'`);
      options.checkInterval = n;
      break;
    }
    case 'gil':
      if (value !== '0' && value !== '1') throw new UsageError(`pygil: -X gil takes 0 or 1, not '${value}'`);
      options.gil = value === '1';
      break;
    case 'gil-policy':
      if (value !== 'interval' && value !== 'ticks') throw new UsageError(`pygil: -X gil-policy takes interval or ticks, not '${value}'`);
      options.gilPolicy = value;
      break;
    case 'schedule': {
      const n = Number(value);
      if (value === '' || !Number.isSafeInteger(n)) throw new UsageError(`pygil: -X schedule needs an integer seed, not '${value}'`);
      options.schedule = n;
      break;
    }
    case 'gilstats': options.gilStats = true; break;
    case 'giltrace':
      if (value === '') throw new UsageError('pygil: -X giltrace needs a file name: -X giltrace=FILE');
      options.gilTrace = path.resolve(value);
      break;
    case 'heapstats': options.heapStats = true; break;
    case 'refcount':
      if (value !== 'atomic' && value !== 'plain') throw new UsageError(`pygil: -X refcount takes atomic or plain, not '${value}'`);
      options.refcountAtomic = value === 'atomic';
      break;
    case 'checkheap':
      if (value !== '' && !/^json:./.test(value)) throw new UsageError(`pygil: -X checkheap takes no value or json:FILE, not '${value}'`);
      options.checkHeap = value;
      break;
    default:
      // unknown -X options are ignored, as CPython does
      break;
  }
}

interface Invocation { mode: 'file' | 'cmd' | 'module' | 'stdin'; target: string; args: string[] }

function parseArgs(argv: string[]): Invocation {
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === '-X') {
      if (i + 1 >= argv.length) throw new UsageError('Argument expected for the -X option');
      applyX(argv[i + 1]); i += 2; continue;
    }
    if (a.startsWith('-X')) { applyX(a.slice(2)); i++; continue; }
    if (a === '-c') {
      if (i + 1 >= argv.length) throw new UsageError('Argument expected for the -c option');
      return { mode: 'cmd', target: argv[i + 1], args: argv.slice(i + 2) };
    }
    if (a === '-m') {
      if (i + 1 >= argv.length) throw new UsageError('Argument expected for the -m option');
      return { mode: 'module', target: argv[i + 1], args: argv.slice(i + 2) };
    }
    if (a === '-u' || a === '-B' || a === '-E' || a === '-s' || a === '-S') { i++; continue; }
    if (a === '-h' || a === '--help') { writeStdout(USAGE); flushStdout(); process.exit(0); }
    if (a === '-V' || a === '--version') { writeStdout('Python 3.11.0 (pygil)\n'); flushStdout(); process.exit(0); }
    if (a === '-') return { mode: 'stdin', target: '<stdin>', args: argv.slice(i + 1) };
    if (a.startsWith('-')) throw new UsageError(`Unknown option: ${a}`);
    return { mode: 'file', target: a, args: argv.slice(i + 1) };
  }
  return { mode: 'stdin', target: '<stdin>', args: [] };
}

/** PYTHONPATH's directories, as python3 reads them. */
function pythonPathDirs(): string[] {
  return (process.env.PYTHONPATH ?? '').split(path.delimiter).filter((d) => d !== '');
}

/** The package's root: the nearest directory above this file with a package.json. */
function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5 && !fs.existsSync(path.join(dir, 'package.json')); i++) dir = path.dirname(dir);
  return dir;
}

/** lib/: the standard modules pygil writes in Python. */
function libDir(): string { return path.join(packageRoot(), 'lib'); }

function readSource(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    writeStderr(`pygil: can't open file '${path.resolve(file)}': [Errno ${err.errno === undefined ? 2 : -err.errno}] ${err.code === 'ENOENT' ? 'No such file or directory' : err.message}\n`);
    return null;
  }
}

function main(argv: string[]): number {
  let inv: Invocation;
  try {
    if (process.env.PYTHON_GIL === '0') options.gil = false;
    if (process.env.PYTHON_GIL === '1') options.gil = true;
    inv = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) { writeStderr(`${e.message}\n${USAGE}`); return 2; }
    throw e;
  }
  if (inv.mode === 'module') {
    if (inv.target !== 'dis') { writeStderr(`pygil: No module named ${inv.target} (only -m dis is supported)\n`); return 1; }
    if (inv.args.length !== 1) { writeStderr('usage: pygil -m dis FILE\n'); return 2; }
    const src = readSource(inv.args[0]);
    if (src === null) return 2;
    try {
      writeStdout(disassemble(compileSource(src, inv.args[0])));
      flushStdout();
      return 0;
    } catch (e) {
      if (e instanceof PySyntaxError) { writeStderr(formatSyntaxError(e)); return 1; }
      throw e;
    }
  }
  let source: string | null;
  let filename: string;
  if (inv.mode === 'cmd') { source = inv.target; filename = '<string>'; options.argv = ['-c', ...inv.args]; options.path = ['']; }
  else if (inv.mode === 'stdin') { source = fs.readFileSync(0, 'utf8'); filename = '<stdin>'; options.argv = ['', ...inv.args]; options.path = ['']; }
  else {
    source = readSource(inv.target);
    if (source === null) return 2;
    filename = path.resolve(inv.target); // CPython 3.9+: the main script's __file__ and tracebacks are absolute
    options.argv = [inv.target, ...inv.args];
    options.path = [path.dirname(path.resolve(inv.target))];
  }
  options.path.push(...pythonPathDirs(), libDir());
  setFrozenPlaces(libDir(), path.join(packageRoot(), 'dist', 'frozen'));
  initInterpreter();
  // Ctrl-C raises KeyboardInterrupt from here on (the handler needs the heap's breaker word)
  armInterrupts(path.join(packageRoot(), 'dist', 'pygil_signals.node'));
  let status = runMain(source, filename);
  if (options.checkHeap !== null) status = checkHeapAtExit(options.checkHeap, status);
  if (options.heapStats) {
    const s = heapStats();
    writeStderr(`heapstats: size=${s.size} top=${s.top} live=${s.live} high_water=${s.highWater} allocs=${s.allocs} frees=${s.frees} maxrss_kb=${process.resourceUsage().maxRSS}\n`);
  }
  if (options.gilStats) writeStderr(gilStatsReport());
  // Daemon threads and idle workers stop here; the process exits once runCli returns.
  shutdownThreads();
  return status;
}

/**
 * Run the command line `argv` (the arguments after the program name) and set the process's exit
 * status. Called by bin/pygil.js, and by the start-up snapshot's main function.
 */
/**
 * bin/pygil hides NODE_EXTRA_CA_CERTS from Node, which would otherwise read and parse every
 * certificate in that file as it starts (about 25 ms for a system bundle) though pygil never
 * opens a TLS connection; the script's os.environ must still show it as it was.
 */
function restoreEnvironment(): void {
  const saved = process.env.PYGIL_SAVED_NODE_EXTRA_CA_CERTS;
  if (saved === undefined) return;
  process.env.NODE_EXTRA_CA_CERTS = saved;
  delete process.env.PYGIL_SAVED_NODE_EXTRA_CA_CERTS;
}

export function runCli(argv: string[]): void {
  restoreEnvironment();
  let status: number;
  try {
    status = main(argv);
  } catch (e) {
    writeStderr(`pygil: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.PYGIL_DEBUG && e instanceof Error) writeStderr(String(e.stack) + '\n');
    status = 70;
  }
  flushStdout();
  process.exitCode = status;
  // as CPython does after an uncaught KeyboardInterrupt (its traceback is printed already)
  if (endedByInterrupt()) exitBySigint();
  // With no other thread ever started, nothing is left to finish: end without Node's shutdown
  // (which waits for V8's background compiles). Threads' workers end through Node's own exit,
  // and so does a Node run with options of its own (--cpu-prof, coverage...): those write their
  // files during Node's shutdown.
  if (!threadsSelf.threadsUsed && !nodeWritesAtExit()) exitNow(status);
}

/** Was Node started with more than bin/pygil gives it, or asked for coverage? */
function nodeWritesAtExit(): boolean {
  if (process.env.NODE_V8_COVERAGE) return true;
  const a = process.execArgv;
  return !(a.length === 0 || (a.length === 2 && a[0] === '--snapshot-blob'));
}
