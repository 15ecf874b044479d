#!/usr/bin/env node
// The pygil command: runs the compiled interpreter (npm ci / npm run build write dist/).
// A failure to load it is reported in one line, never as a JS stack trace.
try {
  require('../dist/src/cli.js');
} catch (e) {
  process.stderr.write(`pygil: internal error: cannot start the interpreter: ${e && e.message ? e.message.split('\n')[0] : e}\n`);
  if (process.env.PYGIL_DEBUG) process.stderr.write(String(e && e.stack) + '\n');
  process.exitCode = 70;
}
