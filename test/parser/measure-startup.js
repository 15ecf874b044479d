// measure-startup.js - how long the compiled parser takes to load, build and parse a 20-line file, per phase.
// Owns: nothing but the measurement (`npx tsc -p tsconfig.json && node test/parser/measure-startup.js [runs]`).
// Must never: run as a test - timings depend on the machine; each run is a fresh process, best of N reported.

'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

const SAMPLE = `import sys
from collections import defaultdict

class Counter:
    """Counts words."""
    def __init__(self, words=None):
        self.counts = defaultdict(int)
        for w in words or []:
            self.add(w)

    def add(self, word: str) -> None:
        self.counts[word.lower()] += 1

    def top(self, n=3):
        items = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [f"{w}={c}" for w, c in items[:n]]

c = Counter("the cat and the hat and the bat".split())
if __name__ == "__main__":
    print(", ".join(c.top()), file=sys.stderr)
`;

// One fresh process per run: CPU time (user + system) and wall time for each phase.
const child = `
const dist = ${JSON.stringify(path.join(__dirname, '..', '..', 'dist'))};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const wall = () => Number(process.hrtime.bigint()) / 1e6;
const out = {}; let c = cpu(); let w = wall(); const c0 = c, w0 = w;
const mark = (k) => { const c1 = cpu(), w1 = wall(); out[k] = [c1 - c, w1 - w]; c = c1; w = w1; };
require(dist + '/grammar/tokens.js'); mark('load chevrotain + tokens');
const { parse } = require(dist + '/src/parser/index.js'); mark('load lexer, grammar, builder');
require(dist + '/grammar/parser.js').getParser(); mark('construct parser');
parse(process.argv[1], 'sample.py'); mark('parse 20 lines');
out.total = [c - c0, w - w0];
process.stdout.write(JSON.stringify(out));
`;

const runs = Number(process.argv[2] ?? 15);
const best = {};
for (let i = 0; i < runs; i++) {
  const result = JSON.parse(execFileSync(process.execPath, ['-e', child, SAMPLE], { encoding: 'utf8' }));
  for (const [phase, [cpu, wall]] of Object.entries(result)) {
    best[phase] ??= [Infinity, Infinity];
    best[phase] = [Math.min(best[phase][0], cpu), Math.min(best[phase][1], wall)];
  }
}
console.log(`best of ${runs} runs (ms)         cpu    wall`);
for (const [phase, [cpu, wall]] of Object.entries(best)) {
  console.log(`${phase.padEnd(30)} ${cpu.toFixed(1).padStart(6)} ${wall.toFixed(1).padStart(7)}`);
}
