# pyref.py - the reference side of the compiler tests: CPython 3.11 parses and compiles each
# source it is given; this prints, as JSON, the AST in pygil's shape (src/ast.ts) and CPython's
# code objects normalised to pygil's instruction set (no CACHE/PRECALL, 3.12-style forward-only
# conditional jumps, the explicit comprehension call), or CPython's SyntaxError.
# Must never: be imported by the TypeScript sources; tests spawn it once per test file.

import ast
import dis
import json
import sys
import types

BINOPS = {ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.MatMult: '@', ast.Div: '/', ast.FloorDiv: '//',
          ast.Mod: '%', ast.Pow: '**', ast.LShift: '<<', ast.RShift: '>>', ast.BitOr: '|', ast.BitXor: '^',
          ast.BitAnd: '&'}
UNOPS = {ast.Not: 'not', ast.USub: '-', ast.UAdd: '+', ast.Invert: '~'}
CMPOPS = {ast.Eq: '==', ast.NotEq: '!=', ast.Lt: '<', ast.LtE: '<=', ast.Gt: '>', ast.GtE: '>=', ast.Is: 'is',
          ast.IsNot: 'is not', ast.In: 'in', ast.NotIn: 'not in'}
CTX = {ast.Load: 'Load', ast.Store: 'Store', ast.Del: 'Del'}
RENAME = {'decorator_list': 'decorators', 'kw_defaults': 'kwDefaults', 'context_expr': 'contextExpr',
          'optional_vars': 'optionalVars', 'format_spec': 'formatSpec', 'is_async': 'isAsync'}
KIND = {'Expr': 'Expr'}
SKIP_FIELDS = {'type_comment', 'simple', 'kind'}


def const_value(v):
    if isinstance(v, bool):
        return {'type': 'bool', 'value': v}
    if isinstance(v, int):
        return {'type': 'int', 'value': str(v)}
    if isinstance(v, float):
        return {'type': 'float', 'value': repr(v)}
    if isinstance(v, complex):
        return {'type': 'complex', 'imag': repr(v.imag)}
    if isinstance(v, str):
        return {'type': 'str', 'value': v}
    if isinstance(v, bytes):
        return {'type': 'bytes', 'value': list(v)}
    if v is None:
        return {'type': 'None'}
    if v is Ellipsis:
        return {'type': 'Ellipsis'}
    raise ValueError('constant %r' % (v,))


def convert(node):
    if isinstance(node, list):
        return [convert(x) for x in node]
    if node is None or isinstance(node, (str, int)):
        return node
    if isinstance(node, ast.AST):
        t = type(node)
        if t in (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Match, ast.TryStar):
            raise ValueError('unsupported node ' + t.__name__)
        if t in BINOPS:
            return BINOPS[t]
        if t in UNOPS:
            return UNOPS[t]
        if t in CMPOPS:
            return CMPOPS[t]
        if t in CTX:
            return CTX[t]
        if t is ast.And:
            return 'and'
        if t is ast.Or:
            return 'or'
        out = {'kind': t.__name__}
        for f, v in ast.iter_fields(node):
            if f in SKIP_FIELDS:
                continue
            name = RENAME.get(f, f)
            if t is ast.Constant and f == 'value':
                out['value'] = const_value(v)
            elif t is ast.Compare and f == 'ops':
                out['ops'] = [CMPOPS[type(o)] for o in v]
            else:
                out[name] = convert(v)
        if hasattr(node, 'lineno') and t not in (ast.arguments,):
            out['line'] = node.lineno
            out['col'] = node.col_offset
            out['endLine'] = node.end_lineno
            out['endCol'] = node.end_col_offset
        return out
    raise ValueError('cannot convert %r' % (node,))


def canon(v):
    """A string both sides produce for equal constants."""
    if isinstance(v, bool):
        return 'bool:%s' % v
    if isinstance(v, int):
        return 'int:%d' % v
    if isinstance(v, float):
        return 'float:%r' % v
    if isinstance(v, str):
        return 'str:' + ','.join('%x' % ord(c) for c in v)
    if isinstance(v, bytes):
        return 'bytes:' + v.hex()
    if v is None:
        return 'None'
    if v is Ellipsis:
        return 'Ellipsis'
    if isinstance(v, tuple):
        return '(' + ','.join(canon(x) for x in v) + ')'
    if isinstance(v, frozenset):
        return 'frozenset(' + ','.join(sorted(canon(x) for x in v)) + ')'
    if isinstance(v, types.CodeType):
        return 'code:' + v.co_qualname
    return 'other:' + repr(v)


INVERSE = {'TRUE': 'FALSE', 'FALSE': 'TRUE', 'NONE': 'NOT_NONE', 'NOT_NONE': 'NONE'}
COMP_NAMES = ('<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>')
HASLOCAL = set(dis.haslocal)
HASFREE = set(dis.hasfree)
HASNAME = set(dis.hasname)
HASCONST = set(dis.hasconst)
HASJUMP = set(dis.hasjrel) | set(dis.hasjabs)


def instructions(co):
    """Normalised instructions: dicts with op, key (argument as compared), line, offset, target offset."""
    out = []
    raw = [i for i in dis.get_instructions(co) if i.opname not in ('CACHE', 'PRECALL', 'EXTENDED_ARG')]
    for ins in raw:
        line = ins.positions.lineno if ins.positions and ins.positions.lineno is not None else -1
        name = ins.opname
        item = {'op': name, 'line': line, 'offset': ins.offset, 'target': None}
        if ins.opcode in HASJUMP:
            item['target'] = ins.argval
            item['key'] = None
        elif name == 'LOAD_GLOBAL':
            item['key'] = ins.argval + ('+NULL' if ins.arg & 1 else '')
        elif name == 'KW_NAMES':
            item['key'] = canon(co.co_consts[ins.arg])
        elif ins.opcode in HASCONST:
            item['key'] = canon(ins.argval)
        elif ins.opcode in HASNAME or ins.opcode in HASLOCAL or ins.opcode in HASFREE:
            item['key'] = ins.argval
        else:
            item['key'] = ins.arg if ins.opcode >= dis.HAVE_ARGUMENT else None
        if name.startswith('POP_JUMP_FORWARD_IF_'):
            item['op'] = 'POP_JUMP_IF_' + name[len('POP_JUMP_FORWARD_IF_'):]
        if name.startswith('POP_JUMP_BACKWARD_IF_'):
            cond = name[len('POP_JUMP_BACKWARD_IF_'):]
            back = dict(item, op='JUMP_BACKWARD')
            item = dict(item, op='POP_JUMP_IF_' + INVERSE[cond], target='next')
            out.append(item)
            out.append(back)
            continue
        out.append(item)
    # The explicit comprehension call: PUSH_NULL before the function is made, CALL 1 after GET_ITER.
    fixed = []
    for i, item in enumerate(out):
        if item['op'] == 'LOAD_CONST' and item['key'].startswith('code:') and \
                item['key'][len('code:'):].rsplit('.', 1)[-1] in COMP_NAMES:
            j = len(fixed)
            if j >= 2 and fixed[j - 1]['op'] == 'BUILD_TUPLE' and fixed[j - 2]['op'] == 'LOAD_CLOSURE':
                j -= 1
                while j >= 1 and fixed[j - 1]['op'] == 'LOAD_CLOSURE':
                    j -= 1
            fixed.insert(j, {'op': 'PUSH_NULL', 'line': item['line'], 'offset': fixed[j]['offset'] if j < len(fixed) else item['offset'], 'target': None, 'key': None})
        if item['op'] == 'CALL' and item['key'] == 0 and fixed and fixed[-1]['op'] == 'GET_ITER':
            item = dict(item, key=1)
        fixed.append(item)
    # Jump targets and exception-table offsets as indexes into the normalised list.
    def index_of(offset):
        for k, it in enumerate(fixed):
            if it['offset'] >= offset:
                return k
        return len(fixed)
    for k, it in enumerate(fixed):
        if it['target'] == 'next':
            it['target'] = k + 2
        elif it['target'] is not None:
            it['target'] = index_of(it['target'])
    table = []
    for e in dis._parse_exception_table(co):
        table.append([index_of(e.start), index_of(e.end), index_of(e.target), e.depth, e.lasti])
    return fixed, table


def code_info(co):
    instrs, table = instructions(co)
    return {
        'name': co.co_name, 'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno,
        'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount,
        'kwonlyargcount': co.co_kwonlyargcount, 'flags': co.co_flags, 'stacksize': co.co_stacksize,
        'consts': [canon(c) for c in co.co_consts], 'names': list(co.co_names),
        'varnames': list(co.co_varnames), 'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars),
        'instrs': [[i['op'], i['key'], i['line'], i['target']] for i in instrs],
        'exceptionTable': table,
        'children': [code_info(c) for c in co.co_consts if isinstance(c, types.CodeType)],
    }


def dis_text(co):
    import io
    buf = io.StringIO()
    dis.dis(co, file=buf)
    return buf.getvalue()


def scope_info(t):
    import symtable
    syms = {}
    for sym in t.get_symbols():
        syms[sym.get_name()] = [sym._Symbol__scope, sym._Symbol__flags & ((1 << 11) - 1)]
    return {'name': t.get_name(), 'type': t.get_type(), 'nested': t.is_nested(), 'symbols': syms,
            'children': [scope_info(c) for c in t.get_children()]}


def main():
    sources = json.load(sys.stdin)
    if len(sys.argv) > 1 and sys.argv[1] == 'symtable':
        import symtable
        out = []
        for src in sources:
            try:
                out.append({'ast': convert(ast.parse(src)), 'scopes': scope_info(symtable.symtable(src, 'x.py', 'exec'))})
            except SyntaxError as e:
                out.append({'error': e.msg})
        json.dump(out, sys.stdout)
        return
    results = []
    for src in sources:
        item = {}
        try:
            tree = ast.parse(src)
            item['ast'] = convert(tree)
        except SyntaxError as e:
            item['parseError'] = {'msg': e.msg, 'line': e.lineno, 'offset': e.offset}
            results.append(item)
            continue
        except ValueError as e:
            item['unsupported'] = str(e)
        try:
            co = compile(src, 'x.py', 'exec')
            item['code'] = code_info(co)
            item['dis'] = dis_text(co)
        except SyntaxError as e:
            item['compileError'] = {'msg': e.msg, 'line': e.lineno, 'offset': e.offset,
                                    'endLine': e.end_lineno, 'endOffset': e.end_offset}
        results.append(item)
    json.dump(results, sys.stdout)


main()
