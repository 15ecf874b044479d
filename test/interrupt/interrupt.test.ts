// interrupt.test.ts - Ctrl-C, compared with python3: each program prints "stage N" lines, and the
// driver sends one SIGINT after each new one. Both interpreters must print the same stdout, end
// the same way (exit status, or death by SIGINT), and end stderr with the same last line.
// Owns: these checks; the handler itself is src/native/signals.c and src/vm/interrupt.ts.

import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'pygil');
const PROGRAMS = path.join(__dirname, 'programs');

jest.setTimeout(120_000);

interface Outcome { out: string; err: string; code: number | null; signal: string | null; timedOut: boolean }

/** Run cmd, sending SIGINT once for every new "stage" line on its stdout (after its newline). Stdin stays open and empty. */
function runWithInterrupts(cmd: string, args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '', err = '', sent = 0, timedOut = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // whole lines only: CPython writes print()'s text and its end separately, so a signal
      // sent after the text alone may land between the two
      const stages = (out.match(/^stage \d+.*\n/gm) ?? []).length;
      for (; sent < stages; sent++) child.kill('SIGINT');
    });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ out, err, code, signal, timedOut });
    });
  });
}

const lastLine = (s: string): string => s.trimEnd().split('\n').pop() ?? '';

const programs = fs.readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).sort();

describe.each(programs)('Ctrl-C in %s', (name) => {
  const file = path.join(PROGRAMS, name);
  let expected: Outcome;
  beforeAll(async () => { expected = await runWithInterrupts('python3', [file]); });

  for (const flags of [[], ['-X', 'gil=0']]) {
    test(`pygil ${flags.join(' ') || '(lock on)'} ends as python3 does`, async () => {
      expect(expected.timedOut).toBe(false);
      const got = await runWithInterrupts(BIN, [...flags, file]);
      expect(got.timedOut).toBe(false);
      expect(got.out).toBe(expected.out);
      expect([got.code, got.signal]).toEqual([expected.code, expected.signal]);
      expect(lastLine(got.err)).toBe(lastLine(expected.err));
    });
  }
});

test('an uncaught KeyboardInterrupt prints the traceback of where the main thread was', async () => {
  const got = await runWithInterrupts(BIN, [path.join(PROGRAMS, 'uncaught.py')]);
  expect(got.err).toMatch(/^Traceback \(most recent call last\):\n {2}File ".*uncaught\.py", line 12, in <module>\n {4}work\(\)\n {2}File ".*uncaught\.py", line \d+, in work\n/);
  expect(got.signal).toBe('SIGINT');
});
