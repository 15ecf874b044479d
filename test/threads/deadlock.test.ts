// deadlock.test.ts - a program whose every thread waits for a lock that no thread can release
// ends with a report (each thread's stack) instead of hanging; long waits that do end are left
// alone. CPython hangs on the first two programs, so these are not compared with python3.
// Owns: these checks; the test itself is src/vm/deadlock.ts.

import { spawnSync } from 'child_process';
import * as path from 'path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'pygil');
const FIX = path.join(__dirname, 'fixtures');

jest.setTimeout(120_000);

function pygil(...args: string[]): { out: string; err: string; status: number | null } {
  const r = spawnSync(BIN, args, { encoding: 'utf8', timeout: 60_000 });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

test('a thread taking a Lock it holds is reported as a deadlock, with its stack', () => {
  const r = pygil(path.join(FIX, 'deadlock_self.py'));
  expect(r.out).toBe('taking it again\n');
  expect(r.status).toBe(1);
  expect(r.err).toMatch(/^pygil: deadlock: every thread waits for a lock that no thread can release/);
  expect(r.err).toMatch(/Current thread 1 \(the main thread\) \(most recent call first\):\n {2}File ".*deadlock_self\.py", line 7 in <module>\n/);
});

test('two threads taking two locks in opposite orders: every thread is in the report', () => {
  const r = pygil(path.join(FIX, 'deadlock_abba.py'));
  expect(r.out).toBe('started\n');
  expect(r.status).toBe(1);
  expect(r.err).toMatch(/^pygil: deadlock:/);
  // the main thread joins; each worker waits inside its inner `with` (any of them may report)
  expect(r.err).toMatch(/(?:Current thread|Thread) 1 \(the main thread\) \(most recent call first\):\n(?: {2}File .*\n)* {2}File ".*deadlock_abba\.py", line 28 in <module>\n/);
  expect(r.err).toMatch(/(?:Current thread|Thread) \d+ \(most recent call first\):\n {2}File ".*deadlock_abba\.py", line 12 in one\n/);
  expect(r.err).toMatch(/(?:Current thread|Thread) \d+ \(most recent call first\):\n {2}File ".*deadlock_abba\.py", line 19 in two\n/);
});

test('long waits ended by a sleeper, a computation or timed waits are not deadlocks', () => {
  const r = pygil(path.join(FIX, 'slow_not_deadlock.py'));
  expect(r.err).toBe('');
  expect(r.status).toBe(0);
  expect(r.out).toBe('lock released by the sleeper\nqueue got 179999700000\ndone\n');
});

test('without the interpreter lock, a deadlock on an undamaged heap is reported as one (status 1)', () => {
  const r = pygil('-X', 'gil=0', path.join(FIX, 'deadlock_self.py'));
  expect(r.status).toBe(1);
  expect(r.err).toMatch(/^pygil: deadlock: .*\npygil: the interpreter lock is off: damage .* the heap is checked next\n/);
  expect(r.err).not.toMatch(/exit status 3/);
});
