// unparse.ts - an expression back to source text, as CPython's ast_unparse.c writes it, for
// `from __future__ import annotations` (PEP 563), where annotations are stored as strings.
// Must never: evaluate anything; the text must equal CPython's so __annotations__ agree.

import { assertNever, type Arguments, type Comprehension, type Expr, type JoinedStr } from '../ast';
import { bytesRepr, floatRepr, strRepr } from './pyrepr';

// Binding strength, loosest first, as ast_unparse.c ranks it: a subexpression is
// parenthesised when the context asks for more than its own level.
const enum Pr {
  TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BOR = EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM,
}

const BIN: Record<string, [string, Pr]> = {
  '+': [' + ', Pr.ARITH], '-': [' - ', Pr.ARITH], '*': [' * ', Pr.TERM], '@': [' @ ', Pr.TERM],
  '/': [' / ', Pr.TERM], '%': [' % ', Pr.TERM], '//': [' // ', Pr.TERM], '<<': [' << ', Pr.SHIFT],
  '>>': [' >> ', Pr.SHIFT], '|': [' | ', Pr.BOR], '^': [' ^ ', Pr.BXOR], '&': [' & ', Pr.BAND],
  '**': [' ** ', Pr.POWER],
};

/** The text CPython stores for an annotation under PEP 563. */
export function unparseAnnotation(e: Expr): string {
  return unparse(e, Pr.TEST);
}

function paren(s: string, wanted: Pr, own: Pr): string {
  return wanted > own ? `(${s})` : s;
}

function constant(e: Extract<Expr, { kind: 'Constant' }>): string {
  const v = e.value;
  switch (v.type) {
    case 'Ellipsis': return '...';
    case 'int': return v.value.toString();
    case 'float': return floatRepr(v.value).replace('inf', '1e309');
    case 'complex': {
      const imag = floatRepr(v.imag).replace('inf', '1e309');
      return `${imag.endsWith('.0') ? imag.slice(0, -2) : imag}j`;
    }
    case 'str': return strRepr(v.value);
    case 'bytes': return bytesRepr(v.value);
    case 'bool': return v.value ? 'True' : 'False';
    case 'None': return 'None';
  }
}

function comprehensions(gens: readonly Comprehension[]): string {
  return gens.map((g) => {
    let s = `${g.isAsync ? ' async for ' : ' for '}${unparse(g.target, Pr.TUPLE)} in ${unparse(g.iter, Pr.TEST + 1)}`;
    for (const cond of g.ifs) s += ` if ${unparse(cond, Pr.TEST + 1)}`;
    return s;
  }).join('');
}

function args(a: Arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  positional.forEach((p, i) => {
    let s = p.arg;
    const di = i - positional.length + a.defaults.length;
    if (di >= 0) s += `=${unparse(a.defaults[di], Pr.TEST)}`;
    if (a.posonlyargs.length > 0 && i + 1 === a.posonlyargs.length) s += ', /';
    parts.push(s);
  });
  if (a.vararg !== null || a.kwonlyargs.length > 0) parts.push(`*${a.vararg?.arg ?? ''}`);
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kwDefaults[i];
    parts.push(d !== null && d !== undefined ? `${p.arg}=${unparse(d, Pr.TEST)}` : p.arg);
  });
  if (a.kwarg !== null) parts.push(`**${a.kwarg.arg}`);
  return parts.join(', ');
}

/** The inside of an f-string: literal text with braces doubled, and {fields}. */
function fstringBody(values: readonly Expr[]): string {
  let out = '';
  for (const v of values) {
    if (v.kind === 'Constant' && v.value.type === 'str') out += v.value.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
    else if (v.kind === 'FormattedValue') {
      const inner = unparse(v.value, Pr.TEST + 1);
      out += inner.startsWith('{') ? '{ ' : '{';
      out += inner;
      if (v.conversion > 0) out += `!${String.fromCodePoint(v.conversion)}`;
      if (v.formatSpec !== null) out += `:${fstringBody(v.formatSpec.values)}`;
      out += '}';
    } else if (v.kind === 'JoinedStr') out += fstringBody(v.values);
    else throw new Error(`unexpected ${v.kind} inside an f-string`);
  }
  return out;
}

function joined(e: JoinedStr): string {
  return `f${strRepr(fstringBody(e.values))}`;
}

function unparse(e: Expr, level: Pr): string {
  switch (e.kind) {
    case 'BoolOp': {
      const pr = e.op === 'and' ? Pr.AND : Pr.OR;
      return paren(e.values.map((v) => unparse(v, pr + 1)).join(` ${e.op} `), level, pr);
    }
    case 'BinOp': {
      const [op, pr] = BIN[e.op];
      const rassoc = e.op === '**' ? 1 : 0;
      return paren(`${unparse(e.left, pr + rassoc)}${op}${unparse(e.right, pr + 1 - rassoc)}`, level, pr);
    }
    case 'UnaryOp': {
      const pr = e.op === 'not' ? Pr.NOT : Pr.FACTOR;
      return paren(`${e.op === 'not' ? 'not ' : e.op}${unparse(e.operand, pr)}`, level, pr);
    }
    case 'Lambda': {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      return paren(`${positional > 0 ? 'lambda ' : 'lambda'}${args(e.args)}: ${unparse(e.body, Pr.TEST)}`, level, Pr.TEST);
    }
    case 'IfExp':
      return paren(`${unparse(e.body, Pr.TEST + 1)} if ${unparse(e.test, Pr.TEST + 1)} else ${unparse(e.orelse, Pr.TEST)}`,
        level, Pr.TEST);
    case 'Dict':
      return `{${e.keys.map((k, i) => (k === null ? `**${unparse(e.values[i], Pr.EXPR)}`
        : `${unparse(k, Pr.TEST)}: ${unparse(e.values[i], Pr.TEST)}`)).join(', ')}}`;
    case 'Set':
      return `{${e.elts.map((x) => unparse(x, Pr.TEST)).join(', ')}}`;
    case 'GeneratorExp':
      return `(${unparse(e.elt, Pr.TEST)}${comprehensions(e.generators)})`;
    case 'ListComp':
      return `[${unparse(e.elt, Pr.TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp':
      return `{${unparse(e.elt, Pr.TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${unparse(e.key, Pr.TEST)}: ${unparse(e.value, Pr.TEST)}${comprehensions(e.generators)}}`;
    case 'Yield':
      return e.value === null ? '(yield)' : `(yield ${unparse(e.value, Pr.TEST)})`;
    case 'YieldFrom':
      return `(yield from ${unparse(e.value, Pr.TEST)})`;
    case 'Await':
      return paren(`await ${unparse(e.value, Pr.ATOM)}`, level, Pr.AWAIT);
    case 'Compare': {
      let s = unparse(e.left, Pr.CMP + 1);
      e.ops.forEach((op, i) => {
        s += ` ${op} ${unparse(e.comparators[i], Pr.CMP + 1)}`;
      });
      return paren(s, level, Pr.CMP);
    }
    case 'Call': {
      const fn = unparse(e.func, Pr.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0].kind === 'GeneratorExp') {
        return fn + unparse(e.args[0], Pr.TEST);
      }
      const parts = e.args.map((a) => unparse(a, Pr.TEST));
      for (const k of e.keywords) parts.push(`${k.arg === null ? '**' : `${k.arg}=`}${unparse(k.value, Pr.TEST)}`);
      return `${fn}(${parts.join(', ')})`;
    }
    case 'Constant':
      return constant(e);
    case 'JoinedStr':
      return joined(e);
    case 'FormattedValue':
      return joined({ ...e, kind: 'JoinedStr', values: [e] });
    case 'Attribute': {
      const v = e.value;
      // `1 .real`: an int literal needs a space before its attribute's dot.
      const dot = v.kind === 'Constant' && v.value.type === 'int' ? ' .' : '.';
      return `${unparse(v, Pr.ATOM)}${dot}${e.attr}`;
    }
    case 'Subscript':
      return `${unparse(e.value, Pr.ATOM)}[${unparse(e.slice, Pr.TUPLE)}]`;
    case 'Starred':
      return `*${unparse(e.value, Pr.EXPR)}`;
    case 'Slice': {
      let s = e.lower !== null ? unparse(e.lower, Pr.TEST) : '';
      s += ':';
      if (e.upper !== null) s += unparse(e.upper, Pr.TEST);
      if (e.step !== null) s += `:${unparse(e.step, Pr.TEST)}`;
      return s;
    }
    case 'Name':
      return e.id;
    case 'List':
      return `[${e.elts.map((x) => unparse(x, Pr.TEST)).join(', ')}]`;
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const s = e.elts.map((x) => unparse(x, Pr.TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(s, level, Pr.TUPLE);
    }
    case 'NamedExpr':
      return paren(`${unparse(e.target, Pr.ATOM)} := ${unparse(e.value, Pr.ATOM)}`, level, Pr.TUPLE);
    default:
      return assertNever(e);
  }
}
