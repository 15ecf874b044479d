// differential.test.ts - runs every test/programs/**/*.py under the real python3 and under pygil
// and requires the same stdout and exit code (and, when both fail, the same exception type).
// Owns: discovering programs and their .stdin/.args companions, running both interpreters with a
// timeout, 2 child processes at a time, and a failure message a developer can act on at once.
// Expected output is never stored: python3 produces it at test time.

import { spawn } from 'child_process';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const PROGRAMS_DIR = path.join(__dirname, 'programs');
/** The examples a newcomer runs first must behave as under python3 too: they join the suite. */
const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');
const CLI = path.join(ROOT, 'dist', 'src', 'cli.js');
const BIN = path.join(ROOT, 'bin', 'pygil');

/** Per interpreter run; a hang then fails one program, not the suite. */
const RUN_TIMEOUT_MS = 20_000;
/** Two cores: one process per core keeps timings out of the picture and the suite fast. */
const MAX_PARALLEL = 2;
/** How much of a long stdout/stderr to put into a failure message. */
const SHOW_CHARS = 3000;

interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null; // null when killed by a signal
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  spawnError?: string;
}

interface Program {
  name: string; // relative to test/programs, e.g. "basics/arith.py"; also the test's name
  file: string;
  stdin: string;
  args: string[];
}

function findPrograms(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findPrograms(full));
    else if (entry.isFile() && entry.name.endsWith('.py')) out.push(full);
  }
  return out.sort();
}

function loadProgram(file: string): Program {
  const base = file.slice(0, -'.py'.length);
  const stdinFile = base + '.stdin';
  const argsFile = base + '.args';
  let args: string[] = [];
  if (fs.existsSync(argsFile)) {
    // One argument per line; the file's final newline does not make an extra empty argument.
    args = fs.readFileSync(argsFile, 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
  }
  return {
    name: (file.startsWith(EXAMPLES_DIR) ? 'examples/' + path.relative(EXAMPLES_DIR, file) : path.relative(PROGRAMS_DIR, file)).split(path.sep).join('/'),
    file,
    stdin: fs.existsSync(stdinFile) ? fs.readFileSync(stdinFile, 'utf8') : '',
    args,
  };
}

/**
 * The python3 on PATH may be a pyenv shim (a shell script costing ~60 ms a start); the real
 * binary is what we run. Resolved once, when the file is loaded.
 */
function resolvePython(): { exe: string } | { error: string } {
  try {
    const exe = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      encoding: 'utf8',
      timeout: 30_000,
    }).trim();
    return exe ? { exe } : { error: 'python3 -c "print(sys.executable)" printed nothing' };
  } catch (e) {
    return { error: `cannot run python3: ${(e as Error).message}` };
  }
}

/**
 * How to start pygil. PYGIL_CMD (space-separated words) overrides it, e.g. PYGIL_CMD=python3 to
 * check the harness itself. Otherwise bin/pygil, the command npm installs (it starts from the
 * build's start-up snapshot), else dist/src/cli.js.
 */
function pygilCommand(): string[] {
  const override = process.env.PYGIL_CMD;
  if (override && override.trim()) return override.trim().split(/\s+/);
  return fs.existsSync(BIN) ? [BIN] : [process.execPath, CLI];
}

/** A counting semaphore: at most MAX_PARALLEL children alive at once. */
class Slots {
  private free: number;
  private waiting: (() => void)[] = [];
  constructor(n: number) {
    this.free = n;
  }
  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next(); // hand the slot over directly
      else this.free++;
    }
  }
}

function runProcess(argv: string[], prog: Program, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(argv[0], [...argv.slice(1), path.basename(prog.file), ...prog.args], {
      cwd: path.dirname(prog.file),
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let spawnError: string | undefined;
    let settled = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(lateClose);
      // Drop pipes a stray grandchild may still hold, so they keep neither jest nor us waiting.
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
        signal,
        timedOut,
        spawnError,
      });
    };
    let lateClose: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    // A child that exits without reading its stdin makes our write fail with EPIPE; harmless.
    child.stdin.on('error', () => undefined);
    child.stdin.end(prog.stdin);
    child.on('error', (e) => {
      // Spawning failed (no such executable): there will be no 'close' with output to wait for.
      spawnError = e.message;
      if (child.pid === undefined) finish(null, null);
    });
    // 'close' comes once the pipes are drained. A grandchild that inherited them (a wrapper
    // script's child) could hold it back after the child itself is gone, so 'exit' bounds it.
    child.on('exit', (code, signal) => {
      lateClose = setTimeout(() => finish(code, signal), 2000);
    });
    child.on('close', finish);
  });
}

/** The exception type named by the last stderr line: the text before its first ':'. */
function exceptionType(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');
  if (lines.length === 0) return '(empty stderr)';
  const last = lines[lines.length - 1];
  const colon = last.indexOf(':');
  return (colon < 0 ? last : last.slice(0, colon)).trim();
}

function clip(s: string): string {
  return s.length <= SHOW_CHARS ? s : s.slice(0, SHOW_CHARS) + `\n... (${s.length - SHOW_CHARS} more chars)`;
}

function indent(s: string): string {
  return s === '' ? '    (empty)' : s.replace(/\n$/, '').split('\n').map((l) => '    | ' + l).join('\n');
}

/** Where two outputs part, with a little context, so a long output need not be read whole. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (l: string | undefined) => (l === undefined ? '(no such line)' : JSON.stringify(l));
  const before = a.slice(Math.max(0, i - 3), i).map((l) => '      ' + JSON.stringify(l));
  return [
    `  first difference at stdout line ${i + 1}:`,
    ...(before.length ? ['    after the common lines:', ...before] : []),
    `    python3: ${show(a[i])}`,
    `    pygil:   ${show(b[i])}`,
  ].join('\n');
}

function describeExit(r: RunResult): string {
  if (r.spawnError) return `could not start (${r.spawnError})`;
  if (r.timedOut) return `killed after ${RUN_TIMEOUT_MS / 1000} s timeout`;
  if (r.signal) return `killed by ${r.signal}`;
  return String(r.code);
}

/** Empty when the two runs agree; otherwise the whole failure report. */
function compare(prog: Program, py: RunResult, pg: RunResult): string {
  const problems: string[] = [];
  if (py.spawnError || py.timedOut || py.signal) {
    // The program itself is broken (or python3 is): report it as such, not as a pygil bug.
    problems.push(`python3 itself did not finish normally: ${describeExit(py)}; fix the program`);
  }
  if (pg.stdout !== py.stdout) problems.push('stdout differs');
  if (pg.code !== py.code || pg.timedOut || pg.signal || pg.spawnError) {
    problems.push(`exit code differs: python3 ${describeExit(py)}, pygil ${describeExit(pg)}`);
  } else if (py.code !== 0) {
    const want = exceptionType(py.stderr);
    const got = exceptionType(pg.stderr);
    if (want !== got) problems.push(`exception type differs: python3 ${JSON.stringify(want)}, pygil ${JSON.stringify(got)}`);
  }
  if (problems.length === 0) return '';

  const args = prog.args.length ? ` ${prog.args.map((a) => JSON.stringify(a)).join(' ')}` : '';
  const lines = [
    `${prog.name}: ${problems.join('; ')}`,
    `  program: ${prog.file}${args}${prog.stdin ? ' (with .stdin)' : ''}`,
    `  exit codes: python3 ${describeExit(py)}, pygil ${describeExit(pg)}`,
  ];
  if (pg.stdout !== py.stdout) lines.push(firstDifference(py.stdout, pg.stdout));
  lines.push('  python3 stdout:', indent(clip(py.stdout)));
  lines.push('  pygil stdout:', indent(clip(pg.stdout)));
  if (py.code !== 0) lines.push('  python3 stderr:', indent(clip(py.stderr)));
  lines.push('  pygil stderr:', indent(clip(pg.stderr)));
  return lines.join('\n');
}

const programs = [...findPrograms(PROGRAMS_DIR), ...(fs.existsSync(EXAMPLES_DIR) ? findPrograms(EXAMPLES_DIR) : [])].map(loadProgram);
const python = resolvePython();
const usingOverride = !!(process.env.PYGIL_CMD && process.env.PYGIL_CMD.trim());
const setupError =
  'error' in python
    ? python.error
    : !usingOverride && !fs.existsSync(CLI)
      ? `${CLI} does not exist: run \`npm run build\` first (the differential suite runs the compiled interpreter)`
      : programs.length === 0
        ? `no programs found under ${PROGRAMS_DIR}`
        : '';

describe('differential: pygil vs python3', () => {
  if (setupError) {
    // One clear failure instead of a skipped suite or one failure per program.
    test('setup', () => {
      throw new Error(setupError);
    });
    return;
  }
  const pythonExe = (python as { exe: string }).exe;
  const pygil = pygilCommand();
  const pyEnv: NodeJS.ProcessEnv = { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' };
  delete pyEnv.PYTHONSTARTUP;
  delete pyEnv.PYTHONPATH;
  // The same environment for pygil, in case it honours any of these (and for PYGIL_CMD=python3).
  const pgEnv = pyEnv;

  // test.concurrent: jest starts up to maxConcurrency (5) test functions ahead, honouring -t,
  // while the slots cap live children at MAX_PARALLEL. Jest's timeout for a concurrent test
  // starts when its turn to be reported comes, by which time at most one earlier run still
  // holds a slot; then come its own two runs.
  const slots = new Slots(MAX_PARALLEL);
  for (const prog of programs) {
    test.concurrent(
      prog.name,
      async () => {
        const [py, pg] = await Promise.all([
          slots.run(() => runProcess([pythonExe], prog, pyEnv)),
          slots.run(() => runProcess(pygil, prog, pgEnv)),
        ]);
        const report = compare(prog, py, pg);
        if (report) throw new Error(report);
      },
      RUN_TIMEOUT_MS * 3 + 10_000,
    );
  }
});
