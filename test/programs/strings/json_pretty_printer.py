# A JSON-like pretty printer for nested dicts, lists and scalars, with a small parser back.
def dump(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [f'{inner}"{k}": {dump(v, indent + step, step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list, tuple)) for v in value) and len(value) <= 4:
            return "[" + ", ".join(dump(v) for v in value) + "]"
        return "[\n" + ",\n".join(inner + dump(v, indent + step, step) for v in value) + "\n" + pad + "]"
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, float):
        return repr(value)
    return str(value)


doc = {
    "name": "pygil",
    "version": [0, 5, 1],
    "stable": False,
    "license": None,
    "authors": [{"name": "Ada", "roles": ["design", "code"]}, {"name": "Lin", "roles": []}],
    "ratio": 0.1 + 0.2,
    "notes": 'say "hi"\nbye',
    "empty": {},
}
text = dump(doc)
print(text)


def tokens(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c in " \n":
            i += 1
        elif c in "{}[],:":
            yield c
            i += 1
        elif c == '"':
            j = i + 1
            out = ""
            while s[j] != '"':
                if s[j] == "\\":
                    j += 1
                    out += {"n": "\n"}.get(s[j], s[j])
                else:
                    out += s[j]
                j += 1
            yield ("str", out)
            i = j + 1
        else:
            j = i
            while j < len(s) and s[j] not in ",]} \n":
                j += 1
            word = s[i:j]
            yield ("lit", {"null": None, "true": True, "false": False}.get(word, word))
            i = j


def parse(toks):
    t = next(toks)
    if t == "{":
        d = {}
        t = next(toks)
        while t != "}":
            key = t[1]
            next(toks)
            d[key] = parse(toks)
            t = next(toks)
            if t == ",":
                t = next(toks)
        return d
    if t == "[":
        items = []
        t = next(toks)
        while t != "]":
            items.append(parse_from(t, toks))
            t = next(toks)
            if t == ",":
                t = next(toks)
        return items
    return parse_from(t, toks)


def parse_from(t, toks):
    if t in ("{", "["):
        return parse(itertools.chain([t], toks))
    kind, v = t
    if kind == "lit" and isinstance(v, str):
        return float(v) if "." in v else int(v)
    return v


import itertools
back = parse(tokens(text))
print(back == doc, back["authors"][0]["roles"], back["notes"])
print(dump([[], [1, [2, [3]]], "x"], step=4))
