# json: error cases caught and printed: every JSONDecodeError message with msg/pos/lineno/colno, and the encoder's TypeError/ValueError cases (unserializable objects, bad keys, circular references, allow_nan=False).
import json

bad_docs = [
    "", "   ", "nul", "[1, 2,", "[1 2]", "[1,]", "{", '{"a" 1}', '{"a": 1,}', "{1: 2}",
    "{'single': 1}", '{"a": 1 "b": 2}', '{"a":', '"abc', '"tab\there"', '"bad \\x escape"',
    '"\\u12G4"', '"\\u12', '"\\ud800\\u12"', "01", "1.", "-", "+1", ".5", "1 2", '[1] x',
    "[1,\n 2,\n   oops]", '{\n  "k": "v"\n  "k2": 3\n}', "\ufeff[1]", "[-Inf]", "tru", "NaNa",
    '{"a": [1, {"b": }]}', "\x0c[]", "[1\n,",
]
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), "-> parsed?!")
    except json.JSONDecodeError as e:
        print(repr(doc), "->", type(e).__name__, "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
        assert e.doc == doc

# a JSONDecodeError is a ValueError
try:
    json.loads("[")
except ValueError as e:
    print("ValueError caught:", e, isinstance(e, json.JSONDecodeError))

try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)


class Thing:
    pass


def report(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


report("object", lambda: json.dumps({"x": Thing()}))
report("set", lambda: json.dumps([1, {2}]))
report("bytes", lambda: json.dumps(b"raw"))
report("tuple key", lambda: json.dumps({(1, 2): 3}))
report("tuple key skipped", lambda: json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
report("nan strict", lambda: json.dumps([1.0, float("nan")], allow_nan=False))
report("inf strict indent", lambda: json.dumps({"v": float("inf")}, allow_nan=False, indent=1))
report("nan key strict", lambda: json.dumps({float("nan"): 1}, allow_nan=False))
report("mixed sort", lambda: json.dumps({1: "a", "b": 2}, sort_keys=True))

loop = [1, 2]
loop.append(loop)
report("circular list", lambda: json.dumps(loop))
me = {"name": "me"}
me["self"] = me
report("circular dict", lambda: json.dumps(me, indent=2))
report("default returns itself", lambda: json.dumps(Thing(), default=lambda o: o))
shared = [1]
report("shared, not circular", lambda: json.dumps([shared, shared, {"s": shared}]))


def refuse(obj):
    raise TypeError("refusing " + type(obj).__name__)


report("default raises", lambda: json.dumps({"a": [Thing()]}, default=refuse))
