// checkheap.test.ts - CI's proof that the runtime's reference counting is right: every program of
// the differential set (test/programs/**/*.py and examples/*.py) runs under `-X checkheap` and
// must end with a heap check of zero findings, with the same stdout and exit status as without
// the check (a clean check prints nothing and changes nothing).
// Owns: running each program twice (plain, and with -X checkheap=json:FILE), 2 at a time, and a
// failure message that names the objects the checker found.

import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const PROGRAMS_DIR = path.join(__dirname, 'programs');
const EXAMPLES_DIR = path.join(ROOT, 'examples');
const CLI = path.join(ROOT, 'dist', 'src', 'cli.js');
const BIN = path.join(ROOT, 'bin', 'pygil');
const RUN_TIMEOUT_MS = 20_000;
/** Two cores, shared: two children at a time. */
const MAX_PARALLEL = 2;
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'pygil-checkheap-'));

interface Run { stdout: string; stderr: string; code: number | null; timedOut: boolean }
interface Program { name: string; file: string; stdin: string; args: string[] }

function findPrograms(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...findPrograms(full));
    else if (e.isFile() && e.name.endsWith('.py')) out.push(full);
  }
  return out.sort();
}

function loadProgram(file: string): Program {
  const base = file.slice(0, -'.py'.length);
  const args = fs.existsSync(base + '.args') ? fs.readFileSync(base + '.args', 'utf8').replace(/\r?\n$/, '').split(/\r?\n/) : [];
  const name = file.startsWith(EXAMPLES_DIR) ? 'examples/' + path.relative(EXAMPLES_DIR, file) : path.relative(PROGRAMS_DIR, file);
  return { name: name.split(path.sep).join('/'), file, args, stdin: fs.existsSync(base + '.stdin') ? fs.readFileSync(base + '.stdin', 'utf8') : '' };
}

function pygil(): string[] { return fs.existsSync(BIN) ? [BIN] : [process.execPath, CLI]; }

/** At most MAX_PARALLEL jobs at once. */
let free = MAX_PARALLEL;
const waiting: (() => void)[] = [];
async function slot<T>(job: () => Promise<T>): Promise<T> {
  if (free > 0) free--; else await new Promise<void>((r) => waiting.push(r));
  try { return await job(); } finally { const next = waiting.shift(); if (next) next(); else free++; }
}

function run(prog: Program, xopts: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const [exe, ...pre] = pygil();
    const child = spawn(exe, [...pre, ...xopts, path.basename(prog.file), ...prog.args], {
      cwd: path.dirname(prog.file), env: { ...process.env, PYTHONHASHSEED: '0' }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [], err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, RUN_TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.stdin.on('error', () => undefined);
    child.stdin.end(prog.stdin);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code, timedOut });
    });
  });
}

interface JsonReport { summary: string; damage: number; findings: { kind: string; addr: string; type: string; repr: string; stored: number | null; true: number | null; detail: string }[] }

const programs = [...findPrograms(PROGRAMS_DIR), ...findPrograms(EXAMPLES_DIR)].map(loadProgram);

describe('every differential program passes the heap check', () => {
  afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));
  if (!fs.existsSync(BIN) && !fs.existsSync(CLI)) {
    test('setup', () => { throw new Error(`${CLI} does not exist: run \`npm run build\` first`); });
    return;
  }
  programs.forEach((prog, i) => {
    test.concurrent(prog.name, async () => {
      const json = path.join(TMP, `${i}.json`);
      const [plain, checked] = await Promise.all([slot(() => run(prog, [])), slot(() => run(prog, ['-X', `checkheap=json:${json}`]))]);
      const problems: string[] = [];
      if (plain.timedOut || checked.timedOut) problems.push('timed out');
      let report: JsonReport | null = null;
      try { report = JSON.parse(fs.readFileSync(json, 'utf8')) as JsonReport; } catch { problems.push('no JSON report was written'); }
      if (report !== null && report.damage !== 0) {
        problems.push(report.summary);
        for (const f of report.findings.slice(0, 12)) {
          problems.push(`  ${f.addr} ${f.type} stored ${f.stored ?? '-'} true ${f.true ?? '-'} ${f.kind}: ${f.repr ? f.repr + ': ' : ''}${f.detail}`);
        }
      }
      if (checked.stdout !== plain.stdout) problems.push('stdout differs with -X checkheap');
      if (checked.code !== plain.code) problems.push(`exit status differs: ${plain.code} without the check, ${checked.code} with it`);
      if (problems.length > 0) throw new Error(`${prog.name}:\n${problems.join('\n')}\nstderr with the check:\n${checked.stderr.slice(0, 3000)}`);
    }, RUN_TIMEOUT_MS * 3 + 10_000);
  });
});
