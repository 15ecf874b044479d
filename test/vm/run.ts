// Test helper: run Python source in this process on a fresh heap and capture what it prints.

import { initInterpreter } from '../../src/runtime/init';
import { runMain } from '../../src/interpreter';
import { setOutputSink, flushStdout } from '../../src/runtime/output';

export interface RunResult { status: number; stdout: string; stderr: string }

export function run(source: string): RunResult {
  let stdout = '', stderr = '';
  setOutputSink((fd, s) => { if (fd === 1) stdout += s; else stderr += s; });
  try {
    initInterpreter();
    const status = runMain(source, '<test>');
    flushStdout();
    return { status, stdout, stderr };
  } finally {
    setOutputSink(null);
  }
}
