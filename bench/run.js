#!/usr/bin/env node
// bench/run.js - `npm run bench`: times every bench/*.py under pygil and the real python3,
// alternating the two so machine noise hits both, checks that their stdout agrees, measures the
// peak RSS of `-c pass`, and prints a plain-text table (and, with --json FILE, the figures).
// Then the lock's figures (bench/threads/: two threads versus one, the lock's cost to one thread,
// hand-off latency). Usage: node bench/run.js [--runs N] [--only NAME|lock] [--json FILE]

'use strict';

const { spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const BENCH_DIR = __dirname;
const ROOT = path.resolve(BENCH_DIR, '..');
const BIN = path.join(ROOT, 'bin', 'pygil'); // the installed command: starts from the snapshot
const CLI = path.join(ROOT, 'dist', 'src', 'cli.js');
/** Generous: a slow early interpreter should finish, a hung one should not stall forever. */
const RUN_TIMEOUT_MS = 10 * 60 * 1000;

function usage(message) {
  if (message) console.error(`bench/run.js: ${message}`);
  console.error('usage: node bench/run.js [--runs N] [--only NAME] [--json FILE]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { runs: 5, only: null, json: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--runs') {
      opts.runs = Number(value());
      if (!Number.isInteger(opts.runs) || opts.runs < 1) usage('--runs must be a positive integer');
    } else if (arg === '--only') {
      opts.only = value().replace(/\.py$/, '');
    } else if (arg === '--json') {
      opts.json = value();
    } else if (arg === '-h' || arg === '--help') {
      usage();
    } else {
      usage(`unknown argument ${arg}`);
    }
  }
  return opts;
}

/** The python3 on PATH may be a pyenv shim, a shell script that would add ~60 ms to every run. */
function realPython() {
  try {
    return execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  } catch (e) {
    console.error(`bench/run.js: cannot run python3: ${e.message}`);
    process.exit(1);
  }
}

/** PYGIL_CMD (space-separated) overrides, as in the differential suite; else bin/, else dist/. */
function pygilCommand() {
  const override = (process.env.PYGIL_CMD || '').trim();
  if (override) return override.split(/\s+/);
  if (fs.existsSync(BIN)) return [BIN];
  if (fs.existsSync(CLI)) return [process.execPath, CLI];
  console.error(`bench/run.js: neither ${BIN} nor ${CLI} exists: run \`npm run build\` first`);
  process.exit(1);
}

/** One timed run; wall time includes process start-up, the same way for both interpreters. */
function timedRun(argv, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd: BENCH_DIR,
    env,
    encoding: 'utf8',
    input: '',
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return {
    ms,
    stdout: r.stdout || '',
    stderr: r.stderr || '',
    status: r.status,
    failed: r.error ? r.error.message : r.status !== 0 ? `exit ${r.status ?? r.signal}` : null,
  };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Peak RSS of a command in KiB. GNU time's %M (the kernel's ru_maxrss for the waited child) where
 * /usr/bin/time exists, as on this machine; otherwise python3's resource.getrusage on
 * RUSAGE_CHILDREN after running the command as its only child, which reads the same kernel
 * figure. /proc/PID/status VmHWM cannot be used: it is gone once the child has exited.
 */
function rssMethod(pythonExe) {
  const probe = path.join(os.tmpdir(), `pygil-bench-time-${process.pid}`);
  try {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', probe, 'true'], { encoding: 'utf8' });
    if (r.status === 0 && /^\d+\s*$/.test(fs.readFileSync(probe, 'utf8'))) {
      return {
        name: '/usr/bin/time -f %M',
        measure(argv) {
          const res = spawnSync('/usr/bin/time', ['-f', '%M', '-o', probe, ...argv], { cwd: BENCH_DIR, encoding: 'utf8' });
          const text = fs.existsSync(probe) ? fs.readFileSync(probe, 'utf8') : '';
          // GNU time writes "Command exited with non-zero status N" above the figure.
          const kb = Number(text.trim().split('\n').pop());
          return res.status === 0 && Number.isFinite(kb) ? kb : null;
        },
      };
    }
  } catch {
    // No usable /usr/bin/time: fall through.
  } finally {
    fs.rmSync(probe, { force: true });
  }
  const wrapper =
    'import resource, subprocess, sys\n' +
    'r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n' +
    'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if r.returncode == 0 else -1)\n';
  return {
    name: 'python3 resource.getrusage(RUSAGE_CHILDREN)',
    measure(argv) {
      const res = spawnSync(pythonExe, ['-c', wrapper, ...argv], { cwd: BENCH_DIR, encoding: 'utf8' });
      const kb = Number((res.stdout || '').trim());
      return res.status === 0 && kb >= 0 ? kb : null;
    },
  };
}

function benchPrograms(only) {
  let names = fs
    .readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
  // Startup first: it is the baseline the other rows include.
  names = names.filter((n) => n === 'startup').concat(names.filter((n) => n !== 'startup'));
  if (only === 'lock') return []; // only the lock's figures (bench/threads)
  if (only) {
    names = names.filter((n) => n === only);
    if (names.length === 0) usage(`no bench program named ${only}`);
  }
  return names;
}

function pad(text, width, right) {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

// ---------------------------------------------------------------- the lock (issue 3's figures)

/** "one X two Y" from bench/threads/threads_cpu.py: the two-thread / one-thread ratio. */
function threadRatio(stdout) {
  const m = /one ([\d.]+) two ([\d.]+)/.exec(stdout);
  return m === null ? null : { one_s: Number(m[1]), two_s: Number(m[2]), ratio: Number(m[2]) / Number(m[1]) };
}

/**
 * The lock's own figures, measured here rather than asserted in tests:
 *  - the seed experiment (bench/threads/threads_cpu.py): two threads / one thread, with the lock,
 *    without it (-X gil=0), and CPython's for comparison; medians over the runs;
 *  - what the lock costs a single thread: count_up.py with the lock on versus -X gil=0;
 *  - hand-off latency: from a waiter's drop request to that waiter holding the lock, read from
 *    an -X giltrace of bench/threads/handoff.py (two CPU-bound threads);
 *  - I/O latency (bench/threads/io_latency.py): how late a thread that sleeps 1 ms at a time
 *    wakes beside a CPU-bound thread, under each hand-off policy and in CPython.
 */
function lockFigures(pygil, pythonExe, env, runs) {
  const threadsDir = path.join(BENCH_DIR, 'threads');
  const cpu = path.join(threadsDir, 'threads_cpu.py');
  console.log('\nthe lock (bench/threads):');
  const out = {};
  const settings = [['pygil, lock on', [...pygil, cpu]], ['pygil, -X gil=0', [...pygil, '-X', 'gil=0', cpu]], ['python3', [pythonExe, cpu]]];
  for (const [label, argv] of settings) {
    const rs = [];
    for (let i = 0; i < runs; i++) {
      const r = timedRun(argv, env);
      const t = threadRatio(r.stdout);
      if (t !== null) rs.push(t);
    }
    if (rs.length === 0) { console.log(`  seed experiment, ${pad(label, 16)} failed`); continue; }
    const ratio = median(rs.map((r) => r.ratio));
    out[label] = { ratio, one_s: median(rs.map((r) => r.one_s)), two_s: median(rs.map((r) => r.two_s)), runs: rs };
    console.log(`  seed experiment, ${pad(label, 16)} one thread ${out[label].one_s.toFixed(3)} s, two threads ${out[label].two_s.toFixed(3)} s: two/one ${ratio.toFixed(2)}`);
  }

  const countUp = path.join(BENCH_DIR, 'count_up.py');
  const on = [];
  const off = [];
  for (let i = 0; i < runs; i++) {
    // alternate, as above
    if (i % 2 === 0) { on.push(timedRun([...pygil, countUp], env).ms); off.push(timedRun([...pygil, '-X', 'gil=0', countUp], env).ms); }
    else { off.push(timedRun([...pygil, '-X', 'gil=0', countUp], env).ms); on.push(timedRun([...pygil, countUp], env).ms); }
  }
  const cost = median(on) / median(off);
  out.single_thread = { lock_on_ms: median(on), lock_off_ms: median(off), ratio: cost };
  console.log(`  one thread (count_up.py): lock on ${median(on).toFixed(1)} ms, -X gil=0 ${median(off).toFixed(1)} ms: on/off ${cost.toFixed(3)}`);

  const trace = path.join(os.tmpdir(), `pygil-bench-trace-${process.pid}.jsonl`);
  const lat = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    fs.rmSync(trace, { force: true });
    timedRun([...pygil, '-X', `giltrace=${trace}`, path.join(threadsDir, 'handoff.py')], env);
    if (!fs.existsSync(trace)) continue;
    const pendingSince = new Map();
    for (const lineText of fs.readFileSync(trace, 'utf8').split('\n')) {
      if (lineText === '') continue;
      const e = JSON.parse(lineText);
      if (e.event === 'drop_request' && !pendingSince.has(e.thread)) pendingSince.set(e.thread, e.t);
      else if (e.event === 'acquire' && pendingSince.has(e.thread)) { lat.push(e.t - pendingSince.get(e.thread)); pendingSince.delete(e.thread); }
    }
  }
  fs.rmSync(trace, { force: true });
  if (lat.length > 0) {
    const sorted = [...lat].sort((a, b) => a - b);
    out.handoff_us = { median: median(lat), p90: sorted[Math.floor(sorted.length * 0.9)], samples: lat.length };
    console.log(`  hand-off latency (drop request -> waiter runs): median ${out.handoff_us.median.toFixed(0)} us, p90 ${out.handoff_us.p90.toFixed(0)} us over ${lat.length} hand-offs`);
  } else {
    console.log('  hand-off latency: no drop requests in the trace');
  }

  const io = path.join(threadsDir, 'io_latency.py');
  out.io_latency_ms = {};
  const ioSettings = [['pygil, interval', [...pygil, '-X', 'gil-policy=interval', io]], ['pygil, ticks', [...pygil, '-X', 'gil-policy=ticks', io]], ['python3', [pythonExe, io]]];
  for (const [label, argv] of ioSettings) {
    const means = [], medians = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const m = /late mean ([\d.]+) ms median ([\d.]+) ms/.exec(timedRun(argv, env).stdout);
      if (m !== null) { means.push(Number(m[1])); medians.push(Number(m[2])); }
    }
    if (means.length === 0) { console.log(`  I/O latency, ${pad(label, 16)} failed`); continue; }
    out.io_latency_ms[label] = { mean: median(means), median: median(medians) };
    console.log(`  I/O latency, ${pad(label, 16)} a 1 ms sleep beside a CPU-bound thread wakes late by ${median(means).toFixed(3)} ms on average (median ${median(medians).toFixed(3)} ms)`);
  }
  return out;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const names = benchPrograms(opts.only);
  const pythonExe = realPython();
  const pygil = pygilCommand();
  const env = { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' };

  console.log(`pygil:   ${pygil.join(' ')}`);
  console.log(`python3: ${pythonExe}`);
  console.log(`runs: ${opts.runs} each, alternating; times are medians of wall time in ms\n`);

  const line = (name, pgMs, pyMs, ratio, out) =>
    `${pad(name, 14)}${pad(pgMs, 12, true)}${pad(pyMs, 12, true)}${pad(ratio, 10, true)}  ${out}`;
  console.log(line('program', 'pygil ms', 'python3 ms', 'ratio', 'output'));
  const rows = [];
  const problems = [];
  for (const name of names) {
    // The startup entry is empty on purpose: time the bare `-c pass` instead.
    const progArgs = name === 'startup' ? ['-c', 'pass'] : [`${name}.py`];
    const pg = [];
    const py = [];
    for (let i = 0; i < opts.runs; i++) {
      // Alternate which goes first, so warm caches and drifting clocks favour neither.
      if (i % 2 === 0) {
        pg.push(timedRun([...pygil, ...progArgs], env));
        py.push(timedRun([pythonExe, ...progArgs], env));
      } else {
        py.push(timedRun([pythonExe, ...progArgs], env));
        pg.push(timedRun([...pygil, ...progArgs], env));
      }
    }
    const row = {
      name,
      pygil_ms: median(pg.map((r) => r.ms)),
      python_ms: median(py.map((r) => r.ms)),
      pygil_runs_ms: pg.map((r) => Math.round(r.ms * 10) / 10),
      python_runs_ms: py.map((r) => Math.round(r.ms * 10) / 10),
      output_match: true,
      errors: [],
    };
    row.ratio = row.pygil_ms / row.python_ms;
    for (const [who, runs] of [['pygil', pg], ['python3', py]]) {
      const bad = runs.find((r) => r.failed);
      if (bad) row.errors.push(`${who} failed (${bad.failed}): ${bad.stderr.trim().split('\n').pop() || 'no stderr'}`);
    }
    // Every pygil run must print what python3 printed; a fast wrong answer is no result.
    const expected = py[0].stdout;
    const wrong = pg.find((r) => r.stdout !== expected);
    if (wrong || py.some((r) => r.stdout !== expected)) {
      row.output_match = false;
      row.errors.push(`OUTPUT MISMATCH\n      python3: ${JSON.stringify(expected)}\n      pygil:   ${JSON.stringify((wrong || pg[0]).stdout)}`);
    }
    if (row.errors.length) problems.push(row);
    rows.push(row);
    const status = !row.output_match ? 'MISMATCH  <-- !!' : row.errors.length ? 'FAILED  <-- !!' : 'same';
    console.log(line(name, row.pygil_ms.toFixed(1), row.python_ms.toFixed(1), row.ratio.toFixed(2) + 'x', status));
  }

  // A failed or wrong run has no meaningful time: such rows stay out of the geometric mean.
  const good = rows.filter((r) => r.errors.length === 0);
  const geomean = good.length ? Math.exp(good.reduce((acc, r) => acc + Math.log(r.ratio), 0) / good.length) : NaN;

  const rss = rssMethod(pythonExe);
  const rssRuns = Math.min(opts.runs, 3);
  const pgRss = [];
  const pyRss = [];
  for (let i = 0; i < rssRuns; i++) {
    pgRss.push(rss.measure([...pygil, '-c', 'pass']));
    pyRss.push(rss.measure([pythonExe, '-c', 'pass']));
  }
  const okRss = (xs) => (xs.every((x) => x !== null) ? median(xs) : null);
  const rssFigures = { method: rss.name, pygil_kb: okRss(pgRss), python_kb: okRss(pyRss) };

  const over = good.length === rows.length ? '' : `over ${good.length} of ${rows.length} programs`;
  console.log(line('geomean', '', '', good.length ? geomean.toFixed(2) + 'x' : 'n/a', over));
  const kb = (v) => (v === null ? 'n/a' : `${(v / 1024).toFixed(1)} MiB`);
  console.log(`\npeak RSS of -c pass (${rss.name}, median of ${rssRuns}): pygil ${kb(rssFigures.pygil_kb)}, python3 ${kb(rssFigures.python_kb)}`);

  // The Python heap itself: -X heapstats reports the high-water mark of live bytes in the shared
  // heap, which stays flat for a program that makes and drops objects (freed blocks are reused).
  console.log('\nshared heap high-water mark (live bytes, -X heapstats):');
  const heap = {};
  for (const name of names) {
    const progArgs = name === 'startup' ? ['-c', 'pass'] : [`${name}.py`];
    const r = timedRun([...pygil, '-X', 'heapstats', ...progArgs], env);
    const m = /high_water=(\d+).*allocs=(\d+) frees=(\d+)/.exec(r.stderr);
    if (m === null) { console.log(`  ${pad(name, 14)}(no heapstats line)`); continue; }
    heap[name] = { high_water_bytes: Number(m[1]), allocs: Number(m[2]), frees: Number(m[3]) };
    console.log(`  ${pad(name, 14)}${pad((Number(m[1]) / 1024).toFixed(0) + ' KiB', 12, true)}  (${m[2]} blocks allocated, ${m[3]} freed)`);
  }

  const lock = opts.only === null || opts.only === 'lock' ? lockFigures(pygil, pythonExe, env, opts.runs) : null;

  if (problems.length) {
    console.log('\n' + '!'.repeat(70));
    for (const r of problems) for (const e of r.errors) console.log(`!! ${r.name}: ${e}`);
    console.log('!'.repeat(70));
  }

  if (opts.json) {
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      python: pythonExe,
      pygil: pygil.join(' '),
      runs: opts.runs,
      rows,
      geomean_ratio: good.length ? geomean : null,
      geomean_programs: good.map((r) => r.name),
      rss: rssFigures,
    };
    report.heap = heap;
    report.lock = lock;
    fs.writeFileSync(opts.json, JSON.stringify(report, null, 2) + '\n');
    console.log(`\nwrote ${opts.json}`);
  }
  process.exitCode = problems.length ? 1 : 0;
}

main();
