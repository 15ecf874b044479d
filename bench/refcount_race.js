#!/usr/bin/env node
// bench/refcount_race.js - `npm run bench:refcount`: the refcount observatory's figures (issue 4).
//  1. examples/refcount_race.py N times (default 10) in each setting: lock on; -X gil=0;
//     -X gil=0 -X refcount=atomic, each with -X checkheap=json:FILE. Reports per setting the runs
//     whose heap had wrong counts, any damage at all, the exit statuses, the runs that had to be
//     killed (a run that outlives --timeout is counted as hung), and the mean wrong counts.
//  2. What atomic counts cost one thread: bench/count_up.py and bench/fib.py, plain and
//     -X refcount=atomic alternating, medians of --runs runs, ratio atomic/plain.
// Usage: node bench/refcount_race.js [--n N] [--runs R] [--timeout SECONDS] [--json FILE]

'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pygil');
const RACE = path.join(ROOT, 'examples', 'refcount_race.py');
const SETTINGS = [
  ['lock on', []],
  ['-X gil=0', ['-X', 'gil=0']],
  ['-X gil=0 -X refcount=atomic', ['-X', 'gil=0', '-X', 'refcount=atomic']],
];

function parseArgs(argv) {
  const opts = { n: 10, runs: 7, timeout: 60, json: null };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in opts) || i + 1 >= argv.length) {
      console.error('usage: node bench/refcount_race.js [--n N] [--runs R] [--timeout SECONDS] [--json FILE]');
      process.exit(2);
    }
    opts[key] = key === 'json' ? argv[++i] : Number(argv[++i]);
  }
  return opts;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** One run of refcount_race.py: its status (null: killed at the timeout) and heap report. */
function raceRun(args, timeoutS, file) {
  fs.rmSync(file, { force: true });
  const r = spawnSync(BIN, [...args, '-X', `checkheap=json:${file}`, RACE], {
    cwd: ROOT, encoding: 'utf8', timeout: timeoutS * 1000, killSignal: 'SIGKILL', maxBuffer: 64 << 20,
  });
  let report = null;
  try { report = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* no report: killed, or died first */ }
  return { status: r.status, report, internal: /internal error/.test(r.stderr || '') };
}

function races(opts) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pygil-race-'));
  const out = {};
  console.log(`examples/refcount_race.py, ${opts.n} runs per setting (-X checkheap=json:FILE):`);
  for (const [name, args] of SETTINGS) {
    const runs = [];
    for (let i = 0; i < opts.n; i++) {
      runs.push(raceRun(args, opts.timeout, path.join(dir, 'report.json')));
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    const reported = runs.filter((r) => r.report !== null);
    const wrong = reported.map((r) => r.report.tooLow + r.report.tooHigh);
    const s = {
      runs: opts.n,
      wrongCountRuns: wrong.filter((w) => w > 0).length,
      damagedRuns: runs.filter((r) => r.status === 3 || (r.report && r.report.damaged)).length,
      hung: runs.filter((r) => r.status === null).length,
      internalErrors: runs.filter((r) => r.internal).length,
      statuses: runs.map((r) => (r.status === null ? 'killed' : r.status)),
      meanWrongCounts: wrong.length ? wrong.reduce((a, b) => a + b, 0) / wrong.length : null,
      meanFreedReferenced: reported.length ? reported.reduce((a, r) => a + r.report.freedReferenced, 0) / reported.length : null,
    };
    out[name] = s;
    console.log(`  ${name.padEnd(30)} wrong counts in ${s.wrongCountRuns}/${s.runs} runs, damage in ${s.damagedRuns}/${s.runs}, ` +
      `hung ${s.hung}; mean wrong counts ${s.meanWrongCounts === null ? '-' : s.meanWrongCounts.toFixed(1)}, ` +
      `mean freed while referenced ${s.meanFreedReferenced === null ? '-' : s.meanFreedReferenced.toFixed(1)}; statuses ${s.statuses.join(' ')}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

function timed(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(BIN, args, { cwd: path.join(ROOT, 'bench'), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pygil ${args.join(' ')}: status ${r.status}\n${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function cost(opts) {
  const out = {};
  console.log(`\nwhat atomic counts cost one thread (medians of ${opts.runs} runs, wall time with start-up):`);
  for (const prog of ['count_up.py', 'fib.py']) {
    const plain = [], atomic = [];
    for (let i = 0; i < opts.runs; i++) {
      // alternate which goes first, so drifting load favours neither
      if (i % 2) { atomic.push(timed(['-X', 'refcount=atomic', prog])); plain.push(timed([prog])); }
      else { plain.push(timed([prog])); atomic.push(timed(['-X', 'refcount=atomic', prog])); }
    }
    const p = median(plain), a = median(atomic);
    out[prog] = { plain_ms: p, atomic_ms: a, ratio: a / p };
    console.log(`  ${prog.padEnd(12)} plain ${p.toFixed(1)} ms, atomic ${a.toFixed(1)} ms: atomic/plain ${(a / p).toFixed(3)}`);
  }
  return out;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(BIN)) { console.error('bench/refcount_race.js: run `npm run build` first'); process.exit(1); }
  const report = { machine: { cpus: os.cpus().length, node: process.version }, races: races(opts), cost: cost(opts) };
  if (opts.json) fs.writeFileSync(opts.json, JSON.stringify(report, null, 2) + '\n');
}

main();
