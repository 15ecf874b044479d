"""CPython oracle for test/format: reads a JSON list of cases, prints a JSON list of results.

Usage: python3 oracle.py CASES.json  (see oracle.ts for the encoding).
Values: {"f": "<16 hex digits of the IEEE bits>"} float, {"i": "[-]0x<hex>"} int,
JSON strings/bools/null as themselves, {"t": [...]} tuple, {"l": [...]} list,
{"d": {...}} dict. Results use the same encoding; an exception becomes
{"err": "<class name>", "msg": "<str(exc)>"}.
"""
import json
import math
import struct
import sys

sys.set_int_max_str_digits(4300)


def dec(v):
    if isinstance(v, dict):
        if 'f' in v:
            return struct.unpack('>d', bytes.fromhex(v['f']))[0]
        if 'i' in v:
            return int(v['i'], 0)
        if 't' in v:
            return tuple(dec(x) for x in v['t'])
        if 'l' in v:
            return [dec(x) for x in v['l']]
        if 'd' in v:
            return {k: dec(x) for k, x in v['d'].items()}
        raise ValueError(v)
    if isinstance(v, list):
        return [dec(x) for x in v]
    return v


def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {'i': hex(v)}
    if isinstance(v, float):
        return {'f': struct.pack('>d', v).hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, complex):
        return {'complex': True}
    raise TypeError(type(v))


def limited_pow(a, b, m=None):
    if isinstance(a, float) and math.isfinite(a) and a < 0 and math.isfinite(b) and b != math.floor(b):
        return {'complex': True}  # CPython gives a complex (or overflows computing it)
    if m is None and isinstance(a, int) and isinstance(b, int) and b > 0 and abs(a) > 1 and b * a.bit_length() > 200000:
        return {'skip': True}
    return pow(a, b) if m is None else pow(a, b, m)


OPS = {
    'repr': repr,
    'str': str,
    'round': round,
    'floordiv': lambda a, b: a // b,
    'mod': lambda a, b: a % b,
    'divmod': divmod,
    'pow': limited_pow,
    'truediv': lambda a, b: a / b,
    'add': lambda a, b: a + b,
    'sub': lambda a, b: a - b,
    'mul': lambda a, b: a * b,
    'neg': lambda a: -a,
    'lshift': lambda a, b: a << b,
    'rshift': lambda a, b: a >> b,
    'and': lambda a, b: a & b,
    'or': lambda a, b: a | b,
    'xor': lambda a, b: a ^ b,
    'invert': lambda a: ~a,
    'cmp': lambda a, b: (a > b) - (a < b),
    'hash': hash,
    'int': int,
    'float': float,
    'format': format,
    'percent': lambda f, a: f % a,
    'bin': bin,
    'oct': oct,
    'hex': hex,
    'bit_length': lambda a: a.bit_length(),
    'ascii': ascii,
    'isnan': math.isnan,
}


def run(case):
    op = case[0]
    args = [dec(a) for a in case[1:]]
    try:
        if op == 'meth':
            return enc(getattr(args[0], args[1])(*args[2:]))
        res = OPS[op](*args)
        return res if isinstance(res, dict) else enc(res)
    except Exception as e:  # noqa: BLE001 - every exception is an expected result
        return {'err': type(e).__name__, 'msg': str(e)}


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        cases = json.load(f)
    out = [run(c) for c in cases]
    sys.stdout.write(json.dumps(out))


main()
