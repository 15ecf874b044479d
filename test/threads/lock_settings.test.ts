// lock_settings.test.ts - the lock's command-line settings, end to end through bin/pygil:
// the seeded schedule's reproducibility, -X gil=0, the ticks policy, -X gilstats, -X giltrace,
// and the sys functions that read and change the lock's settings.
// Owns: nothing but these checks; the lock's own algorithm is tested in test/gil/.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'pygil');
const FIX = path.join(__dirname, 'fixtures');

jest.setTimeout(120_000);

function pygil(...args: string[]): { out: string; err: string; status: number | null } {
  const r = spawnSync(BIN, args, { encoding: 'utf8', timeout: 60_000 });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

describe('the seeded schedule', () => {
  const race = path.join(FIX, 'race_counter.py');

  test('the same seed gives the same interleaving and output, run after run', () => {
    for (const seed of ['3', '11']) {
      const a = pygil('-X', `schedule=${seed}`, race);
      const b = pygil('-X', `schedule=${seed}`, race);
      expect(a.status).toBe(0);
      expect(b.out).toBe(a.out);
    }
  });

  test('different seeds give different interleavings', () => {
    const outs = new Set<string>();
    for (let seed = 1; seed <= 10; seed++) {
      const r = pygil('-X', `schedule=${seed}`, race);
      expect(r.status).toBe(0);
      outs.add(r.out);
    }
    // the lost-update count and the list's interleaving are drawn from the seed
    expect(outs.size).toBeGreaterThan(1);
  });

  test('an unlocked counter loses updates under some seed (the race is real with the lock on)', () => {
    const lost = [1, 2, 3, 4, 5].some((seed) => Number(pygil('-X', `schedule=${seed}`, race).out.split(' ')[0]) < 40000);
    expect(lost).toBe(true);
  });
});

describe('settings', () => {
  const workers = path.join(FIX, 'workers.py');

  test('-X gil=0 and PYTHON_GIL=0 turn the lock off; sys._is_gil_enabled says so', () => {
    expect(pygil('-c', 'import sys; print(sys._is_gil_enabled())').out).toBe('True\n');
    expect(pygil('-X', 'gil=0', '-c', 'import sys; print(sys._is_gil_enabled())').out).toBe('False\n');
    const r = spawnSync(BIN, ['-c', 'import sys; print(sys._is_gil_enabled())'], { encoding: 'utf8', env: { ...process.env, PYTHON_GIL: '0' } });
    expect(r.stdout).toBe('False\n');
    // threads still run to the end without the lock
    expect(pygil('-X', 'gil=0', workers).out).toBe('done\n');
  });

  test('the ticks policy runs threaded programs to the same result', () => {
    const r = pygil('-X', 'gil-policy=ticks', workers);
    expect(r.status).toBe(0);
    expect(r.out).toBe('done\n');
  });

  test('bad values are usage errors (exit status 2)', () => {
    for (const x of ['gil=2', 'gil-policy=fair', 'schedule=abc', 'giltrace']) {
      const r = pygil('-X', x, '-c', 'pass');
      expect(r.status).toBe(2);
      expect(r.err).toMatch(/^pygil: -X /);
    }
  });

  test('-X gilstats prints one row per thread and a total, with every tick counted', () => {
    const r = pygil('-X', 'gilstats', workers);
    expect(r.status).toBe(0);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toMatch(/^thread\s+ticks\s+acquisitions\s+voluntary\s+forced\s+switches in\s+wait ms\s+hold ms$/);
    const rows = lines.slice(1).map((l) => l.trim().split(/\s+/));
    const total = rows.find((r2) => r2[0] === 'total')!;
    const threads = rows.filter((r2) => r2[0] !== 'total');
    expect(threads.length).toBeGreaterThanOrEqual(4); // main + two spinners + the sleeper
    // each spinner runs ~300000 iterations of a loop of several instructions
    expect(threads.filter((t) => Number(t[1]) > 1_000_000).length).toBeGreaterThanOrEqual(2);
    expect(Number(total[1])).toBe(threads.reduce((a, t) => a + Number(t[1]), 0));
  });

  test('-X giltrace writes JSON lines of acquisitions and releases for every thread', () => {
    const file = path.join(os.tmpdir(), `pygil-trace-test-${process.pid}.jsonl`);
    try {
      const r = pygil('-X', `giltrace=${file}`, workers);
      expect(r.status).toBe(0);
      const events = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      const threads = new Set(events.map((e) => e.thread));
      expect(threads.size).toBeGreaterThanOrEqual(4);
      for (const t of threads) {
        const mine = events.filter((e) => e.thread === t);
        expect(mine.some((e) => e.event === 'acquire')).toBe(true);
        expect(mine.some((e) => e.event === 'release' || e.event === 'forced_drop' || e.event === 'handoff')).toBe(true);
      }
      for (const e of events) expect(typeof e.t).toBe('number');
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  test('the switch and check intervals can be read and changed from Python', () => {
    const r = pygil('-X', 'checkinterval=7', '-c', [
      'import sys',
      'print(sys.getswitchinterval(), sys.getcheckinterval())',
      'sys.setswitchinterval(0.001); sys.setcheckinterval(50)',
      'print(sys.getswitchinterval(), sys.getcheckinterval())',
    ].join('\n'));
    expect(r.out).toBe('0.005 7\n0.001 50\n');
  });
});
