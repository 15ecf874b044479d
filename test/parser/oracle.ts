// oracle.ts - asks the local python3 (CPython 3.11) what it makes of source snippets, for the parser tests.
// Owns: converting CPython's `ast` into pygil's AST shape (src/ast.ts) as plain JSON, and reporting
// CPython's SyntaxError fields. Must never: be used outside tests (it spawns a process).

import { spawnSync } from 'child_process';
import * as A from '../../src/ast';
import { parse, PySyntaxError } from '../../src/parser';

const CONVERTER = String.raw`
import ast, json, sys

OPS = {
    'Add': '+', 'Sub': '-', 'Mult': '*', 'MatMult': '@', 'Div': '/', 'FloorDiv': '//', 'Mod': '%', 'Pow': '**',
    'LShift': '<<', 'RShift': '>>', 'BitOr': '|', 'BitXor': '^', 'BitAnd': '&',
    'Not': 'not', 'USub': '-', 'UAdd': '+', 'Invert': '~', 'And': 'and', 'Or': 'or',
    'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is', 'IsNot': 'is not',
    'In': 'in', 'NotIn': 'not in', 'Load': 'Load', 'Store': 'Store', 'Del': 'Del',
}
RENAME = {
    'decorator_list': 'decorators', 'kw_defaults': 'kwDefaults', 'context_expr': 'contextExpr',
    'optional_vars': 'optionalVars', 'is_async': 'isAsync', 'format_spec': 'formatSpec',
    'lineno': 'line', 'col_offset': 'col', 'end_lineno': 'endLine', 'end_col_offset': 'endCol',
}
DROP = {'type_comment', 'type_ignores', 'kind', 'simple'}

def const(v):
    if v is None: return {'type': 'None'}
    if v is Ellipsis: return {'type': 'Ellipsis'}
    if isinstance(v, bool): return {'type': 'bool', 'value': v}
    if isinstance(v, int): return {'type': 'int', 'value': str(v)}
    if isinstance(v, float): return {'type': 'float', 'value': repr(v)}
    if isinstance(v, complex): return {'type': 'complex', 'imag': repr(v.imag)}
    if isinstance(v, str): return {'type': 'str', 'value': v}
    if isinstance(v, bytes): return {'type': 'bytes', 'value': list(v)}
    raise ValueError(v)

def conv(n):
    if isinstance(n, list): return [conv(x) for x in n]
    if not isinstance(n, ast.AST): return n
    name = type(n).__name__
    if name in OPS: return OPS[name]
    out = {'kind': name}
    for f in n._fields + n._attributes:
        if f in DROP or not hasattr(n, f): continue
        v = getattr(n, f)
        if name == 'Constant' and f == 'value': out['value'] = const(v)
        elif f == 'is_async': out['isAsync'] = bool(v)
        else: out[RENAME.get(f, f)] = conv(v)
    if name == 'Module': return {'kind': 'Module', 'body': out['body']}
    return out

results = []
for src in json.load(sys.stdin):
    try:
        results.append({'ok': conv(ast.parse(src, 'f.py'))})
    except SyntaxError as e:
        results.append({'error': {'kind': type(e).__name__, 'msg': e.msg, 'line': e.lineno, 'offset': e.offset,
                                  'endLine': e.end_lineno, 'endOffset': e.end_offset}})
json.dump(results, sys.stdout)
`;

export interface OracleError {
  kind: string;
  msg: string;
  line: number;
  offset: number;
  endLine: number | null;
  endOffset: number | null;
}
export type OracleResult = { ok: unknown } | { error: OracleError };

/** Runs every snippet through python3's ast.parse in one process. */
export function askPython(sources: string[]): OracleResult[] {
  const run = spawnSync('python3', ['-c', CONVERTER], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  // floats arrive as Python reprs; compare them as JS numbers printed by JS
  return JSON.parse(run.stdout, (_key, v: unknown) => {
    const f = v as { type?: string; value?: string; imag?: string };
    if (f && typeof f === 'object' && f.type === 'float') return { type: 'float', value: String(pyNumber(f.value!)) };
    if (f && typeof f === 'object' && f.type === 'complex') return { type: 'complex', imag: String(pyNumber(f.imag!)) };
    return v;
  }) as OracleResult[];
}

function pyNumber(repr: string): number {
  return repr === 'inf' ? Infinity : repr === '-inf' ? -Infinity : Number(repr);
}

/** pygil's AST as the same plain JSON (ints as decimal strings, floats printed by JS, bytes as arrays). */
export function normalize(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v instanceof Uint8Array) return Array.from(v);
    const f = v as { type?: string; value?: number; imag?: number };
    if (f && typeof f === 'object' && f.type === 'float') return { type: 'float', value: String(f.value) };
    if (f && typeof f === 'object' && f.type === 'complex') return { type: 'complex', imag: String(f.imag) };
    return v;
  }));
}

/** pygil's answer in the oracle's shape. */
export function parseWithPygil(src: string): OracleResult {
  try {
    return { ok: normalize(parse(src, 'f.py') as A.Module) };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { error: { kind: e.kind, msg: e.msg, line: e.line, offset: e.offset, endLine: null, endOffset: e.endOffset } };
  }
}
