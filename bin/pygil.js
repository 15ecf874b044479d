#!/usr/bin/env node
// pygil without the start-up snapshot: loads the compiled interpreter from dist/ and runs it.
// (bin/pygil, the command npm installs, uses the snapshot when the build made one.)
// A failure to load is reported in one line, never as a JS stack trace.
let cli;
try {
  cli = require('../dist/src/cli.js');
} catch (e) {
  process.stderr.write(`pygil: internal error: cannot start the interpreter: ${e && e.message ? e.message.split('\n')[0] : e}\n`);
  if (process.env.PYGIL_DEBUG) process.stderr.write(String(e && e.stack) + '\n');
  process.exitCode = 70;
}
if (cli !== undefined) cli.runCli(process.argv.slice(2));
