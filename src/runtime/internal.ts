// internal.ts - what happens when pygil itself is wrong: a one-line report, never a JS stack.
// Owns: InternalError and its message with the Python location where it happened.
// Must never: be used for errors a Python program can cause; those are Python exceptions.

import { CodeInfo } from '../objects/code';

export class InternalError extends Error {
  constructor(message: string, readonly where: string) { super(message); }
}

/** Throw an InternalError for an unexpected JS exception raised while running `ci` at `offset`. */
export function internalError(thrown: unknown, ci: CodeInfo, offset: number): never {
  if (thrown instanceof InternalError) throw thrown;
  const line = ci.lines[offset >> 1];
  const msg = thrown instanceof Error ? thrown.message : String(thrown);
  if (process.env.PYGIL_DEBUG && thrown instanceof Error) process.stderr.write(String(thrown.stack) + '\n');
  throw new InternalError(msg, `File "${ci.filename}", line ${line}, in ${ci.name}`);
}
