// report.ts - the heap checker's report as text (for stderr) and as JSON (for scripts and plots).
// Owns: the summary line, the table of the worst objects, and the JSON shape.
// Must never: read the heap (everything it prints was gathered by checker.ts).
//
// The text report:
//   heap check: N objects, M with wrong counts (K too low, L too high), F freed while referenced,
//     D double frees, ...                                             (one line)
//   then, when anything was found, a table of the worst findings, worst first:
//   address     type             stored    true  finding            detail
//   0x00412a40  list                  1       2  count too low      [len 3]: 1 reference(s) ...

import { HeapReport, Finding, FindingKind, hex } from './checker';

/** Worst first: what corrupts memory, then what will, then what only wastes it. */
const SEVERITY: Record<FindingKind, number> = {
  'freed-referenced': 0, 'double-free': 1, 'free-list-live': 2, 'wild-pointer': 3, 'heap-walk': 4,
  'free-list-broken': 5, 'stack': 6, 'count-too-low': 7, 'invariant': 8, 'count-too-high': 9,
  'leak': 10, 'free-lost': 11, 'stats': 12,
};

const LABEL: Record<FindingKind, string> = {
  'freed-referenced': 'freed, referenced', 'double-free': 'double free', 'free-list-live': 'live on free list',
  'free-list-broken': 'free list broken', 'free-lost': 'lost free block', 'wild-pointer': 'wild pointer',
  'count-too-low': 'count too low', 'count-too-high': 'count too high', 'leak': 'leaked',
  'invariant': 'broken invariant', 'heap-walk': 'heap walk', 'stack': 'thread stack', 'stats': 'allocator stats',
};

/** Damage found: the checker's verdict (garbage cycles and notes are not damage). */
export function isDamaged(r: HeapReport): boolean { return r.damage > 0; }

function plural(n: number, one: string, many = one + 's'): string { return `${n} ${n === 1 ? one : many}`; }

export function summaryLine(r: HeapReport): string {
  const wrong = r.tooLow + r.tooHigh;
  const parts = [
    `heap check: ${plural(r.objects, 'object')}`,
    `${wrong} with wrong counts (${r.tooLow} too low, ${r.tooHigh} too high)`,
    `${r.freedReferenced} freed while referenced`,
    plural(r.doubleFrees, 'double free'),
    plural(r.freeListErrors, 'free-list error'),
    `${r.leaks} leaked${r.leakRetained > 0 ? ` (retaining ${r.leakRetained} more)` : ''}`,
    plural(r.invariants, 'broken invariant'),
    plural(r.wildPointers, 'wild pointer'),
  ];
  if (r.stackErrors > 0) parts.push(plural(r.stackErrors, 'unreadable thread stack'));
  if (r.other > 0) parts.push(plural(r.other, 'other finding'));
  return parts.join(', ');
}

/** The findings sorted worst first. */
export function worstFindings(r: HeapReport, most: number): Finding[] {
  const gap = (f: Finding) => (f.stored === null || f.true === null ? 0 : Math.abs(f.stored - f.true));
  return r.findings.slice().sort((a, b) => SEVERITY[a.kind] - SEVERITY[b.kind] || gap(b) - gap(a) || a.addr - b.addr).slice(0, most);
}

function count(n: number | null): string { return n === null ? '-' : String(n); }

/** The whole text report: summary, worst findings, garbage and notes. */
export function formatReport(r: HeapReport, most = 20): string {
  const lines = [summaryLine(r)];
  const worst = worstFindings(r, most);
  if (worst.length > 0) {
    lines.push(`  ${'address'.padEnd(10)}  ${'type'.padEnd(16)} ${'stored'.padStart(8)} ${'true'.padStart(7)}  ${'finding'.padEnd(18)} detail`);
    for (const f of worst) {
      const what = f.repr !== '' ? `${f.repr}: ${f.detail}` : f.detail;
      lines.push(`  ${f.addr === 0 ? '-'.padEnd(10) : hex(f.addr)}  ${f.type.slice(0, 16).padEnd(16)} ${count(f.stored).padStart(8)} ${count(f.true).padStart(7)}  ${LABEL[f.kind].padEnd(18)} ${what}`);
    }
    if (r.damage > worst.length) lines.push(`  ... and ${r.damage - worst.length} more`);
  }
  if (r.garbage.objects > 0) {
    lines.push(`  garbage (unreachable, counts explained by each other; no cycle collector, so not damage): ${plural(r.garbage.objects, 'object')}, ${r.garbage.bytes} bytes, e.g. ${r.garbage.examples.join('; ')}`);
  }
  for (const n of r.notes) lines.push(`  note: ${n}`);
  return lines.join('\n') + '\n';
}

/** The report as JSON: every counter, the findings worst first, garbage and notes. */
export function reportJson(r: HeapReport): string {
  return JSON.stringify({
    summary: summaryLine(r),
    damaged: isDamaged(r),
    objects: r.objects, immortal: r.immortal, arrays: r.arrays, freeBlocks: r.freeBlocks, liveBytes: r.liveBytes,
    wrongCounts: r.tooLow + r.tooHigh, tooLow: r.tooLow, tooHigh: r.tooHigh, freedReferenced: r.freedReferenced,
    doubleFrees: r.doubleFrees, freeListErrors: r.freeListErrors, leaks: r.leaks, leakRetained: r.leakRetained,
    invariants: r.invariants, wildPointers: r.wildPointers, stackErrors: r.stackErrors, other: r.other,
    damage: r.damage,
    findings: worstFindings(r, r.findings.length).map((f) => ({ ...f, addr: hex(f.addr) })),
    garbage: r.garbage,
    notes: r.notes,
  }, null, 2) + '\n';
}
