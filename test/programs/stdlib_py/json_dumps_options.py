# json: dumps/loads round trips of nested data and every dumps option (indent, separators, sort_keys, skipkeys, ensure_ascii, allow_nan, default, cls), dict/list/tuple subclasses and bool/int/float/None keys.
import json

data = {
    "name": "Zoë",
    "tags": ["a", "b", "c"],
    "point": (1, 2),
    "nested": {"empty_list": [], "empty_dict": {}, "deep": [[1, [2, [3]]], {"x": None}]},
    "flags": [True, False, None],
    "numbers": [0, -7, 10 ** 25, 1.5, -0.0, 1e16, 1e-7, 0.1 + 0.2, 3.0],
}

text = json.dumps(data)
print(text)
back = json.loads(text)
print(back == {**data, "point": [1, 2]}, type(back["point"]).__name__)
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data["nested"], indent=0))
print(json.dumps(data["nested"], indent="\t", sort_keys=True))
print(json.dumps(data["nested"], indent=-3))
print(json.dumps(data["tags"], separators=(",", ":")))
print(json.dumps(data["nested"], indent=1, separators=(" ,", " = ")))
print(json.dumps([[], {}, [[]], {"a": {}}], indent=4))

# strings: escapes, ensure_ascii, non-BMP characters as surrogate pairs
s = 'quote " backslash \\ slash / tab \t newline \n nul \x00 del \x7f e-acute \u00e9 snowman \u2603 smile \U0001F600'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
print(json.dumps({"ключ": "значение"}), json.dumps({"ключ": "значение"}, ensure_ascii=False))

# floats
print(json.dumps([float("nan"), float("inf"), -float("inf"), 2.5e-300, 123456789.125]))
print(json.loads("[NaN, Infinity, -Infinity]"))

# dict keys of the other JSON-able types
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({(1, 2): "tuple key", "kept": 1}, skipkeys=True))
print(json.dumps({(1, 2): "tuple key"}, skipkeys=True, indent=2))


# subclasses serialize as their base types
class Row(dict):
    pass


class Items(list):
    pass


class Pair(tuple):
    pass


print(json.dumps(Row(a=1, b=Items([1, Pair((2, 3))]))))


# default hook and a JSONEncoder subclass
class Money:
    def __init__(self, cents):
        self.cents = cents


def encode_money(obj):
    if isinstance(obj, Money):
        return {"cents": obj.cents}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError("cannot encode " + type(obj).__name__)


print(json.dumps({"price": Money(1999), "ids": {3, 1, 2}}, default=encode_money))


class SetEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, (set, frozenset)):
            return sorted(obj)
        return super().default(obj)


print(json.dumps({"s": {5, 4}, "f": frozenset(["x"])}, cls=SetEncoder, sort_keys=True))
print(SetEncoder(indent=1).encode([{1, 2}]))
print(json.JSONEncoder(separators=(",", ":"), sort_keys=True).encode({"b": [1, 2], "a": "x"}))
print("".join(json.JSONEncoder().iterencode({"a": [1, 2.0, "three"]})))
print(json.dumps("just a string"), json.dumps(42), json.dumps(None), json.dumps(False))

# loads hooks
doc = '{"a": 1, "b": 2.50, "c": [NaN, 3], "a": 4}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, parse_float=str, parse_int=lambda t: int(t) * 100, parse_constant=lambda name: "<" + name + ">"))
print(json.loads('[{"x": 1}, {"y": {"z": 2}}]', object_hook=lambda d: sorted(d.items())))
print(json.loads('"tab\there"', strict=False))
print(json.loads(b'{"bytes": "caf\xc3\xa9"}'), json.loads(bytearray(b"[1, 2]")))
print(json.loads(' \n\t\r [ 1 , "\\u00e9\\ud83d\\ude00\\/" ] \n'))
print(json.JSONDecoder().raw_decode('{"a": [1]} trailing text'))
