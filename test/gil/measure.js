#!/usr/bin/env node
// measure.js - the lock's figures for docs/gil.md (a script, not a test: run `node test/gil/measure.js`).
//
//  1. checkpoint() when nobody waits: ns per call over 10^8 calls, against the same loop with
//     no call, and against the check inlined by hand (Atomics.load of the breaker word).
//  2. An uncontended acquire + release pair, without and with tracing (line by line, batched).
//  3. Hand-off latency under "interval": two CPU-bound workers; for every drop request a waiter
//     sets, the time from setting it to running with the lock. Median, quartiles, 90th centile.
//  4. The same for voluntary releases: ping-pong (release with a sleeper, sleeper running).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');
const { compileGil } = require('./load_gil.js');

const compiled = compileGil();
const G = require(compiled.gilPath);
const BASE = 7;
const SCRATCH = BASE + G.GIL_WORDS + 3;

function rig(settings) {
  const sab = new SharedArrayBuffer((SCRATCH + 64) * 4);
  const i32 = new Int32Array(sab);
  G.initGilState(i32, BASE, settings);
  return { sab, i32 };
}

function quantile(sorted, q) { return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]; }

function checkpointCost() {
  const { i32 } = rig({});
  const gil = new G.Gil(i32, BASE);
  gil.acquire(1);
  const N = 1e8;
  const bi = gil.breakerIndex;
  const time = (name, fn) => {
    fn(N / 100); // warm up (optimise)
    const t0 = performance.now();
    const r = fn(N);
    const ms = performance.now() - t0;
    return { name, nsPerCall: (ms * 1e6) / N, r };
  };
  // The loop counter feeds a result so that the loops cannot be dropped.
  const empty = time('empty loop', (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + i) | 0; return s; });
  const call = time('gil.checkpoint(1)', (n) => { let s = 0; for (let i = 0; i < n; i++) { s = (s + i) | 0; gil.checkpoint(1); } return s; });
  const inline = time('Atomics.load(i32, breaker) !== 0', (n) => { let s = 0; for (let i = 0; i < n; i++) { s = (s + i) | 0; if (Atomics.load(i32, bi) !== 0) s++; } return s; });
  gil.exit(1);
  // Under the seeded schedule every check point takes the slow path (alone: no draw).
  const sr = rig({ seed: 1 });
  const sg = new G.Gil(sr.i32, BASE);
  sg.register(1);
  sg.acquire(1);
  const seeded = time('gil.checkpoint(1), seeded, alone', (n) => { let s = 0; for (let i = 0; i < n; i++) { s = (s + i) | 0; sg.checkpoint(1); } return s; });
  sg.exit(1);
  return [empty, call, inline, seeded];
}

function pairCost() {
  const out = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pygil-measure-'));
  for (const [name, trace, traceBuffer] of [['no trace', null, 0], ['trace, line by line', path.join(dir, 'a.jsonl'), 0], ['trace, batched (8 KiB)', path.join(dir, 'b.jsonl'), 8192]]) {
    const { i32 } = rig({ trace });
    const gil = new G.Gil(i32, BASE, { trace, traceBuffer });
    const N = 200000;
    for (let i = 0; i < 1000; i++) { gil.acquire(1); gil.release(1, false); }
    const t0 = performance.now();
    for (let i = 0; i < N; i++) { gil.acquire(1); gil.release(1, false); }
    const ms = performance.now() - t0;
    gil.close();
    out.push({ name, nsPerPair: (ms * 1e6) / N, lines: trace ? fs.readFileSync(trace, 'utf8').split('\n').length - 1 : 0 });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

function runWorkers(settings, specs, stopAfterMs) {
  const { sab, i32 } = rig(settings);
  const gil = new G.Gil(i32, BASE);
  for (const s of specs) gil.register(s.tid);
  return new Promise((resolve, reject) => {
    const results = [];
    let left = specs.length;
    for (const s of specs) {
      const w = new Worker(path.join(__dirname, 'worker.js'), {
        workerData: { gilPath: compiled.gilPath, sab, base: BASE, scratch: SCRATCH, tid: s.tid, scenario: s.scenario, p: { logMax: 0, ...s.p }, trace: null },
      });
      w.on('message', (m) => (m.ok ? results.push(m.result) : reject(new Error(m.error))));
      w.on('error', reject);
      w.on('exit', () => { if (--left === 0) resolve({ results, stats: G.readGilStats(i32, BASE) }); });
    }
    if (stopAfterMs) setTimeout(() => { Atomics.store(i32, SCRATCH + 1, 1); }, stopAfterMs);
  });
}

async function handoffLatency(switchInterval, chunk) {
  const { results, stats } = await runWorkers({ policy: 'interval', switchInterval },
    [1, 2].map((tid) => ({ tid, scenario: 'spin', p: { chunk, latencies: true, barrier: 2 } })), 3000);
  const all = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return { switchInterval, chunk, samples: all.length, p25: quantile(all, 0.25), median: quantile(all, 0.5), p75: quantile(all, 0.75), p90: quantile(all, 0.9), forced: stats.reduce((a, s) => a + s.forced, 0) };
}

async function pingpong() {
  const t0 = performance.now();
  const { stats } = await runWorkers({ switchInterval: 60 }, [1, 2].map((tid) => ({ tid, scenario: 'pingpong', p: { rounds: 5000, barrier: 2 } })), 0);
  const ms = performance.now() - t0;
  return { rounds: 10000, usPerRound: (ms * 1000) / 10000, switches: stats.reduce((a, s) => a + s.switchesIn, 0) };
}

(async () => {
  console.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0].model})`);
  console.log('\n1. checkpoint, nobody waiting, 10^8 calls');
  for (const r of checkpointCost()) console.log(`   ${r.name.padEnd(36)} ${r.nsPerCall.toFixed(2)} ns per iteration`);
  console.log('\n2. uncontended acquire + release (non-voluntary), 200,000 pairs');
  for (const r of pairCost()) console.log(`   ${r.name.padEnd(36)} ${r.nsPerPair.toFixed(0)} ns per pair${r.lines ? ` (${r.lines} lines)` : ''}`);
  console.log('\n3. hand-off latency under interval: drop request set -> waiter running (microseconds)');
  for (const [si, chunk] of [[0.005, 100], [0.005, 1000], [0.001, 100]]) {
    const r = await handoffLatency(si, chunk);
    console.log(`   switch interval ${si * 1000} ms, check every ${chunk}-step chunk: ${r.samples} hand-overs, median ${r.median}, p25 ${r.p25}, p75 ${r.p75}, p90 ${r.p90}`);
  }
  console.log('\n4. voluntary release to a sleeping waiter (strict ping-pong, interval)');
  const pp = await pingpong();
  console.log(`   ${pp.rounds} rounds, ${pp.usPerRound.toFixed(1)} us per round (release, wake, acquire, bump, release back), ${pp.switches} switches`);
  compiled.cleanup();
})().catch((e) => { console.error(e); compiled.cleanup(); process.exit(1); });
